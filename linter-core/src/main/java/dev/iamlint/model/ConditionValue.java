package dev.iamlint.model;

import java.util.Objects;

/**
 * A condition value as written. AWS accepts strings, numbers and booleans and compares their text,
 * so numbers keep their raw token (no padding of short account ids, no reformatting).
 */
public sealed interface ConditionValue {

    /** The text AWS compares: the string itself, the number's token, or {@code true}/{@code false}. */
    String text();

    record Text(String text) implements ConditionValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Number(String text) implements ConditionValue {
        public Number {
            Objects.requireNonNull(text, "text");
        }
    }

    record Bool(boolean value) implements ConditionValue {
        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }
}
