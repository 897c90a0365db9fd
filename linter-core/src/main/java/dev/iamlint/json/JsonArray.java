package dev.iamlint.json;

import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;

/** A JSON array, elements in source order. */
public record JsonArray(List<JsonValue> elements, SourceRange range) implements JsonValue {

    public JsonArray {
        elements = List.copyOf(elements);
        Objects.requireNonNull(range, "range");
    }

    @Override
    public String typeName() {
        return "array";
    }
}
