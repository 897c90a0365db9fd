package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IAM policy document as written. Nothing is defaulted: a missing {@code Version} stays missing,
 * so a linter can report it and the evaluator can treat policy variables as literal text.
 */
public record PolicyDocument(
        Optional<Located<String>> version,
        Optional<Located<String>> id,
        List<Statement> statements,
        SourceRange range) {

    /** The only version under which policy variables are substituted. */
    public static final String VERSION_2012 = "2012-10-17";

    public PolicyDocument {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(id, "id");
        statements = List.copyOf(statements);
        Objects.requireNonNull(range, "range");
    }

    /** Policy variables such as {@code ${aws:username}} take effect only under Version 2012-10-17. */
    public boolean policyVariablesEnabled() {
        return version.map(v -> v.value().equals(VERSION_2012)).orElse(false);
    }
}
