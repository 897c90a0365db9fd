package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;

/** {@code "NotAction": …}: the statement applies to every action except the listed ones. */
public record NotAction(List<Located<String>> values, SourceRange range) implements ActionElement {

    public NotAction {
        values = List.copyOf(values);
        Objects.requireNonNull(range, "range");
    }

    @Override
    public boolean negated() {
        return true;
    }
}
