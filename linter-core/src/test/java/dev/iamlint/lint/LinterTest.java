package dev.iamlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.iac.TemplateParameters;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs that hold policies: templates, plans and account authorization details. */
class LinterTest {

    // Surefire runs in the module folder (linter-core/).
    private static final Path RESOURCES = Path.of("src", "test", "resources");
    private static final Linter LINTER = new Linter(RuleRegistry.builtin(), ActionCatalog.bundled(), PolicyParser.withDefaults());
    private static final String TEAM = "lint/principals/team.template.yaml";
    private static final String ACCOUNT = "lint/principals/account.json";
    private static final RequirementTarget IMAGE = RequirementTarget.fromImage("111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2");

    @ParameterizedTest
    @CsvSource({
        "iac/cloudformation/node-role.template.yaml, CLOUDFORMATION_TEMPLATE",
        "iac/cloudformation/node-role.template.json, CLOUDFORMATION_TEMPLATE",
        "iac/cloudformation/intrinsics.template.yaml, CLOUDFORMATION_TEMPLATE",
        "iac/cloudformation/malformed.template.yaml, CLOUDFORMATION_TEMPLATE",
        "iac/terraform/node-role.tfplan.json, TERRAFORM_PLAN",
        "iac/terraform/node-role.single-line.tfplan.json, TERRAFORM_PLAN",
        "iac/terraform/broken-policies.tfplan.json, TERRAFORM_PLAN",
        "iac/terraform/node-role.state.json, TERRAFORM_STATE",
        "iac/terraform/node-role.tfstate, TERRAFORM_STATE",
        "iac/aws-cli/get-role-policy.json, IDENTITY_POLICY",
        "iac/aws-cli/get-policy-version.json, IDENTITY_POLICY",
        "iac/aws-cli/get-role.json, RESOURCE_POLICY",
        "iac/aws-cli/get-repository-policy.json, RESOURCE_POLICY",
        "iac/aws-cli/get-bucket-policy.json, RESOURCE_POLICY",
        "iac/aws-cli/not-cli-output.json, NOT_A_POLICY",
        "iac/aws-cli/get-template.json, CLOUDFORMATION_TEMPLATE",
        "iac/aws-cli/get-template.yaml-body.json, CLOUDFORMATION_TEMPLATE",
        "iac/aws-cli/get-template.broken-body.json, CLOUDFORMATION_TEMPLATE",
        "iac/authorization-details/account.json, AUTHORIZATION_DETAILS",
        "iac/authorization-details/account.url-encoded.json, AUTHORIZATION_DETAILS",
        "iac/cloudformation/not-a-template.json, IDENTITY_POLICY",
        "iac/terraform/not-a-plan.json, NOT_A_POLICY",
    })
    void inputsAreTakenByWhatTheyHold(String file, FileResult.Kind kind) throws IOException {
        LintResult result = lint(file);

        assertEquals(List.of(new FileResult(file, kind, Optional.empty())), result.files());
        for (Finding finding : result.findings()) {
            assertEquals(file, finding.path(), finding.toString());
        }
    }

    @Test
    void aPolicyInATemplateIsLintedAtItsPlaceInTheTemplate() throws IOException {
        LintResult result = lint("lint/iac/token-only-node-role.template.yaml");

        List<Finding> unknown = result.findings().stream().filter(f -> f.ruleId().equals("IAM102")).toList();
        assertEquals(1, unknown.size(), result.findings().toString());
        assertEquals(25, unknown.get(0).range().line(), unknown.get(0).toString());
        assertTrue(unknown.get(0).pointer().startsWith("/Resources/NodeRole/Properties/Policies/0/PolicyDocument/Statement/1"),
                unknown.get(0).pointer());
    }

    /** Two policies of a template whose statements are alike: findings on statements point into each policy, so they stay apart. */
    @Test
    void findingsOnStatementsOfATemplatesPoliciesHaveTheirPointersInTheTemplate() throws IOException {
        LintResult result = lint("lint/iac/statement-findings.template.yaml");

        List<String> pointers = result.findings().stream().filter(f -> Set.of("IAM203", "IAM302", "ECR008").contains(f.ruleId()))
                .map(f -> f.ruleId() + " " + f.pointer()).sorted().toList();
        assertEquals(List.of("ECR008 /Resources/Images/Properties/RepositoryPolicyText/Statement/0/Resource",
                        "IAM203 /Resources/Builder/Properties/PolicyDocument/Statement/0/NotAction",
                        "IAM203 /Resources/Deployer/Properties/PolicyDocument/Statement/0/NotAction",
                        "IAM302 /Resources/Builder/Properties/PolicyDocument/Statement/2",
                        "IAM302 /Resources/Deployer/Properties/PolicyDocument/Statement/2"), pointers);
        assertEquals(result.findings().size(), result.findings().stream().map(Finding::fingerprint).distinct().count(),
                "one fingerprint per finding");
    }

