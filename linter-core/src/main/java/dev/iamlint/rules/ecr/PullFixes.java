package dev.iamlint.rules.ecr;

import dev.iamlint.catalog.ManagedPolicies;
import dev.iamlint.ecr.EcrRepository;
import dev.iamlint.ecr.Partition;
import dev.iamlint.eval.Caller;
import dev.iamlint.eval.Decision;
import dev.iamlint.eval.Evaluator;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.eval.PreparedPolicy;
import dev.iamlint.memo.BoundedMemo;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.requirement.CheckOptions;
import dev.iamlint.requirement.Permission;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementChecker;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.requirement.RequirementStatus;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.Subject;
import dev.iamlint.rules.SubjectContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fixes of ECR001, ECR002 and ECR007, each offered only after it is proven: the subject's
 * policies plus the candidate (the managed policy AmazonEC2ContainerRegistryPullOnly, or the
 * requirement's least-privilege policy) must make the requirement hold, as the requirement
 * check decides it and with what a kubelet's request certainly carries. When a Deny, a
 * boundary or a repository policy would still refuse the pull, nothing is offered and the
 * proof says what AWS would still answer (ECR004 or ECR009 report the cause).
 */
final class PullFixes {

    static final String PULL_ONLY = "AmazonEC2ContainerRegistryPullOnly";

    private static final PolicyParser PARSER = PolicyParser.withDefaults();

    /**
     * The proven fix, or, when no candidate holds, the error AWS would return even with the
     * least-privilege policy added.
     */
    record Proof(Optional<Fix> fix, Optional<String> stillRefused) {

        /** What a finding's message says when nothing can be offered; empty when a fix is. */
        String unproven() {
            return stillRefused.map(error -> "; no fix is offered: even with the missing permissions granted,"
                    + " AWS would answer \"" + error + "\"").orElse("");
        }
    }

    private PullFixes() {
    }

    static Proof prove(SubjectContext context, Requirement requirement) {
        Subject subject = context.subject();
        Evaluator base = context.evaluator();
        List<RequirementTarget> targets = targetsOf(subject);
        CheckOptions options = subject.checkOptions().withSubject(subject.name());
        List<Fix.Option> proven = new ArrayList<>();
        if (grantsEcr(requirement)) {
            if (stillMissing(subject, base, requirement, options, PullOnly.POLICY).isEmpty()) {
                proven.add(new Fix.Option("Attach the AWS managed policy " + PULL_ONLY, partition(subject, targets).managedPolicyArn(PULL_ONLY)));
            }
        }
        ScopedPolicy scoped = ScopedPolicy.of(requirement, targets, options);
        List<PermissionResult> refused = stillMissing(subject, base, requirement, options, scoped.policy());
        if (refused.isEmpty()) {
            proven.add(new Fix.Option(scopedTitle(subject, targets, scoped.text()), scoped.text()));
        }
        if (proven.isEmpty()) {
            return new Proof(Optional.empty(), refused.stream().findFirst().flatMap(PermissionResult::error));
        }
        String description = (proven.size() == 1 ? proven.get(0).title() : "Attach the AWS managed policy or add the least-privilege policy")
                + "; iamlint checked that, added to this policy, " + (proven.size() == 1 ? "it" : "either one")
                + " grants everything " + requirement.name() + " needs";
        return new Proof(Optional.of(new Fix(description, proven)), Optional.empty());
    }

    /** The targets checked: those named, or the representative repository the requirement check used. */
    private static List<RequirementTarget> targetsOf(Subject subject) {
        return subject.targets().isEmpty() ? List.of(RequirementTarget.representative(subject.caller())) : subject.targets();
    }

    private static boolean grantsEcr(Requirement requirement) {
        for (Permission permission : requirement.permissions()) {
            if (permission.action().regionMatches(true, 0, "ecr:", 0, "ecr:".length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The permissions still missing with the candidate added to the subject's identity
     * policies: neither allowed by the check nor, for conditional ones, with what a kubelet's
     * request carries. Checked for the subject's own targets, as its requirement was: none stand
     * for the representative repository there too.
     */
    private static List<PermissionResult> stillMissing(Subject subject, Evaluator base, Requirement requirement,
            CheckOptions options, PreparedPolicy candidate) {
        Evaluator evaluator = base.withIdentity(candidate);
        RequirementResult result = RequirementChecker.check(requirement, subject.targets(), evaluator, subject.caller(), options);
        if (result.status() == RequirementStatus.SATISFIED) {
            return List.of();
        }
        return result.missing().stream()
                .filter(p -> p.status() != RequirementStatus.CONDITIONAL
                        || KubeletRequest.reevaluate(evaluator, result, p, subject.targets()).decision() != Decision.ALLOWED)
                .toList();
    }

    /** The managed policy, parsed and compiled once: it is the same for every subject. */
    private static final class PullOnly {
        static final PreparedPolicy POLICY = PreparedPolicy.of(new PolicyInput(PULL_ONLY, PolicyType.IDENTITY,
                parse(ManagedPolicies.bundled().byName(PULL_ONLY)
                        .orElseThrow(() -> new IllegalStateException(PULL_ONLY + " is missing from the bundled managed policies")).document())));
    }

    /**
     * The least-privilege policy as text and compiled. Subjects checked for the same requirement
     * and targets share it, so it is written, parsed and compiled once for them, up to a bound.
     */
    private record ScopedPolicy(String text, PreparedPolicy policy) {
        private static final BoundedMemo<List<Object>, ScopedPolicy> MEMO = new BoundedMemo<>(64);

        static ScopedPolicy of(Requirement requirement, List<RequirementTarget> targets, CheckOptions options) {
            return MEMO.get(List.of(requirement, targets, options.flags()), key -> {
                String text = RequirementChecker.scopedPolicy(requirement, targets, options);
                return new ScopedPolicy(text, PreparedPolicy.of(new PolicyInput("least-privilege policy", PolicyType.IDENTITY, parse(text))));
            });
        }
    }

    private static PolicyDocument parse(String text) {
        ParseResult parsed = PARSER.parse(text, PolicyKind.IDENTITY);
        if (parsed.hasErrors() || parsed.document().isEmpty()) {
            throw new IllegalStateException("a suggested policy does not parse: " + parsed.problems());
        }
        return parsed.document().get();
    }

    /** The partition of the repositories, else of the caller: the managed policy's ARN names it. */
    private static Partition partition(Subject subject, List<RequirementTarget> targets) {
        for (RequirementTarget target : targets) {
            if (target.repository().isPresent()) {
                return target.repository().get().partition();
            }
        }
        return subject.caller().flatMap(Caller::partition).flatMap(Partition::fromId).orElse(Partition.AWS);
    }

    /** The least-privilege policy's title, which warns when it names the representative repository. */
    private static String scopedTitle(Subject subject, List<RequirementTarget> targets, String scoped) {
        Optional<String> representative = subject.targets().isEmpty()
                ? targets.get(0).repository().map(EcrRepository::arn).filter(scoped::contains)
                : Optional.empty();
        if (representative.isEmpty()) {
            return "Add the least-privilege policy";
        }
        return "Add the least-privilege policy (it names the representative repository " + representative.get()
                + ": put your repositories in its place)";
    }
}
