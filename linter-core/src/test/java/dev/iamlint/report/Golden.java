package dev.iamlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected outputs in {@code src/test/resources/report/expected/}. Run with
 * {@code -Diamlint.updateSnapshots=true} to rewrite them from the current output, then review the diff.
 */
final class Golden {

    // Surefire runs in the module folder (linter-core/).
    private static final Path FOLDER = Path.of("src", "test", "resources", "report", "expected");

    private Golden() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("iamlint.updateSnapshots")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                name + " differs; if the change is intended, rerun with -Diamlint.updateSnapshots=true and review the diff");
    }
}
