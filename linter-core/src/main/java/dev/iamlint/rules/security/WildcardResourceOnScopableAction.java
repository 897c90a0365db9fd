package dev.iamlint.rules.security;

import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.catalog.ActionResourceType;
import dev.iamlint.catalog.ResourceTypeInfo;
import dev.iamlint.catalog.ServiceInfo;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.validity.ActionPatterns;
import dev.iamlint.rules.validity.ArnPatterns;
import dev.iamlint.rules.validity.Phrases;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code "Resource": "*"} for actions that can be limited to named resources (they have resource
 * types, such as {@code ecr:BatchGetImage} and its repository). Actions without
 * resource types, such as {@code ecr:GetAuthorizationToken}, need {@code "*"} and are never
 * reported. A statement with a Condition may be limited by it and is left alone, as is one of a
 * resource policy that allows only KMS actions: in a key policy {@code "*"} is the key, and must
 * be written so.
 */
@RuleInfo(
        id = "IAM206",
        name = "WildcardResourceOnScopableAction",
        summary = "Resource \"*\" for actions that support resource-level permissions",
        severity = Severity.NOTE,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege")
public final class WildcardResourceOnScopableAction implements DocumentRule {

    private static final int ACTIONS_NAMED = 3;

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (!Statements.isAllow(statement) || !statement.conditions().isEmpty() || keyPolicyStatement(context, statement)
                    || statement.action().isEmpty() || statement.action().get().negated()
                    || statement.resource().isEmpty() || statement.resource().get().negated()
                    || !Located.anyValue(statement.resource().get().values(), ArnPatterns::isWildcard)) {
                continue;
            }
            List<ActionInfo> scopable = scopableActions(context, statement);
            if (scopable.isEmpty()) {
                continue;
            }
            for (Located<String> resource : statement.resource().get().values()) {
                if (ArnPatterns.isWildcard(resource.value())) {
                    context.report(resource, message(context, resource.value(), scopable));
                }
            }
        }
    }

    private static boolean keyPolicyStatement(DocumentContext context, Statement statement) {
        return context.kind() == PolicyKind.RESOURCE && statement.action().isPresent()
                && statement.action().get().values().stream().allMatch(action -> action.value().regionMatches(true, 0, "kms:", 0, 4));
    }

    /**
     * The statement's actions that have resource types, each once, in the order written; none
     * for {@code "Action": "*"} (IAM201's). The catalog gives each action as one object, so
     * identity tells them apart.
     */
    private static List<ActionInfo> scopableActions(DocumentContext context, Statement statement) {
        List<ActionInfo> scopable = new ArrayList<>();
        Set<ActionInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Located<String> pattern : statement.action().get().values()) {
            if (ArnPatterns.isWildcard(pattern.value())) {
                return List.of();
            }
            for (ActionInfo action : ActionPatterns.expand(context.catalog(), pattern.value())) {
                if (action.supportsResourceLevelPermissions() && seen.add(action)) {
                    scopable.add(action);
                }
            }
        }
        return scopable;
    }

    private static String message(DocumentContext context, String resource, List<ActionInfo> actions) {
        String listed = Phrases.enumerate(actions, ActionInfo::qualifiedName, ACTIONS_NAMED, "action");
        String pronoun = actions.size() == 1 ? "it" : "they";
        String example = example(context, actions.get(0)).map(format -> " such as " + format).orElse("");
        return "\"" + resource + "\" applies " + listed + " to every resource, though " + pronoun
                + " can be limited to named resources" + example + "; list the resources needed";
    }

    /**
     * An ARN format for the action: the shortest of its required resource types' formats, or of
     * all its types' if none is required (so s3:GetObject gives the object, not the access point
     * object).
     */
    private static Optional<String> example(DocumentContext context, ActionInfo action) {
        Optional<ServiceInfo> service = context.catalog().service(action.service());
        if (service.isEmpty()) {
            return Optional.empty();
        }
        boolean anyRequired = false;
        for (ActionResourceType type : action.resourceTypes()) {
            anyRequired |= type.required();
        }
        String shortest = null;
        for (ActionResourceType use : action.resourceTypes()) {
            if (anyRequired && !use.required()) {
                continue;
            }
            for (String format : service.get().resourceType(use.name()).map(ResourceTypeInfo::arnFormats).orElse(List.of())) {
                if (shortest == null || format.length() < shortest.length()) {
                    shortest = format;
                }
            }
        }
        return Optional.ofNullable(shortest);
    }
}
