package dev.iamlint.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.iamlint.json.JsonObject.Member;
import dev.iamlint.source.SourceRange;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlReaderTest {

    private static final JsonLimits DEFAULTS = new JsonLimits(1 << 20, 64, 100_000);
    private final YamlReader reader = new YamlReader(DEFAULTS);

    @Test
    void readsScalarsMappingsAndSequencesWithTheirRanges() throws JsonReadException {
        String text = """
                s: 'x'
                n: 1.5
                b: [true, ~]
                o:
                  k: v
                """;

        JsonValue expected = new JsonObject(List.of(
                new Member("s", range(1, 1, 1, 2), new JsonString("x", range(1, 4, 1, 7))),
                new Member("n", range(2, 1, 2, 2), new JsonNumber("1.5", range(2, 4, 2, 7))),
                new Member("b", range(3, 1, 3, 2), new JsonArray(List.of(
                        new JsonBool(true, range(3, 5, 3, 9)),
                        new JsonNull(range(3, 11, 3, 12))), range(3, 4, 3, 13))),
                new Member("o", range(4, 1, 4, 2), new JsonObject(List.of(
                        new Member("k", range(5, 3, 5, 4), new JsonString("v", range(5, 6, 5, 7)))), range(5, 3, 5, 7)))),
                range(1, 1, 5, 7));
        assertEquals(expected, reader.read(text));
    }

    @Test
    void accountIdsAndDatesStayAsWritten() throws JsonReadException {
        JsonObject object = (JsonObject) reader.read("Account: 012345678901\nVersion: 2012-10-17\nId: 123456789012\n");

        assertEquals(new JsonString("012345678901", range(1, 10, 1, 22)), object.members().get(0).value());
        assertEquals(new JsonString("2012-10-17", range(2, 10, 2, 20)), object.members().get(1).value());
        assertEquals(new JsonNumber("123456789012", range(3, 5, 3, 17)), object.members().get(2).value());
    }

    @ParameterizedTest
    @CsvSource({
            "Sub, Fn::Sub", "Ref, Ref", "GetAtt, Fn::GetAtt", "Join, Fn::Join", "If, Fn::If", "Select, Fn::Select",
            "Split, Fn::Split", "FindInMap, Fn::FindInMap", "ImportValue, Fn::ImportValue", "Base64, Fn::Base64",
            "Cidr, Fn::Cidr", "GetAZs, Fn::GetAZs", "Equals, Fn::Equals", "And, Fn::And", "Or, Fn::Or", "Not, Fn::Not",
            "Condition, Condition"})
    void shortFormTagsBecomeTheirLongForm(String tag, String function) throws JsonReadException {
        JsonObject root = (JsonObject) reader.read("a: !" + tag + " x");

        int end = 7 + tag.length();
        JsonValue expected = new JsonObject(List.of(new Member(function, range(1, 4, 1, 5 + tag.length()),
                new JsonString("x", range(1, end - 1, 1, end)))), range(1, 4, 1, end));
        assertEquals(expected, root.members().get(0).value());
    }

    @Test
    void taggedCollectionsKeepTheirRanges() throws JsonReadException {
        String text = """
                a: !Join
                  - ''
                  - [x, !Ref y]
                b: !If [c, {}, {}]
                """;
        JsonObject root = (JsonObject) reader.read(text);

        JsonObject join = (JsonObject) root.members().get(0).value();
        assertEquals(range(1, 4, 3, 16), join.range());
        assertEquals(new Member("Fn::Join", range(1, 4, 1, 9), join.members().get(0).value()), join.members().get(0));
        JsonArray pieces = (JsonArray) ((JsonArray) join.members().get(0).value()).elements().get(1);
        assertEquals(new JsonObject(List.of(new Member("Ref", range(3, 9, 3, 13), new JsonString("y", range(3, 14, 3, 15)))),
                range(3, 9, 3, 15)), pieces.elements().get(1));
        // A flow sequence ends at its closing bracket, also after a tag.
        assertEquals(range(4, 4, 4, 19), root.members().get(1).value().range());
    }

    @Test
    void getAttShortFormIsSplitAtTheFirstDot() throws JsonReadException {
        JsonObject root = (JsonObject) reader.read("a: !GetAtt Db.Endpoint.Address\nb: !GetAtt [Role, Arn]\n");

        assertEquals(new JsonObject(List.of(new Member("Fn::GetAtt", range(1, 4, 1, 11), new JsonArray(List.of(
                        new JsonString("Db", range(1, 12, 1, 14)),
                        new JsonString("Endpoint.Address", range(1, 15, 1, 31))), range(1, 12, 1, 31)))), range(1, 4, 1, 31)),
                root.members().get(0).value());
        JsonArray listForm = (JsonArray) ((JsonObject) root.members().get(1).value()).members().get(0).value();
        assertEquals(List.of("Role", "Arn"), listForm.elements().stream().map(e -> ((JsonString) e).value()).toList());
    }

    @Test
    void unknownTagsAreErrors() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> reader.read("a: b\nc: !Foo x\n"));

        assertEquals(JsonReadException.Kind.MALFORMED, e.kind());
        assertEquals("malformed YAML: unknown tag !Foo", e.getMessage());
        assertEquals(SourceRange.at(2, 4), e.range());
    }

    @Test
    void aliasesAreRejectedAtTheFirstOne() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> reader.read("a: &x [1, 2]\nb: [*x, *x]\n"));

        assertEquals(JsonReadException.Kind.LIMIT_EXCEEDED, e.kind());
        assertEquals("YAML aliases (*x) are not supported", e.getMessage());
        assertEquals(SourceRange.at(2, 5), e.range());
    }

    @Test
    void aTabThatIndentsIsReportedWhereItIsNotWhereTheScannerStood() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> reader.read("rules:\n\tIAM201: warning\n"));

        assertEquals(JsonReadException.Kind.MALFORMED, e.kind());
        assertEquals("malformed YAML: while scanning for the next token; found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation)", e.getMessage());
        assertEquals(SourceRange.at(2, 1), e.range());
    }

    @Test
    void malformedYamlIsReportedWhereSnakeYamlStopped() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> reader.read("a: b\n c: d\n"));

        assertEquals(JsonReadException.Kind.MALFORMED, e.kind());
        assertEquals("malformed YAML: mapping values are not allowed here", e.getMessage());
        assertEquals(SourceRange.at(2, 3), e.range());
    }

    @Test
    void aSecondDocumentIsAnError() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> reader.read("a: 1\n---\nb: 2\n"));

        assertEquals("malformed YAML: unexpected content after the document", e.getMessage());
        assertEquals(SourceRange.at(3, 1), e.range());
    }

    @Test
    void anEmptyDocumentIsAnError() {
        JsonReadException e = assertThrows(JsonReadException.class, () -> reader.read("# nothing\n"));

        assertEquals("malformed YAML: document is empty", e.getMessage());
    }

    @Test
    void limitsAreThoseOfJson() {
        YamlReader small = new YamlReader(new JsonLimits(40, 3, 4));

        assertEquals(JsonReadException.Kind.LIMIT_EXCEEDED,
                assertThrows(JsonReadException.class, () -> small.read("a: " + "x".repeat(40))).kind());
        JsonReadException tooMany = assertThrows(JsonReadException.class, () -> small.read("[1, 2, 3, 4]"));
        assertEquals("document has more than 4 values", tooMany.getMessage());
        assertEquals(SourceRange.at(1, 11), tooMany.range());
        assertEquals(JsonReadException.Kind.LIMIT_EXCEEDED,
                assertThrows(JsonReadException.class, () -> small.read("[[[[1]]]]")).kind());
    }

    @Property(tries = 1000)
    void arbitraryTextIsReadOrRejectedButNeverThrowsAnythingElse(@ForAll String text) {
        try {
            reader.read(text);
        } catch (JsonReadException expected) {
            // Rejecting is fine; anything else escaping is the bug this property looks for.
        }
    }

    private static SourceRange range(int line, int column, int endLine, int endColumn) {
        return new SourceRange(line, column, endLine, endColumn);
    }
}
