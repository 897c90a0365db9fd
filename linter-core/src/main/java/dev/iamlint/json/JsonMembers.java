package dev.iamlint.json;

import java.util.Optional;

/** Lookups in read JSON for readers that take whatever shape a file has (plans, account details, baselines). */
public final class JsonMembers {

    private JsonMembers() {
    }

    /** The first member named {@code key} when {@code value} is an object that has one. */
    public static Optional<JsonValue> member(JsonValue value, String key) {
        if (value instanceof JsonObject object) {
            for (JsonObject.Member member : object.members()) {
                if (member.key().equals(key)) {
                    return Optional.of(member.value());
                }
            }
        }
        return Optional.empty();
    }

    /** The member named {@code key} when it is a string. */
    public static Optional<String> text(JsonValue value, String key) {
        return member(value, key).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }
}
