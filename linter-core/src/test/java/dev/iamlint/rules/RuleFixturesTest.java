package dev.iamlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.lint.LintResult;
import dev.iamlint.lint.Linter;
import dev.iamlint.lint.SourceText;
import dev.iamlint.parse.PolicyParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule against its fixtures in {@code rules/<ID>/}: each file in {@code good/} gives no
 * finding of that rule; each file in {@code bad/} gives exactly the findings (positions and
 * messages) of its {@code NAME.expected.json}.
 */
class RuleFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyRuleMeetsItsFixtures() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleRegistry.builtin().rules()) {
            String id = rule.descriptor().id();
            Linter linter = new Linter(RuleRegistry.of(List.of(rule)), ActionCatalog.bundled(), PolicyParser.withDefaults());
            for (Path good : fixtures(id, "good")) {
                tests.add(DynamicTest.dynamicTest(id + " good/" + good.getFileName(),
                        () -> assertEquals(List.of(), findings(linter, good, id), "no " + id + " finding expected")));
            }
            for (Path bad : fixtures(id, "bad")) {
                tests.add(DynamicTest.dynamicTest(id + " bad/" + bad.getFileName(),
                        () -> assertEquals(expected(bad), findings(linter, bad, id))));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    /** The fixture files of a rule, without the expectation files. */
    static List<Path> fixtures(String ruleId, String kind) {
        Path folder = root().resolve(ruleId).resolve(kind);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A finding as the expectation files spell it. */
    private record Expected(int line, int column, int endLine, int endColumn, String message) {}

    private static List<Expected> findings(Linter linter, Path file, String ruleId) throws IOException {
        LintResult result = linter.lint(List.of(new SourceText(file.getFileName().toString(), Files.readString(file))),
                LintConfig.DEFAULTS);
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .map(f -> new Expected(f.range().line(), f.range().column(), f.range().endLine(), f.range().endColumn(), f.message()))
                .toList();
    }

    private static List<Expected> expected(Path bad) throws IOException {
        Path file = bad.resolveSibling(bad.getFileName().toString().replace(".json", ".expected.json"));
        List<Expected> expected = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(file.toFile()).get("findings")) {
            expected.add(new Expected(finding.get("line").asInt(), finding.get("column").asInt(),
                    finding.get("endLine").asInt(), finding.get("endColumn").asInt(), finding.get("message").asText()));
        }
        return expected;
    }
}
