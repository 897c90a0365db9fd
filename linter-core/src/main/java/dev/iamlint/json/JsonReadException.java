package dev.iamlint.json;

import dev.iamlint.source.SourceRange;
import java.util.Objects;

/** Why a text could not be read as JSON, and where. The message is clean enough to show to users. */
public final class JsonReadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Whether the text is not JSON or is JSON beyond the reader's limits. */
    public enum Kind { MALFORMED, LIMIT_EXCEEDED }

    private final Kind kind;
    private final SourceRange range;

    JsonReadException(Kind kind, String message, SourceRange range) {
        // No stack trace: this reports bad input, which fuzzers and linters produce by the thousand.
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.range = Objects.requireNonNull(range, "range");
    }

    public Kind kind() {
        return kind;
    }

    public SourceRange range() {
        return range;
    }
}
