package dev.iamlint.rules;

import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import java.util.Objects;

/**
 * A parsed policy and where it came from: the path findings name, and its text. {@code valid} is
 * false when AWS would reject the document; such a document is linted but not evaluated.
 */
public record PolicySource(String path, String text, PolicyKind kind, PolicyDocument document, boolean valid) {

    public PolicySource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
    }
}
