package dev.iamlint.eval.match;

import dev.iamlint.text.CaseFolding;

/**
 * A wildcard pattern ({@code *} any run, {@code ?} one character) matched in linear time.
 *
 * <p>The pattern is split at its stars into chunks once, at compile time. A match then anchors
 * the first chunk at the start, the last chunk at the end, and finds each middle chunk at its
 * leftmost place: leftmost is always safe for glob patterns, so nothing is ever retried and the
 * worst case is input length times pattern length ({@code a*a*a*b} against {@code aaaa…} included).
 * Matching allocates nothing. Characters are UTF-16 units; {@code ?} matches one unit.
 *
 * <p>Case-insensitive globs (action names) compare characters as {@link String#equalsIgnoreCase}
 * does.
 */
public final class Glob {

    /** Token of {@code ?}; literal characters are their non-negative char codes. */
    static final int ANY_ONE = -1;
    /** Token of {@code *}. */
    static final int ANY_RUN = -2;

    private enum Shape { EXACT, EVERYTHING, WILDCARDS }

    private final Shape shape;
    private final boolean ignoreCase;
    /** The pattern's text when it is case-sensitive and has no wildcards (EXACT). */
    private final String literal;
    /** The chunks between stars, concatenated; literal codes case-folded when ignoring case. */
    private final int[] chunkTokens;
    /** Chunk {@code i} is {@code chunkTokens[chunkStarts[i] .. chunkStarts[i + 1])}. */
    private final int[] chunkStarts;
    /**
     * Chunk {@code i} as text when the glob is case-sensitive and the chunk has no {@code ?}, for
     * the JDK's fast compare and search; else null (the JDK's case-insensitive compare is slower
     * than folding here).
     */
    private final String[] chunkLiterals;
    /** Whether the pattern has a star (so the first and last chunk are anchored separately). */
    private final boolean hasStar;

    private Glob(int[] tokens, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        int stars = 0;
        boolean anyOne = false;
        for (int token : tokens) {
            stars += token == ANY_RUN ? 1 : 0;
            anyOne |= token == ANY_ONE;
        }
        this.hasStar = stars > 0;
        // Case-insensitive literals take the chunk path: folding here beats regionMatches(true).
        if (stars == 0 && !anyOne && !ignoreCase) {
            shape = Shape.EXACT;
            literal = literalText(tokens, 0, tokens.length);
            chunkTokens = null;
            chunkStarts = null;
            chunkLiterals = null;
            return;
        }
        literal = null;
        shape = stars > 0 && stars == tokens.length ? Shape.EVERYTHING : Shape.WILDCARDS;
        int[] chunks = new int[tokens.length - stars];
        int[] starts = new int[stars + 2];
        String[] literals = new String[stars + 1];
        int chunk = 0;
        int length = 0;
        int chunkStart = 0;
        for (int i = 0; i <= tokens.length; i++) {
            if (i == tokens.length || tokens[i] == ANY_RUN) {
                literals[chunk] = ignoreCase || hasAnyOne(tokens, chunkStart, i) ? null : literalText(tokens, chunkStart, i);
                starts[++chunk] = length;
                chunkStart = i + 1;
            } else {
                chunks[length++] = tokens[i] >= 0 && ignoreCase ? CaseFolding.fold((char) tokens[i]) : tokens[i];
            }
        }
        this.chunkTokens = chunks;
        this.chunkStarts = starts;
        this.chunkLiterals = literals;
    }

    /**
     * Compiles a pattern in which {@code *} and {@code ?} are wildcards and every other character
     * is literal.
     */
    public static Glob compile(String pattern, boolean ignoreCase) {
        return new Glob(tokens(pattern), ignoreCase);
    }

    /** A glob from tokens: char codes, {@link #ANY_ONE} and {@link #ANY_RUN}. */
    static Glob fromTokens(int[] tokens, boolean ignoreCase) {
        return new Glob(tokens, ignoreCase);
    }

    /** The tokens of a pattern where {@code *} and {@code ?} are wildcards. */
    static int[] tokens(String pattern) {
        int[] tokens = new int[pattern.length()];
        for (int i = 0; i < tokens.length; i++) {
            char c = pattern.charAt(i);
            tokens[i] = c == '*' ? ANY_RUN : c == '?' ? ANY_ONE : c;
        }
        return tokens;
    }

    public boolean matches(String input) {
        return matches(input, 0, input.length());
    }

    /** Whether {@code input[from, to)} matches. */
    boolean matches(String input, int from, int to) {
        switch (shape) {
            case EVERYTHING:
                return true;
            case EXACT:
                return to - from == literal.length() && input.startsWith(literal, from);
            default:
                return matchesWildcards(input, from, to);
        }
    }

    private boolean matchesWildcards(String input, int from, int to) {
        int lastChunk = chunkStarts.length - 2;
        int firstLength = chunkLength(0);
        if (!hasStar) {
            return to - from == firstLength && chunkMatchesAt(0, input, from);
        }
        int lastLength = chunkLength(lastChunk);
        if (to - from < firstLength + lastLength) {
            return false;
        }
        int end = to - lastLength;
        if (!chunkMatchesAt(0, input, from) || !chunkMatchesAt(lastChunk, input, end)) {
            return false;
        }
        int position = from + firstLength;
        for (int chunk = 1; chunk < lastChunk; chunk++) {
            int length = chunkLength(chunk);
            int found = -1;
            if (chunkLiterals[chunk] != null) {
                int at = input.indexOf(chunkLiterals[chunk], position);
                found = at >= 0 && at + length <= end ? at : -1;
            } else {
                for (int at = position; at + length <= end; at++) {
                    if (chunkMatchesAt(chunk, input, at)) {
                        found = at;
                        break;
                    }
                }
            }
            if (found < 0) {
                return false;
            }
            position = found + length;
        }
        return true;
    }

    private int chunkLength(int chunk) {
        return chunkStarts[chunk + 1] - chunkStarts[chunk];
    }

    private boolean chunkMatchesAt(int chunk, String input, int at) {
        String literal = chunkLiterals[chunk];
        if (literal != null) {
            return input.startsWith(literal, at);
        }
        int start = chunkStarts[chunk];
        int end = chunkStarts[chunk + 1];
        for (int i = start; i < end; i++) {
            int token = chunkTokens[i];
            if (token == ANY_ONE) {
                continue;
            }
            char c = input.charAt(at + i - start);
            if (token != c && (!ignoreCase || token != CaseFolding.fold(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAnyOne(int[] tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens[i] == ANY_ONE) {
                return true;
            }
        }
        return false;
    }

    private static String literalText(int[] tokens, int from, int to) {
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = (char) tokens[i];
        }
        return new String(chars);
    }
}
