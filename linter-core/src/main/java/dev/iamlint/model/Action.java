package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;

/** {@code "Action": …}: the statement applies to the listed actions. */
public record Action(List<Located<String>> values, SourceRange range) implements ActionElement {

    public Action {
        values = List.copyOf(values);
        Objects.requireNonNull(range, "range");
    }

    @Override
    public boolean negated() {
        return false;
    }
}
