package dev.iamlint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.iamlint.eval.conformance.ConformanceCase;
import dev.iamlint.eval.conformance.ConformanceCase.CaseRequest;
import dev.iamlint.eval.conformance.ConformanceCase.Expectation;
import dev.iamlint.eval.conformance.ConformanceCase.Policies;
import dev.iamlint.eval.conformance.ConformanceCase.StatementRef;
import dev.iamlint.eval.conformance.ConformanceSuite;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The evaluator against the cases of {@code src/test/resources/conformance/}: policy sets and
 * requests built from the examples of AWS's documentation, each with the decision the
 * documentation gives and the section that says so.
 */
class ConformanceTest {

    private static final int MINIMUM_CASES = 200;
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();
    private static final PolicyParser PARSER = PolicyParser.withDefaults();
    private static final List<ConformanceCase> CASES = ConformanceSuite.load();

    @TestFactory
    Stream<DynamicTest> everyCase() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> check(c)));
    }

    @Test
    void theSuiteIsLargeAndEveryCaseNamesItsSource() {
        assertTrue(CASES.size() >= MINIMUM_CASES, "only " + CASES.size() + " cases, expected at least " + MINIMUM_CASES);
        List<String> withoutSource = CASES.stream()
                .filter(c -> c.source().isBlank())
                .map(ConformanceCase::displayName)
                .toList();
        assertEquals(List.of(), withoutSource, "cases without a source");
        Set<String> names = new LinkedHashSet<>();
        List<String> duplicates = CASES.stream().map(ConformanceCase::displayName).filter(n -> !names.add(n)).toList();
        assertEquals(List.of(), duplicates, "case names must be unique within a file");
    }

    /**
     * Every operator family, IfExists and both set qualifiers are exercised, each at least once on
     * a key the request does not supply, because the missing-key rules differ between them.
     */
    @Test
    void everyOperatorFamilyAndQualifierHasAMissingKeyCase() {
        Set<String> wanted = new TreeSet<>();
        for (ConditionOperator.Family family : ConditionOperator.Family.values()) {
            wanted.add(family.name());
        }
        wanted.addAll(List.of("IfExists", "ForAllValues", "ForAnyValue"));
        Set<String> used = new TreeSet<>();
        Set<String> usedOnMissingKey = new TreeSet<>();
        for (ConformanceCase c : CASES) {
            c.policies().all().flatMap(document -> conditionPairs(document).stream()).forEach(pair -> {
                ConditionOperator operator = ConditionOperator.parse(pair.getKey())
                        .orElseThrow(() -> new AssertionError(c.displayName() + ": unknown operator " + pair.getKey()));
                Set<String> labels = labels(operator);
                used.addAll(labels);
                if (c.request().mode() == ContextMode.AWS && !c.request().supplies(pair.getValue())) {
                    usedOnMissingKey.addAll(labels);
                }
            });
        }
        assertEquals(wanted, used, "operator families and qualifiers used");
        assertEquals(wanted, usedOnMissingKey, "operator families and qualifiers used on a missing key");
    }

    private static Set<String> labels(ConditionOperator operator) {
        Set<String> labels = new TreeSet<>();
        labels.add(operator.base().family().name());
        if (operator.ifExists()) {
            labels.add("IfExists");
        }
        switch (operator.qualifier()) {
            case FOR_ALL_VALUES -> labels.add("ForAllValues");
            case FOR_ANY_VALUE -> labels.add("ForAnyValue");
            case NONE -> { }
        }
        return labels;
    }

    /** (operator, key) pairs of every statement's Condition block; Statement may be one object or an array. */
    private static List<Map.Entry<String, String>> conditionPairs(JsonNode document) {
        JsonNode statements = document.path("Statement");
        List<JsonNode> list = new ArrayList<>();
        if (statements.isArray()) {
            statements.forEach(list::add);
        } else if (statements.isObject()) {
            list.add(statements);
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (JsonNode statement : list) {
            Iterator<Map.Entry<String, JsonNode>> operators = statement.path("Condition").fields();
            while (operators.hasNext()) {
                Map.Entry<String, JsonNode> operator = operators.next();
                operator.getValue().fieldNames().forEachRemaining(key -> pairs.add(Map.entry(operator.getKey(), key)));
            }
        }
        return pairs;
    }

    private static void check(ConformanceCase c) {
        PolicySet policies = policySet(c);
        Request request = request(c.request());
        EvaluationResult result = Evaluator.compile(policies).evaluate(request);
        Expectation expect = c.expect();
        String context = describe(c, result);
        assertEquals(expect.decision(), result.decision(), "decision\n" + context);
        expect.matched().ifPresent(matched -> assertEquals(matched, matchedRefs(result), "matched statements\n" + context));
        expect.missingKeys().ifPresent(keys ->
                assertEquals(keys, Set.copyOf(result.missingContextKeys()), "missing context keys\n" + context));
        expect.bestCase().ifPresent(best -> assertEquals(best, result.bestCase(), "best case\n" + context));
        expect.decidedBy().ifPresent(kind -> assertEquals(Optional.of(kind), result.decidedBy(), "decided by\n" + context));
    }

    private static Set<StatementRef> matchedRefs(EvaluationResult result) {
        return result.matchedStatements().stream()
                .map(m -> new StatementRef(m.policyId(), m.statementIndex()))
                .collect(Collectors.toSet());
    }

    private static String describe(ConformanceCase c, EvaluationResult result) {
        return "case: " + c.displayName()
                + "\nsource: " + c.source()
                + "\nresult: " + result.decision().awsName() + " (best case " + result.bestCase().awsName() + ")"
                + ", decided by " + result.decidedBy().map(Enum::name).orElse("-")
                + "\nreason: " + result.reason()
                + "\nmatched: " + new TreeSet<>(matchedRefs(result).stream().map(StatementRef::toString).toList())
                + "\nmissing keys: " + result.missingContextKeys()
                + "\nverdicts: " + result.verdicts();
    }

    private static PolicySet policySet(ConformanceCase c) {
        Policies p = c.policies();
        PolicySet.Builder set = PolicySet.builder();
        for (int i = 0; i < p.identity().size(); i++) {
            set.addIdentity(input(c, "identity." + i, PolicyType.IDENTITY, p.identity().get(i)));
        }
        p.boundary().ifPresent(b -> set.permissionsBoundary(input(c, "boundary", PolicyType.PERMISSIONS_BOUNDARY, b)));
        for (int i = 0; i < p.session().size(); i++) {
            set.addSession(input(c, "session." + i, PolicyType.SESSION, p.session().get(i)));
        }
        levels(c, "scp", PolicyType.SERVICE_CONTROL, p.scp()).forEach(set::addServiceControlLevel);
        levels(c, "rcp", PolicyType.RESOURCE_CONTROL, p.rcp()).forEach(set::addResourceControlLevel);
        p.resource().ifPresent(r -> set.resourcePolicy(input(c, "resource", PolicyType.RESOURCE, r)));
        p.vpcEndpoint().ifPresent(v -> set.vpcEndpointPolicy(input(c, "vpcEndpoint", PolicyType.VPC_ENDPOINT, v)));
        return set.build();
    }

    private static List<List<PolicyInput>> levels(ConformanceCase c, String prefix, PolicyType type, List<List<JsonNode>> levels) {
        List<List<PolicyInput>> inputs = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            List<PolicyInput> policies = new ArrayList<>();
            for (int i = 0; i < levels.get(level).size(); i++) {
                policies.add(input(c, prefix + "." + level + "." + i, type, levels.get(level).get(i)));
            }
            inputs.add(policies);
        }
        return inputs;
    }

    /** Parses one document of the case as the kind its role calls for; a document with errors fails the case. */
    private static PolicyInput input(ConformanceCase c, String id, PolicyType type, JsonNode document) {
        String text;
        try {
            text = PRETTY.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ParseResult parsed = PARSER.parse(text, kind(type));
        if (parsed.hasErrors()) {
            fail("case: " + c.displayName() + "\nsource: " + c.source() + "\npolicy " + id + " does not parse:\n"
                    + parsed.problems().stream().map(p -> "  " + p.code().id() + " " + p).collect(Collectors.joining("\n"))
                    + "\n" + text);
        }
        return new PolicyInput(id, type, parsed.document().orElseThrow());
    }

    private static PolicyKind kind(PolicyType type) {
        return switch (type) {
            case IDENTITY, PERMISSIONS_BOUNDARY, SESSION -> PolicyKind.IDENTITY;
            case SERVICE_CONTROL -> PolicyKind.SERVICE_CONTROL;
            case RESOURCE_CONTROL -> PolicyKind.RESOURCE_CONTROL;
            case RESOURCE -> PolicyKind.RESOURCE;
            case VPC_ENDPOINT -> PolicyKind.VPC_ENDPOINT;
        };
    }

    private static Request request(CaseRequest r) {
        Caller caller = r.caller().equals("anonymous") ? Caller.ANONYMOUS : Caller.parse(r.caller());
        RequestContext.Builder context = RequestContext.builder(r.mode());
        r.context().forEach(context::put);
        return new Request(caller, r.action(), r.resource(), r.resourceAccount(), context.build());
    }
}
