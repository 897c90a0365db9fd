package dev.iamlint.json;

import dev.iamlint.source.SourceRange;
import java.util.Objects;

/**
 * A JSON number as its raw token ({@code 0123…} is not JSON, but {@code 1.50}, {@code 1e3} and
 * twelve-digit account ids are kept exactly as written, never converted).
 */
public record JsonNumber(String raw, SourceRange range) implements JsonValue {

    public JsonNumber {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(range, "range");
    }

    @Override
    public String typeName() {
        return "number";
    }
}
