package dev.iamlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionValue;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Fixture-driven: each {@code parse/good|bad/NAME.json} has a {@code NAME.expected.json} with the
 * policy kind, the exact problems (code, severity, range, pointer, message) and a dump of every
 * located model element ({@link ModelDump}; an empty dump means no document was built).
 */
class PolicyParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PolicyParser PARSER = PolicyParser.withDefaults();

    @TestFactory
    Stream<DynamicTest> goodPoliciesParseWithoutProblems() throws IOException {
        return fixtures("good").map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
            assertTrue(fixture.expected().path("problems").isEmpty(), "a good fixture expects no problems");
            assertMatchesExpectations(fixture);
        }));
    }

    @TestFactory
    Stream<DynamicTest> badPoliciesGiveExactlyTheExpectedProblems() throws IOException {
        return fixtures("bad").map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
            assertFalse(fixture.expected().path("problems").isEmpty(), "a bad fixture expects problems");
            assertMatchesExpectations(fixture);
        }));
    }

    /**
     * A check independent of the expected files: every located string, cut out of the source by its
     * range, is the JSON token of its value, and its pointer leads to that value (or, for keys, ends
     * with that key). Fixtures with duplicate keys are left out, as pointers cannot tell those apart.
     */
    @TestFactory
    Stream<DynamicTest> locatedValuesMatchTheSourceAndTheirPointers() throws IOException {
        return Stream.concat(fixtures("good"), fixtures("bad"))
                .filter(fixture -> fixture.expectsDocument() && !fixture.expects(ProblemCode.DUPLICATE_KEY))
                .map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
                    PolicyDocument document = PARSER.parse(fixture.text(), fixture.kind()).document().orElseThrow();
                    JsonNode tree = JSON.readTree(fixture.text());
                    LocatedParts parts = LocatedParts.of(document);
                    for (Located<String> value : parts.values()) {
                        String token = slice(fixture.text(), value.range());
                        JsonNode parsedToken = JSON.readTree(token);
                        // Strings are compared unescaped; numbers and booleans by their raw token.
                        assertEquals(value.value(), parsedToken.isTextual() ? parsedToken.textValue() : token, value.toString());
                        JsonNode atPointer = tree.at(value.pointer());
                        if (atPointer.isNumber()) {
                            assertEquals(0, new BigDecimal(value.value()).compareTo(atPointer.decimalValue()), value.toString());
                        } else {
                            assertEquals(value.value(), atPointer.asText(), value.toString());
                        }
                    }
                    for (Located<String> key : parts.keys()) {
                        assertEquals(key.value(), JSON.readTree(slice(fixture.text(), key.range())).textValue(), key.toString());
                        String lastSegment = key.pointer().substring(key.pointer().lastIndexOf('/') + 1);
                        assertEquals(key.value(), lastSegment.replace("~1", "/").replace("~0", "~"), key.toString());
                        assertFalse(tree.at(key.pointer()).isMissingNode(), key.toString());
                    }
                }));
    }

    @Test
    void hundredThousandOpeningBracketsGiveALimitProblem() {
        ParseResult result = PARSER.parse("[".repeat(100_000), PolicyKind.IDENTITY);

        assertEquals(List.of("IAM002 1:66-1:66 document nesting depth (65) exceeds the maximum allowed (64)"), summaries(result));
        assertTrue(result.document().isEmpty());
    }

    @Test
    void twoMebibyteDocumentIsRejectedWithDefaultOptions() {
        String policy = policyOfAtLeast(2 << 20);

        ParseResult result = PARSER.parse(policy, PolicyKind.IDENTITY);

        assertEquals(List.of("IAM002 " + positionOf(policy, 1 << 20) + " document is longer than 1048576 characters"),
                summaries(result));
        assertTrue(result.document().isEmpty());
    }

    @Test
    void customLimitsApply() {
        String policy = policyOfAtLeast(2 << 20);
        ParseOptions roomy = ParseOptions.DEFAULTS.withMaxDocumentChars(4 << 20).withMaxElements(1_000_000);

        ParseResult large = new PolicyParser(roomy).parse(policy, PolicyKind.IDENTITY);
        ParseResult tight = new PolicyParser(ParseOptions.DEFAULTS.withMaxDocumentChars(100)).parse(policy, PolicyKind.IDENTITY);

        assertEquals(List.of(), large.problems());
        assertTrue(large.document().isPresent());
        assertEquals(List.of("IAM002 " + positionOf(policy, 100) + " document is longer than 100 characters"), summaries(tight));
    }

    @Test
    void depthAndElementLimitsAreConfigurable() {
        String policy = """
                {"Statement": {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "*"}}""";

        ParseResult shallow = new PolicyParser(ParseOptions.DEFAULTS.withMaxDepth(2)).parse(policy, PolicyKind.IDENTITY);
        ParseResult few = new PolicyParser(ParseOptions.DEFAULTS.withMaxElements(5)).parse(policy, PolicyKind.IDENTITY);

        assertEquals(List.of("IAM002 1:46-1:46 document nesting depth (3) exceeds the maximum allowed (2)"), summaries(shallow));
        assertEquals(List.of("IAM002 1:62-1:62 document has more than 5 JSON values"), summaries(few));
    }

    @Property
    void arbitraryTextNeverMakesTheParserThrow(@ForAll String text, @ForAll PolicyKind kind) {
        assertWellFormed(PARSER.parse(text, kind), text);
    }

    /** Policy-shaped JSON reaches the element readers, where plain random text rarely gets. */
    @Property
    void policyShapedJsonNeverMakesTheParserThrow(@ForAll("policyShapedJson") String text, @ForAll PolicyKind kind) {
        ParseResult result = PARSER.parse(text, kind);

        assertWellFormed(result, text);
        assertEquals(text.startsWith("{"), result.document().isPresent(), text);
    }

    private static void assertWellFormed(ParseResult result, String text) {
        Comparator<SourceRange> sourceOrder = Comparator.comparingInt(SourceRange::line).thenComparingInt(SourceRange::column);
        List<SourceRange> ranges = result.problems().stream().map(Problem::range).toList();
        assertEquals(ranges.stream().sorted(sourceOrder).toList(), ranges, text);
        for (Problem problem : result.problems()) {
            assertTrue(problem.range().line() >= 1 && problem.range().column() >= 1, problem + " in " + text);
            assertFalse(problem.message().isBlank(), text);
        }
        assertTrue(result.document().isPresent() || result.hasErrors(), text);
    }

    @Provide
    Arbitrary<String> policyShapedJson() {
        return object(4);
    }

    private static Arbitrary<String> object(int depth) {
        Arbitrary<String> key = Arbitraries.of("Version", "Id", "Statement", "Sid", "Effect", "Principal", "NotPrincipal",
                "Action", "NotAction", "Resource", "NotResource", "Condition", "AWS", "Service", "CanonicalUser",
                "StringEquals", "ForAnyValue:StringLike", "NullIfExists", "aws:SourceVpce", "aws:Tag/a~b", "effect", "Foo");
        return Combinators.combine(key, value(depth - 1)).as((k, v) -> '"' + k + "\":" + v)
                .list().ofMaxSize(5).map(members -> "{" + String.join(",", members) + "}");
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.of("\"*\"", "\"Allow\"", "\"allow\"", "\"Deny\"", "\"2012-10-17\"",
                "\"s3:GetObject\"", "\"\"", "123456789012", "1.50", "true", "false", "null");
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(3).map(elements -> "[" + String.join(",", elements) + "]");
        return Arbitraries.frequencyOf(
                Tuple.of(3, scalar), Tuple.of(1, array), Tuple.of(3, object(depth)));
    }

    private static void assertMatchesExpectations(Fixture fixture) {
        ParseResult result = PARSER.parse(fixture.text(), fixture.kind());

        List<String> expectedProblems = new ArrayList<>();
        for (JsonNode problem : fixture.expected().path("problems")) {
            expectedProblems.add(problem.path("code").asText() + " " + problem.path("severity").asText() + " "
                    + new SourceRange(problem.path("line").asInt(), problem.path("column").asInt(),
                            problem.path("endLine").asInt(), problem.path("endColumn").asInt())
                    + " " + problem.path("pointer").asText() + " " + problem.path("message").asText());
        }
        List<String> actualProblems = result.problems().stream()
                .map(p -> p.code().id() + " " + p.severity() + " " + p.range() + " " + p.pointer() + " " + p.message())
                .toList();
        assertEquals(expectedProblems, actualProblems, "problems");

        List<String> expectedModel = new ArrayList<>();
        fixture.expected().path("model").forEach(line -> expectedModel.add(line.asText()));
        assertEquals(expectedModel, ModelDump.of(result.document()), "model");
    }

    private record Fixture(String name, String text, PolicyKind kind, JsonNode expected) {

        boolean expectsDocument() {
            return !expected.path("model").isEmpty();
        }

        boolean expects(ProblemCode code) {
            for (JsonNode problem : expected.path("problems")) {
                if (problem.path("code").asText().equals(code.id())) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Stream<Fixture> fixtures(String folder) throws IOException {
        Path directory;
        try {
            directory = Path.of(PolicyParserTest.class.getResource("/parse/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") && !name.endsWith(".expected.json")) {
                    JsonNode expected = JSON.readTree(file.resolveSibling(name.replace(".json", ".expected.json")).toFile());
                    fixtures.add(new Fixture(folder + "/" + name, Files.readString(file),
                            PolicyKind.valueOf(expected.path("kind").asText()), expected));
                }
            }
        }
        assertFalse(fixtures.isEmpty(), "no fixtures in " + directory);
        return fixtures.stream();
    }

    /** The located strings of a document, split into values (pointer leads to them) and keys. */
    private record LocatedParts(List<Located<String>> values, List<Located<String>> keys) {

        static LocatedParts of(PolicyDocument document) {
            LocatedParts parts = new LocatedParts(new ArrayList<>(), new ArrayList<>());
            document.version().ifPresent(parts.values()::add);
            document.id().ifPresent(parts.values()::add);
            for (Statement statement : document.statements()) {
                statement.sid().ifPresent(parts.values()::add);
                statement.effect().ifPresent(parts.values()::add);
                statement.action().ifPresent(a -> parts.values().addAll(a.values()));
                statement.resource().ifPresent(r -> parts.values().addAll(r.values()));
                statement.principal().ifPresent(p -> {
                    if (p.value() instanceof PrincipalValue.ByType byType) {
                        for (PrincipalValue.Entry entry : byType.entries()) {
                            parts.keys().add(entry.type());
                            parts.values().addAll(entry.values());
                        }
                    }
                });
                for (Condition condition : statement.conditions()) {
                    parts.keys().add(condition.operator());
                    parts.keys().add(condition.key());
                    for (Located<ConditionValue> value : condition.values()) {
                        parts.values().add(new Located<>(value.value().text(), value.range(), value.pointer()));
                    }
                }
            }
            return parts;
        }
    }

    private static String slice(String text, SourceRange range) {
        assertEquals(range.line(), range.endLine(), "single-line token " + range);
        String line = text.lines().skip(range.line() - 1).findFirst().orElseThrow();
        return line.substring(range.column() - 1, range.endColumn() - 1);
    }

    private static List<String> summaries(ParseResult result) {
        return result.problems().stream().map(p -> p.code().id() + " " + p.range() + " " + p.message()).toList();
    }

    /** A valid identity policy, one action per line, at least {@code chars} long. */
    private static String policyOfAtLeast(int chars) {
        StringBuilder policy = new StringBuilder("{\n  \"Statement\": {\n    \"Effect\": \"Allow\",\n    \"Resource\": \"*\",\n    \"Action\": [\n");
        for (int i = 0; policy.length() < chars; i++) {
            policy.append("      \"s3:GetObject").append(i).append("\",\n");
        }
        return policy.append("      \"s3:PutObject\"\n    ]\n  }\n}\n").toString();
    }

    /** {@code line:column-line:column} (empty range) of a char offset in LF-separated text. */
    private static String positionOf(String text, int offset) {
        int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - text.lastIndexOf('\n', offset - 1);
        return SourceRange.at(line, column).toString();
    }
}
