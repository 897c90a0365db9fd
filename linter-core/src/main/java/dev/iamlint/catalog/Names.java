package dev.iamlint.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Lists kept sorted by name ignoring case, so that lookups by name are binary searches. */
final class Names {

    private Names() {
    }

    static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(sorted);
    }

    /**
     * The items whose names start with {@code prefix}, ignoring case, in a list from
     * {@link #sorted}: they stand together there, as the order compares names character by
     * character, folded as {@link String#regionMatches(boolean, int, String, int, int)} folds them.
     */
    static <T> List<T> withPrefix(List<T> sorted, Function<T, String> name, String prefix) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (String.CASE_INSENSITIVE_ORDER.compare(name.apply(sorted.get(middle)), prefix) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int end = low;
        while (end < sorted.size() && name.apply(sorted.get(end)).regionMatches(true, 0, prefix, 0, prefix.length())) {
            end++;
        }
        return sorted.subList(low, end);
    }

    /** The item called {@code wanted}, ignoring case, in a list from {@link #sorted}. */
    static <T> Optional<T> find(List<T> sorted, Function<T, String> name, String wanted) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            T item = sorted.get(middle);
            int order = String.CASE_INSENSITIVE_ORDER.compare(name.apply(item), wanted);
            if (order == 0) {
                return Optional.of(item);
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }
}
