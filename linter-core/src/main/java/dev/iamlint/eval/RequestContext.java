package dev.iamlint.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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

    private final Map<String, Lookup.Present> entries;
    private final Map<String, String> spelling;
    private final ContextMode mode;

    private RequestContext(Map<String, Lookup.Present> entries, Map<String, String> spelling, ContextMode mode) {
        this.entries = entries;
        this.spelling = spelling;
        this.mode = mode;
    }

    public static RequestContext empty(ContextMode mode) {
        return new RequestContext(Map.of(), Map.of(), mode);
    }

    public static Builder builder(ContextMode mode) {
        return new Builder(mode);
    }

    public ContextMode mode() {
        return mode;
    }

    public Lookup lookup(String key) {
        Lookup.Present present = entries.get(normalize(key));
        if (present != null) {
            return present;
        }
        return mode == ContextMode.AWS ? ABSENT : UNKNOWN;
    }

    public boolean contains(String key) {
        return entries.containsKey(normalize(key));
    }

    /** The supplied keys, spelled as supplied, in the order supplied. */
    public List<String> keys() {
        return List.copyOf(spelling.values());
    }

    /** A copy of this context in another mode. */
    public RequestContext withMode(ContextMode newMode) {
        return new RequestContext(entries, spelling, newMode);
    }

    /** A copy with one more key, replacing any value it had. */
    public RequestContext with(String key, List<String> values) {
        Builder builder = new Builder(mode);
        spelling.forEach((k, original) -> builder.put(original, entries.get(k).values()));
        return builder.put(key, values).build();
    }

    static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("RequestContext[").append(mode);
        spelling.forEach((k, original) -> out.append(", ").append(original).append('=').append(entries.get(k).values()));
        return out.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestContext other && other.mode == mode && other.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, entries);
    }

    public static final class Builder {
        private final ContextMode mode;
        private final Map<String, Lookup.Present> entries = new LinkedHashMap<>();
        private final Map<String, String> spelling = new LinkedHashMap<>();

        private Builder(ContextMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
        }

        public Builder put(String key, List<String> values) {
            String normal = normalize(key);
            entries.put(normal, new Lookup.Present(new ArrayList<>(values)));
            spelling.put(normal, key);
            return this;
        }

        public Builder put(String key, String... values) {
            return put(key, List.of(values));
        }

        public RequestContext build() {
            return new RequestContext(
                    Collections.unmodifiableMap(new LinkedHashMap<>(entries)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(spelling)),
                    mode);
        }
    }
}
