package dev.iamlint.source;

/**
 * A span of source text. Lines and columns are 1-based; the end is exclusive, pointing just past
 * the last character, as SARIF regions expect.
 */
public record SourceRange(int line, int column, int endLine, int endColumn) {

    /** A range for values that do not come from a document, such as built-in policies. */
    public static final SourceRange NONE = new SourceRange(0, 0, 0, 0);

    public SourceRange {
        if (line < 0 || column < 0 || endLine < 0 || endColumn < 0) {
            throw new IllegalArgumentException("negative position");
        }
    }

    public static SourceRange at(int line, int column) {
        return new SourceRange(line, column, line, column);
    }

    /** Where a char offset of {@code text} is, counting line breaks as Jackson does (CR, LF or CRLF). */
    public static SourceRange at(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return at(line, offset - lineStart + 1);
    }

    /** The smallest range covering this one and {@code other}. */
    public SourceRange to(SourceRange other) {
        return new SourceRange(line, column, other.endLine, other.endColumn);
    }

    /** {@code line:column}, the form compilers print. */
    public String start() {
        return line + ":" + column;
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }

    // equals and hashCode written out: a record's generated ones are linked through method handles at
    // first use, milliseconds spent again at every start, and this record keys maps in every lint.

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRange range && range.line == line && range.column == column
                && range.endLine == endLine && range.endColumn == endColumn;
    }

    @Override
    public int hashCode() {
        return ((line * 31 + column) * 31 + endLine) * 31 + endColumn;
    }
}
