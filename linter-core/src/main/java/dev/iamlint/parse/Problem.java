package dev.iamlint.parse;

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

    /** {@code line:column: message}, for callers that prepend the file name. */
    @Override
    public String toString() {
        return range.start() + ": " + message;
    }
}
