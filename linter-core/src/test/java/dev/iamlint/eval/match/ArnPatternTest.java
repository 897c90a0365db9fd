package dev.iamlint.eval.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.iamlint.eval.ContextMode;
import dev.iamlint.eval.RequestContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArnPatternTest {

    static Stream<Arguments> cases() {
        return Fixtures.cases("match/arn");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesAsTheTableSays(JsonNode node) {
        String text = node.get("pattern").asText();
        boolean policyVariables = node.path("policyVariables").asBoolean(false);
        ArnPattern pattern = node.path("condition").asBoolean(false)
                ? ArnPattern.compileForCondition(text, policyVariables)
                : ArnPattern.compile(text, policyVariables);

        assertEquals(Fixtures.expected(node), pattern.matches(node.get("resource").asText(), Fixtures.context(node)));
    }

    @Test
    void resourceVariablesCountOnlyAfterTheFifthColon() {
        ArnPattern pattern = ArnPattern.compile("arn:aws:s3:${aws:RequestedRegion}::bucket/${aws:username}/${aws:userid, 'x'}", true);

        assertEquals(List.of("aws:username", "aws:userid"), List.copyOf(pattern.variableKeys()));
    }

    @Test
    void conditionVariablesCountInEverySegment() {
        ArnPattern pattern = ArnPattern.compileForCondition("arn:aws:iam::${aws:PrincipalAccount}:role/${aws:username}", true);

        assertEquals(List.of("aws:PrincipalAccount", "aws:username"), List.copyOf(pattern.variableKeys()));
    }

    @Test
    void withoutPolicyVariablesThereAreNoKeys() {
        assertEquals(Set.of(), ArnPattern.compile("arn:aws:s3:::bucket/${aws:username}", false).variableKeys());
    }

    @Property(tries = 3000)
    void neverThrows(
            @ForAll @StringLength(max = 40) @Chars({'a', 'r', 'n', ':', '*', '?', '$', '{', '}', '\'', ',', ' ', '/'}) String pattern,
            @ForAll @StringLength(max = 40) @Chars({'a', 'r', 'n', ':', '*', '/', 'x'}) String resource,
            @ForAll boolean policyVariables,
            @ForAll boolean forCondition,
            @ForAll ContextMode mode) {
        ArnPattern compiled = forCondition
                ? ArnPattern.compileForCondition(pattern, policyVariables)
                : ArnPattern.compile(pattern, policyVariables);
        RequestContext context = RequestContext.builder(mode).put("n", "a:r").put("a", "x", "y").build();

        assertNotNull(compiled.matches(resource, context));
        assertNotNull(compiled.matches("arn:" + resource, context));
        assertNotNull(compiled.matches("arn:a:r:n:a:" + resource, context));
    }
}
