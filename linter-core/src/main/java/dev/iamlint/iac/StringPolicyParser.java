package dev.iamlint.iac;

import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonBool;
import dev.iamlint.json.JsonNull;
import dev.iamlint.json.JsonNumber;
import dev.iamlint.json.JsonObject;
import dev.iamlint.json.JsonReadException;
import dev.iamlint.json.JsonReader;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseOptions;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.parse.Problem;
import dev.iamlint.parse.ProblemCode;
import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Parses policies a file holds as strings (Terraform plans, IAM API output, CloudFormation
 * templates) with positions in that file. The string's content is read as JSON and its ranges are
 * moved into the file before the policy parser sees it, so every position the parser reports
 * (problems, statements, actions) is already a file position; the result equals {@link PolicyParser#parse(String, PolicyKind)}
 * but for ranges and the pointer prefix.
 */
final class StringPolicyParser {

    private final String file;
    private final JsonReader reader;
    private final PolicyParser parser;
    /** Made when a string is first parsed: most templates hold their policies as objects. */
    private SourceLines fileLines;

    StringPolicyParser(String file, ParseOptions options) {
        this.file = file;
        this.reader = new JsonReader(options.jsonLimits());
        this.parser = new PolicyParser(options);
    }

    /**
     * The policy written, JSON-escaped, in {@code token}; each position points at the raw
     * characters of the token (an escape counts as the one character it stands for). Pointers extend {@code pointer}, the token's own.
     */
    ParseResult parseEscaped(JsonString token, PolicyKind kind, String pointer) {
        if (fileLines == null) {
            fileLines = new SourceLines(file);
        }
        EscapedString escaped = EscapedString.of(file, fileLines, token.range());
        return parse(escaped.decoded(), escaped::inFile, kind, pointer);
    }

    /**
     * A policy decoded or computed from what the file writes at {@code at} (a URL-encoded string, a
     * template's Fn::Sub): its offsets do not map one to one onto the file's, so every position is {@code at}.
     */
    ParseResult parseAt(String policy, SourceRange at, PolicyKind kind, String pointer) {
        return parse(policy, range -> at, kind, pointer);
    }

    /**
     * A policy document as AWS APIs and the AWS CLI return it: a JSON object (positions exact), a
     * string of JSON text (exact through its escapes), or URL-encoded JSON text, as the raw IAM
     * API writes it (RFC 3986, so {@code +} stays a plus), every position of which is the string's.
     */
    ParseResult parseDocument(JsonValue document, PolicyKind kind, String pointer) {
        if (!(document instanceof JsonString string)) {
            return parseObject(document, kind, pointer);
        }
        if (string.value().stripLeading().startsWith("{")) {
            return parseEscaped(string, kind, pointer);
        }
        try {
            // URLDecoder is form decoding, where + means a space; RFC 3986 encoding keeps + literal.
            String decoded = URLDecoder.decode(string.value().replace("+", "%2B"), StandardCharsets.UTF_8);
            return parseAt(decoded, string.range(), kind, pointer);
        } catch (IllegalArgumentException e) {
            return new ParseResult(Optional.empty(), List.of(new Problem(ProblemCode.MALFORMED_JSON, Severity.ERROR,
                    "policy document is neither JSON nor URL-encoded JSON: " + e.getMessage(), string.range(), pointer)));
        }
    }

    /** A policy written as a JSON object in the file: positions are already the file's. */
    ParseResult parseObject(JsonValue policy, PolicyKind kind, String pointer) {
        return parser.parse(policy, kind, pointer);
    }

    private ParseResult parse(String policy, UnaryOperator<SourceRange> toFile, PolicyKind kind, String pointer) {
        JsonValue root;
        try {
            root = reader.read(policy);
        } catch (JsonReadException e) {
            return new ParseResult(Optional.empty(), List.of(Problem.unreadable(e, toFile.apply(e.range()), pointer)));
        }
        return parser.parse(relocate(root, toFile), kind, pointer);
    }

    /** The same JSON with every range moved by {@code toFile}: what was read from a string's content, placed in the file. */
    static JsonValue relocate(JsonValue value, UnaryOperator<SourceRange> toFile) {
        SourceRange range = toFile.apply(value.range());
        if (value instanceof JsonObject object) {
            List<JsonObject.Member> members = new ArrayList<>(object.members().size());
            for (JsonObject.Member member : object.members()) {
                members.add(new JsonObject.Member(member.key(), toFile.apply(member.keyRange()), relocate(member.value(), toFile)));
            }
            return new JsonObject(members, range);
        }
        if (value instanceof JsonArray array) {
            return new JsonArray(array.elements().stream().map(element -> relocate(element, toFile)).toList(), range);
        }
        if (value instanceof JsonString string) {
            return new JsonString(string.value(), range);
        }
        if (value instanceof JsonNumber number) {
            return new JsonNumber(number.raw(), range);
        }
        if (value instanceof JsonBool bool) {
            return new JsonBool(bool.value(), range);
        }
        return new JsonNull(range);
    }
}
