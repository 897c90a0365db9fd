package dev.iamlint.eval.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.RequestContext;
import dev.iamlint.eval.Tri;
import dev.iamlint.eval.match.Fixtures;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionValue;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operator family against fixtures in {@code condition/*.json}: {@code operator},
 * {@code key}, {@code values} (JSON strings, numbers and booleans, as a policy holds them),
 * {@code policyVariables} (default true, i.e. Version 2012-10-17), {@code open},
 * {@code context} and {@code expected}.
 */
class CompiledConditionTest {

    static Stream<Arguments> cases() {
        return Fixtures.cases("condition");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluatesAsTheTableSays(JsonNode node) {
        List<ConditionValue> values = new ArrayList<>();
        node.get("values").forEach(v -> values.add(
                v.isNumber() ? new ConditionValue.Number(v.asText())
                        : v.isBoolean() ? new ConditionValue.Bool(v.booleanValue())
                        : new ConditionValue.Text(v.asText())));
        Condition condition = condition(node.get("operator").asText(), node.get("key").asText(), values);

        CompiledCondition compiled = CompiledCondition.compile(condition, node.path("policyVariables").asBoolean(true));

        assertEquals(Fixtures.expected(node), compiled.evaluate(Fixtures.context(node)));
    }

    @Test
    void unknownOperatorIsRejected() {
        Condition condition = condition("StringSortOf", "k", List.of(new ConditionValue.Text("v")));

        assertThrows(IllegalArgumentException.class, () -> CompiledCondition.compile(condition, true));
    }

    @Test
    void nullHasNoIfExistsForm() {
        Condition condition = condition("NullIfExists", "k", List.of(new ConditionValue.Text("true")));

        assertThrows(IllegalArgumentException.class, () -> CompiledCondition.compile(condition, true));
    }

    @Test
    void referencedKeysAreTheKeyThenTheVariables() {
        Condition condition = condition("StringLike", "s3:prefix", List.of(
                new ConditionValue.Text("home/${aws:username}/*"),
                new ConditionValue.Text("team/${aws:PrincipalTag/team, 'none'}/${aws:username}")));

        CompiledCondition compiled = CompiledCondition.compile(condition, true);

        assertEquals(List.of("s3:prefix", "aws:username", "aws:PrincipalTag/team"), List.copyOf(compiled.referencedKeys()));
        assertSame(condition, compiled.source());
    }

    @Test
    void referencedKeysOfArnValues() {
        Condition condition = condition("ArnLike", "aws:PrincipalArn",
                List.of(new ConditionValue.Text("arn:aws:iam::${aws:PrincipalAccount}:role/*")));

        assertEquals(List.of("aws:PrincipalArn", "aws:PrincipalAccount"),
                List.copyOf(CompiledCondition.compile(condition, true).referencedKeys()));
    }

    @Test
    void withoutPolicyVariablesOnlyTheKeyIsReferenced() {
        Condition condition = condition("StringEquals", "k", List.of(new ConditionValue.Text("${aws:username}")));

        assertEquals(List.of("k"), List.copyOf(CompiledCondition.compile(condition, false).referencedKeys()));
    }

    @Test
    void evaluatesTheSameAgainAndAgain() {
        CompiledCondition compiled = CompiledCondition.compile(
                condition("StringLike", "s3:prefix", List.of(new ConditionValue.Text("home/${aws:username}/*"))), true);
        RequestContext context = RequestContext.builder(ContextMode.AWS)
                .put("s3:prefix", "home/bob/x").put("aws:username", "bob").build();

        for (int i = 0; i < 3; i++) {
            assertEquals(Tri.TRUE, compiled.evaluate(context));
        }
        assertEquals(Tri.FALSE, compiled.evaluate(context.with("aws:username", List.of("alice"))));
    }

    private static Condition condition(String operator, String key, List<ConditionValue> values) {
        return new Condition(Located.synthetic(operator), Located.synthetic(key),
                values.stream().map(Located::synthetic).toList(), SourceRange.NONE);
    }
}
