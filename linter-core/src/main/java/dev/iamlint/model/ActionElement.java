package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;

/** A statement's {@code Action} or {@code NotAction}: action patterns such as {@code ecr:Batch*}. */
public sealed interface ActionElement permits Action, NotAction {

    List<Located<String>> values();

    /** From the element's key to the end of its value. */
    SourceRange range();

    /** True for {@code NotAction}, which matches every action it does not list. */
    boolean negated();
}