    /** The AWS managed policy is no file of the run: its finding goes to the role, naming the policy. */
    @Test
    void aFindingInAnAttachedAwsManagedPolicyIsReportedAtThePrincipal() throws IOException {
        String file = "lint/iac/power-user-node-role.template.yaml";
        LintResult result = LINTER.lint(requireEcrPull(file));

        List<Finding> ecr006 = ruleFindings(result, "ECR006");
        assertEquals(4, ecr006.size(), result.findings().toString());
        for (Finding finding : ecr006) {
            assertEquals(file, finding.path());
            assertEquals(8, finding.range().line(), "the role's trust policy: " + finding);
            assertTrue(finding.message().startsWith("role NodeRole: "), finding.message());
            assertTrue(finding.message().endsWith("(in the AWS managed policy arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser)"),
                    finding.message());
        }
    }

    /** A role whose ARN the input gives pulls as itself, from its own account: across accounts the repository policy decides. */
    @Test
    void aRoleOfAnAccountPullsFromAnotherAccountAsItselfSoTheRepositoryPolicyMustAllowIt() throws IOException {
        String file = "iac/authorization-details/account.json";
        LintResult result = LINTER.lint(requireEcrPull(file).withRequirements(List.of(Requirements.builtin("ecr-pull")),
                List.of(RequirementTarget.fromImage("444455556666.dkr.ecr.us-east-1.amazonaws.com/shared/base:1"))));

        assertEquals(List.of(file + "#arn:aws:iam::123456789012:role/eks-node unsatisfied"), statuses(result));
        List<Finding> ecr = ruleFindings(result, "ECR");
        assertEquals(1, ecr.size(), ecr.toString());
        assertEquals("ECR009", ecr.get(0).ruleId());
        assertTrue(ecr.get(0).message().contains("User: arn:aws:sts::123456789012:assumed-role/eks-node/i-0123456789abcdef0 is not"),
                ecr.get(0).message());
    }

    /** A state gives its roles' ARNs: its node role pulls from its own account, so another account's repository policy decides. */
    @Test
    void aStatesRolePullsFromItsOwnAccountSoAnotherAccountsRepositoryPolicyDecides() throws IOException {
        String file = "iac/terraform/cross-account-node-role.state.json";
        LintRequest request = requireEcrPull(file).withRequirements(List.of(Requirements.builtin("ecr-pull")),
                List.of(RequirementTarget.fromImage("444455556666.dkr.ecr.us-east-1.amazonaws.com/shared/base:1")));
        Path repositoryPolicy = Path.of("..", "policies", "examples", "ecr-pull", "cross-account", "repository-policy.json");

        LintResult alone = LINTER.lint(request);
        LintResult allowed = LINTER.lint(request.withRepositoryPolicy(
                Optional.of(new SourceText(repositoryPolicy.toString(), Files.readString(repositoryPolicy)))));

        assertEquals(List.of(file + "#aws_iam_role.nodes unsatisfied"), statuses(alone));
        assertEquals(List.of("ECR009"), ruleFindings(alone, "ECR").stream().map(Finding::ruleId).toList());
        assertTrue(ruleFindings(alone, "ECR").get(0).message().contains("allows arn:aws:iam::111122223333:role/eks-node-role ecr:BatchGetImage"),
                ruleFindings(alone, "ECR").get(0).message());
        assertEquals(List.of(file + "#aws_iam_role.nodes satisfied"), statuses(allowed));
        assertEquals(List.of(), ruleFindings(allowed, "ECR"));
    }

    @Test
    void aRoleWhoseNameAStateGivesIsTheCallerTheQuotedErrorNames() throws IOException {
        LintResult result = LINTER.lint(requireEcrPull("iac/terraform/node-role.state.json"));

        Finding ecr001 = ruleFindings(result, "ECR001").get(0);
        assertTrue(ecr001.message().contains("User: arn:aws:sts::111122223333:assumed-role/eks-node/i-0123456789abcdef0 is not"),
                ecr001.message());
    }

    @Test
    void aMalformedTemplateIsAFindingNotASkip() throws IOException {
        LintResult result = lint("iac/cloudformation/malformed.template.yaml");

        assertEquals(1, result.findings().size(), result.findings().toString());
    }

