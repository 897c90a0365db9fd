package dev.iamlint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The documentation page of each rule ({@code docs/rules/ID.md}), bundled with the library. */
public final class RuleDocs {

    private RuleDocs() {}

    public static Optional<String> page(String ruleId) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("docs/" + ruleId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documentation of " + ruleId, e);
        }
    }
}
