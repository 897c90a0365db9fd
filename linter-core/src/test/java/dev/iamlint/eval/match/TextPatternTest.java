package dev.iamlint.eval.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextPatternTest {

    static Stream<Arguments> cases() {
        return Fixtures.cases("match/text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesAsTheTableSays(JsonNode node) {
        TextPattern pattern = TextPattern.compile(node.get("text").asText(),
                TextPattern.Mode.valueOf(node.get("mode").asText()), node.get("policyVariables").asBoolean());

        assertEquals(Fixtures.expected(node), pattern.matches(node.get("input").asText(), Fixtures.context(node)));
    }

    @Test
    void variableKeysAreListedOnceAsWritten() {
        TextPattern pattern = TextPattern.compile("${aws:username}/${AWS:PrincipalTag/team, 'x'}/${aws:username}/${*}",
                TextPattern.Mode.LIKE, true);

        assertEquals(List.of("aws:username", "AWS:PrincipalTag/team"), List.copyOf(pattern.variableKeys()));
    }

    @Test
    void withoutPolicyVariablesThereAreNoKeys() {
        assertEquals(Set.of(), TextPattern.compile("${aws:username}", TextPattern.Mode.EQUALS, false).variableKeys());
    }
}
