package dev.iamlint.model;

import dev.iamlint.source.SourceRange;
import java.util.Objects;

/** {@code "Principal": …}: the statement applies to the listed principals. */
public record Principal(PrincipalValue value, SourceRange range) implements PrincipalElement {

    public Principal {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
    }

    @Override
    public boolean negated() {
        return false;
    }
}
