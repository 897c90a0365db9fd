package dev.iamlint.cli;

import static dev.iamlint.cli.CliRun.file;
import static dev.iamlint.cli.CliRun.fixture;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code iamlint simulate}, black-box through {@link Main#run}. */
class SimulateCommandTest {

    private static final String REPO = "arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler";
    private static final String NODE_USER = "arn:aws:iam::111122223333:user/serviceaccount/ecr-login";

    // --- The case iamlint exists for --------------------------------------------------------

    @Test
    void tokenOnlyPolicyAllowsTheTokenButNoPull() {
        CliRun token = CliRun.of("simulate", "--policy-input-list", file("token-only.json"),
                "--action-names", "ecr:GetAuthorizationToken", "--resource-arns", "*");
        CliRun pull = CliRun.of("simulate", "--policy-input-list", file("token-only.json"),
                "--action-names", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "--resource-arns", REPO);

        assertEquals(0, token.exitCode(), token::toString);
        assertEquals(List.of("allowed"), decisions(token));
        assertEquals(0, pull.exitCode(), pull::toString);
        assertEquals(List.of("implicitDeny", "implicitDeny"), decisions(pull));
        JsonNode batchGetImage = pull.json().get("EvaluationResults").get(0);
        assertEquals("ecr:BatchGetImage", batchGetImage.get("EvalActionName").asText());
        assertEquals(REPO, batchGetImage.get("EvalResourceName").asText());
        assertEquals(0, batchGetImage.get("MatchedStatements").size());
    }

    @Test
    void pullOnlyManagedPolicyAllowsAllThreeActions() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                "--resource-arns", REPO);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("allowed", "allowed", "allowed"), decisions(run));
        JsonNode statement = run.json().get("EvaluationResults").get(1).get("MatchedStatements").get(0);
        assertEquals("PolicyInputList.1", statement.get("SourcePolicyId").asText());
        assertEquals("IAM Policy", statement.get("SourcePolicyType").asText());
        // The statement's braces in pull-only.json: line 4 column 9 to just past line 13 column 9.
        assertEquals(4, statement.get("StartPosition").get("Line").asInt());
        assertEquals(9, statement.get("StartPosition").get("Column").asInt());
        assertEquals(13, statement.get("EndPosition").get("Line").asInt());
        assertEquals(10, statement.get("EndPosition").get("Column").asInt());
    }

    // --- The AWS CLI's response shape -------------------------------------------------------

    @Test
    void responseUsesTheAwsCliFieldNamesOrderAndLayout() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:BatchGetImage", "--resource-arns", REPO);

        JsonNode response = run.json();
        assertEquals(List.of("EvaluationResults", "IsTruncated"), fieldNames(response));
        assertFalse(response.get("IsTruncated").asBoolean());
        JsonNode result = response.get("EvaluationResults").get(0);
        assertEquals(List.of("EvalActionName", "EvalResourceName", "EvalDecision", "MatchedStatements",
                "MissingContextValues", "EvalDecisionDetails", "ResourceSpecificResults"), fieldNames(result));
        assertEquals(List.of("SourcePolicyId", "SourcePolicyType", "StartPosition", "EndPosition"),
                fieldNames(result.get("MatchedStatements").get(0)));
        assertEquals(List.of("Line", "Column"), fieldNames(result.get("MatchedStatements").get(0).get("StartPosition")));
        assertEquals(List.of("EvalResourceName", "EvalResourceDecision", "MatchedStatements", "MissingContextValues"),
                fieldNames(result.get("ResourceSpecificResults").get(0)));
        // Same account: present and empty, as AWS documents it.
        assertEquals(0, result.get("EvalDecisionDetails").size());
        // 4-space indentation, "Key": value, and [] for empty lists, as the AWS CLI prints them.
        assertTrue(run.out().startsWith("{\n    \"EvaluationResults\": [\n        {\n"), run::toString);
        assertTrue(run.out().contains("\"MissingContextValues\": []"), run::toString);
        assertTrue(run.out().endsWith("    \"IsTruncated\": false\n}\n"), run::toString);
    }

    @Test
    void wildcardResourceGetsNoResourceSpecificResults() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:GetAuthorizationToken");

        JsonNode result = run.json().get("EvaluationResults").get(0);
        assertEquals("*", result.get("EvalResourceName").asText());
        assertEquals(List.of("EvalActionName", "EvalResourceName", "EvalDecision", "MatchedStatements",
                "MissingContextValues"), fieldNames(result));
    }

    @Test
    void severalResourcesGiveOneResultPerActionWithEachResourceInside() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("token-only.json"),
                "--action-names", "ecr:GetAuthorizationToken", "ecr:BatchGetImage", "--resource-arns", "*", REPO);

        JsonNode results = run.json().get("EvaluationResults");
        assertEquals(2, results.size());
        JsonNode batchGetImage = results.get(1);
        assertFalse(batchGetImage.has("EvalResourceName"), "no single resource to name");
        assertEquals("implicitDeny", batchGetImage.get("EvalDecision").asText());
        JsonNode perResource = batchGetImage.get("ResourceSpecificResults");
        assertEquals("*", perResource.get(0).get("EvalResourceName").asText());
        assertEquals(REPO, perResource.get(1).get("EvalResourceName").asText());
        assertEquals("implicitDeny", perResource.get(1).get("EvalResourceDecision").asText());
    }

    @Test
    void topLevelDecisionIsTheMostRestrictiveOverResources() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("scoped-pull.json"),
                "--action-names", "ecr:BatchGetImage", "--resource-arns", "*", REPO);

        JsonNode result = run.json().get("EvaluationResults").get(0);
        assertEquals("implicitDeny", result.get("EvalDecision").asText(), run::toString);
        assertEquals("implicitDeny", result.get("ResourceSpecificResults").get(0).get("EvalResourceDecision").asText());
        assertEquals("allowed", result.get("ResourceSpecificResults").get(1).get("EvalResourceDecision").asText());
        assertEquals("PolicyInputList.1",
                result.get("ResourceSpecificResults").get(1).get("MatchedStatements").get(0).get("SourcePolicyId").asText());
    }

    // --- Context entries --------------------------------------------------------------------

    @Test
    void shorthandContextEntriesAsInTheAwsCliDocumentation() {
        CliRun after = CliRun.of("simulate", "--policy-input-list", file("date-condition.json"),
                "--action-names", "dynamodb:CreateBackup",
                "--context-entries", "ContextKeyName='aws:CurrentTime',ContextKeyValues='2019-04-25T11:00:00Z',ContextKeyType=date");
        CliRun before = CliRun.of("simulate", "--policy-input-list", file("date-condition.json"),
                "--action-names", "dynamodb:CreateBackup",
                "--context-entries", "ContextKeyName='aws:CurrentTime',ContextKeyValues='2014-04-25T11:00:00Z',ContextKeyType=date");

        assertEquals(List.of("allowed"), decisions(after), after::toString);
        assertEquals(List.of("implicitDeny"), decisions(before), before::toString);
    }

    @Test
    void shorthandListValuesAndSeveralEntriesSeparatedBySpaces() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("vpce-condition.json"),
                "--action-names", "ecr:BatchGetImage",
                "--context-entries",
                "ContextKeyName=aws:SourceVpce,ContextKeyValues=vpce-0000,vpce-5e6f7a8b,ContextKeyType=stringList",
                "ContextKeyName=aws:SourceIp,ContextKeyValues=10.0.0.1,ContextKeyType=ip");

        assertEquals(List.of("allowed"), decisions(run), run::toString);
    }

    @Test
    void jsonContextEntriesInlineAndFromAFile() {
        String json = "[{\"ContextKeyName\": \"aws:CurrentTime\", \"ContextKeyValues\": [\"2019-04-25T11:00:00Z\"],"
                + " \"ContextKeyType\": \"date\"}]";
        CliRun inline = CliRun.of("simulate", "--policy-input-list", file("date-condition.json"),
                "--action-names", "dynamodb:CreateBackup", "--context-entries", json);
        CliRun fromFile = CliRun.of("simulate", "--policy-input-list", file("date-condition.json"),
                "--action-names", "dynamodb:CreateBackup", "--context-entries", file("context-entries.json"));

        assertEquals(List.of("allowed"), decisions(inline), inline::toString);
        assertEquals(List.of("allowed"), decisions(fromFile), fromFile::toString);
    }

    @Test
    void missingContextKeysAreListed() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("vpce-condition.json"),
                "--action-names", "ecr:BatchGetImage", "--resource-arns", REPO);

        JsonNode result = run.json().get("EvaluationResults").get(0);
        assertEquals("implicitDeny", result.get("EvalDecision").asText());
        assertEquals("aws:SourceVpce", result.get("MissingContextValues").get(0).asText());
        assertEquals("aws:SourceVpce",
                result.get("ResourceSpecificResults").get(0).get("MissingContextValues").get(0).asText());
    }

    // --- file://, JSON lists and --cli-input-json --------------------------------------------

    @Test
    void listOptionTakesOneJsonArrayFromAFile() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("token-only.json"),
                "--action-names", file("actions.json"), "--resource-arns", REPO);

        assertEquals(List.of("allowed", "implicitDeny"), decisions(run), run::toString);
    }

    @Test
    void severalPoliciesAreNumberedFromOne() {
        CliRun run = CliRun.of("simulate",
                "--policy-input-list", file("token-only.json"), file("pull-only.json"),
                "--action-names", "ecr:BatchGetImage");

        JsonNode statements = run.json().get("EvaluationResults").get(0).get("MatchedStatements");
        assertEquals("PolicyInputList.2", statements.get(0).get("SourcePolicyId").asText(), run::toString);
    }

    @Test
    void cliInputJsonFromAFileWithIgnoredParametersNoted() {
        CliRun run = CliRun.of("simulate", "--cli-input-json", file("input-token-only.json"));

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of("allowed", "implicitDeny"), decisions(run));
        assertTrue(run.err().contains("ResourceHandlingOption EC2-VPC-EBS is accepted and ignored"), run::toString);
    }

    @Test
    void optionsOverrideCliInputJson() {
        CliRun run = CliRun.of("simulate", "--cli-input-json", file("input-token-only.json"),
                "--policy-input-list", file("pull-only.json"));

        assertEquals(List.of("allowed", "allowed"), decisions(run), run::toString);
    }

    @Test
    void inlineCliInputJson() {
        CliRun run = CliRun.of("simulate", "--cli-input-json",
                "{\"PolicyInputList\": [\"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": {\\\"Effect\\\":"
                        + " \\\"Allow\\\", \\\"Action\\\": \\\"s3:GetObject\\\", \\\"Resource\\\": \\\"*\\\"}}\"],"
                        + " \"ActionNames\": [\"s3:GetObject\", \"s3:PutObject\"]}");

        assertEquals(List.of("allowed", "implicitDeny"), decisions(run), run::toString);
    }

    // --- --batch ----------------------------------------------------------------------------

    @Test
    void batchAnswersEachLineAndReportsBadLinesByNumber() {
        String batch = fixture("batch.jsonl");
        CliRun run = CliRun.of("simulate", "--batch", batch);

        assertEquals(2, run.exitCode(), run::toString);
        List<String> lines = run.outLines();
        assertEquals(4, lines.size(), "one line per non-blank input line");
        assertTrue(lines.get(0).contains("\"EvalDecision\":\"implicitDeny\""), run::toString);
        assertTrue(lines.get(1).startsWith("{\"Error\":{\"Line\":2,"), run::toString);
        assertTrue(lines.get(2).contains("\"EvalDecision\":\"allowed\""), run::toString);
        assertTrue(lines.get(3).startsWith("{\"Error\":{\"Line\":5,"), run::toString);
        assertTrue(run.err().contains(batch + ":2:"), run::toString);
        assertTrue(run.err().contains(batch + ":5: error: --action-names: ecr:Batch* is not an action name"),
                run::toString);
    }

    // --- --explain and --output table -------------------------------------------------------

    @Test
    void explainTracesWhyAsAwsWouldAnswer() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("token-only.json"),
                "--action-names", "ecr:BatchGetImage", "--resource-arns", REPO,
                "--caller-arn", NODE_USER, "--output", "table", "--explain");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("caller: " + NODE_USER + ", given by --caller-arn (CallerArn)"), run::toString);
        assertTrue(run.out().contains("ecr:BatchGetImage on " + REPO + ": implicitDeny"), run::toString);
        assertTrue(run.out().contains("  identity-based policy: no statement applies"), run::toString);
        assertTrue(run.out().contains("  deciding statement: none"), run::toString);
        assertTrue(run.out().contains("  reason: User: " + NODE_USER + " is not authorized to perform:"
                + " ecr:BatchGetImage on resource: " + REPO
                + " because no identity-based policy allows the ecr:BatchGetImage action"), run::toString);
    }

    @Test
    void explainNamesTheDecidingStatementAndTheDefaultCaller() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:BatchGetImage", "--explain");

        assertEquals(0, run.exitCode(), run::toString);
        run.json();
        assertTrue(run.err().contains("caller: arn:aws:iam::123456789012:user/iamlint-simulated-caller, chosen as no"
                + " --caller-arn was given"), run::toString);
        assertTrue(run.err().contains("  deciding statement: PolicyInputList.1 (" + fixture("pull-only.json")
                + ") statement 1 at 4:9-13:10, Allow"), run::toString);
    }

    @Test
    void defaultCallerIsInTheResourceOwnersAccount() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:BatchGetImage", "--resource-owner", "arn:aws:iam::444455556666:root",
                "--explain");

        assertTrue(run.err().contains("caller: arn:aws:iam::444455556666:user/iamlint-simulated-caller"), run::toString);
    }

    @Test
    void tableHasOneRowPerActionAndResource() {
        CliRun run = CliRun.of("simulate", "--cli-input-json", file("input-token-only.json"), "--output", "table");

        List<String> lines = run.outLines();
        assertEquals(3, lines.size(), run::toString);
        assertTrue(lines.get(0).matches("ACTION +RESOURCE +DECISION +MATCHED STATEMENTS"), run::toString);
        assertTrue(lines.get(1).matches("ecr:GetAuthorizationToken +" + REPO + " +allowed +PolicyInputList\\.1:1:\\d+"),
                run::toString);
        assertTrue(lines.get(2).matches("ecr:BatchGetImage +" + REPO + " +implicitDeny +-"), run::toString);
    }

    @Test
    void tableNamesPoliciesReadFromFilesByTheirPath() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:BatchGetImage", "--output", "table");

        assertTrue(run.outLines().get(1).matches("ecr:BatchGetImage +\\* +allowed +"
                + Pattern.quote(fixture("pull-only.json") + ":4:9")), run::toString);
    }

    // --- SCPs, RCPs, boundaries and resource policies ----------------------------------------

    @Test
    void serviceControlPolicyLevelCanDeny() {
        String levels = "[[\"" + file("full-access-scp.json") + "\"], [\"" + file("full-access-scp.json") + "\", \""
                + file("deny-ecr-scp.json") + "\"]]";
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:GetAuthorizationToken", "ecr:BatchGetImage", "--scp-input-list", levels);

        assertEquals(List.of("allowed", "explicitDeny"), decisions(run), run::toString);
        JsonNode denied = run.json().get("EvaluationResults").get(1);
        assertFalse(denied.get("OrganizationsDecisionDetail").get("AllowedByOrganizations").asBoolean());
        JsonNode statement = denied.get("MatchedStatements").get(0);
        assertEquals("ServiceControlPolicyInputList.2.2", statement.get("SourcePolicyId").asText());
        assertEquals("Service Control Policy", statement.get("SourcePolicyType").asText());
        assertTrue(run.json().get("EvaluationResults").get(0)
                .get("OrganizationsDecisionDetail").get("AllowedByOrganizations").asBoolean());
    }

    @Test
    void serviceControlLevelWithoutAnAllowDenies() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:GetAuthorizationToken",
                "--scp-input-list", "[[\"" + file("full-access-scp.json") + "\"], [\"" + file("deny-ecr-scp.json") + "\"]]",
                "--explain", "--output", "table");

        // The second level denies only BatchGetImage and allows nothing: every level must allow.
        assertEquals(List.of("implicitDeny"), tableDecisions(run), run::toString);
        assertTrue(run.out().contains("  service control policy, level 1 (root): allows"), run::toString);
        assertTrue(run.out().contains("  service control policy, level 2: no statement applies"), run::toString);
    }

    @Test
    void resourceControlPoliciesApplyToTheResource() {
        String cross = "arn:aws:sts::444455556666:assumed-role/eks-node/i-0123456789abcdef0";
        CliRun allowed = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:BatchGetImage", "--resource-arns", REPO,
                "--rcp-input-list", "[[\"" + file("full-access-rcp.json") + "\"]]");
        CliRun denied = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--action-names", "ecr:BatchGetImage", "--resource-arns", REPO, "--caller-arn", cross,
                "--resource-policy", file("repository-policy.json"),
                "--rcp-input-list", "[[\"" + file("full-access-rcp.json") + "\", \"" + file("deny-external-rcp.json") + "\"]]",
                "--context-entries", "ContextKeyName=aws:PrincipalOrgID,ContextKeyValues=o-otherorg");

        assertEquals(List.of("allowed"), decisions(allowed), allowed::toString);
        assertEquals(List.of("explicitDeny"), decisions(denied), denied::toString);
        JsonNode statement = denied.json().get("EvaluationResults").get(0).get("MatchedStatements").get(0);
        assertEquals("ResourceControlPolicyInputList.1.2", statement.get("SourcePolicyId").asText());
        assertEquals("Resource Control Policy", statement.get("SourcePolicyType").asText());
    }

    @Test
    void permissionsBoundaryLimitsTheIdentityPolicy() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--permissions-boundary-policy-input-list", file("boundary-no-ecr-pull.json"),
                "--action-names", "ecr:GetAuthorizationToken", "ecr:BatchGetImage", "--resource-arns", REPO);

        assertEquals(List.of("allowed", "implicitDeny"), decisions(run), run::toString);
        JsonNode results = run.json().get("EvaluationResults");
        assertTrue(results.get(0).get("PermissionsBoundaryDecisionDetail").get("AllowedByPermissionsBoundary").asBoolean());
        assertFalse(results.get(1).get("PermissionsBoundaryDecisionDetail").get("AllowedByPermissionsBoundary").asBoolean());
        assertFalse(results.get(1).get("ResourceSpecificResults").get(0)
                .get("PermissionsBoundaryDecisionDetail").get("AllowedByPermissionsBoundary").asBoolean());
        List<String> types = new ArrayList<>();
        results.get(0).get("MatchedStatements").forEach(s -> types.add(s.get("SourcePolicyType").asText()));
        assertTrue(types.contains("Permissions Boundary Policy"), types::toString);
    }

    @Test
    void crossAccountPullNeedsTheRepositoryPolicyAndTheIdentityPolicy() {
        String node = "arn:aws:sts::444455556666:assumed-role/eks-node/i-0123456789abcdef0";
        CliRun both = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "--resource-policy", file("repository-policy.json"), "--caller-arn", node,
                "--action-names", "ecr:BatchGetImage", "--resource-arns", REPO);
        CliRun tokenOnly = CliRun.of("simulate", "--policy-input-list", file("token-only.json"),
                "--resource-policy", file("repository-policy.json"), "--caller-arn", node,
                "--action-names", "ecr:BatchGetImage", "--resource-arns", REPO);

        assertEquals(List.of("allowed"), decisions(both), both::toString);
        JsonNode result = both.json().get("EvaluationResults").get(0);
        List<String> types = new ArrayList<>();
        result.get("MatchedStatements").forEach(s -> types.add(s.get("SourcePolicyType").asText()));
        assertTrue(types.contains("Resource Policy") && types.contains("IAM Policy"), types::toString);
        assertEquals("allowed", result.get("EvalDecisionDetails").get("Resource Policy").asText(), both::toString);
        assertEquals(List.of("implicitDeny"), decisions(tokenOnly), tokenOnly::toString);
        assertEquals("implicitDeny",
                tokenOnly.json().get("EvaluationResults").get(0).get("EvalDecisionDetails").get("IAM Policy").asText());
    }

    // --- Bad input: exit 2, one clear message -----------------------------------------------

    @Test
    void malformedInlinePolicyIsNamedLikeAwsNamesIt() {
        CliRun run = CliRun.of("simulate", "--policy-input-list", file("pull-only.json"),
                "{\"Version\": \"2012-10-17\", \"Statement\": [", "--action-names", "ecr:BatchGetImage");

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().matches("(?s)PolicyInputList\\.2:1:\\d+: error IAM001 .*"), run::toString);
    }

    @Test
    void malformedPolicyFileIsNamedByItsPathWithLineAndColumn() {
        String path = fixture("malformed-policy.json");
        CliRun run = CliRun.of("simulate", "--policy-input-list", "file://" + path, "--action-names", "ecr:BatchGetImage");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(path + ":8:"), run::toString);
        assertTrue(run.err().contains(": error IAM001 "), run::toString);
    }

    @Test
    void everyPolicyErrorIsReported() {
        CliRun run = CliRun.of("simulate",
                "--policy-input-list", "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
                        + " \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}",
                "--resource-policy", "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
                        + " \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}",
                "--caller-arn", NODE_USER, "--action-names", "s3:GetObject");

        assertEquals(2, run.exitCode(), run::toString);
        List<String> lines = run.errLines();
        assertTrue(lines.stream().anyMatch(l -> l.matches("PolicyInputList\\.1:1:\\d+: error IAM009 .*")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("ResourcePolicy:1:\\d+: error IAM010 .*")), run::toString);
    }

    @Test
    void malformedCliInputJsonFileIsReportedAtLineAndColumn() {
        String path = fixture("input-malformed.json");
        CliRun run = CliRun.of("simulate", "--cli-input-json", "file://" + path);

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(path + ":4:5: error: malformed JSON: "), run::toString);
    }

    static Stream<Arguments> badInput() {
        String policy = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\","
                + " \"Resource\": \"*\"}}";
        return Stream.of(
                Arguments.of("unreadable file", List.of("--policy-input-list", "file:///nonexistent/policy.json",
                        "--action-names", "s3:GetObject"),
                        "error: --policy-input-list: cannot read file:///nonexistent/policy.json: no such file"),
                Arguments.of("resource that is not an ARN", List.of("--policy-input-list", policy,
                        "--action-names", "s3:GetObject", "--resource-arns", "my-bucket"),
                        "error: --resource-arns: my-bucket is not an ARN"),
                Arguments.of("ARN with too few parts", List.of("--policy-input-list", policy,
                        "--action-names", "s3:GetObject", "--resource-arns", "arn:aws:s3:my-bucket"),
                        "error: --resource-arns: arn:aws:s3:my-bucket is not an ARN"),
                Arguments.of("caller that is not a principal", List.of("--policy-input-list", policy,
                        "--action-names", "s3:GetObject", "--caller-arn", "arn:aws:s3:::my-bucket"),
                        "error: --caller-arn: "),
                Arguments.of("resource policy without caller", List.of("--policy-input-list", policy,
                        "--action-names", "s3:GetObject", "--resource-policy", policy),
                        "error: --caller-arn (CallerArn) is required with --resource-policy"),
                Arguments.of("resource owner that is no account", List.of("--policy-input-list", policy,
                        "--action-names", "s3:GetObject", "--resource-owner", "1234"),
                        "error: --resource-owner: 1234 is not an account"),
                Arguments.of("wildcard action", List.of("--policy-input-list", policy,
                        "--action-names", "s3:Get*"),
                        "error: --action-names: s3:Get* is not an action name"),
                Arguments.of("missing actions", List.of("--policy-input-list", policy),
                        "error: --action-names (ActionNames) is required"),
                Arguments.of("missing policies", List.of("--action-names", "s3:GetObject"),
                        "error: --policy-input-list (PolicyInputList) is required"),
                Arguments.of("two boundaries", List.of("--policy-input-list", policy, "--action-names", "s3:GetObject",
                        "--permissions-boundary-policy-input-list", policy, policy),
                        "error: --permissions-boundary-policy-input-list takes at most one policy"),
                Arguments.of("bad shorthand", List.of("--policy-input-list", policy, "--action-names", "s3:GetObject",
                        "--context-entries", "ContextKeyName"),
                        "error: --context-entries: expected '=' at column 15, found end of input"),
                Arguments.of("unknown shorthand key", List.of("--policy-input-list", policy,
                        "--action-names", "s3:GetObject", "--context-entries", "ContextKey=aws:SourceIp"),
                        "error: --context-entries: unknown context entry field ContextKey"),
                Arguments.of("unknown context key type", List.of("--policy-input-list", policy,
                        "--action-names", "s3:GetObject",
                        "--context-entries", "ContextKeyName=aws:SourceIp,ContextKeyValues=1.2.3.4,ContextKeyType=cidr"),
                        "error: --context-entries: ContextKeyType cidr is not one of"),
                Arguments.of("malformed JSON list", List.of("--policy-input-list", policy,
                        "--action-names", "[\"s3:GetObject\","),
                        "--action-names:1:"),
                Arguments.of("unknown cli-input-json parameter", List.of("--cli-input-json",
                        "{\"PolicyInputList\": [], \"ActionName\": []}"),
                        "error: --cli-input-json: unknown parameter \"ActionName\", must be one of: PolicyInputList,"),
                Arguments.of("SCP levels that are no list of lists", List.of("--policy-input-list", policy,
                        "--action-names", "s3:GetObject", "--scp-input-list", "[\"" + policy.replace("\"", "\\\"") + "\"]"),
                        "error: --scp-input-list[0]: expected a list of policies, found a string"),
                Arguments.of("table output with --batch", List.of("--batch", fixture("batch.jsonl"), "--output", "table"),
                        "error: --batch writes JSON Lines"),
                Arguments.of("unknown flag", List.of("--policy-input-lists", policy),
                        "error: Unknown options: '--policy-input-lists'"),
                Arguments.of("unknown output format", List.of("--output", "yaml"),
                        "error: Invalid value for option '--output'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputExitsTwoWithOneClearMessage(String name, List<String> args, String expected) {
        List<String> all = new ArrayList<>(List.of("simulate"));
        all.addAll(args);
        CliRun run = CliRun.of(all.toArray(String[]::new));

        assertAll(
                () -> assertEquals(2, run.exitCode(), run::toString),
                () -> assertEquals("", run.out(), run::toString),
                () -> assertTrue(run.err().startsWith(expected), run::toString),
                () -> assertFalse(run.err().contains("\tat "), "no stack trace"));
    }

    @Test
    void unknownCommandExitsTwo() {
        CliRun run = CliRun.of("simulte");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Run 'iamlint --help' for usage."), run::toString);
    }

    // --- Help --------------------------------------------------------------------------------

    @Test
    void helpListsTheExitCodes() {
        CliRun root = CliRun.of("--help");
        CliRun simulate = CliRun.of("simulate", "--help");

        assertEquals(0, root.exitCode());
        assertTrue(root.out().contains("Exit codes:"), root::toString);
        assertTrue(root.out().contains("70   internal error"), root::toString);
        assertTrue(root.out().contains("simulate"), root::toString);
        assertEquals(0, simulate.exitCode());
        assertTrue(simulate.out().contains("--context-entries"), simulate::toString);
        assertTrue(simulate.out().contains("Exit codes:"), simulate::toString);
    }

    @Test
    void versionNamesTheProjectVersion() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.outLines().get(0).matches("iamlint \\d+\\.\\d+\\.\\d+.*"), run::toString);
    }

    // --- helpers ------------------------------------------------------------------------------

    private static List<String> decisions(CliRun run) {
        assertEquals(0, run.exitCode(), run::toString);
        List<String> decisions = new ArrayList<>();
        run.json().get("EvaluationResults").forEach(r -> decisions.add(r.get("EvalDecision").asText()));
        return decisions;
    }

    private static List<String> tableDecisions(CliRun run) {
        assertEquals(0, run.exitCode(), run::toString);
        return run.outLines().stream()
                .skip(1)
                .takeWhile(line -> !line.isEmpty())
                .map(line -> line.split(" +")[2])
                .toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
