package dev.iamlint.config;

import dev.iamlint.iac.TemplateParameters;
import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonBool;
import dev.iamlint.json.JsonNumber;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonReadException;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.json.YamlReader;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.lint.LintRequest;
import dev.iamlint.lint.PrincipalSelector;
import dev.iamlint.parse.ParseOptions;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.RuleRegistry;
import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;
import dev.iamlint.text.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A project's {@code .iamlint.yaml}: rules turned off or given another severity, paths ignored for
 * some rules, the requirements and images checked by default, which principals of templates,
 * plans and accounts need what, and CloudFormation parameter values.
 *
 * <pre>
 * rules:
 *   IAM201: warning          # or AllActions: off / error / warning / note
 * ignore:
 *   - path: "legacy/**"      # a glob over the paths as reported
 *     rules: [IAM201]        # every rule when left out
 * require: [ecr-pull]
 * images: ["111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2"]
 * principals:
 *   - principal: [NodeRole, "aws_iam_role.nodes*"]   # logical id, address, ARN or name; globs
 *     require: [ecr-pull]    # the top-level require when left out
 *     images: ["111122223333.dkr.ecr.us-east-1.amazonaws.com/team/api:2.0"]
 *     repositories: ["arn:aws:ecr:us-east-1:111122223333:repository/team/web"]
 * parameters:
 *   Stage: prod              # CloudFormation parameter values
 * </pre>
 *
 * Read into the located YAML tree, so that every error names the file, line and column; unknown
 * keys are errors, as a misspelt key would otherwise be silently ignored. Callers read the file;
 * this only sees its text.
 *
 * @param lint rules, severities and ignores (no baseline: that is a file of its own, see {@link Baseline})
 * @param requirements {@code require}
 * @param targets {@code images}
 * @param principals {@code principals}, in file order
 * @param parameters {@code parameters}, in file order
 */
