package dev.iamlint.iac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.iac.PolicyReference.Use;
import dev.iamlint.model.Action;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.Resource;
import dev.iamlint.model.Statement;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.Problem;
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
import org.junit.jupiter.params.provider.ValueSource;

class CloudFormationTemplateTest {

    private static final String ROLE = "/Resources/NodeRole/Properties";
    private static final String INLINE = ROLE + "/Policies/0/PolicyDocument";

    @ParameterizedTest
    @ValueSource(strings = {"node-role.template.json", "node-role.template.yaml"})
    void findsThePoliciesAndReferencesOfANodeRoleTemplate(String file) {
        CloudFormationTemplate template = template(file);

        assertEquals(List.of(
                        "NodeRole AWS::IAM::Role Policies/0/PolicyDocument IDENTITY [NodeRole] " + INLINE,
                        "NodeRole AWS::IAM::Role AssumeRolePolicyDocument RESOURCE [NodeRole] " + ROLE + "/AssumeRolePolicyDocument",
                        "AppRepository AWS::ECR::Repository RepositoryPolicyText RESOURCE [] "
                                + "/Resources/AppRepository/Properties/RepositoryPolicyText"),
                template.policies().stream().map(p -> p.logicalId() + " " + p.resourceType() + " " + p.propertyPath() + " "
                        + p.kind() + " " + p.attachedTo() + " " + p.pointer()).toList());
        for (EmbeddedPolicy policy : template.policies()) {
            ParseResult result = parsed(policy).result();
            assertEquals(List.of(), result.problems(), policy.propertyPath());
            assertTrue(result.document().isPresent());
        }

        List<PolicyReference> references = template.references();
        assertEquals(List.of("NodeRole ManagedPolicyArns/0 MANAGED_POLICY", "NodeRole ManagedPolicyArns/1 MANAGED_POLICY",
                        "Nodes NodeRole NODE_ROLE"),
                references.stream().map(r -> r.logicalId() + " " + r.propertyPath() + " " + r.use()).toList());
        LiteralArn pullOnly = assertInstanceOf(LiteralArn.class, references.get(0).target());
        assertEquals("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly", pullOnly.arn().value());
        assertEquals(ROLE + "/ManagedPolicyArns/0", pullOnly.arn().pointer());
        Unresolved parameter = assertInstanceOf(Unresolved.class, references.get(1).target());
        assertEquals("Ref", parameter.function());
        assertEquals(Optional.empty(), parameter.resource(), "ExtraPolicyArn is a parameter, not a resource");
        Unresolved nodeRole = assertInstanceOf(Unresolved.class, references.get(2).target());
        assertEquals("Fn::GetAtt", nodeRole.function());
        assertEquals(Optional.of("NodeRole"), nodeRole.resource());
        assertEquals("/Resources/Nodes/Properties/NodeRole", nodeRole.pointer());
    }

    @Test
    void jsonPositionsPointIntoTheTemplate() {
        CloudFormationTemplate template = template("node-role.template.json");
        PolicyDocument inline = document(template.policies().get(0));

        Statement token = inline.statements().get(0);
        assertEquals(new SourceRange(28, 17, 33, 18), token.range());
        assertEquals(List.of(new Located<>("ecr:GetAuthorizationToken", new SourceRange(31, 29, 31, 56), INLINE + "/Statement/0/Action")),
                ((Action) token.action().orElseThrow()).values());
        assertEquals(new SourceRange(19, 11, 19, 71), ((LiteralArn) template.references().get(0).target()).arn().range());
        assertEquals(new SourceRange(67, 21, 67, 58), ((Unresolved) template.references().get(2).target()).range());
        assertSubstitutedResource(template, new SourceRange(38, 31, 38, 107));
        assertEquals(new SourceRange(13, 41, 13, 60), trustedService(template).range());
    }

    @Test
    void yamlPositionsPointIntoTheTemplate() {
        CloudFormationTemplate template = template("node-role.template.yaml");
        PolicyDocument inline = document(template.policies().get(0));

        Statement token = inline.statements().get(0);
        // A block mapping runs from its first key to the end of its last value.
        assertEquals(new SourceRange(22, 17, 25, 30), token.range());
        assertEquals(List.of(new Located<>("ecr:GetAuthorizationToken", new SourceRange(24, 25, 24, 50), INLINE + "/Statement/0/Action")),
                ((Action) token.action().orElseThrow()).values());
        assertEquals(new SourceRange(15, 11, 15, 69), ((LiteralArn) template.references().get(0).target()).arn().range());
        assertEquals(new SourceRange(48, 17, 48, 37), ((Unresolved) template.references().get(2).target()).range());
        assertSubstitutedResource(template, new SourceRange(29, 27, 29, 93));
        assertEquals(new SourceRange(12, 24, 12, 41), trustedService(template).range());
    }

