package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;

/** {@code "NotResource": …}: the statement applies to every resource except the listed ones. */
public record NotResource(List<Located<String>> values, SourceRange range) implements ResourceElement {

    public NotResource {
        values = List.copyOf(values);
        Objects.requireNonNull(range, "range");
    }

    @Override
    public boolean negated() {
        return true;
    }
}
