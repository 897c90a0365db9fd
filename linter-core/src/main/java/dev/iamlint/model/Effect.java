package dev.iamlint.model;

import java.util.Optional;

/** A statement's effect. AWS compares the text case-sensitively: {@code allow} is invalid. */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String text;

    Effect(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<Effect> parse(String text) {
        for (Effect effect : values()) {
            if (effect.text.equals(text)) {
                return Optional.of(effect);
            }
        }
        return Optional.empty();
    }
}
