package dev.iamlint.rules.ecr;

import dev.iamlint.eval.Decision;
import dev.iamlint.eval.EvaluationResult;
import dev.iamlint.eval.MatchedStatement;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.model.Effect;
import dev.iamlint.model.Statement;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.requirement.RequirementStatus;
import dev.iamlint.rules.Subject;
import dev.iamlint.rules.SubjectContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Why each permission a subject's requirements need is missing, decided in one place so that one
 * problem gives one finding: each {@link Cause} belongs to one rule. A permission that is
 * conditional only on keys whose value a kubelet's request certainly has is evaluated again with
 * those values ({@link KubeletRequest}); if it is then allowed, it is not missing.
 */
final class PullDiagnosis {

    static final String MANIFEST = "ecr:BatchGetImage";
    static final String LAYERS = "ecr:GetDownloadUrlForLayer";
    static final String IMPORT = "ecr:BatchImportUpstreamImage";
    static final String CREATE_REPOSITORY = "ecr:CreateRepository";
    /** The permissions only a pull through a pull-through cache needs (ECR007's). */
    private static final Set<String> CACHE_ACTIONS = Set.of(IMPORT.toLowerCase(Locale.ROOT), CREATE_REPOSITORY.toLowerCase(Locale.ROOT));

    /** Why a permission is missing, each reported by one rule. */
    enum Cause {
        /** An explicit Deny applies whatever the context (ECR004). */
        DENIED,
        /** Allowed by the identity side, but a permissions boundary, SCP, RCP, session or endpoint policy does not allow it (ECR004). */
        LIMITED,
        /** Allowed only if conditions on keys of unknown value hold (ECR005). */
        CONDITIONAL,
        /** Across accounts, the identity side allows it and the repository's account does not (ECR009). */
        CROSS_ACCOUNT,
        /** {@code ecr:GetAuthorizationToken} granted on ARNs only, which grants nothing (ECR003). */
        TOKEN_SCOPED,
        /** Granted on the target's repository name in another partition, region or account (ECR010). */
        MISPLACED_ARN,
        /** Nothing grants it (ECR001, ECR002, ECR007). */
        NOT_GRANTED
    }

    /**
     * A missing permission, why, and the evaluation that says so: the requirement check's, or for a
     * conditional permission its evaluation with what a kubelet's request carries.
     */
    record Missing(PermissionResult permission, Cause cause, EvaluationResult evaluation) {}

    /** One requirement of the subject, its check, and what is missing. */
    record Checked(Requirement requirement, RequirementResult result, List<Missing> missing) {

        List<Missing> because(Cause cause) {
            List<Missing> because = new ArrayList<>();
            for (Missing m : missing) {
                if (m.cause() == cause) {
                    because.add(m);
                }
            }
            return because;
        }

        boolean isMissing(PermissionResult permission) {
            for (Missing m : missing) {
                if (m.permission() == permission) {
                    return true;
                }
            }
            return false;
        }

        /** The permissions of an action, one per resource checked. */
        List<PermissionResult> permissions(String action) {
            List<PermissionResult> permissions = new ArrayList<>();
            for (PermissionResult p : result.permissions()) {
                if (p.action().equalsIgnoreCase(action)) {
                    permissions.add(p);
                }
            }
            return permissions;
        }

        /** Nothing grants these, and they belong to the pull itself rather than to a pull-through cache. */
        List<Missing> pullGaps() {
            return notGranted(false);
        }

        /** Nothing grants these pull-through-cache permissions. */
        List<Missing> cacheGaps() {
            return notGranted(true);
        }

        /** What nothing grants, of the pull-through cache's permissions or of the others. */
        private List<Missing> notGranted(boolean cache) {
            List<Missing> gaps = new ArrayList<>();
            for (Missing m : missing) {
                if (m.cause() == Cause.NOT_GRANTED && isCacheAction(m.permission()) == cache) {
                    gaps.add(m);
                }
            }
            return gaps;
        }

