package dev.iamlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.eval.Caller;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.lint.LintRequest;
import dev.iamlint.lint.LintResult;
import dev.iamlint.lint.Linter;
import dev.iamlint.lint.SourceText;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.requirement.CheckOptions;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule against its fixtures in {@code rules/<ID>/}: each file in {@code good/} gives no
 * finding of that rule; each file in {@code bad/} gives exactly the findings (positions and
 * messages, and path when the expectation names one) of its {@code NAME.expected.json}.
 *
 * <p>A fixture may come with {@code NAME.options.json}, which checks it against requirements:
 * {@code {"require": ["ecr-pull"], "images": [...], "repositories": [...], "caller": "arn:...",
 * "boundary": "support/FILE.json", "repositoryPolicy": "support/FILE.json", "flags": [...]}}, every
 * field optional. Boundary and repository policy paths are relative to the rule's folder; their
 * findings name that relative path. Files in {@code support/} are never fixtures themselves.
 *
 * <p>The ECR rules split the causes of a failing pull between them, so that one problem gives one
 * finding: each bad fixture of an ECR rule gives findings of that ECR rule only.
 */
class RuleFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPECTED = ".expected.json";
    private static final String OPTIONS = ".options.json";
    private static final Set<String> OPTION_FIELDS = Set.of("require", "images", "repositories", "caller", "boundary",
            "repositoryPolicy", "flags");

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

    @TestFactory
    Stream<DynamicTest> everyEcrBadFixtureIsOneProblemForTheEcrRules() {
        List<Rule> ecrRules = RuleRegistry.builtin().rules().stream().filter(r -> r.descriptor().id().startsWith("ECR")).toList();
        Linter linter = new Linter(RuleRegistry.of(ecrRules), ActionCatalog.bundled(), PolicyParser.withDefaults());
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : ecrRules) {
            String id = rule.descriptor().id();
            for (Path bad : fixtures(id, "bad")) {
                tests.add(DynamicTest.dynamicTest(id + " bad/" + bad.getFileName() + " alone", () -> {
                    List<String> others = linter.lint(request(bad)).findings().stream()
                            .filter(f -> !f.ruleId().equals(id)).map(f -> f.ruleId() + " " + f.message()).toList();
                    assertEquals(List.of(), others, "only " + id + " findings expected");
                }));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    /** The fixture files of a rule, without the expectation and option files. */
    static List<Path> fixtures(String ruleId, String kind) {
        Path folder = root().resolve(ruleId).resolve(kind);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(EXPECTED) && !f.toString().endsWith(OPTIONS))
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
    private record Expected(String path, int line, int column, int endLine, int endColumn, String message) {}

    private static List<Expected> findings(Linter linter, Path file, String ruleId) throws IOException {
        LintResult result = linter.lint(request(file));
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId))
                .map(f -> new Expected(f.path(), f.range().line(), f.range().column(), f.range().endLine(), f.range().endColumn(),
                        f.message()))
                .toList();
    }

    /** The lint request of a fixture: rules only, or with the requirements of its options file. */
    private static LintRequest request(Path file) throws IOException {
        LintRequest request = LintRequest.of(List.of(new SourceText(file.getFileName().toString(), Files.readString(file))),
                LintConfig.DEFAULTS);
        Path optionsFile = sibling(file, OPTIONS);
        if (!Files.exists(optionsFile)) {
            return request;
        }
        JsonNode options = JSON.readTree(optionsFile.toFile());
        for (Iterator<String> fields = options.fieldNames(); fields.hasNext();) {
            String field = fields.next();
            assertTrue(OPTION_FIELDS.contains(field), optionsFile + ": unknown option " + field + " (known: " + OPTION_FIELDS + ")");
        }
        List<Requirement> requirements = strings(options, "require").stream().map(Requirements::builtin).toList();
        List<RequirementTarget> targets = new ArrayList<>();
        strings(options, "images").forEach(image -> targets.add(RequirementTarget.fromImage(image)));
        strings(options, "repositories").forEach(arn -> targets.add(RequirementTarget.fromRepositoryArn(arn)));
        CheckOptions checkOptions = CheckOptions.DEFAULTS;
        for (String flag : strings(options, "flags")) {
            checkOptions = checkOptions.withFlag(flag);
        }
        Path ruleFolder = file.getParent().getParent();
        return request.withRequirements(requirements, targets)
                .withCaller(Optional.ofNullable(options.get("caller")).map(caller -> Caller.parse(caller.asText())))
                .withPermissionsBoundary(support(ruleFolder, options.get("boundary")))
                .withRepositoryPolicy(support(ruleFolder, options.get("repositoryPolicy")))
                .withCheckOptions(checkOptions);
    }

    private static List<String> strings(JsonNode options, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = options.get(field);
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    /** A policy of the rule's folder, named by its path relative to that folder. */
    private static Optional<SourceText> support(Path ruleFolder, JsonNode relative) throws IOException {
        if (relative == null) {
            return Optional.empty();
        }
        return Optional.of(new SourceText(relative.asText(), Files.readString(ruleFolder.resolve(relative.asText()))));
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName().toString().replace(".json", suffix));
    }

    private static List<Expected> expected(Path bad) throws IOException {
        List<Expected> expected = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(sibling(bad, EXPECTED).toFile()).get("findings")) {
            String path = finding.has("path") ? finding.get("path").asText() : bad.getFileName().toString();
            expected.add(new Expected(path, finding.get("line").asInt(), finding.get("column").asInt(),
                    finding.get("endLine").asInt(), finding.get("endColumn").asInt(), finding.get("message").asText()));
        }
        return expected;
    }
}
