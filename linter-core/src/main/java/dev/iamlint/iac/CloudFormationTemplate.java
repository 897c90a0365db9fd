package dev.iamlint.iac;

import dev.iamlint.json.JsonLimits;
import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonReadException;
import dev.iamlint.json.JsonReader;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.json.YamlReader;
import dev.iamlint.parse.ParseOptions;
import dev.iamlint.parse.Pointers;
import dev.iamlint.parse.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The IAM content of a CloudFormation template, JSON or YAML: the policy documents its resources
 * hold and the ARNs they name. Positions and pointers are those of the template.
 *
 * @param path the file's path as the caller named it
 * @param format how the template is written
 * @param policies in resource order; a role's inline policies come before its trust policy
 * @param references managed policies, permissions boundaries and node roles (of node groups and
 *     instance profiles), in template order
 * @param groupsOfUser by user logical id, the logical ids of the template's groups the user is in
 *     ({@code AWS::IAM::User} {@code Groups}, {@code AWS::IAM::UserToGroupAddition}); groups
 *     outside the template are not listed
 * @param problems why the template could not be read, when the file is surely one (the body of
 *     {@code aws cloudformation get-template}'s output); then there is nothing else
 */
public record CloudFormationTemplate(String path, TemplateFormat format, List<EmbeddedPolicy> policies,
        List<PolicyReference> references, Map<String, List<String>> groupsOfUser, List<Problem> problems) implements TemplateRead {

    public CloudFormationTemplate {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        policies = List.copyOf(policies);
        references = List.copyOf(references);
        groupsOfUser = Memberships.copyOf(groupsOfUser);
        problems = List.copyOf(problems);
    }

    /** With the parser's default limits. */
    public static TemplateRead read(String text, String path) {
        return read(text, path, ParseOptions.DEFAULTS);
    }

    /** With no parameter values given: parameters take their defaults. */
    public static TemplateRead read(String text, String path, ParseOptions options) {
        return read(text, path, options, TemplateParameters.NONE);
    }

    /**
     * Reads {@code text} as JSON when it starts with {@code {} (after whitespace), else as YAML;
     * never throws on bad input. Intrinsic functions are resolved as far as the template and
     * {@code parameters} determine them (see {@link ParsedPolicy} and {@link Unresolved}).
     */
    public static TemplateRead read(String text, String path, ParseOptions options, TemplateParameters parameters) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(parameters, "parameters");
        TemplateFormat format = looksLikeJson(text) ? TemplateFormat.JSON : TemplateFormat.YAML;
        JsonLimits limits = options.jsonLimits();
        JsonValue root;
        try {
            root = format == TemplateFormat.JSON ? new JsonReader(limits).read(text) : new YamlReader(limits).read(text);
        } catch (JsonReadException e) {
            return new UnreadableTemplate(path, format, Problem.unreadable(e, e.range(), ""));
        }
        return of(root, text, path, format, options, parameters);
    }

    /**
     * A template already read from {@code text}, e.g. by {@link InputDocument}; a document without
     * {@code Resources} is none. What {@code aws cloudformation get-template} prints is read as the
     * template of its {@code TemplateBody}: an object for a JSON template, a string for a YAML one,
     * whose positions are found through the string's escapes.
     */
    static TemplateRead of(JsonValue root, String text, String path, TemplateFormat format, ParseOptions options,
            TemplateParameters parameters) {
        Optional<JsonValue> body = format == TemplateFormat.JSON ? JsonMembers.member(root, "TemplateBody") : Optional.empty();
        if (body.isPresent() && body.get() instanceof JsonObject template) {
            return of(template, "/TemplateBody", text, path, TemplateFormat.JSON, options, parameters);
        }
        if (body.isPresent() && body.get() instanceof JsonString string) {
            EscapedString escaped = EscapedString.of(text, new SourceLines(text), string.range());
            JsonValue template;
            try {
                // YAML is a superset of JSON, and get-template writes JSON bodies as objects anyway.
                template = StringPolicyParser.relocate(new YamlReader(options.jsonLimits()).read(escaped.decoded()), escaped::inFile);
            } catch (JsonReadException e) {
                return new CloudFormationTemplate(path, TemplateFormat.YAML, List.of(), List.of(), Map.of(),
                        List.of(Problem.unreadable(e, escaped.inFile(e.range()), "/TemplateBody")));
            }
            return of(template, "/TemplateBody", text, path, TemplateFormat.YAML, options, parameters);
        }
        return of(root, "", text, path, format, options, parameters);
    }

    private static TemplateRead of(JsonValue template, String pointer, String text, String path, TemplateFormat format,
            ParseOptions options, TemplateParameters parameters) {
        Optional<JsonObject> resources = resourcesOf(template);
        if (resources.isEmpty()) {
            return new NotATemplate(path, format);
        }
        ResourceReader reader = new ResourceReader(new StringPolicyParser(text, options), format, (JsonObject) template, resources.get(),
                Pointers.child(pointer, "Resources"), parameters);
        return new CloudFormationTemplate(path, format, reader.policies(), reader.references(), reader.groupsOfUser(), List.of());
    }

    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{';
            }
        }
        return false;
    }

    /**
     * The {@code Resources} map of a template; empty for a document that is not one. A template
     * declaring {@code AWSTemplateFormatVersion} without resources is a template with none.
     */
    private static Optional<JsonObject> resourcesOf(JsonValue root) {
        if (!(root instanceof JsonObject template)) {
            return Optional.empty();
        }
        boolean declared = false;
        for (JsonObject.Member member : template.members()) {
            if (member.key().equals("Resources") && member.value() instanceof JsonObject resources) {
                return Optional.of(resources);
            }
            declared |= member.key().equals("AWSTemplateFormatVersion");
        }
        return declared ? Optional.of(new JsonObject(List.of(), template.range())) : Optional.empty();
    }
}
