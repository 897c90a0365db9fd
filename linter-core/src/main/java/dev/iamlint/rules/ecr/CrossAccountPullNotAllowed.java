package dev.iamlint.rules.ecr;

import dev.iamlint.eval.Caller;
import dev.iamlint.eval.MatchedStatement;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.requirement.RequirementTarget;
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
import java.util.stream.Collectors;

/**
 * A pull from another account's repository that the identity policy allows but the repository's
 * account does not: across accounts both must allow, and only the repository policy can speak
 * for the repository's account. Says which account must add what, once per repository, with the
 * statement to add.
 */
@RuleInfo(
        id = "ECR009",
        name = "CrossAccountPullNotAllowed",
        summary = "Cross-account pull is not allowed by the repository's policy",
        severity = Severity.ERROR,
        category = Category.ECR_PULL,
        link = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html")
public final class CrossAccountPullNotAllowed implements SubjectRule {

    /** The missing permissions on one repository, and who asked. */
    private record Refused(Caller caller, boolean representativeCaller, List<PermissionResult> permissions) {}

    @Override
    public void check(SubjectContext context) {
        Map<String, Refused> byRepository = new LinkedHashMap<>();
        for (Checked checked : PullDiagnosis.of(context)) {
            RequirementResult result = checked.result();
            for (Missing missing : checked.because(Cause.CROSS_ACCOUNT)) {
                PermissionResult permission = missing.permission();
                List<PermissionResult> group = byRepository.computeIfAbsent(permission.resource(),
                        r -> new Refused(result.caller(), result.representativeCaller(), new ArrayList<>())).permissions();
                if (group.stream().noneMatch(p -> p.action().equalsIgnoreCase(permission.action()))) {
                    group.add(permission);
                }
            }
        }
        byRepository.forEach((repository, refused) -> report(context, repository, refused));
    }

    private static void report(SubjectContext context, String repository, Refused refused) {
        List<PermissionResult> permissions = refused.permissions();
        PermissionResult first = permissions.get(0);
        String account = first.target().flatMap(RequirementTarget::repository).map(r -> r.account())
                .orElseGet(() -> repository.split(":", 6)[4]);
        String name = first.target().flatMap(RequirementTarget::repository).map(r -> r.name())
                .orElseGet(() -> repository.substring(repository.indexOf(":repository/") + ":repository/".length()));
        String principal = refused.caller().roleArn().orElse(refused.caller().arn());
        String who = principal + (refused.representativeCaller() ? " (a representative node role: no caller was given)" : "");
        List<String> actions = permissions.stream().map(PermissionResult::action).toList();
        Optional<PolicyInput> repositoryPolicy = context.subject().policies().resourcePolicy();
        String message = "account " + account + " owns " + repository + Wording.target(first) + ", and "
                + repositoryPolicy.map(p -> "its repository policy " + Where.path(context, p.id()) + " does not allow")
                        .orElse("no repository policy was given that allows")
                + " " + who + " " + String.join(" and ", actions) + ": across accounts the repository's policy must allow the pull"
                + " as well as the identity policy, so AWS answers " + Wording.answer(first) + "; account " + account
                + " must add a statement allowing them to the repository policy of " + name;
        Fix fix = new Fix("Add this statement to the repository policy of " + name + " in account " + account,
                List.of(new Fix.Option("Repository policy statement", statement(principal, actions))));
        if (repositoryPolicy.isPresent()) {
            Where.atPolicy(context, repositoryPolicy.get().id(), message, Optional.of(fix));
            return;
        }
        Optional<MatchedStatement> grant = PullDiagnosis.identityAllow(first.evaluation());
        if (grant.isPresent()) {
            Where.atStatement(context, grant.get().policyId(), grant.get().statementIndex(), message, Optional.of(fix));
        } else {
            Where.atPolicy(context, context.subject().name(), message, Optional.of(fix));
        }
    }

    /** The repository policy statement that allows the principal the actions, laid out as AWS lays out policies. */
    private static String statement(String principal, List<String> actions) {
        String actionList = actions.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
        return "{\n"
                + "    \"Sid\": \"AllowCrossAccountPull\",\n"
                + "    \"Effect\": \"Allow\",\n"
                + "    \"Principal\": {\"AWS\": \"" + principal + "\"},\n"
                + "    \"Action\": [" + actionList + "]\n"
                + "}";
    }
}
