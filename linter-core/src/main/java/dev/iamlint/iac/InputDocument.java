package dev.iamlint.iac;

import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonReadException;
import dev.iamlint.json.JsonReader;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseOptions;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.parse.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input's text read once, to be taken in turn as a policy, a CloudFormation template, a
 * Terraform plan or state, or account authorization details: a linter does not know beforehand which one a
 * file is, and reading a large template once for each guess cost more than linting it. Text that
 * does not start like a JSON object is read as a YAML template only. JSON beyond a policy's limits
 * is read again within {@link ParseOptions#containerLimits()}, for the plans and account details
 * that are that large; as a policy it stays beyond its limits.
 */
public final class InputDocument {

    private final String text;
    private final String path;
    private final ParseOptions options;
    /** Null when the text is not JSON within a policy's limits; then {@link #unreadable} says why. */
    private final JsonValue root;
    /** The root within the container limits: the same as {@link #root}, or the text's when only those hold it. */
    private final JsonValue containerRoot;
    private final JsonReadException unreadable;

    private InputDocument(String text, String path, ParseOptions options, JsonValue root, JsonValue containerRoot,
            JsonReadException unreadable) {
        this.text = text;
        this.path = path;
        this.options = options;
        this.root = root;
        this.containerRoot = containerRoot;
        this.unreadable = unreadable;
    }

    /** Reads {@code text} as JSON with the limits of {@code options}; never throws on bad input. */
    public static InputDocument read(String text, String path, ParseOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(options, "options");
        JsonValue root;
        try {
            root = new JsonReader(options.jsonLimits()).read(text);
        } catch (JsonReadException e) {
            if (e.kind() != JsonReadException.Kind.LIMIT_EXCEEDED) {
                return new InputDocument(text, path, options, null, null, e);
            }
            try {
                return new InputDocument(text, path, options, null, new JsonReader(options.containerLimits()).read(text), e);
            } catch (JsonReadException beyondContainers) {
                return new InputDocument(text, path, options, null, null, beyondContainers);
            }
        }
        return new InputDocument(text, path, options, root, root, null);
    }

    /**
     * As {@link PolicyParser#parse(String, PolicyKind)} gives it. JSON beyond a policy's limits is a
     * policy too large only if it looks like one; otherwise the parser says what it lacks, so that a
     * large file that is no policy (a package-lock.json) is skipped as small ones are.
     */
    public ParseResult asPolicy(PolicyParser parser, PolicyKind kind) {
        if (root != null) {
            return parser.parse(root, kind, "");
        }
        if (containerRoot != null && !looksLikePolicy(containerRoot)) {
            return parser.parse(containerRoot, kind, "");
        }
        return new ParseResult(Optional.empty(), List.of(problem()));
    }

    private static boolean looksLikePolicy(JsonValue root) {
        return root instanceof JsonObject object
                && (JsonMembers.member(object, "Statement").isPresent() || JsonMembers.member(object, "Version").isPresent());
    }

    /** As {@link CloudFormationTemplate#read(String, String, ParseOptions, TemplateParameters)} gives it. */
    public TemplateRead asTemplate(TemplateParameters parameters) {
        if (!CloudFormationTemplate.looksLikeJson(text)) {
            return CloudFormationTemplate.read(text, path, options, parameters);
        }
        // The larger limits' root: JSON too large for a policy may be a plan or account details, and is asked
        // first whether it is a template.
        return containerRoot != null
                ? CloudFormationTemplate.of(containerRoot, text, path, TemplateFormat.JSON, options, parameters)
                : new UnreadableTemplate(path, TemplateFormat.JSON, problem());
    }

    /** As {@link TerraformJson#read(String, String, ParseOptions)} gives it. */
    public TerraformJson asTerraform() {
        return containerRoot != null ? TerraformJson.of(containerRoot, text, path, options) : TerraformJson.unreadable(path, problem());
    }

    /** The policy of an AWS CLI output such as {@code aws iam get-role-policy}'s, if the input is one. */
    public Optional<AwsCliOutput> asCliOutput() {
        return Optional.ofNullable(containerRoot).flatMap(AwsCliOutput::of);
    }

    /** As {@link AccountAuthorizationDetails#read(String, String, ParseOptions)} gives it. */
    public AccountAuthorizationDetails asAccount() {
        return containerRoot != null
                ? AccountAuthorizationDetails.of(containerRoot, text, path, options)
                : AccountAuthorizationDetails.unreadable(path, problem());
    }

    private Problem problem() {
        return Problem.unreadable(unreadable, unreadable.range(), "");
    }
}
