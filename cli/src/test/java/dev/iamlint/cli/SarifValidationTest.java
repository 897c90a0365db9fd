package dev.iamlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * iamlint's SARIF passes Microsoft's SARIF multitool ({@code validate}: the SARIF 2.1.0 schema
 * plus its rules for well-formed logs) without errors. The tool comes from npm
 * ({@code @microsoft/sarif-multitool}); the cli build installs the pinned version
 * ({@code src/test/tools/install-sarif-multitool}) and passes its path as
 * {@code -Diamlint.sarifMultitool=PATH}. Without the tool this test fails rather than pass unseen.
 */
class SarifValidationTest {

    private static final String TOOL_PROPERTY = "iamlint.sarifMultitool";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sarifReportHasNoValidationErrors(@TempDir Path dir) throws Exception {
        Path tool = multitool();
        Path sarif = dir.resolve("iamlint.sarif");
        Path validation = dir.resolve("validation.sarif");
        // The token-only policy with --require ecr-pull: the case iamlint exists for, with its fixes.
        CliRun lint = LintCommandTest.lint("--format", "sarif", "--output", sarif.toString(),
                "--require", "ecr-pull", "--image", "111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2",
                LintCommandTest.ADMIN, LintCommandTest.MALFORMED, LintCommandTest.NOT_A_POLICY, LintCommandTest.LINT + "token-only.json",
                LintCommandTest.LINT + "missing.json");
        assertEquals(2, lint.exitCode(), "the run has findings and an unreadable input: " + lint);
        assertTrue(JSON.readTree(sarif.toFile()).get("runs").get(0).get("results").size() >= 3, lint::toString);

        List<String> command = List.of(tool.toString(), "validate", sarif.toString(), "--output", validation.toString(),
                "--log", "ForceOverwrite");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the SARIF multitool did not finish:\n" + console);
        }

        assertEquals(0, process.exitValue(), console);
        JsonNode validationRun = JSON.readTree(validation.toFile()).get("runs").get(0);
        assertTrue(validationRun.get("invocations").get(0).get("executionSuccessful").asBoolean(), console);
        List<String> errors = new ArrayList<>();
        for (JsonNode result : validationRun.path("results")) {
            // SARIF's default level is warning.
            if (result.path("level").asText("warning").equals("error")) {
                errors.add(result.get("ruleId").asText() + " " + result.path("message").path("arguments"));
            }
        }
        assertEquals(List.of(), errors, console + "\n" + Files.readString(sarif));
    }

    private static Path multitool() {
        String configured = System.getProperty(TOOL_PROPERTY);
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        throw new AssertionError("the SARIF multitool is not at " + configured + ": run the tests with Maven, whose"
                + " cli build installs it (src/test/tools/install-sarif-multitool), or point -D" + TOOL_PROPERTY + "=PATH at it");
    }
}