    /** Fn::Sub is parsed as its value, unknown pseudo parameters marked, and listed as unresolved. */
    private static void assertSubstitutedResource(CloudFormationTemplate template, SourceRange call) {
        String pointer = INLINE + "/Statement/1/Resource";
        String value = "arn:aws:ecr:${unknown:AWS::Region}:${unknown:AWS::AccountId}:repository/app";
        ParsedPolicy inline = parsed(template.policies().get(0));
        assertEquals(List.of(new Unresolved("Fn::Sub", Optional.empty(), call, pointer, Optional.of(value))), inline.intrinsics());
        Resource resource = (Resource) inline.result().document().orElseThrow().statements().get(1).resource().orElseThrow();
        assertEquals(List.of(new Located<>(value, call, pointer)), resource.values());

        ParsedPolicy repository = parsed(template.policies().get(2));
        Unresolved principal = repository.intrinsics().get(0);
        assertEquals("Fn::GetAtt", principal.function());
        assertEquals(Optional.of("NodeRole"), principal.resource());
        PrincipalValue.ByType byType = (PrincipalValue.ByType) ((dev.iamlint.model.Principal) repository.result().document()
                .orElseThrow().statements().get(0).principal().orElseThrow()).value();
        assertEquals("arn:aws:iam::${unknown:AWS::AccountId}:role/${unknown:NodeRole}", byType.entries().get(0).values().get(0).value());
    }

    private static Located<String> trustedService(CloudFormationTemplate template) {
        PolicyDocument trust = document(template.policies().get(1));
        PrincipalValue.ByType byType = (PrincipalValue.ByType) ((dev.iamlint.model.Principal) trust.statements().get(0)
                .principal().orElseThrow()).value();
        Located<String> service = byType.entries().get(0).values().get(0);
        assertEquals("ec2.amazonaws.com", service.value());
        assertEquals(ROLE + "/AssumeRolePolicyDocument/Statement/0/Principal/Service", service.pointer());
        return service;
    }

    @Test
    void intrinsicsWhereAPolicyOrArnIsExpectedAreKeptUnresolved() {
        CloudFormationTemplate template = template("intrinsics.template.yaml");

        List<EmbeddedPolicy> policies = template.policies();
        assertEquals(List.of("NodeRole Policies/0", "NodeRole AssumeRolePolicyDocument", "PullPolicy PolicyDocument"),
                policies.stream().map(p -> p.logicalId() + " " + p.propertyPath()).toList());
        // WithPush depends on AWS::Region, which is not given.
        Optional<String> region = Optional.of("${unknown:AWS::Region}");
        assertEquals(new Unresolved("Fn::If", Optional.empty(), new SourceRange(13, 11, 17, 30), ROLE + "/Policies/0", region),
                policies.get(0).body());
        assertEquals(new Unresolved("Fn::If", Optional.empty(), new SourceRange(11, 33, 11, 55), ROLE + "/AssumeRolePolicyDocument", region),
                policies.get(1).body());

        // Only Refs to the template's own resources name a principal; a plain role name does not.
        EmbeddedPolicy pull = policies.get(2);
        assertEquals(List.of("NodeRole"), pull.attachedTo());
        String statement = "/Resources/PullPolicy/Properties/PolicyDocument/Statement/0";
        ParsedPolicy parsed = parsed(pull);
        assertEquals(List.of(new Unresolved("Fn::Join", Optional.empty(), new SourceRange(31, 23, 31, 106), statement + "/Resource",
                        Optional.of("arn:aws:ecr:${unknown:AWS::Region}:${unknown:AWS::AccountId}:repository/app"))),
                parsed.intrinsics(), "the outermost call only");
        assertEquals(List.of(new Problem(ProblemCode.DUPLICATE_KEY, dev.iamlint.source.Severity.ERROR,
                        "duplicate key \"Action\", first at 29:13", new SourceRange(30, 13, 30, 19), statement + "/Action")),
                parsed.result().problems(), "the Join is a string now");

        Unresolved roleArn = (Unresolved) template.references().get(0).target();
        assertEquals(new Unresolved("Ref", Optional.empty(), new SourceRange(35, 17, 35, 29), "/Resources/Nodes/Properties/NodeRole",
                        Optional.of("${unknown:RoleArn}")),
                roleArn, "a parameter without default");
    }

