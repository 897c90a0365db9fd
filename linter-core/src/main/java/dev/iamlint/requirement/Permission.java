package dev.iamlint.requirement;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One permission a requirement needs: an action on a resource, and what fails without it.
 *
 * @param action a concrete action, {@code service:Name}, without wildcards
 * @param resource what the request names: {@code *}, or an ARN template without wildcards (a
 *     request is for one resource)
 * @param grant what a least-privilege policy grants for this permission when it should be
 *     broader than {@code resource}, e.g. {@code ${cachePrefixArn}}: a pull-through cache creates
 *     repositories under its prefix that nobody can list in advance
 * @param step the step that fails without the permission, and how, in a user's words
 * @param unless a flag that, when set, makes the permission unnecessary
 * @param sid the Sid of the least-privilege statement this permission goes in; permissions
 *     with the same Sid share a statement and must have the same grant
 */
public record Permission(
        String action, ResourceTemplate resource, Optional<ResourceTemplate> grant, String step, Optional<String> unless, Optional<String> sid) {

    private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9]+");
    private static final Pattern FLAG = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]+");

    public Permission {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(unless, "unless");
        Objects.requireNonNull(sid, "sid");
        checkAction(action);
        checkResource(resource);
        checkStep(step);
        unless.ifPresent(Permission::checkFlag);
        sid.ifPresent(Permission::checkSid);
    }

    // One check per field, so the reader can report each at the field's position.

    static void checkAction(String action) {
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("\"" + action + "\" is not an action (service:Name, without wildcards)");
        }
    }

    static void checkResource(ResourceTemplate resource) {
        if (!resource.text().equals("*") && resource.text().indexOf('*') >= 0) {
            throw new IllegalArgumentException("resource \"" + resource.text()
                    + "\" has a wildcard: a request names one resource (put patterns in \"grant\")");
        }
        if (resource.placeholders().contains(Placeholder.CACHE_PREFIX_ARN)) {
            throw new IllegalArgumentException(Placeholder.CACHE_PREFIX_ARN.token()
                    + " is a pattern, so it can only be granted, not requested (put it in \"grant\")");
        }
    }

    static void checkStep(String step) {
        if (step.isBlank()) {
            throw new IllegalArgumentException("\"step\" is empty: say what fails without the permission");
        }
    }

    static void checkFlag(String flag) {
        if (!FLAG.matcher(flag).matches()) {
            throw new IllegalArgumentException("\"" + flag + "\" is not a flag name (a letter, then letters, digits or '-')");
        }
    }

    static void checkSid(String sid) {
        if (!SID.matcher(sid).matches()) {
            throw new IllegalArgumentException("\"" + sid + "\" is not a Sid (letters and digits only)");
        }
    }

    /** What a least-privilege policy grants: {@code grant} if set, else {@code resource}. */
    public ResourceTemplate grantOrResource() {
        return grant.orElse(resource);
    }

    /**
     * The Sid of this permission's least-privilege statement: {@code sid} if set, else the action
     * in one word ({@code ecr-public:GetAuthorizationToken} gives {@code EcrPublicGetAuthorizationToken}).
     */
    public String statementSid() {
        return sid.orElseGet(() -> {
            StringBuilder word = new StringBuilder();
            for (String part : action.split("[^A-Za-z0-9]+")) {
                if (!part.isEmpty()) {
                    word.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
                }
            }
            return word.toString();
        });
    }
}
