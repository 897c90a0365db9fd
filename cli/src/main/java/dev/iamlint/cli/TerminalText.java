package dev.iamlint.cli;

import dev.iamlint.report.TerminalSafe;

/**
 * Text meant for the terminal, made safe by linter-core's {@link TerminalSafe}, the one place
 * that does it: policies, ARNs and file names are user input, and a control character in them
 * must not move the cursor or recolour the screen.
 */
public final class TerminalText {

    private TerminalText() {}

    /** {@code text} with every control character replaced by {@code ?}. */
    public static String printable(String text) {
        return TerminalSafe.printable(text);
    }
}
