package dev.iamlint.iac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.Statement;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.ProblemCode;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerraformJsonTest {

    private static final String PRETTY = "node-role.tfplan.json";
    private static final String SINGLE_LINE = "node-role.single-line.tfplan.json";
    private static final String ROLE = "/resource_changes/0/change/after";

    @ParameterizedTest
    @ValueSource(strings = {PRETTY, SINGLE_LINE})
    void findsThePoliciesOfANodeRolePlanAndSkipsDeletionsAndDataSources(String file) {
        TerraformJson plan = plan(file);

        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(
                        "aws_iam_role.node aws_iam_role assume_role_policy RESOURCE [eks-node] " + ROLE + "/assume_role_policy",
                        "aws_iam_role.node aws_iam_role inline_policy/0/policy IDENTITY [eks-node] " + ROLE + "/inline_policy/0/policy",
                        "aws_ecr_repository_policy.app aws_ecr_repository_policy policy RESOURCE [] /resource_changes/2/change/after/policy",
                        "module.extra.aws_iam_role_policy.computed aws_iam_role_policy policy IDENTITY [eks-node] "
                                + "/resource_changes/4/change/after/policy"),
                plan.policies().stream().map(p -> p.logicalId() + " " + p.resourceType() + " " + p.propertyPath() + " "
                        + p.kind() + " " + p.attachedTo() + " " + p.pointer()).toList());
        for (EmbeddedPolicy policy : plan.policies().subList(0, 3)) {
            ParseResult result = assertInstanceOf(ParsedPolicy.class, policy.body()).result();
            assertEquals(List.of(), result.problems(), policy.propertyPath());
            assertTrue(result.document().isPresent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PRETTY, SINGLE_LINE})
    void findsTheManagedPolicyAttachmentAndTheNodeRole(String file) {
        TerraformJson plan = plan(file);

        assertEquals(List.of("aws_iam_role.node managed_policy_arns/0 MANAGED_POLICY",
                        "aws_iam_role_policy_attachment.pull policy_arn MANAGED_POLICY",
                        "aws_eks_node_group.nodes node_role_arn NODE_ROLE"),
                plan.references().stream().map(r -> r.logicalId() + " " + r.propertyPath() + " " + r.use()).toList());
        LiteralArn pullOnly = assertInstanceOf(LiteralArn.class, plan.references().get(1).target());
        assertEquals("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly", pullOnly.arn().value());
        assertEquals("/resource_changes/1/change/after/policy_arn", pullOnly.arn().pointer());
        assertEquals(Map.of("aws_iam_role.node", List.of("eks-node"), "aws_iam_role_policy_attachment.pull", List.of("eks-node"),
                "aws_eks_node_group.nodes", List.of()), plan.attachedTo());
    }

    @Test
    void computedValuesAreUnresolvedWherePlanMarksThem() {
        TerraformJson plan = plan(PRETTY);

        Unresolved nodeRole = assertInstanceOf(Unresolved.class, plan.references().get(2).target());
        // after omits the value, so the position is its after_unknown marker
        assertEquals(new Unresolved(TerraformJson.KNOWN_AFTER_APPLY, Optional.empty(), new SourceRange(113, 28, 113, 32),
                "/resource_changes/3/change/after/node_role_arn"), nodeRole);
        Unresolved policy = assertInstanceOf(Unresolved.class, plan.policies().get(3).body());
        // after writes null, so the position is that null
        assertEquals(new SourceRange(134, 21, 134, 25), policy.range());
        assertEquals(TerraformJson.KNOWN_AFTER_APPLY, policy.function());
    }

    @Test
    void computedValuesOnOneLine() {
        TerraformJson plan = plan(SINGLE_LINE);

        assertEquals(new SourceRange(1, 2475, 1, 2479), ((Unresolved) plan.references().get(2).target()).range());
        assertEquals(new SourceRange(1, 2811, 1, 2815), ((Unresolved) plan.policies().get(3).body()).range());
    }

    @Test
    void positionsInsideAMultiLinePolicyStringPointAtItsEscapedCharactersInThePlan() {
        TerraformJson plan = plan(PRETTY);

        Statement statement = onlyStatement(plan.policies().get(1), 0);
        assertEquals(new SourceRange(27, 85, 27, 200), statement.range());
        Located<String> action = statement.action().orElseThrow().values().get(0);
        assertEquals("ecr:GetAuthorizationToken", action.value());
        assertEquals(new SourceRange(27, 136, 27, 165), action.range());
        assertEquals(ROLE + "/inline_policy/0/policy/Statement/0/Action", action.pointer());
    }

    @Test
    void positionsInsideAPolicyStringOnASingleLinePlan() {
        TerraformJson plan = plan(SINGLE_LINE);

        Statement inline = onlyStatement(plan.policies().get(1), 0);
        assertEquals(new SourceRange(1, 610, 1, 725), inline.range());
        assertEquals(new SourceRange(1, 661, 1, 690), inline.action().orElseThrow().values().get(0).range());
    }

    @ParameterizedTest
    @ValueSource(strings = {PRETTY, SINGLE_LINE})
    void positionsAfterAUnicodeEscapeCountItsSixRawCharacters(String file) {
        TerraformJson plan = plan(file);
        boolean pretty = file.equals(PRETTY);

        Statement pull = onlyStatement(plan.policies().get(2), 1);
        assertEquals(pretty ? new SourceRange(85, 278, 85, 451) : new SourceRange(1, 1891, 1, 2064), pull.range());
        Located<String> action = pull.action().orElseThrow().values().get(0);
        assertEquals("ecr:BatchGetImage", action.value());
        assertEquals(pretty ? new SourceRange(85, 291, 85, 312) : new SourceRange(1, 1904, 1, 1925), action.range());
        String condition = onlyStatement(plan.policies().get(2), 0).conditions().get(0).values().get(0).toString();
        assertTrue(condition.contains("build&deploy"), condition);
    }

    @Test
    void problemsInsidePolicyStringsPointIntoThePlan() {
        TerraformJson plan = plan("broken-policies.tfplan.json");

        ParseResult truncated = assertInstanceOf(ParsedPolicy.class, plan.policies().get(0).body()).result();
        assertEquals(ProblemCode.MALFORMED_JSON, truncated.problems().get(0).code());
        // the end of the policy text is the string's closing quote
        assertEquals("16:39", truncated.problems().get(0).range().start());
        ParseResult noEffect = assertInstanceOf(ParsedPolicy.class, plan.policies().get(1).body()).result();
        assertEquals(List.of("35:67 /resource_changes/1/change/after/policy/Statement"),
                noEffect.problems().stream().map(p -> p.range().start() + " " + p.pointer()).toList());
    }

    @Test
    void malformedPlanGivesPathLineAndColumn() {
        TerraformJson plan = plan("malformed.tfplan.json");

        assertEquals(List.of(), plan.policies());
        assertEquals(ProblemCode.MALFORMED_JSON, plan.problems().get(0).code());
        assertTrue(plan.messages().get(0).startsWith("plans/malformed.tfplan.json:4:36: malformed JSON"), plan.messages().get(0));
    }

    @Test
    void jsonThatIsNotAPlanIsReportedAsSuch() {
        TerraformJson plan = plan("not-a-plan.json");

        assertEquals(ProblemCode.MISSING_ELEMENT, plan.problems().get(0).code());
        assertEquals("plans/not-a-plan.json:1:1: not a Terraform plan or state: no \"resource_changes\", \"planned_values\", "
                        + "\"values\" or \"resources\"", plan.messages().get(0));
    }

    @Test
    void valuesKnownAfterApplyNameThePlanResourceTheirExpressionReferences() {
        TerraformJson plan = plan("computed-names.tfplan.json");

        assertEquals(List.of(), plan.problems());
        // aws_iam_role.node's managed_policy_arns is computed and the configuration writes no expression for it: it is
        // what the provider reads back of the attachments, which are read in their own right, so no reference.
        assertEquals(List.of(
                        "aws_iam_role_policy_attachment.pull policy_arn MANAGED_POLICY Optional[aws_iam_policy.pull]",
                        "aws_iam_instance_profile.node role NODE_ROLE Optional[aws_iam_role.node]",
                        "aws_eks_node_group.nodes node_role_arn NODE_ROLE Optional[aws_iam_role.node]",
                        // var.policy_arn, followed to the module call's expression.
                        "module.workers.aws_iam_role_policy_attachment.shared policy_arn MANAGED_POLICY Optional[aws_iam_policy.pull]",
                        "aws_iam_role_policy_attachment.chosen policy_arn MANAGED_POLICY Optional[aws_iam_policy.pull]"),
                plan.references().stream().map(r -> r.logicalId() + " " + r.propertyPath() + " " + r.use() + " " + r.target().resource())
                        .toList());
        assertEquals(new Unresolved(TerraformJson.KNOWN_AFTER_APPLY, Optional.of("aws_iam_policy.pull"), new SourceRange(64, 25, 64, 29),
                        "/resource_changes/2/change/after/policy_arn"),
                plan.references().get(0).target());
    }

    @Test
    void attachmentsFindARoleWhoseNameIsKnownOnlyAfterApplyByItsAddress() {
        TerraformJson plan = plan("computed-names.tfplan.json");

        assertEquals(List.of(
                        "aws_iam_role.node assume_role_policy [aws_iam_role.node]",
                        "aws_iam_policy.pull policy []",
                        "aws_iam_role_policy.token policy [aws_iam_role.node]",
                        "module.workers.aws_iam_role.worker assume_role_policy [workers]"),
                plan.policies().stream().map(p -> p.logicalId() + " " + p.propertyPath() + " " + p.attachedTo()).toList());
        assertEquals(Map.of(
                        "aws_iam_role_policy_attachment.pull", List.of("aws_iam_role.node"),
                        "aws_iam_instance_profile.node", List.of(),
                        "aws_eks_node_group.nodes", List.of(),
                        "module.workers.aws_iam_role_policy_attachment.shared", List.of("workers"),
                        // role = var.use_workers ? … : aws_iam_role.node.name may name another role: none is assumed.
                        "aws_iam_role_policy_attachment.chosen", List.of()),
                plan.attachedTo());
    }

    private static Statement onlyStatement(EmbeddedPolicy policy, int index) {
        PolicyDocument document = assertInstanceOf(ParsedPolicy.class, policy.body()).result().document().orElseThrow();
        return document.statements().get(index);
    }

    @Test
    void usersAreInTheGroupsOfBothKindsOfMembership() {
        // aws_iam_user_group_membership lists a user's groups, aws_iam_group_membership a group's users.
        assertEquals(Map.of("builder", List.of("pullers"), "deployer", List.of("pullers")), plan("groups.tfplan.json").groupsOfUser());
    }

    @Test
    void theResourcePoliciesOfBucketsQueuesTopicsSecretsAndPublicRepositoriesAreRead() {
        TerraformJson plan = plan("resource-policies.tfplan.json");

        assertEquals(List.of("aws_s3_bucket_policy.site", "aws_sqs_queue_policy.orders", "aws_sns_topic_policy.orders",
                        "aws_secretsmanager_secret_policy.token", "aws_ecrpublic_repository_policy.tools"),
                plan.policies().stream().map(EmbeddedPolicy::logicalId).toList());
        for (EmbeddedPolicy policy : plan.policies()) {
            assertEquals(PolicyKind.RESOURCE, policy.kind(), policy.logicalId());
            ParseResult result = assertInstanceOf(ParsedPolicy.class, policy.body()).result();
            assertEquals(List.of(), result.problems(), policy.logicalId());
            assertTrue(result.document().isPresent(), policy.logicalId());
        }
    }

    // --- States -----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // terraform show -json: resources by address, modules' under child_modules
        "node-role.state.json | /values/root_module/child_modules/0/resources/0/values | module.nodes.aws_iam_role_policy.token"
                + " | /values/root_module/child_modules/0/resources/1/values | /values/root_module/resources/1/values"
                + " | /values/root_module/child_modules/0/resources/2/values",
        // a state file: resources by module, type and name, each instance's attributes with its index key
        "node-role.tfstate | /resources/2/instances/0/attributes | module.nodes.aws_iam_role_policy.token[0]"
                + " | /resources/3/instances/0/attributes | /resources/1/instances/0/attributes"
                + " | /resources/4/instances/0/attributes",
    })
    void aStateIsReadWithItsModulesResourcesAndWithoutDataSources(String file, String role, String rolePolicy, String rolePolicyValues,
            String profile, String attachment) {
        TerraformJson state = plan(file);

        assertEquals(List.of(), state.problems());
        assertEquals(TerraformJson.Kind.STATE, state.kind());
        // The role's inline_policy repeats its aws_iam_role_policy, read once where that resource writes it.
        assertEquals(List.of(
                        "module.nodes.aws_iam_role.this assume_role_policy RESOURCE [eks-node] " + role + "/assume_role_policy",
                        "module.nodes.aws_iam_role.this inline_policy/1/policy IDENTITY [eks-node] " + role + "/inline_policy/1/policy",
                        rolePolicy + " policy IDENTITY [eks-node] " + rolePolicyValues + "/policy"),
                state.policies().stream().map(p -> p.logicalId() + " " + p.propertyPath() + " " + p.kind() + " " + p.attachedTo() + " "
                        + p.pointer()).toList());
        // Likewise its managed_policy_arns repeat the attachment's ARN.
        assertEquals(List.of(
                        "aws_iam_instance_profile.node role NODE_ROLE " + profile + "/role",
                        "module.nodes.aws_iam_role.this managed_policy_arns/1 MANAGED_POLICY " + role + "/managed_policy_arns/1",
                        "module.nodes.aws_iam_role_policy_attachment.this[\"AmazonEKSWorkerNodePolicy\"] policy_arn MANAGED_POLICY "
                                + attachment + "/policy_arn"),
                state.references().stream().map(r -> r.logicalId() + " " + r.propertyPath() + " " + r.use() + " "
                        + ((LiteralArn) r.target()).arn().pointer()).toList());
    }

    @ParameterizedTest
    @CsvSource({"node-role.state.json, 77, 87", "node-role.tfstate, 87, 83"})
    void positionsInAStatePointIntoItsPolicyStrings(String file, int line, int column) {
        EmbeddedPolicy token = plan(file).policies().get(2);

        Statement statement = assertInstanceOf(ParsedPolicy.class, token.body()).result().document().orElseThrow().statements().get(0);
        assertEquals(line, statement.range().line(), statement.range().toString());
        assertEquals(column, statement.range().column(), statement.range().toString());
    }

    private static TerraformJson plan(String file) {
        return TerraformJson.read(fixture(file), "plans/" + file);
    }

    private static String fixture(String file) {
        try (InputStream in = TerraformJsonTest.class.getResourceAsStream("/iac/terraform/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
