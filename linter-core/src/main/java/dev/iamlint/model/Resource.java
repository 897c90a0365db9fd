package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;

/** {@code "Resource": …}: the statement applies to the listed resources. */
public record Resource(List<Located<String>> values, SourceRange range) implements ResourceElement {

    public Resource {
        values = List.copyOf(values);
        Objects.requireNonNull(range, "range");
    }

    @Override
    public boolean negated() {
        return false;
    }
}
