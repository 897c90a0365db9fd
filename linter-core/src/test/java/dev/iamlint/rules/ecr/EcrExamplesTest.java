package dev.iamlint.rules.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.eval.Caller;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.lint.LintRequest;
import dev.iamlint.lint.LintResult;
import dev.iamlint.lint.Linter;
import dev.iamlint.lint.SourceText;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.requirement.CheckOptions;
import dev.iamlint.requirement.RequirementChecker;
import dev.iamlint.requirement.RequirementStatus;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ECR pull examples shipped in {@code policies/examples/ecr-pull/}, linted with every rule:
 * each gives exactly the ECR findings it is there to show, at the positions stated, and the
 * motivating token-only policy gets both proven fixes.
 */
class EcrExamplesTest {

    // Surefire runs in the module folder (linter-core/).
    private static final Path EXAMPLES = Path.of("..", "policies", "examples", "ecr-pull").toAbsolutePath().normalize();
    private static final String IMAGE = "111122223333.dkr.ecr.us-east-1.amazonaws.com/cluster-autoscaler:v1";
    private static final String SHARED_IMAGE = "444455556666.dkr.ecr.us-east-1.amazonaws.com/shared/base:1";
    private static final Caller NODE = Caller.parse("arn:aws:sts::111122223333:assumed-role/eks-node-role/i-0123456789abcdef0");
    private static final Linter LINTER = new Linter(RuleRegistry.builtin(), ActionCatalog.bundled(), PolicyParser.withDefaults());

    @Test
    void theTokenOnlyPolicyIsEcr001AtItsStatementWithBothProvenFixes() throws IOException {
        LintResult result = lint(request("token-only.json").withRequirements(List.of(Requirements.builtin("ecr-pull")), List.of()));

        Finding finding = single(result, "ECR001", "token-only.json", 4, 9, 8, 10);
        assertTrue(finding.message().contains("on arn:aws:ecr:us-east-1:111122223333:repository/example"
                + " (a representative repository: no image or repository was given)"), finding.message());
        assertTrue(finding.message().contains("\"User: arn:aws:sts::111122223333:assumed-role/node-role/i-0123456789abcdef0 is not"
                + " authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:111122223333:repository/example"
                + " because no identity-based policy allows the ecr:BatchGetImage action\""), finding.message());
        Fix fix = finding.fix().orElseThrow();
        List<Fix.Option> options = fix.options();
        assertEquals(2, options.size(), fix.toString());
        assertEquals("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly", options.get(0).content());
        String scoped = RequirementChecker.scopedPolicy(Requirements.builtin("ecr-pull"),
                List.of(RequirementTarget.representative(Optional.empty())), CheckOptions.DEFAULTS);
        assertEquals(scoped, options.get(1).content());
        assertTrue(options.get(1).title().contains("representative repository"), options.get(1).title());
        assertEquals(RequirementStatus.UNSATISFIED, result.requirements().get(0).status());
    }

    @Test
    void withAnImageTheFixNamesItsRepositoryAndItsPartition() throws IOException {
        LintResult result = lint(request("token-only.json").withRequirements(List.of(Requirements.builtin("ecr-pull")),
                List.of(RequirementTarget.fromImage("111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/cluster-autoscaler:v1"))));

        Fix fix = single(result, "ECR001", "token-only.json", 4, 9, 8, 10).fix().orElseThrow();
        assertEquals("arn:aws-cn:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly", fix.options().get(0).content());
        assertTrue(fix.options().get(1).content().contains("\"arn:aws-cn:ecr:cn-north-1:111122223333:repository/cluster-autoscaler\""),
                fix.options().get(1).content());
    }

    @Test
    void theFixedAndScopedPoliciesPullTheImage() throws IOException {
        for (String policy : List.of("pull-only-managed.json", "scoped-pull.json")) {
            LintResult result = lint(request(policy).withRequirements(List.of(Requirements.builtin("ecr-pull")),
                    List.of(RequirementTarget.fromImage(IMAGE))));
            assertEquals(List.of(), ecrFindings(result), policy);
            assertEquals(RequirementStatus.SATISFIED, result.requirements().get(0).status(), policy);
        }
    }

