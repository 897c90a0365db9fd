package dev.iamlint.parse;

import dev.iamlint.json.JsonReadException;
import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;
import java.util.Objects;

/**
 * Something wrong with a document, where it is. {@code code} is a stable id from {@link ProblemCode};
 * {@code pointer} is the JSON pointer of the element concerned ("" for the whole document).
 */
public record Problem(ProblemCode code, Severity severity, String message, SourceRange range, String pointer) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * The problem of text that could not be read as JSON or YAML (malformed, or beyond a limit),
     * at {@code range} (the reader's position, or that position translated into a larger file).
     */
    public static Problem unreadable(JsonReadException e, SourceRange range, String pointer) {
        ProblemCode code = e.kind() == JsonReadException.Kind.MALFORMED ? ProblemCode.MALFORMED_JSON : ProblemCode.LIMIT_EXCEEDED;
        return new Problem(code, Severity.ERROR, e.getMessage(), range, pointer);
    }

    /** {@code line:column: message}, for callers that prepend the file name. */
    @Override
    public String toString() {
        return range.start() + ": " + message;
    }
}
