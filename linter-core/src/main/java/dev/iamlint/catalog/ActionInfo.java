package dev.iamlint.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One IAM action of a service, e.g. {@code ecr:BatchGetImage}: its access level, the resource
 * types a policy can name for it, and the condition keys that apply to it whatever the resource.
 * {@code dependentActions} are other actions a caller needs to perform this one.
 */
public record ActionInfo(
        String service,
        String name,
        AccessLevel accessLevel,
        List<ActionResourceType> resourceTypes,
        List<String> conditionKeys,
        List<String> dependentActions) {

    public ActionInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accessLevel, "accessLevel");
        resourceTypes = List.copyOf(resourceTypes);
        conditionKeys = List.copyOf(conditionKeys);
        dependentActions = List.copyOf(dependentActions);
    }

    /** {@code service:Name}, as a policy writes it. */
    public String qualifiedName() {
        return service + ":" + name;
    }

    /**
     * Whether this is the action named {@code service:Name}, ignoring case as IAM does; without
     * joining the name, as rules ask this of many actions.
     */
    public boolean is(String qualifiedName) {
        int colon = service.length();
        return qualifiedName.length() == colon + 1 + name.length() && qualifiedName.charAt(colon) == ':'
                && qualifiedName.regionMatches(true, 0, service, 0, colon)
                && qualifiedName.regionMatches(true, colon + 1, name, 0, name.length());
    }

    /**
     * False when the action has no resource type, so a policy must grant it on {@code "*"}: a
     * specific ARN in {@code Resource} grants nothing (e.g. {@code ecr:GetAuthorizationToken}).
     */
    public boolean supportsResourceLevelPermissions() {
        return !resourceTypes.isEmpty();
    }
}
