package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;

/** A statement's {@code Resource} or {@code NotResource}: ARN patterns or {@code *}. */
public sealed interface ResourceElement permits Resource, NotResource {

    List<Located<String>> values();

    SourceRange range();

    /** True for {@code NotResource}, which matches every resource it does not list. */
    boolean negated();
}