    @Test
    void aNodeRoleWithOnlyTheTokenIsEcr001AtItsTokenStatementInTheTemplate() throws IOException {
        String file = "lint/iac/token-only-node-role.template.yaml";
        LintResult result = LINTER.lint(requireEcrPull(file));

        List<Finding> ecr = result.findings().stream().filter(f -> f.ruleId().startsWith("ECR")).toList();
        assertEquals(1, ecr.size(), ecr.toString());
        assertEquals("ECR001", ecr.get(0).ruleId());
        assertEquals(file, ecr.get(0).path());
        assertEquals(19, ecr.get(0).range().line(), ecr.get(0).toString());
        assertEquals(1, result.requirements().size(), result.requirements().toString());
    }

    /** The token-only mistake wherever a deployed or saved policy holds it: one ECR001, at the token statement. */
    @ParameterizedTest
    @CsvSource({
        // file, the subject after the file's name, the line of the token statement
        "iac/aws-cli/get-role-policy.json, '', 7",
        "iac/aws-cli/get-policy-version.json, '', 6",
        "iac/aws-cli/get-template.json, #NodeInstanceRole, 121",
        "iac/aws-cli/get-template.yaml-body.json, #NodeRole, 2",
        // the aws_iam_role_policy's, not the copy the provider reads back into the role
        "iac/terraform/node-role.state.json, #module.nodes.aws_iam_role.this, 77",
        "iac/terraform/node-role.tfstate, #module.nodes.aws_iam_role.this, 87",
    })
    void aTokenOnlyPolicyAsTheAccountHoldsItIsEcr001AtItsTokenStatement(String file, String subject, int line) throws IOException {
        LintResult result = LINTER.lint(requireEcrPull(file));

        assertEquals(List.of(file + subject + " unsatisfied"), statuses(result));
        List<Finding> ecr = ruleFindings(result, "ECR");
        assertEquals(1, ecr.size(), ecr.toString());
        assertEquals("ECR001", ecr.get(0).ruleId());
        assertEquals(line, ecr.get(0).range().line(), ecr.get(0).toString());
    }

