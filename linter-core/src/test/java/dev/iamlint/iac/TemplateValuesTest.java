package dev.iamlint.iac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.iamlint.iac.PolicyReference.Use;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.Statement;
import dev.iamlint.parse.ParseOptions;
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

/** Intrinsic functions resolved as far as a template and the given parameters determine them. */
class TemplateValuesTest {

    private static final String ROLE = "/Resources/NodeRole/Properties";
    private static final String INLINE = ROLE + "/Policies/0/PolicyDocument";
    private static final String ACCOUNT = "${unknown:AWS::AccountId}";
    private static final String REGION = "${unknown:AWS::Region}";

    @Test
    void parametersMappingsAndFunctionsResolveToTextWithUnknownPartsMarked() {
        CloudFormationTemplate template = read("resolution.template.yaml", TemplateParameters.NONE);
        List<Statement> statements = document(template, "NodeRole", "Policies/0/PolicyDocument").statements();

        assertEquals(4, statements.size(), "the Deny of !If [IsProd, …] is there: Env defaults to prod");
        assertEquals(List.of(new Located<>("arn:aws:ecr:" + REGION + ":" + ACCOUNT + ":repository/*", new SourceRange(47, 27, 47, 105),
                        INLINE + "/Statement/0/Resource")),
                resources(statements.get(0)));
        assertEquals(List.of(
                        // Repo's name is !Sub "${Env}-${RepoName}" with both defaults.
                        new Located<>("arn:aws:ecr:" + REGION + ":" + ACCOUNT + ":repository/prod-app", new SourceRange(51, 21, 51, 37),
                                INLINE + "/Statement/1/Resource/0"),
                        new Located<>("arn:aws:ecr:us-east-1:111122223333:repository/team-b/*", new SourceRange(52, 21, 52, 174),
                                INLINE + "/Statement/1/Resource/1"),
                        // An undecidable condition: the value is unknown, named after what the condition needs.
                        new Located<>(REGION, new SourceRange(53, 21, 53, 109), INLINE + "/Statement/1/Resource/2")),
                resources(statements.get(1)));
        assertEquals("Deny", statements.get(2).effect().orElseThrow().value());
        assertEquals(new SourceRange(54, 30, 54, 81), statements.get(2).range(), "an Fn::If branch keeps its own position");
        assertEquals(List.of("ecr:DescribeImages", "ecr:ListImages"), values(statements.get(3).action().orElseThrow().values()));
        assertEquals(List.of(new SourceRange(56, 25, 56, 74), new SourceRange(56, 25, 56, 74)),
                statements.get(3).action().orElseThrow().values().stream().map(Located::range).toList());
        assertEquals(List.of("${unknown:Fn::ImportValue:shared-repository-arn}"), values(resources(statements.get(3))));

        ParsedPolicy inline = parsed(template, "NodeRole", "Policies/0/PolicyDocument");
        assertEquals(List.of(
                        new Unresolved("Fn::Sub", Optional.empty(), new SourceRange(47, 27, 47, 105), INLINE + "/Statement/0/Resource",
                                Optional.of("arn:aws:ecr:" + REGION + ":" + ACCOUNT + ":repository/*")),
                        new Unresolved("Fn::GetAtt", Optional.of("Repo"), new SourceRange(51, 21, 51, 37), INLINE + "/Statement/1/Resource/0",
                                Optional.of("arn:aws:ecr:" + REGION + ":" + ACCOUNT + ":repository/prod-app")),
                        new Unresolved("Fn::If", Optional.empty(), new SourceRange(53, 21, 53, 109), INLINE + "/Statement/1/Resource/2",
                                Optional.of(REGION)),
                        new Unresolved("Fn::ImportValue", Optional.empty(), new SourceRange(57, 27, 57, 61), INLINE + "/Statement/3/Resource",
                                Optional.of("${unknown:Fn::ImportValue:shared-repository-arn}"))),
                inline.intrinsics(), "the calls whose value has unknown parts");
        assertEquals(List.of("AWS::Region", "AWS::AccountId"), inline.intrinsics().get(0).unknowns());

        PolicyDocument trust = document(template, "NodeRole", "AssumeRolePolicyDocument");
        assertEquals("ec2.amazonaws.com", principalValues(trust.statements().get(0)).get(0), "AWS::URLSuffix of the default partition");
    }

