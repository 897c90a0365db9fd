package dev.iamlint.json;

import dev.iamlint.source.SourceRange;
import java.util.Objects;

/** {@code true} or {@code false}. */
public record JsonBool(boolean value, SourceRange range) implements JsonValue {

    public JsonBool {
        Objects.requireNonNull(range, "range");
    }

    @Override
    public String typeName() {
        return "boolean";
    }
}
