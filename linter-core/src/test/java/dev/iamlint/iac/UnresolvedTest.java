package dev.iamlint.iac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.eval.Caller;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.Decision;
import dev.iamlint.eval.EvaluationResult;
import dev.iamlint.eval.Evaluator;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.eval.Request;
import dev.iamlint.eval.RequestContext;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.requirement.CheckOptions;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementChecker;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.requirement.RequirementStatus;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the evaluator treats the unknown parts of resolved templates: a statement that depends on
 * one applies "perhaps", so no Allow and no certain Deny depends on it, and results name it.
 */
class UnresolvedTest {

    private static final Requirement PULL = Requirements.builtin("ecr-pull");
    private static final RequirementTarget APP = RequirementTarget.fromImage("111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.0");
    private static final String APP_ARN = "arn:aws:ecr:us-east-1:111122223333:repository/app";
    private static final Caller NODE = Caller.parse("arn:aws:sts::111122223333:assumed-role/node/i-0123456789abcdef0");
    private static final RequestContext OPEN = RequestContext.empty(ContextMode.OPEN);

    /**
     * What the evaluator did with {@code ${AWS::AccountId}} before templates were resolved, and
     * still does with text a template writes outside {@code Fn::Sub}: before the resource part
     * of an ARN it is literal text that matches no request, in the resource part a policy
     * variable whose key nobody supplied, unknown in open mode but not named in the result.
     */
    @Test
    void aPseudoParameterWrittenAsPolicyTextIsLiteralBeforeTheResourcePartAndAVariableInIt() {
        EvaluationResult literal = evaluate(bare("arn:aws:ecr:${AWS::Region}:${AWS::AccountId}:repository/*"), NODE, APP_ARN, OPEN);
        assertEquals(Decision.IMPLICIT_DENY, literal.decision());
        assertEquals(Decision.IMPLICIT_DENY, literal.bestCase());

        EvaluationResult variable = evaluate(bare("arn:aws:ecr:us-east-1:111122223333:repository/${AWS::StackName}"), NODE, APP_ARN, OPEN);
        assertEquals(Decision.IMPLICIT_DENY, variable.decision());
        assertEquals(Decision.ALLOWED, variable.bestCase());
        assertEquals(List.of(), variable.unknownValues());
    }