    @Test
    void referencesToTemplateResourcesNameThemAndCarryTheirSymbolicArn() {
        CloudFormationTemplate template = read("resolution.template.yaml", TemplateParameters.NONE);

        assertEquals(List.of("NodeRole ManagedPolicyArns/0 MANAGED_POLICY", "NodeRole ManagedPolicyArns/1 MANAGED_POLICY",
                        "NodeRole ManagedPolicyArns/2 MANAGED_POLICY", "Profile Roles/0 NODE_ROLE"),
                template.references().stream().map(r -> r.logicalId() + " " + r.propertyPath() + " " + r.use()).toList());
        assertEquals(new LiteralArn(new Located<>("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
                        new SourceRange(37, 11, 37, 90), ROLE + "/ManagedPolicyArns/0")),
                template.references().get(0).target(), "AWS::Partition defaults to aws");
        assertEquals(new Unresolved("Ref", Optional.of("PullPolicy"), new SourceRange(38, 11, 38, 26), ROLE + "/ManagedPolicyArns/1",
                        Optional.of("arn:aws:iam::" + ACCOUNT + ":policy/pull")),
                template.references().get(1).target(), "Ref of a managed policy is its ARN");
        assertEquals(new Unresolved("Fn::If", Optional.empty(), new SourceRange(39, 11, 39, 63), ROLE + "/ManagedPolicyArns/2",
                        Optional.of("${unknown:ExtraPolicyArn}")),
                template.references().get(2).target(), "a parameter without default or value");
        assertEquals(new Unresolved("Ref", Optional.of("NodeRole"), new SourceRange(82, 15, 82, 28), "/Resources/Profile/Properties/Roles/0",
                        Optional.of("${unknown:NodeRole}")),
                template.references().get(3).target(), "an instance profile's role is a node role; its name is generated");

        PolicyDocument repository = document(template, "Repo", "RepositoryPolicyText");
        assertEquals(List.of("arn:aws:iam::" + ACCOUNT + ":role/eks/${unknown:NodeRole}"), principalValues(repository.statements().get(0)),
                "GetAtt Role.Arn honours the role's Path");
        assertEquals(List.of("NodeRole"), attachedTo(template, "PullPolicy"),
                "nothing attaches PullPolicy by its Roles; NodeRole attaches it by ARN");
    }

    @Test
    void givenValuesOverrideDefaultsAndDecideConditions() {
        TemplateParameters given = new TemplateParameters(Map.of("Env", "dev", "ExtraPolicyArn", "arn:aws:iam::123456789012:policy/extra",
                "AWS::Region", "cn-north-1", "AWS::AccountId", "123456789012"));
        CloudFormationTemplate template = read("resolution.template.yaml", given);
        List<Statement> statements = document(template, "NodeRole", "Policies/0/PolicyDocument").statements();

        assertEquals(3, statements.size(), "the Deny is AWS::NoValue when Env is dev");
        assertEquals(List.of("arn:aws-cn:ecr:cn-north-1:123456789012:repository/*"), values(resources(statements.get(0))),
                "the partition follows from the region");
        assertEquals(List.of("arn:aws-cn:ecr:cn-north-1:123456789012:repository/dev-app",
                        "arn:aws-cn:ecr:us-east-1:444455556666:repository/team-b/*"),
                values(resources(statements.get(1))), "InUsEast1 is false: its element is removed");
        assertEquals(List.of("Fn::ImportValue"), parsed(template, "NodeRole", "Policies/0/PolicyDocument").intrinsics().stream()
                .map(Unresolved::function).toList(), "only the export stays unknown");
        assertEquals("ec2.amazonaws.com.cn", principalValues(document(template, "NodeRole", "AssumeRolePolicyDocument")
                .statements().get(0)).get(0));

        assertEquals(List.of("ManagedPolicyArns/0", "ManagedPolicyArns/1"),
                template.references().stream().filter(r -> r.use() == Use.MANAGED_POLICY).map(PolicyReference::propertyPath).toList(),
                "!If [IsProd, …, !Ref AWS::NoValue] removes the element");
        Unresolved pullPolicy = assertInstanceOf(Unresolved.class, template.references().get(1).target());
        assertEquals(Optional.of("arn:aws-cn:iam::123456789012:policy/pull"), pullPolicy.text());
        assertEquals(List.of(), pullPolicy.unknowns());

        // DevOnly exists only under IsDev, and names NodeRole through !If [IsDev, !Ref NodeRole, …].
        assertEquals(List.of("NodeRole"), attachedTo(template, "DevOnly"));
    }

