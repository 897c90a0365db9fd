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
