package dev.iamlint.iac;

import dev.iamlint.source.SourceRange;
import java.util.Arrays;

/** Converts between char offsets and 1-based line/column in one text, breaking lines as Jackson does (CR, LF or CRLF). */
final class SourceLines {

    private final int[] lineStarts;

    SourceLines(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    int offset(int line, int column) {
        return lineStarts[line - 1] + column - 1;
    }

    /** Like {@link #offset}, but a position past the text (where an error at its end is reported) is its end. */
    private int offsetWithin(int line, int column, int length) {
        return Math.min(offset(Math.min(line, lineStarts.length), column), length);
    }

    /** The line and column of {@code offset} as {@code {line, column}}. */
    int[] position(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }

    /** {@code range} with each end moved through {@code offsets}: from this text's positions to another's. */
    SourceRange translate(SourceRange range, int[] offsets, SourceLines target) {
        if (range.line() == 0) {
            return range;
        }
        int last = offsets.length - 1;
        int[] start = target.position(offsets[offsetWithin(range.line(), range.column(), last)]);
        int[] end = target.position(offsets[offsetWithin(range.endLine(), range.endColumn(), last)]);
        return new SourceRange(start[0], start[1], end[0], end[1]);
    }
}
