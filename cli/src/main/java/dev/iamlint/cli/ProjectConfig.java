package dev.iamlint.cli;

import dev.iamlint.config.InvalidConfigException;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The project's {@code .iamlint.yaml} as the CLI finds and reads it; what it may say is
 * {@link dev.iamlint.config.ProjectConfig}'s, which this holds.
 */
record ProjectConfig(dev.iamlint.config.ProjectConfig settings) {

    static final String FILE_NAME = dev.iamlint.config.ProjectConfig.FILE_NAME;
    static final ProjectConfig NONE = new ProjectConfig(dev.iamlint.config.ProjectConfig.NONE);

    LintConfig lint() {
        return settings.lint();
    }

    List<Requirement> requirements() {
        return settings.requirements();
    }

    List<RequirementTarget> targets() {
        return settings.targets();
    }

    /** The nearest {@value #FILE_NAME} in {@code directory} or above it. */
    static Optional<Path> find(Path directory) {
        for (Path dir = directory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** @throws InputException if the file cannot be read or says something iamlint does not understand */
    static ProjectConfig load(Path file, RuleRegistry registry) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputException.error(file + ": cannot read the configuration: " + PolicyFiles.reason(e));
        }
        try {
            return new ProjectConfig(dev.iamlint.config.ProjectConfig.read(text, file.toString(), registry));
        } catch (InvalidConfigException e) {
            throw InputException.located(List.of(e.source() + ":" + e.line() + ":" + e.column() + ": error: " + e.reason()));
        }
    }
}
