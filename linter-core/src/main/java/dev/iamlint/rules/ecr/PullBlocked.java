package dev.iamlint.rules.ecr;

import dev.iamlint.eval.MatchedStatement;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.eval.PolicyType;
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

/**
 * A permission the pull needs is refused whatever the identity policies grant: an explicit Deny
 * applies (reported at that statement, once for everything it blocks), or the identity side
 * allows it but the permissions boundary (or another policy that caps permissions: an SCP, RCP,
 * session or VPC endpoint policy) does not. Adding grants cannot help, which is why ECR001 and
 * ECR002 offer no fix then.
 */
@RuleInfo(
        id = "ECR004",
        name = "PullBlocked",
        summary = "An explicit Deny or a permissions boundary blocks a permission an image pull needs",
        severity = Severity.ERROR,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html")
public final class PullBlocked implements SubjectRule {

    @Override
    public void check(SubjectContext context) {
        Map<MatchedStatement, List<PermissionResult>> byDeny = new LinkedHashMap<>();
        Map<PolicyType, List<PermissionResult>> byLimit = new LinkedHashMap<>();
        for (Checked checked : PullDiagnosis.of(context)) {
            for (Missing missing : checked.because(Cause.DENIED)) {
                missing.evaluation().matchedStatements().stream()
                        .filter(s -> s.effect() == Effect.DENY && !s.conditional())
                        .forEach(deny -> add(byDeny, deny, missing.permission()));
            }
            for (Missing missing : checked.because(Cause.LIMITED)) {
                add(byLimit, missing.evaluation().decidedBy().orElseThrow(), missing.permission());
            }
        }
        byDeny.forEach((deny, blocked) -> reportDeny(context, deny, blocked));
        byLimit.forEach((kind, blocked) -> reportLimit(context, kind, blocked));
    }

    private static void reportDeny(SubjectContext context, MatchedStatement deny, List<PermissionResult> blocked) {
        PermissionResult first = blocked.get(0);
        String message = "the Deny statement at " + Where.position(context, deny.policyId(), deny.statementIndex())
                + deny.sid().map(sid -> " (Sid " + sid + ")").orElse("") + " blocks " + Wording.permissions(blocked)
                + ", so " + Wording.cannot(first) + ": AWS answers " + Wording.answer(first);
        Fix fix = Fix.of("Narrow this Deny (its Action, Resource or Condition) so that it no longer matches what the pull needs,"
                + " or remove it: no Allow overrides an explicit Deny");
        Where.atStatement(context, deny.policyId(), deny.statementIndex(), message, Optional.of(fix));
    }

    private static void reportLimit(SubjectContext context, PolicyType kind, List<PermissionResult> blocked) {
        PermissionResult first = blocked.get(0);
        List<String> policies = policiesOf(context.subject().policies(), kind);
        String limiter = policies.size() == 1 ? "the " + kind.description() + " " + Where.path(context, policies.get(0))
                : "no " + kind.description();
        String message = Wording.permissions(blocked) + " " + Wording.is(blocked) + " allowed by the identity policy, but "
                + limiter + (policies.size() == 1 ? " does not allow " : " allows ") + (blocked.size() == 1 ? "it" : "them")
                + ", so " + Wording.cannot(first) + ": AWS answers " + Wording.answer(first);
        Fix fix = Fix.of("Allow " + (blocked.size() == 1 ? "it" : "them") + " in the " + kind.description() + " too: it caps what"
                + " identity policies can grant");
        String where = policies.size() == 1 ? policies.get(0) : context.subject().name();
        Where.atPolicy(context, where, message, Optional.of(fix));
    }

    /** The ids of the subject's policies of a kind. */
    private static List<String> policiesOf(PolicySet policies, PolicyType kind) {
        return policies.all().stream().filter(p -> p.type() == kind).map(PolicyInput::id).toList();
    }

    /** Adds a permission once per action and resource: two requirements may need the same one. */
    private static <K> void add(Map<K, List<PermissionResult>> groups, K key, PermissionResult permission) {
        List<PermissionResult> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
        if (group.stream().noneMatch(p -> p.action().equalsIgnoreCase(permission.action()) && p.resource().equals(permission.resource()))) {
            group.add(permission);
        }
    }
}
