package dev.iamlint.parse;

import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonObject.Member;
import dev.iamlint.json.JsonReadException;
import dev.iamlint.json.JsonReader;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads IAM policy JSON into a located {@link dev.iamlint.model.PolicyDocument}; never throws on bad input.
 * It accepts every form AWS accepts and reports, as problems with positions, what AWS would reject.
 * Thread-safe: one parser serves many documents.
 */
public final class PolicyParser {

    private static final List<String> ELEMENTS = List.of("Version", "Id", "Statement");
    private static final List<String> VERSIONS = List.of(PolicyDocument.VERSION_2012, "2008-10-17");

    private final ParseOptions options;
    private final JsonReader reader;

    public PolicyParser(ParseOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.reader = new JsonReader(options.jsonLimits());
    }

    /** The limits this parser reads with, for readers of documents around policies. */
    public ParseOptions options() {
        return options;
    }

    public static PolicyParser withDefaults() {
        return new PolicyParser(ParseOptions.DEFAULTS);
    }

    /**
     * The document is built whenever the text is a JSON object, however wrong its elements, so a
     * linter can report everything at once; text that is not JSON gives one problem and no document.
     */
    public ParseResult parse(String text, PolicyKind kind) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        JsonValue root;
        try {
            root = reader.read(text);
        } catch (JsonReadException e) {
            return new ParseResult(Optional.empty(), List.of(Problem.unreadable(e, e.range(), "")));
        }
        return parse(root, kind, "");
    }

    /**
     * A policy already read as part of a larger document, such as the {@code PolicyDocument} of a
     * CloudFormation resource: ranges stay those of that document, and every pointer starts with
     * {@code pointer}, the policy's own pointer there ("" for a document that is just the policy).
     */
    public ParseResult parse(JsonValue policy, PolicyKind kind, String pointer) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        ParseContext context = new ParseContext(kind, policy, pointer);
        Optional<PolicyDocument> document = readDocument(context, policy, pointer);
        return new ParseResult(document, context.problemsInSourceOrder());
    }

    private static Optional<PolicyDocument> readDocument(ParseContext context, JsonValue root, String rootPointer) {
        if (!(root instanceof JsonObject policy)) {
            context.error(ProblemCode.WRONG_TYPE, "a policy must be a JSON object, not " + ParseContext.typeOf(root), root.range(), rootPointer);
            return Optional.empty();
        }
        Optional<Located<String>> version = Optional.empty();
        Optional<Located<String>> id = Optional.empty();
        List<Statement> statements = List.of();
        boolean hasStatement = false;
        for (Member member : context.distinctMembers(policy)) {
            String pointer = Pointers.child(rootPointer, member.key());
            switch (member.key()) {
                case "Version" -> version = readVersion(context, member, pointer);
                case "Id" -> id = context.string(member, pointer);
                case "Statement" -> {
                    hasStatement = true;
                    statements = readStatements(context, member, pointer);
                }
                default -> context.unknownElement("policy element", member, pointer, ELEMENTS);
            }
        }
        if (!hasStatement) {
            context.error(ProblemCode.MISSING_ELEMENT, "policy has no \"Statement\"", ParseContext.openingBrace(policy), rootPointer);
        }
        return Optional.of(new PolicyDocument(version, id, statements, policy.range()));
    }

    private static Optional<Located<String>> readVersion(ParseContext context, Member member, String pointer) {
        Optional<Located<String>> version = context.string(member, pointer);
        version.filter(v -> !VERSIONS.contains(v.value())).ifPresent(v -> context.error(ProblemCode.INVALID_VERSION,
                "\"Version\" must be \"2012-10-17\" or \"2008-10-17\", not " + ParseContext.quote(v.value()), v.range(), pointer));
        return version;
    }

    /** A lone statement object is statement 0, at pointer /Statement. */
    private static List<Statement> readStatements(ParseContext context, Member member, String pointer) {
        JsonValue value = member.value();
        if (value instanceof JsonObject single) {
            return List.of(StatementReader.read(context, single, 0, pointer));
        }
        if (!(value instanceof JsonArray array)) {
            context.error(ProblemCode.WRONG_TYPE, "\"Statement\" must be an object or an array of objects, not "
                    + ParseContext.typeOf(value), value.range(), pointer);
            return List.of();
        }
        if (array.elements().isEmpty()) {
            context.error(ProblemCode.EMPTY_VALUE, "\"Statement\" must not be empty", array.range(), pointer);
        }
        List<Statement> statements = new ArrayList<>(array.elements().size());
        for (int i = 0; i < array.elements().size(); i++) {
            JsonValue element = array.elements().get(i);
            String elementPointer = Pointers.child(pointer, i);
            if (element instanceof JsonObject object) {
                statements.add(StatementReader.read(context, object, i, elementPointer));
            } else {
                context.error(ProblemCode.WRONG_TYPE, "a statement must be an object, not " + ParseContext.typeOf(element),
                        element.range(), elementPointer);
            }
        }
        return statements;
    }
}
