package dev.iamlint.cli;

import java.util.List;

/**
 * Input that iamlint cannot use: an unreadable file, a malformed policy, an ARN that is not one.
 * Reported without a stack trace, one line per problem, with exit code 2.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    private InputException(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.lines = List.copyOf(lines);
    }

    /** One problem without a source position: printed as {@code error: MESSAGE}. */
    public static InputException error(String message) {
        return new InputException(List.of("error: " + message));
    }

    /** Problems already formatted compiler-style, e.g. {@code PolicyInputList.1:3:5: error IAM001 …}. */
    public static InputException located(List<String> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no problem to report");
        }
        return new InputException(lines);
    }

    /** The lines to print, in order. */
    public List<String> lines() {
        return lines;
    }
}