public record ProjectConfig(LintConfig lint, List<Requirement> requirements, List<RequirementTarget> targets,
        List<PrincipalSelector> principals, Map<String, String> parameters) {

    /** The file name callers look for. */
    public static final String FILE_NAME = ".iamlint.yaml";
    /** No configuration: every rule at its default severity, nothing required. */
    public static final ProjectConfig NONE = new ProjectConfig(LintConfig.DEFAULTS, List.of(), List.of(), List.of(), Map.of());

    private static final List<String> KEYS = List.of("rules", "ignore", "require", "images", "principals", "parameters");
    private static final List<String> IGNORE_KEYS = List.of("path", "rules");
    private static final List<String> PRINCIPAL_KEYS = List.of("principal", "require", "images", "repositories");

    public ProjectConfig {
        Objects.requireNonNull(lint, "lint");
        requirements = List.copyOf(requirements);
        targets = List.copyOf(targets);
        principals = List.copyOf(principals);
        // Map.copyOf would lose the file's order, which messages and the iac readers keep.
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Made on first use: most runs have no configuration file, and a YAML parser costs milliseconds to set up. */
    private static final class Yaml {
        static final YamlReader READER = new YamlReader(ParseOptions.DEFAULTS.jsonLimits());
    }

    /**
     * Reads a configuration's text; a text without settings (empty, only comments) is {@link #NONE}.
     * Rules are named by id or CamelCase name, as {@code registry} knows them.
     *
     * @param path the file's path as messages name it
     * @throws InvalidInputException if the text is not YAML or says something iamlint does not understand
     */
    public static ProjectConfig read(String text, String path, RuleRegistry registry) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        if (hasNoContent(text)) {
            return NONE;
        }
        JsonValue root;
        try {
            root = Yaml.READER.read(text);
        } catch (JsonReadException e) {
            throw new InvalidInputException(path, e.range(), "invalid YAML: " + e.getMessage().replaceFirst("^malformed YAML: ", ""));
        }
        return new Reader(path, registry).read(root);
    }

    /**
     * The request with this configuration's requirements, images, principals and parameters (its
     * rules are {@link #lint()}).
     */
    public LintRequest applyTo(LintRequest request) {
        return request.withRequirements(requirements, targets).withPrincipals(principals).withParameters(templateParameters());
    }

    /**
     * Where a project's configuration may be, nearest first: {@value #FILE_NAME} in {@code directory}
     * and in each folder above it. Paths only: callers take the first that exists.
     */
    public static List<Path> candidates(Path directory) {
        List<Path> candidates = new ArrayList<>();
        for (Path dir = directory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve(FILE_NAME));
        }
        return candidates;
    }

    /** {@link #parameters()} as the template reader takes them. */
    public TemplateParameters templateParameters() {
        return new TemplateParameters(parameters);
    }

    /** Only blank lines, comments and document markers: YAML's empty document, which the reader rejects. */
    private static boolean hasNoContent(String text) {
        return text.lines().map(String::strip)
                .allMatch(line -> line.isEmpty() || line.startsWith("#") || line.equals("---") || line.equals("..."));
    }

    /** One pass over the tree; every error is at the value or key it is about. */
    private static final class Reader {
        private final String path;
        private final RuleRegistry registry;
        private final Set<String> disabled = new HashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private final List<LintConfig.Ignore> ignores = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<RequirementTarget> targets = new ArrayList<>();
        private final List<PrincipalSelector> principals = new ArrayList<>();
        private final Map<String, String> parameters = new LinkedHashMap<>();
        /** Every error found: one bad setting does not hide the next, so one run names them all. */
        private final List<InvalidInputException> errors = new ArrayList<>();

        Reader(String path, RuleRegistry registry) {
            this.path = path;
            this.registry = registry;
        }

        ProjectConfig read(JsonValue root) {
            JsonObject settings = mapping(root, "expected a mapping of " + String.join(", ", KEYS));
            for (JsonObject.Member member : members(settings, KEYS, "")) {
                JsonValue value = member.value();
                collecting(() -> {
                    switch (member.key()) {
                        case "rules" -> readRules(value);
                        case "ignore" -> readIgnores(value);
                        case "require" -> stringValues(value)
                                .forEach(name -> collecting(() -> requirements.add(parsed(name, Requirements::builtin))));
                        case "images" -> stringValues(value)
                                .forEach(image -> collecting(() -> targets.add(parsed(image, RequirementTarget::fromImage))));
                        case "principals" -> readPrincipals(value);
                        case "parameters" -> readParameters(value);
                        default -> throw new IllegalStateException("key checked by members(): " + member.key());
                    }
                });
            }
            if (!errors.isEmpty()) {
                throw InvalidInputException.of(errors);
            }
            return new ProjectConfig(new LintConfig(disabled, severities, ignores, Set.of()), requirements, targets, principals,
                    parameters);
        }

        private void readRules(JsonValue value) {
            JsonObject rules = mapping(value, "\"rules\" must map rule ids or names to off, error, warning or note");
            Set<String> seen = new HashSet<>();
            for (JsonObject.Member member : rules.members()) {
                collecting(() -> readRule(member, seen));
            }
        }

        private void readRule(JsonObject.Member member, Set<String> seen) {
            RuleDescriptor rule = rule(member.key(), member.keyRange());
            if (!seen.add(rule.id())) {
                throw error(member.keyRange(), rule.id() + " is configured twice");
            }
            String setting = member.value() instanceof JsonString text ? text.value().toLowerCase(Locale.ROOT) : "";
            // YAML 1.1 reads a bare off as false; both mean the same here.
            if (member.value() instanceof JsonBool bool && !bool.value() || setting.equals("off")) {
                disabled.add(rule.id());
            } else if (setting.equals("error") || setting.equals("warning") || setting.equals("note")) {
                severities.put(rule.id(), Severity.valueOf(setting.toUpperCase(Locale.ROOT)));
            } else {
                throw error(member.value().range(), "the setting of " + rule.id() + " must be off, error, warning or note");
            }
        }

        private void readIgnores(JsonValue value) {
            String shape = "{path: GLOB, rules: [IDS]}";
            for (JsonValue entry : list(value, "\"ignore\" must be a list of " + shape)) {
                collecting(() -> readIgnore(entry, shape));
            }
        }

        private void readIgnore(JsonValue entry, String shape) {
            JsonObject ignore = mapping(entry, "each \"ignore\" entry must be " + shape);
            String glob = null;
            Set<String> rules = new LinkedHashSet<>();
            for (JsonObject.Member member : members(ignore, IGNORE_KEYS, " in an \"ignore\" entry")) {
                if (member.key().equals("path")) {
                    glob = string(member.value());
                } else {
                    for (JsonString name : stringValues(member.value())) {
                        rules.add(rule(name.value(), name.range()).id());
                    }
                }
            }
            if (glob == null) {
                throw error(entry.range(), "an \"ignore\" entry needs a path glob");
            }
            ignores.add(new LintConfig.Ignore(glob, rules));
        }

        private void readPrincipals(JsonValue value) {
            String shape = "{principal: GLOB, require: [NAMES], images: [IMAGES], repositories: [ARNS]}";
            for (JsonValue entry : list(value, "\"principals\" must be a list of " + shape)) {
                collecting(() -> readPrincipal(entry, shape));
            }
        }

        private void readPrincipal(JsonValue entry, String shape) {
            JsonObject selector = mapping(entry, "each \"principals\" entry must be " + shape);
            List<String> globs = new ArrayList<>();
            List<Requirement> required = new ArrayList<>();
            List<RequirementTarget> selected = new ArrayList<>();
            for (JsonObject.Member member : members(selector, PRINCIPAL_KEYS, " in a \"principals\" entry")) {
                switch (member.key()) {
                    case "principal" -> globs.addAll(strings(member.value()));
                    case "require" -> stringValues(member.value()).forEach(name -> required.add(parsed(name, Requirements::builtin)));
                    case "images" -> stringValues(member.value())
                            .forEach(image -> selected.add(parsed(image, RequirementTarget::fromImage)));
                    case "repositories" -> stringValues(member.value())
                            .forEach(arn -> selected.add(parsed(arn, RequirementTarget::fromRepositoryArn)));
                    default -> throw new IllegalStateException("key checked by members(): " + member.key());
                }
            }
            if (globs.isEmpty()) {
                throw error(entry.range(), "a \"principals\" entry needs a principal: a logical id, resource address, ARN or name"
                        + " (globs allowed)");
            }
            principals.add(new PrincipalSelector(globs, required, selected));
        }

        private void readParameters(JsonValue value) {
            JsonObject map = mapping(value, "\"parameters\" must map CloudFormation parameter names to values");
            for (JsonObject.Member member : members(map, List.of(), "")) {
                JsonValue parameter = member.value();
                if (parameter instanceof JsonString string) {
                    parameters.put(member.key(), string.value());
                } else if (parameter instanceof JsonNumber number) {
                    parameters.put(member.key(), number.raw());
                } else if (parameter instanceof JsonBool bool) {
                    parameters.put(member.key(), Boolean.toString(bool.value()));
                } else {
                    errors.add(error(parameter.range(), "the value of parameter " + member.key()
                            + " must be a string, number or boolean (a list parameter is one comma-separated string)"));
                }
            }
        }

        /**
         * The members of a mapping, each key once; with {@code known} keys, any other key is an
         * error, recorded, and left out. An empty {@code known} takes every key.
         */
        private List<JsonObject.Member> members(JsonObject object, List<String> known, String where) {
            Set<String> seen = new HashSet<>();
            List<JsonObject.Member> members = new ArrayList<>(object.members().size());
            for (JsonObject.Member member : object.members()) {
                if (!seen.add(member.key())) {
                    errors.add(error(member.keyRange(), "\"" + member.key() + "\" appears twice"));
                } else if (!known.isEmpty() && !known.contains(member.key())) {
                    errors.add(error(member.keyRange(), "unknown key \"" + member.key() + "\"" + where + " (expected "
                            + String.join(", ", known) + ")"));
                } else {
                    members.add(member);
                }
            }
            return members;
        }

        /** Reads one part; its error is recorded and the reading goes on with the next part. */
        private void collecting(Runnable part) {
            try {
                part.run();
            } catch (InvalidInputException e) {
                errors.add(e);
            }
        }

        private JsonObject mapping(JsonValue value, String message) {
            if (value instanceof JsonObject object) {
                return object;
            }
            throw error(value.range(), message);
        }

        private List<JsonValue> list(JsonValue value, String message) {
            if (value instanceof JsonArray array) {
                return array.elements();
            }
            throw error(value.range(), message);
        }

        /** A string or a list of strings. */
        private List<String> strings(JsonValue value) {
            return stringValues(value).stream().map(JsonString::value).toList();
        }

        private List<JsonString> stringValues(JsonValue value) {
            List<JsonValue> values = value instanceof JsonArray array ? array.elements() : List.of(value);
            List<JsonString> strings = new ArrayList<>(values.size());
            for (JsonValue element : values) {
                strings.add(stringValue(element));
            }
            return strings;
        }

        private String string(JsonValue value) {
            return stringValue(value).value();
        }

        private JsonString stringValue(JsonValue value) {
            if (value instanceof JsonString string) {
                return string;
            }
            throw error(value.range(), "expected a string");
        }

        private RuleDescriptor rule(String idOrName, SourceRange where) {
            Optional<RuleDescriptor> rule = registry.find(idOrName);
            if (rule.isEmpty()) {
                throw error(where, "unknown rule \"" + idOrName + "\""
                        + registry.suggestion(idOrName).map(s -> "; did you mean " + s + "?").orElse("")
                        + " ('iamlint rules' lists them)");
            }
            return rule.get();
        }

        /** A requirement name, image or ARN as {@code parse} reads it; its error is at the string. */
        private <T> T parsed(JsonString text, Function<String, T> parse) {
            try {
                return parse.apply(text.value());
            } catch (IllegalArgumentException e) {
                throw error(text.range(), e.getMessage());
            }
        }

        private InvalidInputException error(SourceRange range, String reason) {
            return new InvalidInputException(path, range, reason);
        }
    }
}
