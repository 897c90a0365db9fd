package dev.iamlint.report;

/**
 * The one place where text meant for a terminal is made safe: policies, ARNs and file names are
 * user input, and a control character in them must not move the cursor or recolour the screen.
 */
public final class TerminalSafe {

    private TerminalSafe() {}

    /** {@code text} with every control character (line breaks and tabs too) replaced by {@code ?}. */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('?');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
