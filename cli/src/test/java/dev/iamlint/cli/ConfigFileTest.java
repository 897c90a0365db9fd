package dev.iamlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code .iamlint.yaml} is found: in the working directory or the nearest one above it. */
class ConfigFileTest {

    @Test
    void findTakesTheNearestFileAtOrAboveTheDirectory(@TempDir Path root) throws IOException {
        Path deep = Files.createDirectories(root.resolve("a/b/c"));
        Files.writeString(root.resolve(".iamlint.yaml"), "");
        Files.writeString(root.resolve("a/b/.iamlint.yaml"), "");

        assertEquals(Optional.of(root.resolve("a/b/.iamlint.yaml")), ConfigFile.find(deep));
        assertEquals(Optional.of(root.resolve(".iamlint.yaml")), ConfigFile.find(root.resolve("a")));
    }

    /**
     * The working directory of a JVM cannot change, so this runs {@code iamlint lint} in a child
     * JVM started in a sub-directory of a project whose .iamlint.yaml turns IAM201 off.
     */
    @Test
    void lintUsesTheConfigurationAboveTheWorkingDirectory(@TempDir Path project) throws Exception {
        Files.copy(Path.of(LintCommandTest.config("iam201-off.yaml")), project.resolve(".iamlint.yaml"));
        Path policies = Files.createDirectories(project.resolve("policies/team"));
        Files.copy(Path.of(LintCommandTest.ADMIN), policies.resolve("admin.json"));

        Outcome withConfig = iamlint(policies, "lint", "admin.json");
        Outcome explicit = iamlint(policies, "lint", "--config", project.resolve("missing.yaml").toString(), "admin.json");
        Files.delete(project.resolve(".iamlint.yaml"));
        Outcome without = iamlint(policies, "lint", "--config", Path.of(LintCommandTest.config("empty.yaml")).toAbsolutePath().toString(),
                "admin.json");

        assertEquals(new Outcome(0, "0 errors, 0 warnings, 0 notes in 1 file\n"), withConfig);
        assertEquals(2, explicit.exitCode(), "--config wins over the lookup, and must exist: " + explicit);
        assertEquals(1, without.exitCode(), without::toString);
    }

    private record Outcome(int exitCode, String output) {}

    private static Outcome iamlint(Path workingDirectory, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("iamlint did not finish: " + output);
        }
        return new Outcome(process.exitValue(), output);
    }
}
