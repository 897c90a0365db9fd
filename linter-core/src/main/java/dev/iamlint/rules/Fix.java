package dev.iamlint.rules;

import java.util.List;
import java.util.Objects;

/**
 * How to resolve a finding: a one-line description and, where there is more than one way, the
 * alternatives (a managed policy ARN, a policy document, an edited value).
 */
public record Fix(String description, List<Option> options) {

    public Fix {
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
    }

    public static Fix of(String description) {
        return new Fix(description, List.of());
    }

    /** One way to fix: what it is, and the text to use (an ARN, a JSON document). */
    public record Option(String title, String content) {
        public Option {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
        }
    }
}