        /**
         * The motivating case: a login token, but neither layer action on any repository, so every
         * pull fails after login.
         */
        boolean tokenOnly() {
            List<PermissionResult> tokens = permissions(TokenScope.TOKEN);
            List<PermissionResult> manifests = permissions(MANIFEST);
            List<PermissionResult> layers = permissions(LAYERS);
            if (tokens.isEmpty() || manifests.isEmpty() || layers.isEmpty()) {
                return false;
            }
            for (PermissionResult token : tokens) {
                if (isMissing(token)) {
                    return false;
                }
            }
            List<PermissionResult> pulls = new ArrayList<>(manifests);
            pulls.addAll(layers);
            for (PermissionResult pull : pulls) {
                if (!isNotGranted(pull)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isNotGranted(PermissionResult permission) {
            for (Missing m : missing) {
                if (m.permission() == permission && m.cause() == Cause.NOT_GRANTED) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The identity statement that grants a neighbour of a missing permission, where its grant
         * belongs: one on the same resource first, then one on some repository, then any; none
         * when nothing is granted.
         */
        Optional<MatchedStatement> statementToExtend(PermissionResult missing) {
            return result.permissions().stream()
                    .filter(p -> !isMissing(p))
                    .sorted(Comparator.comparingInt(p -> closeness(p, missing)))
                    .flatMap(p -> identityAllow(p.evaluation()).stream())
                    .findFirst();
        }

        private static int closeness(PermissionResult granted, PermissionResult missing) {
            if (granted.resource().equals(missing.resource())) {
                return 0;
            }
            return granted.resource().equals("*") ? 2 : 1;
        }

        private static boolean isCacheAction(PermissionResult permission) {
            return CACHE_ACTIONS.contains(permission.action().toLowerCase(Locale.ROOT));
        }
    }

    private PullDiagnosis() {
    }

    /** The diagnosis of one subject, shared by the ECR rules that read it. */
    private record Diagnosis(List<Checked> checked) {}

    /** Each requirement of the subject, in order, with what is missing and why. */
    static List<Checked> of(SubjectContext context) {
        return context.shared(Diagnosis.class, () -> new Diagnosis(diagnose(context))).checked();
    }

    private static List<Checked> diagnose(SubjectContext context) {
        Subject subject = context.subject();
        List<RequirementResult> results = context.requirements();
        if (results.stream().allMatch(r -> r.missing().isEmpty())) {
            return results.stream().map(r -> new Checked(requirement(subject, r), r, List.of())).toList();
        }
        List<Checked> checked = new ArrayList<>();
        for (RequirementResult result : results) {
            List<Missing> missing = new ArrayList<>();
            for (PermissionResult permission : result.missing()) {
                EvaluationResult evaluation = permission.evaluation();
                if (permission.status() == RequirementStatus.CONDITIONAL) {
                    evaluation = KubeletRequest.reevaluate(context.evaluator(), result, permission, subject.targets());
                }
                if (evaluation.decision() != Decision.ALLOWED) {
                    missing.add(new Missing(permission, cause(context, permission, evaluation), evaluation));
                }
            }
            checked.add(new Checked(requirement(subject, result), result, missing));
        }
        return checked;
    }

    /** The subject's requirement a result is for (the linter checks them in order, one result each). */
    private static Requirement requirement(Subject subject, RequirementResult result) {
        return subject.requirements().stream().filter(r -> r.name().equals(result.requirement())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no requirement " + result.requirement() + " in subject " + subject.name()));
    }

    private static Cause cause(SubjectContext context, PermissionResult permission, EvaluationResult evaluation) {
        if (evaluation.conditional()) {
            return Cause.CONDITIONAL;
        }
        if (evaluation.decision() == Decision.EXPLICIT_DENY) {
            return Cause.DENIED;
        }
        PolicyType decidedBy = evaluation.decidedBy().orElse(PolicyType.IDENTITY);
        if (decidedBy == PolicyType.RESOURCE) {
            return Cause.CROSS_ACCOUNT;
        }
        if (decidedBy != PolicyType.IDENTITY) {
            return Cause.LIMITED;
        }
        if (permission.action().equalsIgnoreCase(TokenScope.TOKEN) && grantsScopedToken(context)) {
            return Cause.TOKEN_SCOPED;
        }
        if (!misplaced(context.subject(), permission).isEmpty()) {
            return Cause.MISPLACED_ARN;
        }
        return Cause.NOT_GRANTED;
    }

    /** The Resource values of the subject's identity policies that name the permission's repository elsewhere. */
    static List<Placed<MisplacedRepositoryArn>> misplaced(Subject subject, PermissionResult permission) {
        List<Placed<MisplacedRepositoryArn>> found = new ArrayList<>();
        permission.target().flatMap(t -> t.repository()).ifPresent(repository -> {
            for (PolicyInput policy : subject.policies().identity()) {
                for (Statement statement : policy.document().statements()) {
                    MisplacedRepositoryArn.in(statement, permission.action(), repository)
                            .forEach(m -> found.add(new Placed<>(policy.id(), m)));
                }
            }
        });
        return found;
    }

    /** Something found in one of the subject's policies. */
    record Placed<T>(String policyId, T value) {}

    /** Whether an identity statement allows the token only on resources that do not cover "*" (ECR003's case). */
    private static boolean grantsScopedToken(SubjectContext context) {
        for (PolicyInput policy : context.subject().policies().identity()) {
            for (Statement statement : policy.document().statements()) {
                if (TokenScope.scopedTokenGrant(statement, context.catalog()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first identity-policy Allow statement that applies to a request: where a grant is, or should go. */
    static Optional<MatchedStatement> identityAllow(EvaluationResult evaluation) {
        return evaluation.matchedStatements().stream()
                .filter(s -> s.policyType() == PolicyType.IDENTITY && s.effect() == Effect.ALLOW)
                .findFirst();
    }
}
