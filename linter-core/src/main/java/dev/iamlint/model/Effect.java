package dev.iamlint.model;

import java.util.Optional;

/** A statement's effect. AWS compares the text case-sensitively: {@code allow} is invalid. */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    /** values() copies its array at every call; parsing asks for each statement. */
    private static final Effect[] VALUES = values();

    private final String text;

    Effect(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<Effect> parse(String text) {
        for (Effect effect : VALUES) {
            if (effect.text.equals(text)) {
                return Optional.of(effect);
            }
        }
        return Optional.empty();
    }
}
