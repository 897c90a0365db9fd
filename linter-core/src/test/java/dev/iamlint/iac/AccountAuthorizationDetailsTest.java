package dev.iamlint.iac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.model.Resource;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountAuthorizationDetailsTest {

    private static final String OBJECTS = "account.json";
    private static final String URL_ENCODED = "account.url-encoded.json";
    private static final String ALICE = "arn:aws:iam::123456789012:user/alice";
    private static final String NODE = "arn:aws:iam::123456789012:role/eks-node";
    private static final String BOUNDARY = "arn:aws:iam::123456789012:policy/boundary";

    @ParameterizedTest
    @ValueSource(strings = {OBJECTS, URL_ENCODED})
    void readsInlineTrustAndDefaultVersionPoliciesOfEveryEntity(String file) {
        AccountAuthorizationDetails account = details(file);

        assertEquals(List.of(), account.problems());
        assertEquals(List.of(
                        ALICE + " AWS::IAM::User UserPolicyList/0/PolicyDocument IDENTITY [" + ALICE + "] /UserDetailList/0/UserPolicyList/0/PolicyDocument",
                        NODE + " AWS::IAM::Role RolePolicyList/0/PolicyDocument IDENTITY [" + NODE + "] /RoleDetailList/0/RolePolicyList/0/PolicyDocument",
                        NODE + " AWS::IAM::Role AssumeRolePolicyDocument RESOURCE [" + NODE + "] /RoleDetailList/0/AssumeRolePolicyDocument",
                        BOUNDARY + " AWS::IAM::ManagedPolicy PolicyVersionList/1/Document IDENTITY [] /Policies/0/PolicyVersionList/1/Document"),
                account.policies().stream().map(p -> p.logicalId() + " " + p.resourceType() + " " + p.propertyPath() + " "
                        + p.kind() + " " + p.attachedTo() + " " + p.pointer()).toList());
        for (EmbeddedPolicy policy : account.policies()) {
            ParseResult result = assertInstanceOf(ParsedPolicy.class, policy.body()).result();
            assertEquals(List.of(), result.problems(), policy.propertyPath());
        }
        assertEquals("ecr:GetAuthorizationToken", tokenAction(account).value());
        assertEquals(Map.of(ALICE, List.of("developers")), account.groupsOfUser());
    }

    @ParameterizedTest
    @ValueSource(strings = {OBJECTS, URL_ENCODED})
    void readsAttachedManagedPoliciesAndBoundaries(String file) {
        AccountAuthorizationDetails account = details(file);

        assertEquals(List.of(
                        ALICE + " PermissionsBoundary/PermissionsBoundaryArn PERMISSIONS_BOUNDARY " + BOUNDARY,
                        "arn:aws:iam::123456789012:group/developers AttachedManagedPolicies/0/PolicyArn MANAGED_POLICY "
                                + "arn:aws:iam::aws:policy/ReadOnlyAccess",
                        NODE + " AttachedManagedPolicies/0/PolicyArn MANAGED_POLICY arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"),
                account.references().stream().map(r -> r.logicalId() + " " + r.propertyPath() + " " + r.use() + " "
                        + ((LiteralArn) r.target()).arn().value()).toList());
    }

    @Test
    void objectDocumentsHaveExactPositions() {
        Located<String> action = tokenAction(details(OBJECTS));

        assertEquals(new SourceRange(81, 43, 81, 70), action.range());
        assertEquals("/RoleDetailList/0/RolePolicyList/0/PolicyDocument/Statement/0/Action", action.pointer());
    }

    @Test
    void urlEncodedDocumentsPointAtTheWholeString() {
        AccountAuthorizationDetails account = details(URL_ENCODED);

        assertEquals(new SourceRange(54, 39, 54, 242), tokenAction(account).range());
        Statement logs = assertInstanceOf(ParsedPolicy.class, account.policies().get(0).body()).result().document().orElseThrow()
                .statements().get(0);
        Resource resource = assertInstanceOf(Resource.class, logs.resource().orElseThrow());
        // RFC 3986 encoding leaves + as it is; form decoding would have made it a space
        assertEquals("arn:aws:logs:*:123456789012:log-group:app+web:*", resource.values().get(0).value());
        assertEquals(new SourceRange(12, 39, 12, 302), resource.values().get(0).range());
    }

    @Test
    void malformedInputGivesPathLineAndColumn() {
        AccountAuthorizationDetails account = details("malformed.json");

        assertEquals(List.of(), account.policies());
        assertEquals(ProblemCode.MALFORMED_JSON, account.problems().get(0).code());
        assertTrue(account.messages().get(0).startsWith("account/malformed.json:4:5: malformed JSON"), account.messages().get(0));
    }

    @Test
    void aTerraformPlanIsNotAuthorizationDetails() {
        AccountAuthorizationDetails account = AccountAuthorizationDetails.read(
                fixture("/iac/terraform/node-role.tfplan.json"), "plan.json");

        assertEquals(ProblemCode.MISSING_ELEMENT, account.problems().get(0).code());
        assertEquals(List.of(), account.policies());
    }

    private static Located<String> tokenAction(AccountAuthorizationDetails account) {
        ParsedPolicy inline = assertInstanceOf(ParsedPolicy.class, account.policies().get(1).body());
        return inline.result().document().orElseThrow().statements().get(0).action().orElseThrow().values().get(0);
    }

    private static AccountAuthorizationDetails details(String file) {
        return AccountAuthorizationDetails.read(fixture("/iac/authorization-details/" + file), "account/" + file);
    }

    private static String fixture(String resource) {
        try (InputStream in = AccountAuthorizationDetailsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
