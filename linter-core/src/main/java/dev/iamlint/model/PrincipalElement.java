package dev.iamlint.model;

import dev.iamlint.source.SourceRange;

/** A statement's {@code Principal} or {@code NotPrincipal}, as resource-based policies use them. */
public sealed interface PrincipalElement permits Principal, NotPrincipal {

    PrincipalValue value();

    SourceRange range();

    /** True for {@code NotPrincipal}. */
    boolean negated();
}
