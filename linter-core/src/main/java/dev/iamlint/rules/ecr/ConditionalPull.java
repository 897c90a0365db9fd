package dev.iamlint.rules.ecr;

import dev.iamlint.eval.EvaluationResult.UnknownCondition;
import dev.iamlint.eval.MatchedStatement;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A permission the pull needs holds only under conditions on keys whose value iamlint cannot
 * know, such as {@code aws:SourceVpce}, or only if values a template or plan leaves open (an
 * account id nobody gave, a value known after apply) turn out right. Keys whose value a kubelet's
 * request certainly has ({@code aws:SecureTransport} is true) are settled first, so only real
 * uncertainty is reported: once per statement, naming each key and whether a kubelet's pull
 * carries it, and each open value.
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
    private record Place(String policyId, int statementIndex) {

        // equals and hashCode written out: a record's generated ones are linked through method handles at
        // first use, milliseconds spent again at every start, and this record keys maps in every lint.

        @Override
        public boolean equals(Object other) {
            return other instanceof Place place && place.policyId.equals(policyId) && place.statementIndex == statementIndex;
        }

        @Override
        public int hashCode() {
            return policyId.hashCode() * 31 + statementIndex;
        }
    }

    /** What hangs on one statement's conditions. */
    private static final class Hanging {
        final List<PermissionResult> permissions = new ArrayList<>();
        final TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        final Set<String> openValues = new LinkedHashSet<>();
        Effect effect = Effect.ALLOW;

        void add(PermissionResult permission) {
            if (permissions.stream().noneMatch(p -> p.action().equalsIgnoreCase(permission.action())
                    && p.resource().equals(permission.resource()))) {
                permissions.add(permission);
            }
        }
    }

    @Override
    public void check(SubjectContext context) {
        Map<Place, Hanging> byStatement = new LinkedHashMap<>();
        for (Checked checked : PullDiagnosis.of(context)) {
            for (Missing missing : checked.because(Cause.CONDITIONAL)) {
                Set<Place> onConditions = new HashSet<>();
                for (UnknownCondition condition : missing.evaluation().unknownConditions()) {
                    Place place = new Place(condition.policyId(), condition.statementIndex());
                    onConditions.add(place);
                    Hanging hanging = byStatement.computeIfAbsent(place, p -> new Hanging());
                    hanging.keys.add(condition.condition().key().value());
                    missing.evaluation().matchedStatements().stream()
                            .filter(s -> s.policyId().equals(place.policyId()) && s.statementIndex() == place.statementIndex())
                            .findFirst().ifPresent(s -> hanging.effect = s.effect());
                    hanging.add(missing.permission());
                }
                // The other statements that apply only perhaps do so because of values the input leaves open.
                for (MatchedStatement statement : missing.evaluation().matchedStatements()) {
                    Place place = new Place(statement.policyId(), statement.statementIndex());
                    if (statement.conditional() && !onConditions.contains(place) && !missing.evaluation().unknownValues().isEmpty()) {
                        Hanging hanging = byStatement.computeIfAbsent(place, p -> new Hanging());
                        hanging.openValues.addAll(missing.evaluation().unknownValues());
                        hanging.effect = statement.effect();
                        hanging.add(missing.permission());
                    }
                }
            }
        }
        byStatement.forEach((place, hanging) -> report(context, place, hanging));
    }

    private static void report(SubjectContext context, Place place, Hanging hanging) {
        String when = hanging.keys.isEmpty() ? " applies" : "'s condition holds";
        String outcome = hanging.effect == Effect.DENY ? " refused when this Deny" + when : " allowed only if this statement" + when;
        List<String> reasons = new ArrayList<>();
        List<String> remedies = new ArrayList<>();
        if (!hanging.keys.isEmpty()) {
            reasons.add("on what a kubelet's request carries: " + String.join("; ", hanging.keys.stream().map(KubeletRequest::explain).toList()));
            remedies.add("check that every node's pull meets this condition (e.g. goes through the VPC endpoint it names),"
                    + " or change it: iamlint cannot know the values of these keys");
        }
        if (!hanging.openValues.isEmpty()) {
            reasons.add("on " + String.join(", ", hanging.openValues) + ", which the input leaves open");
            remedies.add("give " + (hanging.openValues.size() == 1 ? "it" : "them")
                    + " with --parameter NAME=VALUE (parameters: in .iamlint.yaml, <parameters> of the Maven plugin)");
        }
        String message = Wording.permissions(hanging.permissions) + " " + Wording.is(hanging.permissions)
                + outcome
                + ", and that depends " + String.join(", and ", reasons);
        String fix = String.join("; ", remedies);
        Where.atStatement(context, place.policyId(), place.statementIndex(), message,
                Optional.of(Fix.of(Character.toUpperCase(fix.charAt(0)) + fix.substring(1))));
    }
}
