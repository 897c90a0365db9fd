package dev.iamlint.parse;

import dev.iamlint.model.PolicyDocument;
import dev.iamlint.source.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What parsing gave: the document when the text was a JSON object shaped enough to build one,
 * and every problem found, in source order.
 */
public record ParseResult(Optional<PolicyDocument> document, List<Problem> problems) {

    public ParseResult {
        Objects.requireNonNull(document, "document");
        problems = List.copyOf(problems);
    }

    /** True when AWS would reject the document: a document with errors is not evaluated. */
    public boolean hasErrors() {
        return document.isEmpty() || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }
}
