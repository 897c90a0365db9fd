package dev.iamlint.text;

import dev.iamlint.source.SourceRange;
import java.util.Objects;

/**
 * A file iamlint cannot use (a requirement, a configuration, a baseline), with where and why:
 * {@code <source>:<line>:<column>: <reason>} (line and column 1-based).
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String reason;

    public InvalidInputException(String source, int line, int column, String reason) {
        // No stack trace: this reports bad input, not a bug.
        super(source + ":" + line + ":" + column + ": " + reason, null, false, false);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** At the start of {@code range}. */
    public InvalidInputException(String source, SourceRange range, String reason) {
        this(source, range.line(), range.column(), reason);
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
