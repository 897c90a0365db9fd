package dev.iamlint.bench;

import dev.iamlint.eval.Caller;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.Evaluator;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.eval.Request;
import dev.iamlint.eval.RequestContext;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated, reproducible corpus of realistic scenarios: one to three identity policies mixing
 * ECR, S3 and IAM statements (some Deny, some NotAction/NotResource), and a request for an ECR,
 * S3 or IAM action. With {@code conditions}, half of the statements carry conditions of the
 * kinds real policies use and requests carry the matching context keys.
 */
public final class PolicyCorpus {

    /** A policy set, its compiled evaluator and one request against it. */
    public record Scenario(PolicySet policies, Evaluator evaluator, Request request) {}

    private static final String ACCOUNT = "111122223333";
    private static final String[] ECR_ACTIONS = {
        "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability",
        "ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:DescribeImages", "ecr:ListImages"};
    private static final String[] S3_ACTIONS = {"s3:GetObject", "s3:PutObject", "s3:ListBucket", "s3:DeleteObject"};
    private static final String[] IAM_ACTIONS = {"iam:PassRole", "iam:GetRole", "iam:ListRoles", "iam:CreateRole"};
    private static final String[] CONDITIONS = {
        "\"StringEquals\": {\"aws:SourceVpce\": [\"vpce-0a1b2c3d\", \"vpce-1f2e3d4c\"]}",
        "\"IpAddress\": {\"aws:SourceIp\": [\"10.0.0.0/8\", \"192.0.2.0/24\"]}",
        "\"Bool\": {\"aws:SecureTransport\": \"true\"}",
        "\"StringLike\": {\"aws:PrincipalTag/team\": [\"team-*\"]}",
        "\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:eks:us-east-1:" + ACCOUNT + ":cluster/*\"}",
        "\"DateLessThan\": {\"aws:CurrentTime\": \"2030-01-01T00:00:00Z\"}",
        "\"ForAnyValue:StringEquals\": {\"aws:TagKeys\": [\"team\", \"cost-center\"]}",
        "\"StringEqualsIfExists\": {\"aws:RequestedRegion\": [\"us-east-1\", \"eu-west-1\"]}"};

    private PolicyCorpus() {}

    public static List<Scenario> generate(long seed, int size, boolean conditions) {
        Random random = new Random(seed);
        PolicyParser parser = PolicyParser.withDefaults();
        Caller caller = Caller.parse("arn:aws:sts::" + ACCOUNT + ":assumed-role/node-role/i-0abc");
        List<Scenario> scenarios = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            PolicySet.Builder set = PolicySet.builder();
            int policyCount = 1 + random.nextInt(3);
            for (int p = 0; p < policyCount; p++) {
                ParseResult parsed = parser.parse(policy(random, conditions), PolicyKind.IDENTITY);
                if (parsed.hasErrors()) {
                    throw new IllegalStateException("generated policy does not parse: " + parsed.problems());
                }
                set.addIdentity(new PolicyInput("identity." + p, PolicyType.IDENTITY, parsed.document().orElseThrow()));
            }
            PolicySet policies = set.build();
            scenarios.add(new Scenario(policies, Evaluator.compile(policies), request(random, caller, conditions)));
        }
        return scenarios;
    }

    private static String policy(Random random, boolean conditions) {
        int statements = 1 + random.nextInt(4);
        StringBuilder json = new StringBuilder("{\"Version\": \"2012-10-17\", \"Statement\": [");
        for (int s = 0; s < statements; s++) {
            if (s > 0) {
                json.append(',');
            }
            json.append(statement(random, conditions && random.nextBoolean()));
        }
        return json.append("]}").toString();
    }

    private static String statement(Random random, boolean conditional) {
        String effect = random.nextInt(6) == 0 ? "Deny" : "Allow";
        String body = switch (random.nextInt(4)) {
            case 0 -> "\"Action\": [\"ecr:GetAuthorizationToken\"], \"Resource\": \"*\"";
            case 1 -> "\"Action\": " + actions(random, ECR_ACTIONS, "ecr:Batch*") + ", \"Resource\": [\"arn:aws:ecr:us-east-1:"
                    + ACCOUNT + ":repository/team-" + random.nextInt(8) + "/*\", \"arn:aws:ecr:*:" + ACCOUNT + ":repository/shared-?\"]";
            case 2 -> "\"Action\": " + actions(random, S3_ACTIONS, "s3:Get*") + ", \"Resource\": \"arn:aws:s3:::bucket-"
                    + random.nextInt(8) + "/data/*\"";
            default -> random.nextBoolean()
                    ? "\"Action\": " + actions(random, IAM_ACTIONS, "iam:List*") + ", \"Resource\": \"arn:aws:iam::" + ACCOUNT + ":role/app-*\""
                    : "\"NotAction\": [\"iam:*\", \"organizations:*\"], \"NotResource\": \"arn:aws:s3:::secret-*\"";
        };
        String condition = conditional ? ", \"Condition\": {" + CONDITIONS[random.nextInt(CONDITIONS.length)] + "}" : "";
        return "{\"Effect\": \"" + effect + "\", " + body + condition + "}";
    }

    private static String actions(Random random, String[] pool, String wildcard) {
        int count = 1 + random.nextInt(3);
        StringBuilder list = new StringBuilder("[");
        for (int a = 0; a < count; a++) {
            list.append(a > 0 ? ", " : "").append('"').append(pool[random.nextInt(pool.length)]).append('"');
        }
        if (random.nextInt(3) == 0) {
            list.append(", \"").append(wildcard).append('"');
        }
        return list.append(']').toString();
    }

    private static Request request(Random random, Caller caller, boolean conditions) {
        String action;
        String resource;
        switch (random.nextInt(4)) {
            case 0 -> {
                action = "ecr:GetAuthorizationToken";
                resource = "*";
            }
            case 1 -> {
                action = ECR_ACTIONS[random.nextInt(ECR_ACTIONS.length)];
                resource = "arn:aws:ecr:us-east-1:" + ACCOUNT + ":repository/team-" + random.nextInt(8) + "/app";
            }
            case 2 -> {
                action = S3_ACTIONS[random.nextInt(S3_ACTIONS.length)];
                resource = "arn:aws:s3:::bucket-" + random.nextInt(8) + "/data/file-" + random.nextInt(100) + ".csv";
            }
            default -> {
                action = IAM_ACTIONS[random.nextInt(IAM_ACTIONS.length)];
                resource = "arn:aws:iam::" + ACCOUNT + ":role/app-" + random.nextInt(8);
            }
        }
        RequestContext.Builder context = RequestContext.builder(ContextMode.AWS);
        if (conditions) {
            context.put("aws:SourceVpce", random.nextBoolean() ? "vpce-0a1b2c3d" : "vpce-99999999")
                    .put("aws:SourceIp", random.nextBoolean() ? "10.1.2.3" : "203.0.113.9")
                    .put("aws:SecureTransport", "true")
                    .put("aws:PrincipalTag/team", "team-" + random.nextInt(3))
                    .put("aws:SourceArn", "arn:aws:eks:us-east-1:" + ACCOUNT + ":cluster/prod")
                    .put("aws:CurrentTime", "2026-11-26T12:00:00Z")
                    .put("aws:TagKeys", "team", "owner");
        }
        return Request.of(caller, action, resource, context.build());
    }
}
