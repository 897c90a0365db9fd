package dev.iamlint.source;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A value read from a document together with where it was read: its source range and its JSON
 * pointer (RFC 6901), which stays stable when lines move and so serves fingerprints.
 */
public record Located<T>(T value, SourceRange range, String pointer) {

    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** A value that comes from no document. */
    public static <T> Located<T> synthetic(T value) {
        return new Located<>(value, SourceRange.NONE, "");
    }

    /** Whether the value of some element passes the test; a loop, as rules ask it of every element list they read. */
    public static <T> boolean anyValue(List<Located<T>> values, Predicate<? super T> test) {
        for (Located<T> located : values) {
            if (test.test(located.value)) {
                return true;
            }
        }
        return false;
    }
}