    @ParameterizedTest
    @CsvSource({
        "iac/cloudformation/node-role.template.yaml",
        "iac/cloudformation/node-role.template.json",
        "iac/terraform/node-role.tfplan.json",
    })
    void aNodeRoleWithThePullOnlyPolicyAttachedHasNoEcrFinding(String file) throws IOException {
        LintResult result = LINTER.lint(requireEcrPull(file));

        assertEquals(1, result.requirements().size(), result.requirements().toString());
        assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().startsWith("ECR")).toList());
        for (Finding finding : result.findings()) {
            assertEquals(file, finding.path(), finding.toString());
        }
    }

    // --- Principals -------------------------------------------------------------------------------

    @Test
    void withoutSelectorsTheRequirementsApplyToNodeRolesWithTheCustomerManagedPoliciesOfTheTemplate() throws IOException {
        LintResult result = LINTER.lint(requireEcrPull(TEAM).withRequirements(List.of(Requirements.builtin("ecr-pull")), List.of(IMAGE)));

        assertEquals(List.of(TEAM + "#NodeRole satisfied"), statuses(result));
        assertEquals(List.of(), ruleFindings(result, "ECR", "IAM115"));
    }

    @Test
    void selectorsNameThePrincipalsCheckedAndTheirFindingsNameThePrincipal() throws IOException {
        LintRequest request = LintRequest.of(List.of(source(TEAM)), LintConfig.DEFAULTS)
                .withPrincipals(List.of(new PrincipalSelector(List.of("*er"), List.of(Requirements.builtin("ecr-pull")), List.of(IMAGE))));

        LintResult result = LINTER.lint(request);

        assertEquals(List.of(TEAM + "#Builder satisfied", TEAM + "#Deployer unsatisfied"), statuses(result));
        List<Finding> ecr = ruleFindings(result, "ECR");
        assertEquals(1, ecr.size(), ecr.toString());
        assertEquals("ECR001", ecr.get(0).ruleId());
        assertEquals(63, ecr.get(0).range().line(), "the token statement of Deployer: " + ecr.get(0));
        assertTrue(ecr.get(0).message().startsWith("user Deployer: ecr:GetAuthorizationToken is allowed, but neither"),
                ecr.get(0).message());
    }

    @Test
    void aSelectorWithoutRequirementsTakesTheRequestsAndNodeRolesNoSelectorNamesKeepThem() throws IOException {
        LintRequest request = requireEcrPull(TEAM).withRequirements(List.of(Requirements.builtin("ecr-pull")), List.of(IMAGE))
                .withPrincipals(List.of(new PrincipalSelector(List.of("Deployer"), List.of(), List.of())));

        LintResult result = LINTER.lint(request);

        assertEquals(List.of(TEAM + "#NodeRole satisfied", TEAM + "#Deployer unsatisfied"), statuses(result));
    }

    @Test
    void aUserHasThePoliciesOfItsGroupsAndTheAccountsCustomerManagedPolicies() throws IOException {
        LintRequest request = LintRequest.of(List.of(source(ACCOUNT)), LintConfig.DEFAULTS)
                .withPrincipals(List.of(new PrincipalSelector(List.of("alice", "bob"), List.of(Requirements.builtin("ecr-pull")),
                        List.of(IMAGE))));

        LintResult result = LINTER.lint(request);

        // alice: the token inline, the pull from her group's customer managed policy; bob: PullOnly by ARN.
        assertEquals(List.of(ACCOUNT + "#arn:aws:iam::111122223333:user/alice satisfied",
                ACCOUNT + "#arn:aws:iam::111122223333:user/bob satisfied"), statuses(result));
        assertEquals(List.of(), ruleFindings(result, "IAM115"));
    }

    @ParameterizedTest
    @CsvSource({
        "iac/cloudformation/groups.template.yaml, Builder, Deployer, Outsider",
        "iac/terraform/groups.tfplan.json, builder, deployer, outsider",
    })
    void aUserOfATemplateOrPlanHasThePoliciesOfItsGroups(String file, String byUser, String byGroup, String outsider)
            throws IOException {
        LintRequest request = LintRequest.of(List.of(source(file)), LintConfig.DEFAULTS)
                .withPrincipals(List.of(new PrincipalSelector(List.of("*er"), List.of(Requirements.builtin("ecr-pull")), List.of(IMAGE))));

        LintResult result = LINTER.lint(request);

        // Each has only the token of its own; the pull comes from the group it joins by its own list of groups
        // (User Groups, aws_iam_user_group_membership) or by the group's list of users (UserToGroupAddition,
        // aws_iam_group_membership). The outsider is in no group.
        assertEquals(List.of(file + "#" + byUser + " satisfied", file + "#" + byGroup + " satisfied", file + "#" + outsider + " unsatisfied"),
                statuses(result));
    }

    @Test
    void aSelectorGlobThatNamesNoPrincipalOfAnyInputIsAWarning() throws IOException {
        LintRequest request = LintRequest.of(List.of(source(TEAM), source(ACCOUNT)), LintConfig.DEFAULTS)
                .withPrincipals(List.of(
                        new PrincipalSelector(List.of("NodeRle*", "alice"), List.of(Requirements.builtin("ecr-pull")), List.of(IMAGE)),
                        new PrincipalSelector(List.of("Builder"), List.of(), List.of())));

        LintResult result = LINTER.lint(request);

        // alice is a user of the account, Builder one of the template: each glob may name principals of any input.
        assertEquals(List.of("principal selector \"NodeRle*\" matches no principal"), result.warnings());
    }

    @Test
    void templateParametersOfTheRequestResolveAttachments() throws IOException {
        String file = "lint/principals/parameter.template.yaml";
        LintRequest request = requireEcrPull(file).withRequirements(List.of(Requirements.builtin("ecr-pull")), List.of(IMAGE));

        LintResult without = LINTER.lint(request);
        LintResult with = LINTER.lint(request.withParameters(
                new TemplateParameters(Map.of("PullPolicyArn", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"))));

        assertEquals(List.of(file + "#NodeRole unsatisfied"), statuses(without));
        assertEquals(List.of("IAM115 18:11 managed policy of role NodeRole is given by Ref, which iamlint does not resolve"
                + " (unknown: PullPolicyArn)"),
                ruleFindings(without, "IAM115").stream()
                        .map(f -> f.ruleId() + " " + f.range().start() + " " + f.message().substring(0, f.message().indexOf(", so")))
                        .toList());
        assertEquals(List.of(file + "#NodeRole satisfied"), statuses(with));
        assertEquals(List.of(), ruleFindings(with, "IAM115", "ECR"));
    }

    private static List<String> statuses(LintResult result) {
        return result.requirements().stream().map(r -> r.subject() + " " + r.status().label()).toList();
    }

    private static List<Finding> ruleFindings(LintResult result, String... prefixes) {
        return result.findings().stream().filter(f -> List.of(prefixes).stream().anyMatch(f.ruleId()::startsWith)).toList();
    }

    private static LintRequest requireEcrPull(String file) throws IOException {
        return LintRequest.of(List.of(source(file)), LintConfig.DEFAULTS)
                .withRequirements(List.of(Requirements.builtin("ecr-pull")), List.of());
    }

    private static LintResult lint(String file) throws IOException {
        return LINTER.lint(List.of(source(file)), LintConfig.DEFAULTS);
    }

    private static SourceText source(String file) throws IOException {
        return new SourceText(file, Files.readString(RESOURCES.resolve(file)));
    }
}
