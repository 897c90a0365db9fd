package dev.iamlint.requirement;

import dev.iamlint.eval.Caller;
import java.util.List;
import java.util.Objects;

/**
 * The check of one requirement for one subject.
 *
 * @param requirement the requirement's name
 * @param subject what was checked (a policy file, a principal)
 * @param caller who was taken to make the requests
 * @param representativeCaller whether {@code caller} was made up because none was given
 * @param representative whether the resources checked are those of a representative repository,
 *     because no image or repository was given
 * @param permissions one result per required (action, resource), in requirement order
 */
public record RequirementResult(
        String requirement,
        String subject,
        Caller caller,
        boolean representativeCaller,
        boolean representative,
        List<PermissionResult> permissions) {

    public RequirementResult {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(caller, "caller");
        permissions = List.copyOf(permissions);
    }

    /** The worst status of its permissions; satisfied when none is required. */
    public RequirementStatus status() {
        RequirementStatus status = RequirementStatus.SATISFIED;
        for (PermissionResult permission : permissions) {
            status = status.worse(permission.status());
        }
        return status;
    }

    /** The permissions not satisfied (unsatisfied or conditional), in requirement order. */
    public List<PermissionResult> missing() {
        return permissions.stream().filter(p -> p.status() != RequirementStatus.SATISFIED).toList();
    }
}
