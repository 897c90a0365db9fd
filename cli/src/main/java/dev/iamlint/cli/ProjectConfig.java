package dev.iamlint.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.RuleRegistry;
import dev.iamlint.source.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A project's {@code .iamlint.yaml}: rules turned off or given another severity, paths ignored
 * for some rules, and the requirements and images checked by default.
 *
 * <pre>
 * rules:
 *   IAM201: warning          # or AllActions: off / error / warning / note
 * ignore:
 *   - path: "legacy/**"      # a glob over the paths as reported
 *     rules: [IAM201]        # every rule when left out
 * require: [ecr-pull]
 * images: ["111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2"]
 * </pre>
 *
 * Read with Jackson's streaming YAML parser, so that every error names the file, line and column;
 * unknown keys are errors, as a misspelt key would otherwise be silently ignored.
 */
record ProjectConfig(LintConfig lint, List<Requirement> requirements, List<RequirementTarget> targets) {

    static final String FILE_NAME = ".iamlint.yaml";
    static final ProjectConfig NONE = new ProjectConfig(LintConfig.DEFAULTS, List.of(), List.of());

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final List<String> KEYS = List.of("rules", "ignore", "require", "images");

    ProjectConfig {
        requirements = List.copyOf(requirements);
        targets = List.copyOf(targets);
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
        try (JsonParser parser = YAML.createParser(text)) {
            return new Reader(file.toString(), parser, registry).read();
        } catch (JacksonException e) {
            throw yamlError(file.toString(), e);
        } catch (IOException e) {
            throw InputException.error(file + ": " + e.getMessage());
        }
    }

    private static InputException yamlError(String file, JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
            return located(file, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1,
                    "invalid YAML: " + context + yaml.getProblem());
        }
        JsonLocation at = e.getLocation();
        return located(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "invalid YAML: " + e.getOriginalMessage());
    }

    private static InputException located(String file, int line, int column, String message) {
        return InputException.located(List.of(file + ":" + line + ":" + column + ": error: " + message));
    }

    /** One pass over the token stream; each method starts on its value's first token. */
    private static final class Reader {
        private final String file;
        private final JsonParser parser;
        private final RuleRegistry registry;
        private final Set<String> disabled = new HashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private final List<LintConfig.Ignore> ignores = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<RequirementTarget> targets = new ArrayList<>();

        Reader(String file, JsonParser parser, RuleRegistry registry) {
            this.file = file;
            this.parser = parser;
            this.registry = registry;
        }

        ProjectConfig read() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return NONE;
            }
            expect(token == JsonToken.START_OBJECT, "expected a mapping of " + String.join(", ", KEYS));
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                if (!seen.add(key)) {
                    throw error("\"" + key + "\" appears twice");
                }
                switch (key) {
                    case "rules" -> readRules();
                    case "ignore" -> readIgnores();
                    case "require" -> readStrings(this::require);
                    case "images" -> readStrings(this::image);
                    default -> throw error("unknown key \"" + key + "\" (expected " + String.join(", ", KEYS) + ")");
                }
            }
            return new ProjectConfig(new LintConfig(disabled, severities, ignores, Set.of()), requirements, targets);
        }

        private void readRules() throws IOException {
            expect(parser.nextToken() == JsonToken.START_OBJECT, "\"rules\" must map rule ids or names to off, error, warning or note");
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                RuleDescriptor rule = rule(parser.currentName());
                if (!seen.add(rule.id())) {
                    throw error(rule.id() + " is configured twice");
                }
                JsonToken value = parser.nextToken();
                String setting = value.isScalarValue() ? parser.getText().toLowerCase(Locale.ROOT) : "";
                // YAML 1.1 reads a bare off as false; both mean the same here.
                if (value == JsonToken.VALUE_FALSE || setting.equals("off")) {
                    disabled.add(rule.id());
                } else if (setting.equals("error") || setting.equals("warning") || setting.equals("note")) {
                    severities.put(rule.id(), Severity.valueOf(setting.toUpperCase(Locale.ROOT)));
                } else {
                    throw error("the setting of " + rule.id() + " must be off, error, warning or note");
                }
            }
        }

        private void readIgnores() throws IOException {
            expect(parser.nextToken() == JsonToken.START_ARRAY, "\"ignore\" must be a list of {path: GLOB, rules: [IDS]}");
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                expect(parser.currentToken() == JsonToken.START_OBJECT, "each \"ignore\" entry must be {path: GLOB, rules: [IDS]}");
                JsonLocation entry = parser.currentTokenLocation();
                String glob = null;
                Set<String> rules = new LinkedHashSet<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    switch (parser.currentName()) {
                        case "path" -> glob = readString();
                        case "rules" -> readStrings(name -> rules.add(rule(name).id()));
                        default -> throw error("unknown key \"" + parser.currentName() + "\" in an \"ignore\" entry (expected path, rules)");
                    }
                }
                if (glob == null) {
                    throw located(file, entry.getLineNr(), entry.getColumnNr(), "an \"ignore\" entry needs a path glob");
                }
                ignores.add(new LintConfig.Ignore(glob, rules));
            }
        }

        /** A string or a list of strings, each handed to {@code use} while the parser stands on it. */
        private void readStrings(Consumer<String> use) throws IOException {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                use.accept(currentString());
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                use.accept(currentString());
            }
        }

        private String readString() throws IOException {
            parser.nextToken();
            return currentString();
        }

        private String currentString() throws IOException {
            expect(parser.currentToken() == JsonToken.VALUE_STRING, "expected a string");
            return parser.getText();
        }

        /** Resolves an id or name; the parser stands on it, so an error points at it. */
        private RuleDescriptor rule(String idOrName) {
            return registry.find(idOrName).orElseThrow(() -> error("unknown rule \"" + idOrName + "\""
                    + RuleNames.suggestion(registry, idOrName).map(s -> "; did you mean " + s + "?").orElse("")
                    + " ('iamlint rules' lists them)"));
        }

        private void require(String name) {
            try {
                requirements.add(Requirements.builtin(name));
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private void image(String image) {
            try {
                targets.add(RequirementTarget.fromImage(image));
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private void expect(boolean condition, String message) {
            if (!condition) {
                throw error(message);
            }
        }

        /** An error at the current token. */
        private InputException error(String message) {
            JsonLocation at = parser.currentTokenLocation();
            return located(file, at.getLineNr(), at.getColumnNr(), message);
        }
    }
}
