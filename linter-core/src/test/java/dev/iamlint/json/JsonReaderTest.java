package dev.iamlint.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.iamlint.json.JsonObject.Member;
import dev.iamlint.source.SourceRange;
import java.util.ArrayDeque;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonReaderTest {

    private static final JsonLimits DEFAULTS = new JsonLimits(1 << 20, 64, 100_000);
    private final JsonReader reader = new JsonReader(DEFAULTS);

    @Test
    void readsEveryValueKindWithItsRange() throws JsonReadException {
        String text = """
                {"s": "x", "n": -1.5e3,
                  "b": [true, false, null], "o": {}}""";

        JsonValue expected = new JsonObject(List.of(
                new Member("s", range(1, 2, 1, 5), new JsonString("x", range(1, 7, 1, 10))),
                new Member("n", range(1, 12, 1, 15), new JsonNumber("-1.5e3", range(1, 17, 1, 23))),
                new Member("b", range(2, 3, 2, 6), new JsonArray(List.of(
                        new JsonBool(true, range(2, 9, 2, 13)),
                        new JsonBool(false, range(2, 15, 2, 20)),
                        new JsonNull(range(2, 22, 2, 26))), range(2, 8, 2, 27))),
                new Member("o", range(2, 29, 2, 32), new JsonObject(List.of(), range(2, 34, 2, 36)))),
                range(1, 1, 2, 37));
        assertEquals(expected, reader.read(text));
    }

    @Test
    void keepsDuplicateKeysInSourceOrder() throws JsonReadException {
        JsonObject object = (JsonObject) reader.read("{\"Effect\": \"Deny\", \"Effect\": \"Allow\"}");

        assertEquals(List.of("Effect", "Effect"), object.members().stream().map(Member::key).toList());
        assertEquals(range(1, 2, 1, 10), object.members().get(0).keyRange());
        assertEquals(range(1, 20, 1, 28), object.members().get(1).keyRange());
        assertEquals(new JsonString("Allow", range(1, 30, 1, 37)), object.members().get(1).value());
    }

    @Test
    void keyRangeCoversEscapesInTheKey() throws JsonReadException {
        // 13 characters between the quotes: \u0041 is six of them, \" two more.
        JsonObject object = (JsonObject) reader.read("{\"\\u0041c\\\"tion\" : 1}");

        Member member = object.members().get(0);
        assertEquals("Ac\"tion", member.key());
        assertEquals(range(1, 2, 1, 17), member.keyRange());
        assertEquals(range(1, 2, 1, 21), member.range());
    }

    @Test
    void numbersKeepTheirRawToken() throws JsonReadException {
        JsonArray array = (JsonArray) reader.read("[0, -0, 1.50, 1E+2, 0.012e0, 123456789012, 12345678901234567890123]");

        assertEquals(List.of("0", "-0", "1.50", "1E+2", "0.012e0", "123456789012", "12345678901234567890123"),
                array.elements().stream().map(v -> ((JsonNumber) v).raw()).toList());
        assertEquals(range(1, 21, 1, 28), array.elements().get(4).range());
    }

    @Test
    void topLevelScalarEndsAtItsLastCharacterNotAtTheFollowingSpace() throws JsonReadException {
        assertEquals(new JsonNumber("12", range(1, 2, 1, 4)), reader.read(" 12 "));
        assertEquals(new JsonBool(false, range(2, 1, 2, 6)), reader.read("\nfalse\n"));
    }

    @Test
    void linesBreakAtLfCrAndCrlfAndColumnsCountUtf16Units() throws JsonReadException {
        JsonArray array = (JsonArray) reader.read("[\r\n\"😀\",\r\"é\",\n 1]");

        assertEquals(range(2, 1, 2, 5), array.elements().get(0).range());
        assertEquals(range(3, 1, 3, 4), array.elements().get(1).range());
        assertEquals(range(4, 2, 4, 3), array.elements().get(2).range());
    }

    static Stream<Arguments> malformedDocuments() {
        String validValue = " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
        return Stream.of(
                arguments("", "document is empty", 1, 1),
                arguments("  \n ", "document is empty", 2, 2),
                arguments("{} {}", "unexpected content after the top-level value", 1, 4),
                arguments("{\"a\": 1} x", "unrecognized token 'x': was expecting" + validValue, 1, 10),
                arguments("{\"a\": 1", "unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)", 1, 8),
                arguments("{'a': 1}", "unexpected character (''' (code 39)): was expecting double-quote to start field name", 1, 2),
                arguments("[1,]", "unexpected character (']' (code 93)): expected a valid value" + validValue, 1, 4),
                arguments("{\"a\": 01}", "invalid numeric value: Leading zeroes not allowed", 1, 8),
                arguments("[NaN]", "non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", 1, 5),
                arguments("{\"a\": \"x\ny\"}", "illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped using backslash to be included in string value", 1, 9));
    }

    @ParameterizedTest
    @MethodSource("malformedDocuments")
    void malformedJsonIsReportedWhereJacksonStopped(String text, String message, int line, int column) {
        JsonReadException error = assertThrows(JsonReadException.class, () -> reader.read(text));

        assertEquals(JsonReadException.Kind.MALFORMED, error.kind());
        assertEquals("malformed JSON: " + message, error.getMessage());
        assertEquals(SourceRange.at(line, column), error.range());
    }

    @Test
    void documentLongerThanTheLimitIsRejectedAtTheFirstCharacterBeyondIt() {
        JsonReader small = new JsonReader(new JsonLimits(12, 64, 100));

        // Char 12 (0-based) is the 5 after three line breaks: CRLF, CR and LF.
        JsonReadException error = assertThrows(JsonReadException.class, () -> small.read("[1,\r\n2,\r3,\n45678]"));

        assertEquals(JsonReadException.Kind.LIMIT_EXCEEDED, error.kind());
        assertEquals("document is longer than 12 characters", error.getMessage());
        assertEquals(SourceRange.at(4, 2), error.range());
    }

    @Test
    void documentOfExactlyTheLimitIsRead() throws JsonReadException {
        JsonReader small = new JsonReader(new JsonLimits(7, 64, 100));

        assertEquals(3, ((JsonArray) small.read("[1,2,3]")).elements().size());
    }

    @Test
    void nestingBeyondTheDepthLimitIsRejected() {
        JsonReader shallow = new JsonReader(new JsonLimits(100, 3, 100));

        JsonReadException error = assertThrows(JsonReadException.class, () -> shallow.read("[{\"a\": [[1]]}]"));

        assertEquals(JsonReadException.Kind.LIMIT_EXCEEDED, error.kind());
        assertEquals("document nesting depth (4) exceeds the maximum allowed (3)", error.getMessage());
        assertEquals(SourceRange.at(1, 10), error.range());
    }

    @Test
    void hundredThousandOpeningBracketsGiveALimitNotAStackOverflow() {
        JsonReadException error = assertThrows(JsonReadException.class, () -> reader.read("[".repeat(100_000)));

        assertEquals(JsonReadException.Kind.LIMIT_EXCEEDED, error.kind());
        assertEquals(SourceRange.at(1, 66), error.range());
    }

    @Test
    void deepNestingWithinAGenerousLimitIsBuiltWithoutRecursion() throws JsonReadException {
        int depth = 100_000;
        JsonReader deep = new JsonReader(new JsonLimits(1 << 20, depth, depth));

        JsonValue value = deep.read("[".repeat(depth) + "]".repeat(depth));

        int levels = 0;
        ArrayDeque<JsonValue> pending = new ArrayDeque<>(List.of(value));
        while (!pending.isEmpty()) {
            levels++;
            pending.addAll(((JsonArray) pending.pop()).elements());
        }
        assertEquals(depth, levels);
        assertEquals(range(1, 1, 1, 2 * depth + 1), value.range());
    }

    @Test
    void moreValuesThanTheLimitAreRejectedAtTheFirstOneTooMany() {
        JsonReader few = new JsonReader(new JsonLimits(100, 64, 3));

        JsonReadException error = assertThrows(JsonReadException.class, () -> few.read("[1, {\"a\": 2}, 3]"));

        assertEquals(JsonReadException.Kind.LIMIT_EXCEEDED, error.kind());
        assertEquals("document has more than 3 JSON values", error.getMessage());
        assertEquals(SourceRange.at(1, 11), error.range());
    }

    @Test
    void absurdlyLongNumbersHitJacksonsNumberLimit() {
        JsonReadException error = assertThrows(JsonReadException.class, () -> reader.read("[" + "9".repeat(1001) + "]"));

        assertEquals(JsonReadException.Kind.LIMIT_EXCEEDED, error.kind());
        assertEquals("number value length (1001) exceeds the maximum allowed (1000)", error.getMessage());
    }

    /** Every string value's range, cut out of the source, is that string's JSON token. */
    @Property
    void rangesCoverTheirTokens(@ForAll("json") String text) throws JsonReadException {
        JsonValue root = reader.read(text);

        assertEquals(range(1, 1, 1, text.length() + 1), root.range());
        ArrayDeque<JsonValue> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            JsonValue value = pending.pop();
            if (value instanceof JsonObject object) {
                for (Member member : object.members()) {
                    assertEquals(JsonStrings.quote(member.key()), slice(text, member.keyRange()));
                    pending.push(member.value());
                }
            } else if (value instanceof JsonArray array) {
                pending.addAll(array.elements());
            } else if (value instanceof JsonString string) {
                assertEquals(JsonStrings.quote(string.value()), slice(text, string.range()));
            } else if (value instanceof JsonNumber number) {
                assertEquals(number.raw(), slice(text, number.range()));
            }
        }
    }

    @Property
    void arbitraryTextIsReadOrRejectedButNeverThrowsAnythingElse(@ForAll String text) {
        try {
            reader.read(text);
        } catch (JsonReadException e) {
            assertFalse(e.getMessage().contains("Source"), e.getMessage());
            assertTrue(e.range().line() >= 1 && e.range().column() >= 1, e.range().toString());
        }
    }

    @Provide
    Arbitrary<String> json() {
        return value(3);
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(6).map(JsonStrings::quote),
                Arbitraries.of("0", "-1.5e3", "123456789012", "true", "false", "null"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> object = Combinators.combine(Arbitraries.strings().ofMaxLength(4).map(JsonStrings::quote), value(depth - 1))
                .as((k, v) -> k + ":" + v).list().ofMaxSize(3).map(l -> "{" + String.join(",", l) + "}");
        return Arbitraries.oneOf(scalar, array, object);
    }

    private static String slice(String text, SourceRange range) {
        assertEquals(1, range.line());
        assertEquals(1, range.endLine());
        return text.substring(range.column() - 1, range.endColumn() - 1);
    }

    private static SourceRange range(int line, int column, int endLine, int endColumn) {
        return new SourceRange(line, column, endLine, endColumn);
    }

    /** JSON string literals for generated input: every character escaped, so ranges must cover escapes. */
    private static final class JsonStrings {
        static String quote(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c == '"' || c == '\\' || (i % 2 == 1)) {
                    quoted.append(String.format("\\u%04x", (int) c));
                } else {
                    quoted.append(c);
                }
            }
            return quoted.append('"').toString();
        }
    }
}
