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
        String[] parts = resource.split(":", 6);
        if (parts.length == 6 && parts[0].equals("arn") && !parts[4].isEmpty()) {
            return Optional.of(parts[4]);
        }
        return caller.account();
    }
}
