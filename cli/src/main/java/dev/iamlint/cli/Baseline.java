package dev.iamlint.cli;

import dev.iamlint.lint.FileResult;
import dev.iamlint.rules.Finding;
import dev.iamlint.text.InvalidInputException;
import dev.iamlint.text.Utf8Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code --baseline} and {@code --write-baseline}: the files of {@link dev.iamlint.config.Baseline}. */
final class Baseline {

    private Baseline() {}

    /** @throws InputException if the file cannot be read or is not a baseline */
    static Set<String> read(Path file) {
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw InputException.error("--baseline " + file + ": " + FileResult.reason(e));
        }
        try {
            return dev.iamlint.config.Baseline.read(text, file.toString());
        } catch (InvalidInputException e) {
            throw InputException.error("--baseline " + file + ": not an iamlint baseline: " + e.reason());
        }
    }

    /**
     * Writes the findings' fingerprints, one entry per fingerprint, to {@code file} or, when it is
     * {@code -}, to {@code standardOutput}; returns how many entries it wrote.
     */
    static int write(Path file, PrintWriter standardOutput, List<Finding> findings) throws IOException {
        String text = dev.iamlint.config.Baseline.write(findings);
        if (LintCommand.isStandardOutput(file)) {
            standardOutput.print(text);
            standardOutput.flush();
        } else {
            LintCommand.createParentDirectories(file);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return dev.iamlint.config.Baseline.entries(findings).size();
    }
}
