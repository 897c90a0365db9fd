package dev.iamlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.iamlint.bench.PolicyCorpus;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.PolicyParser;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Laws of the evaluation logic, checked over generated policy sets and requests. */
class EvaluatorPropertiesTest {

    private static final PolicyParser PARSER = PolicyParser.withDefaults();

    @Property(tries = 300)
    void anUnconditionalDenyNeverYieldsAllowed(@ForAll long seed, @ForAll boolean conditions) {
        PolicyCorpus.Scenario scenario = scenario(seed, conditions);
        PolicySet withDeny = withIdentity(scenario.policies(), policy("deny-all",
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}}"));
        EvaluationResult result = Evaluator.compile(withDeny).evaluate(scenario.request());
        assertEquals(Decision.EXPLICIT_DENY, result.decision());
    }

    @Property(tries = 300)
    void addingAnAllowNeverTakesAPermissionAway(@ForAll long seed, @ForAll boolean conditions) {
        PolicyCorpus.Scenario scenario = scenario(seed, conditions);
        Decision before = scenario.evaluator().evaluate(scenario.request()).decision();
        PolicySet withAllow = withIdentity(scenario.policies(), policy("allow-one",
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\""
                        + scenario.request().action() + "\",\"Resource\":\"*\"}}"));
        Decision after = Evaluator.compile(withAllow).evaluate(scenario.request()).decision();
        if (before == Decision.ALLOWED) {
            assertEquals(Decision.ALLOWED, after);
        }
        if (before == Decision.EXPLICIT_DENY) {
            assertEquals(Decision.EXPLICIT_DENY, after);
        }
    }

    @Property(tries = 300)
    void withoutAnyPolicyEverythingIsImplicitlyDenied(@ForAll long seed) {
        Request request = scenario(seed, true).request();
        EvaluationResult result = Evaluator.compile(PolicySet.builder().build()).evaluate(request);
        assertEquals(Decision.IMPLICIT_DENY, result.decision());
        assertEquals(java.util.Optional.of(PolicyType.IDENTITY), result.decidedBy());
    }

    @Property(tries = 300)
    void aBoundaryOnlyNarrows(@ForAll long seed, @ForAll boolean conditions) {
        PolicyCorpus.Scenario scenario = scenario(seed, conditions);
        Decision before = scenario.evaluator().evaluate(scenario.request()).decision();
        PolicySet.Builder bounded = PolicySet.builder();
        scenario.policies().identity().forEach(bounded::addIdentity);
        bounded.permissionsBoundary(new PolicyInput("boundary", PolicyType.PERMISSIONS_BOUNDARY, PARSER.parse(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"ecr:*\",\"Resource\":\"*\"}}",
                PolicyKind.IDENTITY).document().orElseThrow()));
        Decision after = Evaluator.compile(bounded.build()).evaluate(scenario.request()).decision();
        if (before != Decision.ALLOWED) {
            assertNotEquals(Decision.ALLOWED, after);
        }
        if (!scenario.request().action().startsWith("ecr:")) {
            assertNotEquals(Decision.ALLOWED, after);
        }
    }

    @Property(tries = 200)
    void inAwsModeTheBestCaseIsTheDecision(@ForAll long seed, @ForAll boolean conditions) {
        PolicyCorpus.Scenario scenario = scenario(seed, conditions);
        EvaluationResult result = scenario.evaluator().evaluate(scenario.request());
        assertEquals(result.decision(), result.bestCase());
        assertEquals(List.of(), result.unknownConditions());
    }

    @Property(tries = 200)
    void openModeBracketsTheAwsDecision(@ForAll long seed) {
        PolicyCorpus.Scenario scenario = scenario(seed, true);
        Request open = new Request(scenario.request().caller(), scenario.request().action(), scenario.request().resource(),
                scenario.request().resourceAccount(), RequestContext.empty(ContextMode.OPEN));
        EvaluationResult openResult = scenario.evaluator().evaluate(open);
        Decision aws = scenario.evaluator().evaluate(scenario.request()).decision();
        // Whatever the unknown keys turn out to be, AWS's answer lies between the two bounds.
        if (openResult.decision() == Decision.ALLOWED) {
            assertEquals(Decision.ALLOWED, aws);
        }
        if (openResult.bestCase() != Decision.ALLOWED) {
            assertNotEquals(Decision.ALLOWED, aws);
        }
    }

    private static PolicyCorpus.Scenario scenario(long seed, boolean conditions) {
        return PolicyCorpus.generate(seed, 1, conditions).get(0);
    }

    private static PolicyInput policy(String id, String json) {
        return new PolicyInput(id, PolicyType.IDENTITY, PARSER.parse(json, PolicyKind.IDENTITY).document().orElseThrow());
    }

    private static PolicySet withIdentity(PolicySet set, PolicyInput extra) {
        PolicySet.Builder builder = PolicySet.builder();
        set.identity().forEach(builder::addIdentity);
        builder.addIdentity(extra);
        set.permissionsBoundary().ifPresent(builder::permissionsBoundary);
        return builder.build();
    }
}
