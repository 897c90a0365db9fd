package dev.iamlint.requirement;

import dev.iamlint.eval.EvaluationResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The check of one required permission on one resource.
 *
 * @param resource the resource the request named
 * @param target the target the resource was expanded for; empty for fixed resources such as {@code *}
 * @param evaluation the evaluator's answer, in open-context mode
 * @param error when not satisfied, the error AWS would return (for a conditional permission:
 *     when its conditions do not hold), e.g. {@code User: arn:… is not authorized to perform:
 *     ecr:BatchGetImage on resource: arn:… because no identity-based policy allows the
 *     ecr:BatchGetImage action}
 */
public record PermissionResult(
        Permission permission,
        String resource,
        Optional<RequirementTarget> target,
        EvaluationResult evaluation,
        RequirementStatus status,
        Optional<String> error) {

    public PermissionResult {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
    }

    public String action() {
        return permission.action();
    }

    /** What fails without this permission. */
    public String step() {
        return permission.step();
    }

    /** The condition keys a conditional result hangs on, sorted and unique, as spelled in the policies. */
    public List<String> unknownConditionKeys() {
        TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        evaluation.unknownConditions().forEach(c -> keys.add(c.condition().key().value()));
        return List.copyOf(keys);
    }
}