    @Test
    void aNodeRoleGrantingEveryRepositoryOfItsStackIsConditionalWithoutRegionAndAccount() {
        RequirementResult result = checkNodeRole(TemplateParameters.NONE);

        assertEquals(RequirementStatus.CONDITIONAL, result.status());
        List<PermissionResult> missing = result.permissions().stream().filter(p -> p.status() != RequirementStatus.SATISFIED).toList();
        assertEquals(List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), missing.stream().map(PermissionResult::action).toList());
        for (PermissionResult permission : missing) {
            assertEquals(RequirementStatus.CONDITIONAL, permission.status());
            assertEquals(List.of("AWS::Region", "AWS::AccountId"), permission.evaluation().unknownValues(), "what it hangs on");
        }
    }

    @Test
    void theNodeRoleIsSatisfiedWhenRegionAndAccountAreThoseOfTheTarget() {
        RequirementResult result = checkNodeRole(new TemplateParameters(Map.of("AWS::Region", "us-east-1", "AWS::AccountId", "111122223333")));

        assertEquals(RequirementStatus.SATISFIED, result.status());
    }

    @Test
    void theNodeRoleIsUnsatisfiedWhenTheAccountGivenIsAnother() {
        RequirementResult result = checkNodeRole(new TemplateParameters(Map.of("AWS::Region", "us-east-1", "AWS::AccountId", "444455556666")));

        assertEquals(RequirementStatus.UNSATISFIED, result.status());
    }

    @Test
    void anUnknownActionMayCoverTheActionsOfItsServiceOnly() {
        PolicySet policies = identity("ActionFromParameter");

        EvaluationResult ecr = evaluate(policies, NODE, "ecr:BatchGetImage", "*", OPEN);
        assertEquals(Decision.IMPLICIT_DENY, ecr.decision());
        assertEquals(Decision.ALLOWED, ecr.bestCase());
        assertEquals(List.of("ActionName"), ecr.unknownValues());

        EvaluationResult s3 = evaluate(policies, NODE, "s3:GetObject", "*", OPEN);
        assertEquals(Decision.IMPLICIT_DENY, s3.bestCase());
        assertEquals(List.of(), s3.unknownValues());
    }

    @Test
    void aDenyWhoseConditionValueIsUnknownIsNeverCertain() {
        // The request's own key is known; the policy's value for it is not.
        RequestContext throughEndpoint = RequestContext.builder(ContextMode.OPEN).put("aws:SourceVpce", "vpce-0123").build();
        EvaluationResult result = evaluate(identity("DenyOutsideEndpoint"), NODE, APP_ARN, throughEndpoint);

        assertEquals(Decision.EXPLICIT_DENY, result.decision());
        assertEquals(Decision.ALLOWED, result.bestCase());
        assertEquals(List.of("SourceVpce"), result.unknownValues());
        assertEquals("aws:SourceVpce", result.unknownConditions().get(0).condition().key().value());
    }

    @Test
    void aDenyOnAnUnknownNotResourceIsNeverCertain() {
        EvaluationResult result = evaluate(identity("DenyImportedRepository"), NODE, APP_ARN, OPEN);

        assertEquals(Decision.EXPLICIT_DENY, result.decision());
        assertEquals(Decision.ALLOWED, result.bestCase());
        assertEquals(List.of("Fn::ImportValue:allowed-repository-arn"), result.unknownValues());
    }

    @Test
    void anUnknownPartDoesNotMakeAnArnOfAnotherServiceMatch() {
        EvaluationResult result = evaluate(identity("OtherService"), NODE, APP_ARN, OPEN);

        assertEquals(Decision.IMPLICIT_DENY, result.decision());
        assertEquals(Decision.IMPLICIT_DENY, result.bestCase());
        assertEquals(List.of(), result.unknownValues());
    }

    @Test
    void anUnknownPrincipalOfARepositoryPolicyMayBeTheCallerFromAnotherAccount() {
        PolicyDocument repositoryPolicy = document(template(TemplateParameters.NONE), "Repository", "RepositoryPolicyText");
        PolicySet policies = PolicySet.builder()
                .addIdentity(new PolicyInput("identity", PolicyType.IDENTITY, bareDocument("*")))
                .resourcePolicy(new PolicyInput("repository", PolicyType.RESOURCE, repositoryPolicy))
                .build();
        Caller otherAccount = Caller.parse("arn:aws:sts::444455556666:assumed-role/node/i-0123456789abcdef0");

        EvaluationResult result = evaluate(policies, otherAccount, "ecr:BatchGetImage", APP_ARN, OPEN);

        assertEquals(Decision.IMPLICIT_DENY, result.decision());
        assertEquals(Decision.ALLOWED, result.bestCase());
        assertEquals(List.of("TrustedRoleArn"), result.unknownValues());
        assertTrue(result.conditional());
    }

    private static RequirementResult checkNodeRole(TemplateParameters parameters) {
        CloudFormationTemplate template = TemplateValuesTest.read("node-role-any-repository.template.yaml", parameters);
        PolicySet policies = PolicySet.builder()
                .addIdentity(new PolicyInput("NodeRole", PolicyType.IDENTITY, document(template, "NodeRole", "Policies/0/PolicyDocument")))
                .build();
        return RequirementChecker.check(PULL, List.of(APP), policies, Optional.empty(), CheckOptions.DEFAULTS);
    }

    private static PolicySet identity(String logicalId) {
        PolicyDocument document = document(template(TemplateParameters.NONE), logicalId, "PolicyDocument");
        return PolicySet.builder().addIdentity(new PolicyInput(logicalId, PolicyType.IDENTITY, document)).build();
    }

    private static CloudFormationTemplate template(TemplateParameters parameters) {
        return TemplateValuesTest.read("unknown-parts.template.yaml", parameters);
    }

    private static PolicyDocument document(CloudFormationTemplate template, String logicalId, String propertyPath) {
        EmbeddedPolicy policy = template.policies().stream()
                .filter(p -> p.logicalId().equals(logicalId) && p.propertyPath().equals(propertyPath)).findFirst().orElseThrow();
        ParsedPolicy parsed = assertInstanceOf(ParsedPolicy.class, policy.body());
        assertEquals(List.of(), parsed.result().problems());
        return parsed.result().document().orElseThrow();
    }

    private static PolicySet bare(String resource) {
        return PolicySet.builder().addIdentity(new PolicyInput("bare", PolicyType.IDENTITY, bareDocument(resource))).build();
    }

    private static PolicyDocument bareDocument(String resource) {
        String json = """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ecr:BatchGetImage", "Resource": "%s"}]}"""
                .formatted(resource);
        return PolicyParser.withDefaults().parse(json, PolicyKind.IDENTITY).document().orElseThrow();
    }

    private static EvaluationResult evaluate(PolicySet policies, Caller caller, String resource, RequestContext context) {
        return evaluate(policies, caller, "ecr:BatchGetImage", resource, context);
    }

    private static EvaluationResult evaluate(PolicySet policies, Caller caller, String action, String resource, RequestContext context) {
        return Evaluator.compile(policies).evaluate(Request.of(caller, action, resource, context));
    }
}