    /** The repository policy as a file of its own, and as {@code aws ecr get-repository-policy} prints it. */
    @ParameterizedTest
    @ValueSource(strings = {"cross-account/repository-policy.json", "cross-account/get-repository-policy.json"})
    void theCrossAccountPairPullsAndTheNodePolicyAloneIsEcr009(String repositoryPolicy) throws IOException {
        LintRequest pair = request("cross-account/node-role-policy.json")
                .withRequirements(List.of(Requirements.builtin("ecr-pull")), List.of(RequirementTarget.fromImage(SHARED_IMAGE)))
                .withCaller(Optional.of(NODE));
        LintResult allowed = lint(pair.withRepositoryPolicy(Optional.of(source(repositoryPolicy))));
        assertEquals(List.of(), ecrFindings(allowed));
        assertEquals(RequirementStatus.SATISFIED, allowed.requirements().get(0).status());

        Finding finding = single(lint(pair), "ECR009", "cross-account/node-role-policy.json", 10, 9, 18, 10);
        assertTrue(finding.message().startsWith("account 444455556666 owns arn:aws:ecr:us-east-1:444455556666:repository/shared/base"),
                finding.message());
        assertTrue(finding.fix().orElseThrow().options().get(0).content()
                .contains("\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/eks-node-role\"}"));
    }

    @Test
    void theReadOnlyCopyLacksThePullThroughCacheImport() throws IOException {
        LintResult result = lint(request("pull-through-cache.json").withRequirements(List.of(Requirements.builtin("ecr-pull-through-cache")),
                List.of(RequirementTarget.fromImage("111122223333.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/nginx:1.27"))));

        Finding finding = single(result, "ECR007", "pull-through-cache.json", 4, 9, 17, 10);
        assertTrue(finding.message().contains("for the pull-through cache docker-hub (arn:aws:ecr:us-east-1:111122223333:repository/docker-hub/*)"),
                finding.message());
        assertTrue(finding.fix().isPresent());
    }

    @Test
    void theDenyBlocksThePullAndIsNamed() throws IOException {
        LintResult result = lint(request("deny-blocks-pull.json").withRequirements(List.of(Requirements.builtin("ecr-pull")),
                List.of(RequirementTarget.fromImage(IMAGE))));

        Finding finding = single(result, "ECR004", "deny-blocks-pull.json", 14, 9, 22, 10);
        assertTrue(finding.message().startsWith("the Deny statement at deny-blocks-pull.json:14:9 (Sid OnlyTeamRepositories) blocks"
                + " ecr:BatchGetImage and ecr:GetDownloadUrlForLayer"), finding.message());
    }

    @Test
    void theVpcEndpointConditionMakesThePullConditional() throws IOException {
        LintResult result = lint(request("vpc-endpoint-condition.json").withRequirements(List.of(Requirements.builtin("ecr-pull")),
                List.of(RequirementTarget.fromImage(IMAGE))));

        Finding finding = single(result, "ECR005", "vpc-endpoint-condition.json", 10, 9, 23, 10);
        assertTrue(finding.message().contains("aws:SourceVpce is present only when the request comes through a VPC endpoint"),
                finding.message());
        assertEquals(RequirementStatus.CONDITIONAL, result.requirements().get(0).status());
    }

    private static LintRequest request(String example) throws IOException {
        return LintRequest.of(List.of(source(example)), LintConfig.DEFAULTS);
    }

    private static SourceText source(String example) throws IOException {
        return new SourceText(example, Files.readString(EXAMPLES.resolve(example)));
    }

    private static LintResult lint(LintRequest request) {
        return LINTER.lint(request);
    }

    private static List<Finding> ecrFindings(LintResult result) {
        return result.findings().stream().filter(f -> f.ruleId().startsWith("ECR")).toList();
    }

    /** The one ECR finding of the run, which must be of this rule at this place. */
    private static Finding single(LintResult result, String ruleId, String path, int line, int column, int endLine, int endColumn) {
        List<Finding> findings = ecrFindings(result);
        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(List.of(ruleId, path, line, column, endLine, endColumn),
                List.of(finding.ruleId(), finding.path(), finding.range().line(), finding.range().column(),
                        finding.range().endLine(), finding.range().endColumn()));
        return finding;
    }
}
