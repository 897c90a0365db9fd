package dev.iamlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.lint.FileResult;
import dev.iamlint.lint.LintResult;
import dev.iamlint.maven.MojoSupport.FailOn;
import dev.iamlint.maven.MojoSupport.ReportFormat;
import dev.iamlint.parse.ProblemCode;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
    void collectsDefaultIncludesAndSkipsTheBuildFolder(@TempDir Path project) throws IOException {
        for (String file : List.of("src/main/iam/node.json", "stack.template.json", "infra/app.template.yml",
                "cdk.out/App.template.json", "plan/main.tfplan.json", "target/copy.template.json", "pom.xml",
                "src/main/resources/config.json")) {
            Path path = project.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "{}");
        }
        List<String> collected = MojoSupport.collect(project, MojoSupport.DEFAULT_INCLUDES, MojoSupport.DEFAULT_EXCLUDES)
                .stream().map(p -> p.toString().replace('\\', '/')).toList();
        assertEquals(List.of("cdk.out/App.template.json", "infra/app.template.yml", "plan/main.tfplan.json",
                "src/main/iam/node.json", "stack.template.json"), collected);
    }
}
