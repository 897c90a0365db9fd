package dev.iamlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a result says beyond its decision: reasons, deciding kind and level, matched statements
 * with their positions, missing keys, verdicts and open-mode conditions. Decisions themselves are
 * covered case by case by {@link ConformanceTest}.
 */
class EvaluatorTest {

    private static final String REPO = "arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler";
    private static final Caller USER = Caller.parse("arn:aws:iam::111122223333:user/serviceaccount/ecr-login");
    private static final String TOKEN_ONLY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Action": "ecr:GetAuthorizationToken*",
                  "Resource": "*"
                }
              ]
            }""";

    @Test
    void theMotivatingCaseExplainsItselfAsAwsDoes() {
        Evaluator evaluator = Evaluator.compile(PolicySet.builder().addIdentity(identity("PolicyInputList.1", TOKEN_ONLY)).build());

        EvaluationResult pull = evaluator.evaluate(request("ecr:BatchGetImage", REPO));
        assertEquals(Decision.IMPLICIT_DENY, pull.decision());
        assertEquals("because no identity-based policy allows the ecr:BatchGetImage action", pull.reason());
        assertEquals(Optional.of(PolicyType.IDENTITY), pull.decidedBy());
        assertEquals(List.of(), pull.matchedStatements());

        EvaluationResult token = evaluator.evaluate(request("ecr:GetAuthorizationToken", "*"));
        assertEquals(Decision.ALLOWED, token.decision());
        MatchedStatement matched = token.matchedStatements().get(0);
        assertEquals("PolicyInputList.1", matched.policyId());
        assertEquals(0, matched.statementIndex());
        assertEquals(new SourceRange(4, 5, 8, 6), matched.range());
    }

    @Test
    void anExplicitDenyNamesItsKindAndAnScpLevelItsLevel() {
        PolicySet set = PolicySet.builder()
                .addIdentity(identity("id", allow("ecr:*")))
                .addServiceControlLevel(List.of(scp("root", allow("*"))))
                .addServiceControlLevel(List.of(scp("ou", allow("s3:*"))))
                .build();
        EvaluationResult result = Evaluator.compile(set).evaluate(request("ecr:BatchGetImage", REPO));
        assertEquals(Decision.IMPLICIT_DENY, result.decision());
        assertEquals(Optional.of(PolicyType.SERVICE_CONTROL), result.decidedBy());
        assertEquals(1, result.decidingLevel());
        assertEquals("because no service control policy allows the ecr:BatchGetImage action", result.reason());
        assertEquals(List.of(
                new KindVerdict(PolicyType.SERVICE_CONTROL, 0, Verdict.ALLOW),
                new KindVerdict(PolicyType.SERVICE_CONTROL, 1, Verdict.NO_MATCH),
                new KindVerdict(PolicyType.RESOURCE, 0, Verdict.ABSENT),
                new KindVerdict(PolicyType.IDENTITY, 0, Verdict.ALLOW),
                new KindVerdict(PolicyType.PERMISSIONS_BOUNDARY, 0, Verdict.ABSENT),
                new KindVerdict(PolicyType.SESSION, 0, Verdict.ABSENT),
                new KindVerdict(PolicyType.VPC_ENDPOINT, 0, Verdict.ABSENT)), result.verdicts());

        PolicySet denied = PolicySet.builder()
                .addIdentity(identity("id", allow("ecr:*")))
                .permissionsBoundary(new PolicyInput("pb", PolicyType.PERMISSIONS_BOUNDARY, parse("""
                        {"Version": "2012-10-17", "Statement": [
                          {"Effect": "Allow", "Action": "*", "Resource": "*"},
                          {"Effect": "Deny", "Action": "ecr:BatchGetImage", "Resource": "*"}]}""", PolicyKind.IDENTITY)))
                .build();
        EvaluationResult deny = Evaluator.compile(denied).evaluate(request("ecr:BatchGetImage", REPO));
        assertEquals(Decision.EXPLICIT_DENY, deny.decision());
        assertEquals("with an explicit deny in a permissions boundary", deny.reason());
        assertEquals(List.of("id", "pb", "pb"), deny.matchedStatements().stream().map(MatchedStatement::policyId).toList());
    }

    @Test
    void missingContextKeysAreThoseOfApplicableStatements() {
        String policy = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": "ecr:BatchGetImage", "Resource": "*",
                   "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1"}, "Bool": {"aws:SecureTransport": "true"}}},
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
                   "Condition": {"StringEquals": {"s3:prefix": "x"}}}]}""";
        Evaluator evaluator = Evaluator.compile(PolicySet.builder().addIdentity(identity("id", policy)).build());
        Request request = Request.of(USER, "ecr:BatchGetImage", REPO,
                RequestContext.builder(ContextMode.AWS).put("aws:securetransport", "true").build());
        EvaluationResult result = evaluator.evaluate(request);
        assertEquals(Decision.IMPLICIT_DENY, result.decision());
        assertEquals(List.of("aws:SourceVpce"), result.missingContextKeys());
    }

    @Test
    void openModeSaysWhatTheAllowHangsOn() {
        String policy = """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Action": ["ecr:BatchGetImage"], "Resource": "*",
                   "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-0a1b"}}}]}""";
        Evaluator evaluator = Evaluator.compile(PolicySet.builder().addIdentity(identity("id", policy)).build());
        EvaluationResult result = evaluator.evaluate(Request.of(USER, "ecr:BatchGetImage", REPO, RequestContext.empty(ContextMode.OPEN)));
        assertEquals(Decision.IMPLICIT_DENY, result.decision());
        assertEquals(Decision.ALLOWED, result.bestCase());
        assertTrue(result.conditional());
        assertEquals(1, result.unknownConditions().size());
        assertEquals("aws:SourceVpce", result.unknownConditions().get(0).condition().key().value());
        assertTrue(result.matchedStatements().get(0).conditional());

        EvaluationResult known = evaluator.evaluate(Request.of(USER, "ecr:BatchGetImage", REPO,
                RequestContext.builder(ContextMode.OPEN).put("aws:SourceVpce", "vpce-0a1b").build()));
        assertEquals(Decision.ALLOWED, known.decision());
        assertFalse(known.conditional());
    }

    @Test
    void aRepositoryPolicyNamingTheRoleLeavesItsSessionsBoundByTheBoundary() {
        String repositoryPolicy = """
                {"Version": "2012-10-17", "Statement": [{"Sid": "NodePull", "Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::111122223333:role/node-role"},
                  "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}]}""";
        PolicyInput boundary = new PolicyInput("pb", PolicyType.PERMISSIONS_BOUNDARY, parse(allow("s3:*"), PolicyKind.IDENTITY));
        Caller session = Caller.parse("arn:aws:sts::111122223333:assumed-role/node-role/i-0abc");
        Request pull = Request.of(session, "ecr:BatchGetImage", REPO, RequestContext.empty(ContextMode.AWS));

        PolicySet unbounded = PolicySet.builder()
                .resourcePolicy(new PolicyInput("repo", PolicyType.RESOURCE, parse(repositoryPolicy, PolicyKind.RESOURCE)))
                .build();
        assertEquals(Decision.ALLOWED, Evaluator.compile(unbounded).evaluate(pull).decision());

        PolicySet bounded = PolicySet.builder()
                .resourcePolicy(new PolicyInput("repo", PolicyType.RESOURCE, parse(repositoryPolicy, PolicyKind.RESOURCE)))
                .permissionsBoundary(boundary)
                .build();
        EvaluationResult result = Evaluator.compile(bounded).evaluate(pull);
        assertEquals(Decision.IMPLICIT_DENY, result.decision());
        assertEquals(Optional.of(PolicyType.PERMISSIONS_BOUNDARY), result.decidedBy());
    }

    @Test
    void aDocumentWithoutEffectCannotBeCompiled() {
        ParseResult parsed = PolicyParser.withDefaults().parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Action\":\"*\",\"Resource\":\"*\"}}", PolicyKind.IDENTITY);
        PolicySet set = PolicySet.builder()
                .addIdentity(new PolicyInput("broken", PolicyType.IDENTITY, parsed.document().orElseThrow()))
                .build();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Evaluator.compile(set));
        assertTrue(error.getMessage().startsWith("broken:1:"), error.getMessage());
    }

    private static Request request(String action, String resource) {
        return Request.of(USER, action, resource, RequestContext.empty(ContextMode.AWS));
    }

    private static String allow(String action) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"" + action + "\", \"Resource\": \"*\"}}";
    }

    private static PolicyInput identity(String id, String json) {
        return new PolicyInput(id, PolicyType.IDENTITY, parse(json, PolicyKind.IDENTITY));
    }

    private static PolicyInput scp(String id, String json) {
        return new PolicyInput(id, PolicyType.SERVICE_CONTROL, parse(json, PolicyKind.SERVICE_CONTROL));
    }

    private static dev.iamlint.model.PolicyDocument parse(String json, PolicyKind kind) {
        ParseResult result = PolicyParser.withDefaults().parse(json, kind);
        if (result.hasErrors()) {
            throw new AssertionError("test policy does not parse: " + result.problems());
        }
        return result.document().orElseThrow();
    }
}
