package dev.iamlint.requirement;

import dev.iamlint.ecr.EcrRepository;
import dev.iamlint.ecr.Partition;
import dev.iamlint.eval.Caller;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.Decision;
import dev.iamlint.eval.EvaluationResult;
import dev.iamlint.eval.Evaluator;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.eval.Request;
import dev.iamlint.eval.RequestContext;
import dev.iamlint.memo.BoundedMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that policies grant a requirement, proves candidate fixes, and writes the
 * least-privilege policy for a requirement.
 *
 * <p>Each required (action, resource) is evaluated in open-context mode with an empty context:
 * a permission that holds only under conditions on keys nobody supplied (a VPC endpoint, a
 * source IP, an organization id) is {@link RequirementStatus#CONDITIONAL} and names the keys.
 * Cross-account pulls are decided as AWS decides them, so the repository policy in the
 * {@link PolicySet} (its resource-based policy) must allow the caller too; that one policy applies
 * to every target checked, so targets in different accounts are best checked one by one.
 *
 * <p>Without targets, a {@linkplain RequirementTarget#representative representative repository}
 * in the caller's account is checked. Without a caller, a representative one is used: the
 * assumed-role session of an EC2 node, {@code arn:<partition>:sts::<account>:assumed-role/node-role/i-0123456789abcdef0},
 * in the first target's account and partition.
 */
public final class RequirementChecker {

    /** The role and session names of the representative caller. */
    public static final String REPRESENTATIVE_ROLE = "node-role";
    public static final String REPRESENTATIVE_SESSION = "i-0123456789abcdef0";

    private RequirementChecker() {}

    /**
     * Checks one requirement for one set of policies.
     *
     * @param targets the repositories (or images) required; empty for a representative one
     * @param caller who makes the requests; empty for a representative node session
     * @throws IllegalArgumentException if a target cannot fill a template of the requirement
     *     (an ECR Public image for a per-repository permission, say)
     */
    public static RequirementResult check(
            Requirement requirement, List<RequirementTarget> targets, PolicySet policies, Optional<Caller> caller, CheckOptions options) {
        Objects.requireNonNull(policies, "policies");
        return check(requirement, targets, Evaluator.compile(policies), caller, options);
    }

    /** As {@link #check(Requirement, List, PolicySet, Optional, CheckOptions)}, with the policies compiled already. */
    public static RequirementResult check(
            Requirement requirement, List<RequirementTarget> targets, Evaluator evaluator, Optional<Caller> caller, CheckOptions options) {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(options, "options");
        Plan plan = Plan.of(requirement, targets, caller, options.flags());
        Expansion expansion = plan.expansion();
        Caller who = plan.caller();
        RequestContext unknown = RequestContext.empty(ContextMode.OPEN);
        List<PermissionResult> results = new ArrayList<>();
        for (Expansion.Required required : expansion.requests()) {
            String action = required.permission().action();
            EvaluationResult evaluation = evaluator.evaluate(Request.of(who, action, required.resource(), unknown));
            RequirementStatus status = statusOf(evaluation);
            Optional<String> error = status == RequirementStatus.SATISFIED
                    ? Optional.empty()
                    : Optional.of(awsError(who, action, required.resource(), evaluation));
            results.add(new PermissionResult(required.permission(), required.resource(), required.target(), evaluation, status, error));
        }
        return new RequirementResult(requirement.name(), options.subject().orElse(who.arn()), who, caller.isEmpty(),
                expansion.representative(), results);
    }

    /**
     * The requests a check makes and who makes them: the same for every subject checked for one
     * requirement and set of targets, so worked out once for them, up to a bound.
     */
    private record Plan(Expansion expansion, Caller caller) {
        private static final BoundedMemo<List<Object>, Plan> MEMO = new BoundedMemo<>(64);
        /**
         * The plan last asked for, with what it was asked for: a lint checks the same requirement,
         * targets and options objects for every policy, and comparing them by identity spares
         * hashing them whole each time, which cost more than the check's requests.
         */
        private static volatile Last last;

        private record Last(Requirement requirement, List<RequirementTarget> targets, Optional<Caller> caller, Set<String> flags,
                Plan plan) {
            boolean isFor(Requirement r, List<RequirementTarget> t, Optional<Caller> c, Set<String> f) {
                return requirement == r && targets == t && caller == c && flags == f;
            }
        }

        static Plan of(Requirement requirement, List<RequirementTarget> targets, Optional<Caller> caller, Set<String> flags) {
            Last known = last;
            if (known != null && known.isFor(requirement, targets, caller, flags)) {
                return known.plan();
            }
            Plan plan = MEMO.get(List.of(requirement, targets, caller, flags), key -> new Plan(
                    Expansion.of(requirement, targets, RequirementTarget.representative(caller), flags),
                    caller.orElseGet(() -> representativeCaller(targets))));
            last = new Last(requirement, targets, caller, flags, plan);
            return plan;
        }
    }

    /**
     * The fix check: whether a candidate set of policies (typically the subject's policies plus a
     * suggested one) satisfies the requirement unconditionally.
     */
    public static boolean satisfiedBy(
            Requirement requirement, List<RequirementTarget> targets, PolicySet candidate, Optional<Caller> caller, CheckOptions options) {
        return check(requirement, targets, candidate, caller, options).status() == RequirementStatus.SATISFIED;
    }

    /**
     * The least-privilege identity policy for a requirement, as JSON text: each permission's
     * grant on exactly the targets ({@code *} where the action has no resource-level
     * permissions), one statement per Sid, actions and resources sorted, four-space indentation.
     * Without targets it names the representative repository; the caller should say so.
     */
    public static String scopedPolicy(Requirement requirement, List<RequirementTarget> targets, CheckOptions options) {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(options, "options");
        return ScopedPolicyWriter.write(Expansion.of(requirement, targets, RequirementTarget.representative(Optional.empty()), options.flags()));
    }

    /**
     * The representative caller: an EC2 node's role session in the account and partition of the
     * first target with a private repository, else in 111122223333 of {@code aws}.
     */
    public static Caller representativeCaller(List<RequirementTarget> targets) {
        Optional<EcrRepository> first = targets.stream().flatMap(t -> t.repository().stream()).findFirst();
        String partition = first.map(EcrRepository::partition).orElse(Partition.AWS).id();
        String account = first.map(EcrRepository::account).orElse(RequirementTarget.REPRESENTATIVE_ACCOUNT);
        return Caller.roleSession(partition, account, REPRESENTATIVE_ROLE, REPRESENTATIVE_SESSION);
    }

    private static RequirementStatus statusOf(EvaluationResult evaluation) {
        if (evaluation.decision() == Decision.ALLOWED) {
            return RequirementStatus.SATISFIED;
        }
        return evaluation.bestCase() == Decision.ALLOWED ? RequirementStatus.CONDITIONAL : RequirementStatus.UNSATISFIED;
    }

    /** AWS's AccessDenied text; AWS says "User:" for every kind of principal. */
    private static String awsError(Caller caller, String action, String resource, EvaluationResult evaluation) {
        return "User: " + caller.arn() + " is not authorized to perform: " + action + " on resource: " + resource + " " + evaluation.reason();
    }
}
