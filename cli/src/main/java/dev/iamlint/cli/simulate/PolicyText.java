package dev.iamlint.cli.simulate;

import java.util.Objects;
import java.util.Optional;

/**
 * A policy document as given: its text and, when it was read from {@code file://PATH}, that
 * path, so that problems are reported against the file rather than a list position.
 */
public record PolicyText(String text, Optional<String> file) {

    public PolicyText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(file, "file");
    }

    static PolicyText inline(String text) {
        return new PolicyText(text, Optional.empty());
    }
}
