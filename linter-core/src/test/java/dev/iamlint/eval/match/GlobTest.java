package dev.iamlint.eval.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GlobTest {

    static Stream<Arguments> cases() {
        return Fixtures.cases("match/glob");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesAsTheTableSays(JsonNode node) {
        Glob glob = Glob.compile(node.get("pattern").asText(), node.get("ignoreCase").asBoolean());

        assertEquals(node.get("expected").asBoolean(), glob.matches(node.get("input").asText()));
    }

    @Property(tries = 3000)
    void agreesWithTheReferenceMatcher(
            @ForAll @StringLength(max = 8) @Chars({'a', 'b', '*', '?'}) String pattern,
            @ForAll @StringLength(max = 10) @Chars({'a', 'b', '*'}) String input) {
        assertEquals(reference(pattern, input), Glob.compile(pattern, false).matches(input),
                () -> pattern + " vs " + input);
    }

    @Property(tries = 2000)
    void ignoringCaseAgreesWithTheReferenceOnFoldedText(
            @ForAll @StringLength(max = 8) @Chars({'a', 'B', '*', '?'}) String pattern,
            @ForAll @StringLength(max = 10) @Chars({'A', 'b', 'a', 'B'}) String input) {
        boolean expected = reference(pattern.toLowerCase(Locale.ROOT), input.toLowerCase(Locale.ROOT));

        assertEquals(expected, Glob.compile(pattern, true).matches(input), () -> pattern + " vs " + input);
    }

    /** Textbook dynamic programming: {@code at[i][j]} = pattern[i..] matches input[j..]. */
    private static boolean reference(String pattern, String input) {
        boolean[][] at = new boolean[pattern.length() + 1][input.length() + 1];
        at[pattern.length()][input.length()] = true;
        for (int i = pattern.length() - 1; i >= 0; i--) {
            char p = pattern.charAt(i);
            for (int j = input.length(); j >= 0; j--) {
                if (p == '*') {
                    at[i][j] = at[i + 1][j] || (j < input.length() && at[i][j + 1]);
                } else {
                    at[i][j] = j < input.length() && (p == '?' || p == input.charAt(j)) && at[i + 1][j + 1];
                }
            }
        }
        return at[0][0];
    }
}
