package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;

/** The value of a Principal element: {@code "*"} or a map from principal type to identifiers. */
public sealed interface PrincipalValue {

    /** {@code "Principal": "*"}: everyone, including anonymous callers. */
    record Wildcard(SourceRange range) implements PrincipalValue {
        public Wildcard {
            Objects.requireNonNull(range, "range");
        }
    }

    /** {@code "Principal": {"AWS": [...], "Service": ...}}, keeping the order written. */
    record ByType(List<Entry> entries) implements PrincipalValue {
        public ByType {
            entries = List.copyOf(entries);
        }
    }

    /** One principal type ({@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}) and its identifiers. */
    record Entry(Located<String> type, List<Located<String>> values) {
        public Entry {
            Objects.requireNonNull(type, "type");
            values = List.copyOf(values);
        }
    }
}
