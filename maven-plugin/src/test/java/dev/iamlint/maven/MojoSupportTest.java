package dev.iamlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.lint.FailOn;
import dev.iamlint.lint.FileResult;
import dev.iamlint.lint.LintResult;
import dev.iamlint.maven.MojoSupport.ReportFormat;
import dev.iamlint.parse.ProblemCode;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MojoSupportTest {

    private static Finding finding(Severity severity) {
        return new Finding(RuleDescriptor.of(ProblemCode.MALFORMED_JSON), severity, "broken", "src/main/iam/p.json",
                new SourceRange(3, 7, 3, 9), "/Statement", Optional.empty());
    }

    private static LintResult result(Severity... severities) {
        List<Finding> findings = Arrays.stream(severities).map(MojoSupportTest::finding).toList();
        return new LintResult(findings, List.of(new FileResult("src/main/iam/p.json", FileResult.Kind.IDENTITY_POLICY,
                Optional.empty())), List.of());
    }

    @ParameterizedTest
    @CsvSource({
        "error,   ERROR,   true",
        "error,   WARNING, false",
        "warning, ERROR,   true",
        "warning, WARNING, true",
        "warning, NOTE,    false",
        "note,    NOTE,    true",
        "none,    ERROR,   false",
    })
    void failsWhenAFindingReachesTheThreshold(FailOn failOn, Severity severity, boolean fails) {
        assertEquals(fails, MojoSupport.decide(result(severity), failOn).failed());
    }

    @Test
    void failureNamesTheCountOfFindingsAtOrAboveTheThreshold() {
        MojoSupport.Outcome outcome = MojoSupport.decide(result(Severity.ERROR, Severity.ERROR, Severity.NOTE), FailOn.error);
        assertTrue(outcome.failed());
        assertEquals("iamlint: 2 findings at or above error (2 errors, 0 warnings, 1 note in 1 file)", outcome.summary());
    }

    @Test
    void anUnreadableInputFailsWhateverTheThreshold() {
        LintResult clean = result(Severity.NOTE);
        List<FileResult> files = List.of(clean.files().get(0),
                new FileResult("src/main/iam/latin1.json", FileResult.Kind.ERROR, Optional.of("not valid UTF-8 at line 1, column 3")));
        LintResult withUnreadable = new LintResult(clean.findings(), files, List.of());

        MojoSupport.Outcome outcome = MojoSupport.decide(withUnreadable, FailOn.none);

        assertTrue(outcome.failed());
        assertEquals("iamlint: 1 input could not be read (0 errors, 0 warnings, 1 note in 1 file)", outcome.summary());
        assertEquals("iamlint: 1 input could not be read, 1 finding at or above note (0 errors, 0 warnings, 1 note in 1 file)",
                MojoSupport.decide(withUnreadable, FailOn.note).summary());
        assertEquals(Path.of("/repo/src/main/iam/latin1.json") + ": not valid UTF-8 at line 1, column 3",
                MojoSupport.describe(files.get(1), Path.of("/repo")));
    }

    @Test
    void failOnIgnoresCaseAndNamesTheValuesItTakes() {
        assertEquals(FailOn.warning, MojoSupport.failOn(" WARNING "));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MojoSupport.failOn("warnings"));
        assertEquals("unknown failOn \"warnings\" (known: [error, warning, note, none])", error.getMessage());
    }

    @Test
    void cleanResultSummarisesWithoutFailing() {
        MojoSupport.Outcome outcome = MojoSupport.decide(result(), FailOn.note);
        assertFalse(outcome.failed());
        assertEquals("iamlint: 0 errors, 0 warnings, 0 notes in 1 file", outcome.summary());
    }

    @Test
    void describesAFindingAsPathLineColumnIdMessage() {
        assertEquals(Path.of("/repo/src/main/iam/p.json") + ":3:7 IAM001 broken",
                MojoSupport.describe(finding(Severity.ERROR), Path.of("/repo")));
    }

    @Test
    void describesControlCharactersFromTheInputAsPrintable() {
        Finding finding = new Finding(RuleDescriptor.of(ProblemCode.MALFORMED_JSON), Severity.ERROR, "bad \u001b[31mkey",
                "src/main/iam/p\n.json", new SourceRange(1, 2, 1, 3), "", Optional.empty());
        assertEquals(Path.of("/repo/src/main/iam/p?.json") + ":1:2 IAM001 bad ?[31mkey",
                MojoSupport.describe(finding, Path.of("/repo")));
    }

    @Test
    void describesTheFixIndentedBelowTheFinding() {
        Fix fix = new Fix("Attach the managed policy or add a policy", List.of(
                new Fix.Option("Attach AmazonEC2ContainerRegistryPullOnly", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"),
                new Fix.Option("Add the policy", "{\n\n    \"Version\": \"2012-10-17\"\n}\n")));
        Finding finding = new Finding(RuleDescriptor.of(ProblemCode.MALFORMED_JSON), Severity.ERROR, "broken",
                "p.json", new SourceRange(1, 1, 1, 2), "", Optional.of(fix));
        assertEquals(List.of(
                "    fix: Attach the managed policy or add a policy",
                "      Attach AmazonEC2ContainerRegistryPullOnly:",
                "        arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
                "      Add the policy:",
                "        {",
                "",
                "            \"Version\": \"2012-10-17\"",
                "        }"), MojoSupport.describeFix(finding));
        assertEquals(List.of(), MojoSupport.describeFix(finding(Severity.ERROR)));
    }

    @Test
    void parsesCommaSeparatedRequirementsAndRejectsUnknownOnes() {
        assertEquals(2, MojoSupport.requirements(" ecr-pull, ecr-public-pull ,").size());
        assertEquals(List.of(), MojoSupport.requirements(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MojoSupport.requirements("ecr-push"));
        assertTrue(e.getMessage().contains("ecr-push"), e.getMessage());
    }

    @Test
    void rejectsAnImageOutsideEcr() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MojoSupport.targets("docker.io/library/nginx:1"));
        assertTrue(e.getMessage().contains("docker.io"), e.getMessage());
    }

    @Test
    void parsesReportFormatsIgnoringCaseAndDuplicates() {
        assertEquals(List.of(ReportFormat.sarif, ReportFormat.json), MojoSupport.formats("SARIF,json,sarif"));
        assertThrows(IllegalArgumentException.class, () -> MojoSupport.formats("html"));
    }

    @Test
    void collectsDefaultIncludesAndSkipsFoldersThatAreNotTheProjects(@TempDir Path project) throws IOException {
        for (String file : List.of("src/main/iam/node.json", "src/main/iam/README.md", "src/main/iam/.gitkeep",
                "src/main/iam/stacks/nodes.yaml", "stack.template.json", "infra/app.template.yml",
                "cdk.out/App.template.json", "plan/main.tfplan.json", "target/copy.template.json", "pom.xml",
                "src/main/resources/config.json", "node_modules/aws-cdk-lib/x.template.json", ".git/y.template.json",
                "module/pom.xml", "module/infra/z.template.json")) {
            Path path = project.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "{}");
        }
        List<String> collected = MojoSupport.collect(project, MojoSupport.DEFAULT_INCLUDES, MojoSupport.DEFAULT_EXCLUDES)
                .stream().map(p -> p.toString().replace('\\', '/')).toList();
        assertEquals(List.of("cdk.out/App.template.json", "infra/app.template.yml", "plan/main.tfplan.json",
                "src/main/iam/node.json", "src/main/iam/stacks/nodes.yaml", "stack.template.json"), collected);
    }

    @Test
    void aFolderWildcardAlsoMatchesNoFolderAsInAnt(@TempDir Path project) throws IOException {
        for (String file : List.of("infra/a.json", "infra/x/y/b.json", "infra/c.txt", "other/d.json")) {
            Path path = project.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "{}");
        }
        List<String> collected = MojoSupport.collect(project, List.of("infra/**/*.json"), List.of("**/y/**"))
                .stream().map(p -> p.toString().replace('\\', '/')).toList();

        assertEquals(List.of("infra/a.json"), collected);
        assertEquals(Set.of("**/a/**/b", "a/**/b", "**/a/b", "a/b"), MojoSupport.withEmptyFolders("**/a/**/b"));
    }
}