    @Test
    void aResourceWhoseConditionIsFalseIsNotRead() {
        CloudFormationTemplate template = read("resolution.template.yaml", TemplateParameters.NONE);

        assertEquals(List.of("NodeRole", "NodeRole", "PullPolicy", "Repo"),
                template.policies().stream().map(EmbeddedPolicy::logicalId).toList());
    }

    @Test
    void cdkOutputResolvesPartitionJoinsAndAttributeArrays() {
        CloudFormationTemplate template = read("cdk-node-role.template.json", new TemplateParameters(Map.of("AWS::StackName", "prod")));

        assertEquals(new LiteralArn(new Located<>("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
                        new SourceRange(11, 11, 11, 121), "/Resources/NodeRoleA1B2C3D4/Properties/ManagedPolicyArns/0")),
                template.references().get(0).target());
        assertEquals(new Unresolved("Fn::GetAtt", Optional.of("NodeRoleA1B2C3D4"), new SourceRange(45, 21, 45, 64),
                        "/Resources/Nodes/Properties/NodeRole", Optional.of("arn:aws:iam::" + ACCOUNT + ":role/prod-nodes")),
                template.references().get(1).target(), "RoleName from Fn::Sub with a variable map");

        String statements = "/Resources/NodeRoleDefaultPolicyE5F6/Properties/PolicyDocument/Statement/";
        List<Statement> pull = document(template, "NodeRoleDefaultPolicyE5F6", "PolicyDocument").statements();
        assertEquals(List.of(new Located<>("arn:aws:ecr:" + REGION + ":" + ACCOUNT + ":repository/${unknown:RepoB7C8}",
                        new SourceRange(27, 27, 27, 62), statements + "0/Resource")),
                resources(pull.get(0)), "a repository without RepositoryName gets a generated name");
        assertEquals(List.of(new Located<>("arn:aws:ecr:${AWS::Region}:${AWS::AccountId}:repository/literal",
                        new SourceRange(32, 27, 32, 92), statements + "1/Resource")),
                resources(pull.get(1)), "outside Fn::Sub, ${…} is literal text to IAM, never an unknown");
        assertEquals(List.of("NodeRoleA1B2C3D4"), attachedTo(template, "NodeRoleDefaultPolicyE5F6"));
    }

    @Test
    void parameterAssignmentsAreParsed() {
        assertEquals(Map.of("Env", "dev", "Tags", "a=b"), TemplateParameters.parse(List.of("Env=prod", "Tags=a=b", "Env=dev")).values());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TemplateParameters.parse(List.of("Env")));
        assertEquals("template parameter \"Env\" is not Name=Value", error.getMessage());
    }

    private static List<String> attachedTo(CloudFormationTemplate template, String logicalId) {
        List<String> ids = new java.util.ArrayList<>();
        template.policies().stream().filter(p -> p.logicalId().equals(logicalId)).forEach(p -> ids.addAll(p.attachedTo()));
        template.references().stream().filter(r -> r.use() == Use.MANAGED_POLICY && r.target().resource().equals(Optional.of(logicalId)))
                .forEach(r -> ids.add(r.logicalId()));
        return ids;
    }

    private static List<String> principalValues(Statement statement) {
        PrincipalValue.ByType byType = (PrincipalValue.ByType) ((dev.iamlint.model.Principal) statement.principal().orElseThrow()).value();
        return values(byType.entries().get(0).values());
    }

    private static List<Located<String>> resources(Statement statement) {
        return statement.resource().orElseThrow().values();
    }

    private static List<String> values(List<Located<String>> located) {
        return located.stream().map(Located::value).toList();
    }

    private static ParsedPolicy parsed(CloudFormationTemplate template, String logicalId, String propertyPath) {
        EmbeddedPolicy policy = template.policies().stream()
                .filter(p -> p.logicalId().equals(logicalId) && p.propertyPath().equals(propertyPath)).findFirst().orElseThrow();
        ParsedPolicy parsed = assertInstanceOf(ParsedPolicy.class, policy.body());
        assertEquals(List.of(), parsed.result().problems(), propertyPath);
        return parsed;
    }

    private static PolicyDocument document(CloudFormationTemplate template, String logicalId, String propertyPath) {
        return parsed(template, logicalId, propertyPath).result().document().orElseThrow();
    }

    static CloudFormationTemplate read(String file, TemplateParameters parameters) {
        try (InputStream in = TemplateValuesTest.class.getResourceAsStream("/iac/cloudformation/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return assertInstanceOf(CloudFormationTemplate.class, CloudFormationTemplate.read(text, file, ParseOptions.DEFAULTS, parameters));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
