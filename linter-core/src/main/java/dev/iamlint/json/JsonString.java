package dev.iamlint.json;

import dev.iamlint.source.SourceRange;
import java.util.Objects;

/** A JSON string, unescaped; {@code range} includes the quotes. */
public record JsonString(String value, SourceRange range) implements JsonValue {

    public JsonString {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
    }

    @Override
    public String typeName() {
        return "string";
    }
}
