package dev.iamlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which files {@code iamlint lint} reads, and templates and plans linted through the command line. */
class PolicyFilesTest {

    // Surefire runs in the module folder (cli/); the IaC fixtures are linter-core's.
    private static final String IAC = "../linter-core/src/test/resources/iac/";
    private static final String TOKEN_ONLY = "../linter-core/src/test/resources/lint/iac/token-only-node-role.template.yaml";

    @Test
    void directoriesYieldJsonAndYamlTemplatesButNoOtherYaml(@TempDir Path dir) throws IOException {
        for (String name : List.of("a.json", "b.template.yaml", "c.template.yml", "d.tfplan.json", "e.yaml", "f.txt")) {
            Files.writeString(dir.resolve(name), "{}");
        }

        PolicyFiles.Collected collected = PolicyFiles.collect(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]));

        assertEquals(List.of("a.json", "b.template.yaml", "c.template.yml", "d.tfplan.json"),
                collected.sources().stream().map(s -> Path.of(s.path()).getFileName().toString()).toList());
    }

    @Test
    void aTokenOnlyNodeRoleInATemplateIsEcr001AtTheTemplateLine() {
        CliRun run = LintCommandTest.lint("--require", "ecr-pull", TOKEN_ONLY);

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().contains(Path.of(TOKEN_ONLY).normalize() + ":19:"), run::toString);
        assertTrue(run.out().contains(" ECR001 "), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cloudformation/node-role.template.yaml", "cloudformation/node-role.template.json",
        "terraform/node-role.tfplan.json"})
    void aNodeRoleWithThePullOnlyPolicyHasNoEcrFinding(String file) {
        CliRun run = LintCommandTest.lint("--format", "json", "--require", "ecr-pull", IAC + file);

        JsonNode report = run.json();
        assertEquals(1, report.get("files").size(), run::toString);
        assertEquals(List.of(), report.get("findings").findValuesAsText("ruleId").stream().filter(id -> id.startsWith("ECR")).toList(),
                run::toString);
        assertEquals(1, report.get("requirements").size(), run::toString);
    }
}
