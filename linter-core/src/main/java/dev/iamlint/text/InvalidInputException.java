package dev.iamlint.text;

import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    /** Errors found after this one in the same input, so that one reading names them all. */
    private final List<InvalidInputException> further;

    public InvalidInputException(String source, int line, int column, String reason) {
        this(source, line, column, reason, List.of());
    }

    private InvalidInputException(String source, int line, int column, String reason, List<InvalidInputException> further) {
        // No stack trace: this reports bad input, not a bug.
        super(message(source, line, column, reason, further), null, false, false);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.further = List.copyOf(further);
    }

    /**
     * The first of {@code errors} (in the order of the input), carrying the others.
     *
     * @throws IllegalArgumentException if there are none
     */
    public static InvalidInputException of(List<InvalidInputException> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no error");
        }
        List<InvalidInputException> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(InvalidInputException::line).thenComparingInt(InvalidInputException::column));
        InvalidInputException first = sorted.get(0);
        return new InvalidInputException(first.source, first.line, first.column, first.reason, sorted.subList(1, sorted.size()));
    }

    /** One line per error, each {@code <source>:<line>:<column>: <reason>}. */
    private static String message(String source, int line, int column, String reason, List<InvalidInputException> further) {
        StringBuilder message = new StringBuilder(source + ":" + line + ":" + column + ": " + reason);
        for (InvalidInputException error : further) {
            message.append('\n').append(error.getMessage());
        }
        return message.toString();
    }

    /** This error and those found after it in the same input, in order. */
    public List<InvalidInputException> all() {
        List<InvalidInputException> all = new ArrayList<>(1 + further.size());
        all.add(new InvalidInputException(source, line, column, reason));
        all.addAll(further);
        return all;
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
