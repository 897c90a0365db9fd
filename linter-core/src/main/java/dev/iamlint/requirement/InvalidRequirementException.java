package dev.iamlint.requirement;

import java.util.Objects;

/**
 * A requirement file that cannot be used, with where and why:
 * {@code <source>:<line>:<column>: <reason>} (line and column 1-based).
 */
public final class InvalidRequirementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String reason;

    public InvalidRequirementException(String source, int line, int column, String reason) {
        super(source + ":" + line + ":" + column + ": " + reason);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
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
