package dev.iamlint.model;

import dev.iamlint.source.SourceRange;
import java.util.Objects;

/** {@code "NotPrincipal": …}: the statement applies to every principal except the listed ones. */
public record NotPrincipal(PrincipalValue value, SourceRange range) implements PrincipalElement {

    public NotPrincipal {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
    }

    @Override
    public boolean negated() {
        return true;
    }
}
