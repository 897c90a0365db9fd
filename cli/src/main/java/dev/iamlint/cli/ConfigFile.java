package dev.iamlint.cli;

import dev.iamlint.config.ProjectConfig;
import dev.iamlint.lint.FileResult;
import dev.iamlint.rules.RuleRegistry;
import dev.iamlint.text.InvalidInputException;
import dev.iamlint.text.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds and reads the project's {@code .iamlint.yaml}; what it may say is {@link ProjectConfig}'s. */
final class ConfigFile {

    private ConfigFile() {}

    /** The nearest {@value ProjectConfig#FILE_NAME} in {@code directory} or above it. */
    static Optional<Path> find(Path directory) {
        return ProjectConfig.candidates(directory).stream().filter(Files::isRegularFile).findFirst();
    }

    /** @throws InputException if the file cannot be read or says something iamlint does not understand */
    static ProjectConfig load(Path file, RuleRegistry registry) {
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw InputException.error(file + ": cannot read the configuration: " + FileResult.reason(e));
        }
        try {
            return ProjectConfig.read(text, file.toString(), registry);
        } catch (InvalidInputException e) {
            throw InputException.located(e.all().stream()
                    .map(error -> error.source() + ":" + error.line() + ":" + error.column() + ": error: " + error.reason())
                    .toList());
        }
    }
}