    @Test
    void malformedYamlIsReportedWithFileLineAndColumn() {
        UnreadableTemplate unreadable = assertInstanceOf(UnreadableTemplate.class, read("malformed.template.yaml"));

        assertEquals(TemplateFormat.YAML, unreadable.format());
        assertEquals(ProblemCode.MALFORMED_JSON, unreadable.problem().code());
        assertTrue(unreadable.toString().startsWith("malformed.template.yaml:7:10: malformed YAML: "), unreadable.toString());
    }

    @Test
    void yamlAliasesAreRejectedBeforeTheyExpand() {
        UnreadableTemplate unreadable = assertInstanceOf(UnreadableTemplate.class, read("alias-bomb.template.yaml"));

        assertEquals(ProblemCode.LIMIT_EXCEEDED, unreadable.problem().code());
        assertEquals("alias-bomb.template.yaml:3:10: YAML aliases (*a) are not supported", unreadable.toString());
    }

    @Test
    void aPolicyFileIsNotATemplate() {
        NotATemplate notATemplate = assertInstanceOf(NotATemplate.class, read("not-a-template.json"));

        assertEquals(TemplateFormat.JSON, notATemplate.format());
        assertEquals("not-a-template.json", notATemplate.path());
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() {
        UnreadableTemplate unreadable = assertInstanceOf(UnreadableTemplate.class,
                CloudFormationTemplate.read("{\n  \"Resources\": {\n    \"A\": [1,]\n}", "t.json"));

        assertEquals(TemplateFormat.JSON, unreadable.format());
        assertFalse(unreadable.problem().message().isEmpty());
        assertEquals(3, unreadable.problem().range().line());
    }

    @Test
    void aPolicyWrittenAsJsonTextIsReadWithPositionsInItsString() {
        CloudFormationTemplate template = template("string-policies.template.json");
        EmbeddedPolicy trust = template.policies().get(1);
        assertEquals("AssumeRolePolicyDocument", trust.propertyPath());

        PolicyDocument document = document(trust);

        assertEquals(List.of(), parsed(trust).result().problems());
        // The statement's "{" inside the string on line 9, and "sts:AssumeRole" with its escaped quotes.
        assertEquals(9, document.statements().get(0).range().line());
        assertEquals(84, document.statements().get(0).range().column());
        assertEquals(new SourceRange(9, 173, 9, 191), ((Action) document.statements().get(0).action().orElseThrow()).values().get(0).range());
    }

    @Test
    void aPolicyTheTemplateComputesAsJsonTextIsReadAtTheCall() {
        CloudFormationTemplate template = template("string-policies.template.json");
        EmbeddedPolicy pull = template.policies().get(0);

        PolicyDocument document = document(pull);

        assertEquals(List.of("arn:aws:ecr:*:*:repository/*"),
                ((Resource) document.statements().get(0).resource().orElseThrow()).values().stream().map(Located::value).toList());
        assertEquals(13, document.statements().get(0).range().line(), "at the Fn::Sub");
        assertEquals(31, document.statements().get(0).range().column());
    }

    @Test
    void jsonTextWithAnUnresolvedPartOutsideItsStringsIsAnUnknownPolicyAndBrokenTextIsMalformed() {
        CloudFormationTemplate template = template("string-policies.template.json");

        Unresolved assembled = assertInstanceOf(Unresolved.class, template.policies().get(2).body());
        assertEquals("Fn::Sub", assembled.function());
        List<Problem> broken = parsed(template.policies().get(3)).result().problems();
        assertEquals(List.of(ProblemCode.MALFORMED_JSON), broken.stream().map(Problem::code).toList());
        assertEquals(27, broken.get(0).range().line());
    }

    @Test
    void aYamlSubOfJsonTextAsInKarpentersTemplateIsAPolicy() {
        CloudFormationTemplate template = template("karpenter-style.template.yaml");
        ParsedPolicy policy = parsed(template.policies().get(0));

        assertEquals(List.of(), policy.result().problems());
        Statement statement = policy.result().document().orElseThrow().statements().get(0);
        assertEquals(List.of("ec2:RunInstances"), ((Action) statement.action().orElseThrow()).values().stream().map(Located::value).toList());
        assertEquals(6, statement.range().line(), "at the !Sub");
        assertEquals(List.of("Fn::Sub"), policy.intrinsics().stream().map(Unresolved::function).toList(), "AWS::Region is left open");
    }

    private static ParsedPolicy parsed(EmbeddedPolicy policy) {
        return assertInstanceOf(ParsedPolicy.class, policy.body());
    }

    private static PolicyDocument document(EmbeddedPolicy policy) {
        return parsed(policy).result().document().orElseThrow();
    }

    @Test
    void usersAreInTheGroupsTheyListAndThatListThem() {
        // Builder lists its group by Ref; DeployerIsAPuller adds Deployer to the group by its name.
        assertEquals(Map.of("Builder", List.of("Pullers"), "Deployer", List.of("Pullers")),
                template("groups.template.yaml").groupsOfUser());
    }

    @Test
    void serverlessFunctionsPolicyDocumentsAreReadButNotManagedNamesTemplatesOrPoliciesBesideTheirOwnRole() {
        CloudFormationTemplate template = template("serverless.template.yaml");

        assertEquals(List.of("Thumbnailer AWS::Serverless::Function Policies/2 /Resources/Thumbnailer/Properties/Policies/2",
                        "Reporter AWS::Serverless::Function Policies /Resources/Reporter/Properties/Policies"),
                template.policies().stream().map(p -> p.logicalId() + " " + p.resourceType() + " " + p.propertyPath() + " " + p.pointer())
                        .toList());
        for (EmbeddedPolicy policy : template.policies()) {
            assertEquals(PolicyKind.IDENTITY, policy.kind());
            assertEquals(List.of(), policy.attachedTo());
            assertEquals(List.of(), parsed(policy).result().problems());
        }
        assertEquals(15, document(template.policies().get(0)).statements().get(0).range().line());
        assertEquals(List.of(), template.references());
    }

    @Test
    void theResourcePoliciesOfBucketsQueuesTopicsSecretsAndPublicRepositoriesAreRead() {
        CloudFormationTemplate template = template("resource-policies.template.yaml");

        assertEquals(List.of("SiteBucketPolicy /Resources/SiteBucketPolicy/Properties/PolicyDocument",
                        "OrdersQueuePolicy /Resources/OrdersQueuePolicy/Properties/PolicyDocument",
                        "OrdersTopicPolicy /Resources/OrdersTopicPolicy/Properties/PolicyDocument",
                        "TokenSecretPolicy /Resources/TokenSecretPolicy/Properties/ResourcePolicy",
                        "PublicImages /Resources/PublicImages/Properties/RepositoryPolicyText"),
                template.policies().stream().map(p -> p.logicalId() + " " + p.pointer()).toList());
        for (EmbeddedPolicy policy : template.policies()) {
            assertEquals(PolicyKind.RESOURCE, policy.kind(), policy.logicalId());
            assertEquals(List.of(), parsed(policy).result().problems(), policy.logicalId());
        }
    }

    // --- aws cloudformation get-template ------------------------------------------------------------

    @Test
    void theJsonBodyOfGetTemplateOutputIsReadAtItsPlace() {
        CloudFormationTemplate template = template("/iac/aws-cli/get-template.json");

        assertEquals(List.of(), template.problems());
        assertEquals(TemplateFormat.JSON, template.format());
        assertEquals(List.of("/TemplateBody/Resources/NodeInstanceRole/Properties/AssumeRolePolicyDocument",
                        "/TemplateBody/Resources/PolicyEcrToken/Properties/PolicyDocument"),
                template.policies().stream().map(EmbeddedPolicy::pointer).toList());
        Statement token = document(template.policies().get(1)).statements().get(0);
        assertEquals(121, token.range().line(), token.range().toString());
    }

    @Test
    void theYamlBodyOfGetTemplateOutputIsReadThroughItsEscapes() {
        CloudFormationTemplate template = template("/iac/aws-cli/get-template.yaml-body.json");

        assertEquals(List.of(), template.problems());
        assertEquals(List.of("/TemplateBody/Resources/NodeRole/Properties/Policies/0/PolicyDocument",
                        "/TemplateBody/Resources/NodeRole/Properties/AssumeRolePolicyDocument"),
                template.policies().stream().map(EmbeddedPolicy::pointer).toList());
        // "- Effect: Allow" of the inline policy, inside the body's one line of escaped YAML.
        Statement token = document(template.policies().get(0)).statements().get(0);
        assertEquals("2:514", token.range().line() + ":" + token.range().column(), token.range().toString());
    }

    @Test
    void aBodyThatIsNoYamlIsAProblemOfATemplate() {
        CloudFormationTemplate template = template("/iac/aws-cli/get-template.broken-body.json");

        assertEquals(List.of(), template.policies());
        assertEquals(List.of(ProblemCode.MALFORMED_JSON), template.problems().stream().map(Problem::code).toList());
        assertEquals(2, template.problems().get(0).range().line());
    }

    private static CloudFormationTemplate template(String file) {
        return assertInstanceOf(CloudFormationTemplate.class, read(file));
    }

    /** A fixture of {@code /iac/cloudformation/}, or another by its absolute resource name. */
    private static TemplateRead read(String file) {
        String resource = file.startsWith("/") ? file : "/iac/cloudformation/" + file;
        try (InputStream in = CloudFormationTemplateTest.class.getResourceAsStream(resource)) {
            return CloudFormationTemplate.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
