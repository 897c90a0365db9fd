package dev.iamlint.rules.ecr;

import dev.iamlint.catalog.AccessLevel;
import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.match.Glob;
import dev.iamlint.model.ActionElement;
import dev.iamlint.model.Effect;
import dev.iamlint.model.Statement;
import dev.iamlint.parse.Pointers;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.Subject;
import dev.iamlint.rules.SubjectContext;
import dev.iamlint.rules.SubjectRule;
import dev.iamlint.rules.validity.Phrases;
import dev.iamlint.source.Located;
import dev.iamlint.source.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A principal that is required only to pull images (a subject with an {@code ecr-pull…}
 * requirement) is also allowed ECR actions of access level Write, Permissions management or
 * Tagging: push, delete, repository and registry administration. The pull-through cache's
 * {@code ecr:BatchImportUpstreamImage} is part of a pull, and so is {@code ecr:CreateRepository}
 * when a pull-through cache must create its repositories. Reported at each action value that
 * grants such actions ({@code ecr:*} and {@code *} included), or at an Allow's NotAction.
 */
@RuleInfo(
        id = "ECR006",
        name = "PullPrincipalCanWrite",
        summary = "A principal that only pulls images is also allowed to push, delete or administer ECR",
        severity = Severity.WARNING,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html")
public final class PullPrincipalCanWrite implements SubjectRule {

    private static final Set<AccessLevel> WRITE_LEVELS = Set.of(AccessLevel.WRITE, AccessLevel.PERMISSIONS_MANAGEMENT, AccessLevel.TAGGING);
    private static final int ACTIONS_NAMED = 3;
    private static final String CACHE_REQUIREMENT = "ecr-pull-through-cache";
    private static final String REPOSITORIES_EXIST = "repositoriesExist";

    @Override
    public void check(SubjectContext context) {
        Subject subject = context.subject();
        if (subject.requirements().stream().map(Requirement::name).noneMatch(name -> name.startsWith("ecr-pull"))) {
            return;
        }
        List<ActionInfo> beyondPull = null;
        for (PolicyInput policy : subject.policies().identity()) {
            for (Statement statement : policy.document().statements()) {
                if (statement.effectValue().orElse(null) != Effect.ALLOW || statement.action().isEmpty()) {
                    continue;
                }
                ActionElement actions = statement.action().get();
                // Most statements of most policies name no ECR action: settle those before looking at resources.
                if (!actions.negated() && !Located.anyValue(actions.values(), PullPrincipalCanWrite::mayMatchEcr)) {
                    continue;
                }
                if (beyondPull == null) {
                    beyondPull = beyondPull(context);
                }
                boolean anyResource = statement.resource().isEmpty() || statement.resource().get().negated()
                        || Located.anyValue(statement.resource().get().values(), r -> Globs.matches(r, "*", false));
                boolean ecrResource = anyResource || Located.anyValue(statement.resource().get().values(), PullPrincipalCanWrite::namesEcr);
                List<ActionInfo> onResources = beyondPull.stream().filter(a -> onResources(a, anyResource, ecrResource)).toList();
                if (onResources.isEmpty()) {
                    continue;
                }
                if (actions.negated()) {
                    List<Glob> excluded = actions.values().stream().map(v -> Glob.compile(v.value(), true)).toList();
                    List<ActionInfo> granted = onResources.stream()
                            .filter(a -> excluded.stream().noneMatch(g -> g.matches(a.qualifiedName()))).toList();
                    Located<String> element = new Located<>("NotAction", actions.range(), Pointers.child(statement.pointer(), "NotAction"));
                    report(context, policy.id(), element, "this NotAction", granted);
                    continue;
                }
                for (Located<String> value : actions.values()) {
                    if (!mayMatchEcr(value.value())) {
                        continue;
                    }
                    Glob pattern = Glob.compile(value.value(), true);
                    List<ActionInfo> granted = onResources.stream().filter(a -> pattern.matches(a.qualifiedName())).toList();
                    report(context, policy.id(), value, "\"" + value.value() + "\"", granted);
                }
            }
        }
    }

    /** ECR's actions of the write levels that a pull does not need, for this subject's requirements. */
    private static List<ActionInfo> beyondPull(SubjectContext context) {
        Subject subject = context.subject();
        boolean createsCacheRepositories = subject.requirements().stream().anyMatch(r -> r.name().equals(CACHE_REQUIREMENT))
                && !subject.checkOptions().flags().contains(REPOSITORIES_EXIST);
        return context.catalog().service("ecr").map(s -> s.actions()).orElse(List.of()).stream()
                .filter(a -> WRITE_LEVELS.contains(a.accessLevel()))
                .filter(a -> !a.is(PullDiagnosis.IMPORT))
                .filter(a -> !(createsCacheRepositories && a.is(PullDiagnosis.CREATE_REPOSITORY)))
                .toList();
    }

    /** Whether an action pattern can name an ECR action: its service part matches "ecr" (or it is all wildcards). */
    private static boolean mayMatchEcr(String pattern) {
        int colon = pattern.indexOf(':');
        return Globs.matches(colon < 0 ? pattern : pattern.substring(0, colon), "ecr", true);
    }

    /**
     * Whether the statement's resources can grant the action: {@code "*"} (or NotResource) for
     * every action, an ECR ARN for actions with resource-level permissions.
     */
    private static boolean onResources(ActionInfo action, boolean anyResource, boolean ecrResource) {
        return anyResource || (action.supportsResourceLevelPermissions() && ecrResource);
    }

    private static boolean namesEcr(String resource) {
        String[] fields = resource.split(":", 4);
        return fields.length == 4 && fields[0].equals("arn") && Globs.matches(fields[2], "ecr", true);
    }

    private static void report(SubjectContext context, String policyId, Located<String> where, String what, List<ActionInfo> granted) {
        if (granted.isEmpty()) {
            return;
        }
        List<String> names = granted.stream().map(ActionInfo::qualifiedName).toList();
        String message = what + " allows " + Phrases.enumerate(names, ACTIONS_NAMED, "ECR write, permissions-management or tagging action")
                + " to a principal that only needs to pull images: with " + (names.size() == 1 ? "it" : "them")
                + ", whoever holds its credentials can change ECR instead of only reading from it";
        Fix fix = Fix.of("Allow only what the pull needs: ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repositories,"
                + " and ecr:GetAuthorizationToken on \"*\"");
        context.report(policyId, where.range(), where.pointer(), message, Optional.of(fix));
    }
}
