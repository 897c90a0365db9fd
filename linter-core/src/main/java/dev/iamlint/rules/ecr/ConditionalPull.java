package dev.iamlint.rules.ecr;

import dev.iamlint.eval.EvaluationResult.UnknownCondition;
import dev.iamlint.model.Effect;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.SubjectContext;
import dev.iamlint.rules.SubjectRule;
import dev.iamlint.rules.ecr.PullDiagnosis.Cause;
import dev.iamlint.rules.ecr.PullDiagnosis.Checked;
import dev.iamlint.rules.ecr.PullDiagnosis.Missing;
import dev.iamlint.source.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A permission the pull needs holds only under conditions on keys whose value iamlint cannot
 * know, such as {@code aws:SourceVpce}. Keys whose value a kubelet's request certainly has
 * ({@code aws:SecureTransport} is true) are settled first, so only real uncertainty is
 * reported: once per statement, naming each key and whether a kubelet's pull carries it.
 */
@RuleInfo(
        id = "ECR005",
        name = "ConditionalPull",
        summary = "An image pull is allowed only if conditions hold that a kubelet's request may not meet",
        severity = Severity.WARNING,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html")
public final class ConditionalPull implements SubjectRule {

    /** A statement holding unknown conditions. */
    private record Place(String policyId, int statementIndex) {}

    /** What hangs on one statement's conditions. */
    private static final class Hanging {
        final List<PermissionResult> permissions = new ArrayList<>();
        final TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Effect effect = Effect.ALLOW;
    }

    @Override
    public void check(SubjectContext context) {
        Map<Place, Hanging> byStatement = new LinkedHashMap<>();
        for (Checked checked : PullDiagnosis.of(context)) {
            for (Missing missing : checked.because(Cause.CONDITIONAL)) {
                for (UnknownCondition condition : missing.evaluation().unknownConditions()) {
                    Place place = new Place(condition.policyId(), condition.statementIndex());
                    Hanging hanging = byStatement.computeIfAbsent(place, p -> new Hanging());
                    hanging.keys.add(condition.condition().key().value());
                    missing.evaluation().matchedStatements().stream()
                            .filter(s -> s.policyId().equals(place.policyId()) && s.statementIndex() == place.statementIndex())
                            .findFirst().ifPresent(s -> hanging.effect = s.effect());
                    PermissionResult permission = missing.permission();
                    if (hanging.permissions.stream().noneMatch(p -> p.action().equalsIgnoreCase(permission.action())
                            && p.resource().equals(permission.resource()))) {
                        hanging.permissions.add(permission);
                    }
                }
            }
        }
        byStatement.forEach((place, hanging) -> report(context, place, hanging));
    }

    private static void report(SubjectContext context, Place place, Hanging hanging) {
        String outcome = hanging.effect == Effect.DENY
                ? " refused when this Deny's condition holds"
                : " allowed only if this statement's condition holds";
        List<String> explained = hanging.keys.stream().map(KubeletRequest::explain).toList();
        String message = Wording.permissions(hanging.permissions) + " " + Wording.is(hanging.permissions) + outcome
                + ", and that depends on what a kubelet's request carries: " + String.join("; ", explained);
        Fix fix = Fix.of("Check that every node's pull meets this condition (e.g. goes through the VPC endpoint it names),"
                + " or change it: iamlint cannot know the values of these keys");
        Where.atStatement(context, place.policyId(), place.statementIndex(), message, Optional.of(fix));
    }
}
