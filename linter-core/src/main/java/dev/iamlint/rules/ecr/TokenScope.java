package dev.iamlint.rules.ecr;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.model.Effect;
import dev.iamlint.model.ResourceElement;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import java.util.Optional;

/**
 * Allow statements meant to grant {@code ecr:GetAuthorizationToken} that name only ARNs. The
 * action has no resource-level permissions: AWS authorizes it on {@code "*"}, which no ARN
 * matches, so such a statement grants no token. Shared by ECR003, which reports the statement,
 * and the pull diagnosis, which leaves the missing token to ECR003.
 */
final class TokenScope {

    static final String TOKEN = "ecr:GetAuthorizationToken";

    private TokenScope() {
    }

    /**
     * The statement's Resource element when the statement allows the token by name (or by a
     * pattern that matches no other action) and names no resource that covers {@code "*"}.
     */
    static Optional<ResourceElement> scopedTokenGrant(Statement statement, ActionCatalog catalog) {
        if (statement.effectValue().orElse(null) != Effect.ALLOW || statement.action().isEmpty()
                || statement.action().get().negated() || statement.resource().isEmpty() || statement.resource().get().negated()) {
            return Optional.empty();
        }
        return Located.anyValue(statement.action().get().values(), action -> meansToken(action, catalog))
                && !Located.anyValue(statement.resource().get().values(), TokenScope::coversStar)
                ? statement.resource()
                : Optional.empty();
    }

    /** Whether the statement lists actions besides the token, so a fix must move the token out rather than widen the Resource. */
    static boolean grantsMoreThanToken(Statement statement, ActionCatalog catalog) {
        return Located.anyValue(statement.action().get().values(), action -> !meansToken(action, catalog));
    }

    /** {@code ecr:GetAuthorizationToken}, or a pattern such as {@code ecr:GetAuthorizationToken*} that matches only it. */
    private static boolean meansToken(String action, ActionCatalog catalog) {
        if (!action.regionMatches(true, 0, "ecr:", 0, "ecr:".length()) || !Globs.matches(action, TOKEN, true)) {
            return false;
        }
        for (ActionInfo matched : catalog.matchingActions(action)) {
            if (!matched.is(TOKEN)) {
                return false;
            }
        }
        return true;
    }

    /** A resource pattern that matches the resource {@code "*"} of actions without resource-level permissions. */
    private static boolean coversStar(String resource) {
        return Globs.matches(resource, "*", false);
    }
}
