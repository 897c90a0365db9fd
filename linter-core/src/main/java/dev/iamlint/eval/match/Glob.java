package dev.iamlint.eval.match;

/** A wildcard pattern ({@code *} any run, {@code ?} one character) matched in linear time. */
public final class Glob {

    public static Glob compile(String pattern, boolean ignoreCase) {
        throw new UnsupportedOperationException("being written (helper H2)");
    }

    public boolean matches(String input) {
        throw new UnsupportedOperationException("being written (helper H2)");
    }
}
