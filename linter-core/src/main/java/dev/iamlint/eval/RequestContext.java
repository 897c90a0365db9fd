package dev.iamlint.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The condition keys of a request and their values. Key names are case-insensitive, as in IAM; a
 * key may carry several values (multivalued keys such as {@code aws:TagKeys}).
 */
public final class RequestContext {

    /** What looking up a key gives. */
    public sealed interface Lookup {
        /** The request carries the key with these values (possibly none: an empty set). */
        record Present(List<String> values) implements Lookup {
            public Present {
                values = List.copyOf(values);
            }
        }

        /** The request does not carry the key. */
        record Absent() implements Lookup {}

        /** Open mode: nobody said whether the request carries the key. */
        record Unknown() implements Lookup {}
    }

    private static final Lookup ABSENT = new Lookup.Absent();
    private static final Lookup UNKNOWN = new Lookup.Unknown();

    /** Keyed case-insensitively, so lookups neither normalise nor allocate. */
    private final SortedMap<String, Lookup.Present> entries;
    /** The keys as supplied, in the order supplied. */
    private final List<String> spelling;
    private final ContextMode mode;

    private RequestContext(SortedMap<String, Lookup.Present> entries, List<String> spelling, ContextMode mode) {
        this.entries = entries;
        this.spelling = spelling;
        this.mode = mode;
    }

    public static RequestContext empty(ContextMode mode) {
        return new Builder(mode).build();
    }

    public static Builder builder(ContextMode mode) {
        return new Builder(mode);
    }

    public ContextMode mode() {
        return mode;
    }

    public Lookup lookup(String key) {
        Lookup.Present present = entries.get(key);
        if (present != null) {
            return present;
        }
        return mode == ContextMode.AWS ? ABSENT : UNKNOWN;
    }

    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    /** The supplied keys, spelled as supplied, in the order supplied. */
    public List<String> keys() {
        return spelling;
    }

    /** A copy of this context in another mode. */
    public RequestContext withMode(ContextMode newMode) {
        return new RequestContext(entries, spelling, newMode);
    }

    /** A copy with one more key, replacing any value it had. */
    public RequestContext with(String key, List<String> values) {
        Builder builder = new Builder(mode);
        spelling.forEach(original -> builder.put(original, entries.get(original).values()));
        return builder.put(key, values).build();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("RequestContext[").append(mode);
        spelling.forEach(original -> out.append(", ").append(original).append('=').append(entries.get(original).values()));
        return out.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestContext other && other.mode == mode && other.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        // Consistent with the case-insensitive equals: hash the keys in one case.
        int hash = mode.hashCode();
        for (var entry : entries.entrySet()) {
            hash += entry.getKey().toLowerCase(Locale.ROOT).hashCode() ^ entry.getValue().hashCode();
        }
        return hash;
    }

    public static final class Builder {
        private final ContextMode mode;
        private final SortedMap<String, Lookup.Present> entries = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final SortedMap<String, String> spelling = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final List<String> order = new ArrayList<>();

        private Builder(ContextMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
        }

        /** Sets a key's values; a key supplied again in another case replaces the first. */
        public Builder put(String key, List<String> values) {
            entries.put(key, new Lookup.Present(values));
            String previous = spelling.put(key, key);
            if (previous != null) {
                order.remove(previous);
            }
            order.add(key);
            return this;
        }

        public Builder put(String key, String... values) {
            return put(key, List.of(values));
        }

        public RequestContext build() {
            SortedMap<String, Lookup.Present> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            copy.putAll(entries);
            return new RequestContext(Collections.unmodifiableSortedMap(copy), List.copyOf(order), mode);
        }
    }
}
