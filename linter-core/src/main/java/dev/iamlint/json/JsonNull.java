package dev.iamlint.json;

import dev.iamlint.source.SourceRange;
import java.util.Objects;

/** {@code null}. */
public record JsonNull(SourceRange range) implements JsonValue {

    public JsonNull {
        Objects.requireNonNull(range, "range");
    }

    @Override
    public String typeName() {
        return "null";
    }
}
