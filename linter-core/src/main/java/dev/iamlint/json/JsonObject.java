package dev.iamlint.json;

import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;

/** A JSON object. Members stay in source order and duplicate keys are kept, so they can be reported. */
public record JsonObject(List<Member> members, SourceRange range) implements JsonValue {

    public JsonObject {
        members = List.copyOf(members);
        Objects.requireNonNull(range, "range");
    }

    @Override
    public String typeName() {
        return "object";
    }

    /** One {@code "key": value} pair; {@code keyRange} covers the key including its quotes. */
    public record Member(String key, SourceRange keyRange, JsonValue value) {

        public Member {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyRange, "keyRange");
            Objects.requireNonNull(value, "value");
        }

        /** From the key's opening quote to the end of the value. */
        public SourceRange range() {
            return keyRange.to(value.range());
        }
    }
}
