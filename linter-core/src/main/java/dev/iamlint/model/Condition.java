package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;

/**
 * One condition key under one operator, e.g. {@code "StringEquals": {"aws:SourceVpce": ["vpce-1"]}},
 * keeping the values grouped as written. {@code range} spans the key and its values.
 */
public record Condition(
        Located<String> operator,
        Located<String> key,
        List<Located<ConditionValue>> values,
        SourceRange range) {

    public Condition {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        Objects.requireNonNull(range, "range");
    }
}
