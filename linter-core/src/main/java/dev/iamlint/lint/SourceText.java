package dev.iamlint.lint;

import java.util.Objects;

/** An input as its reader got it: the path findings will name, and the text. */
public record SourceText(String path, String text) {

    public SourceText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
