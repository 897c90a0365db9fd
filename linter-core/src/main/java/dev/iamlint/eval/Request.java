package dev.iamlint.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One request to evaluate: who asks, for which action on which resource, in which context.
 * {@code resource} is an ARN or {@code "*"}, the resource of actions without resource-level
 * permissions such as {@code ecr:GetAuthorizationToken}. {@code resourceAccount} is the account
 * that owns the resource; when empty it is read from the ARN, or taken to be the caller's.
 */
public record Request(Caller caller, String action, String resource, Optional<String> resourceAccount, RequestContext context) {

    public Request {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(resourceAccount, "resourceAccount");
        Objects.requireNonNull(context, "context");
    }

    public static Request of(Caller caller, String action, String resource, RequestContext context) {
        return new Request(caller, action, resource, Optional.empty(), context);
    }

    /** The owner of the resource: as given, else the ARN's account field, else the caller's account. */
    public Optional<String> effectiveResourceAccount() {
        if (resourceAccount.isPresent()) {
            return resourceAccount;
        }
        if (resource.startsWith("arn:")) {
            int colon = 3;
            for (int field = 1; field < 4 && colon >= 0; field++) {
                colon = resource.indexOf(':', colon + 1);
            }
            int end = colon < 0 ? -1 : resource.indexOf(':', colon + 1);
            if (end > colon + 1) {
                return Optional.of(resource.substring(colon + 1, end));
            }
        }
        return caller.account();
    }
}
