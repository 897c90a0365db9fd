package dev.iamlint.rules;

import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects one rule's findings in one context; the rule names what and where, this adds the rest. */
abstract class Reporter {

    private final RuleDescriptor rule;
    private final List<Finding> findings = new ArrayList<>();

    Reporter(RuleDescriptor rule) {
        this.rule = rule;
    }

    final void add(String path, SourceRange range, String pointer, String message, Optional<Fix> fix) {
        findings.add(new Finding(rule, rule.severity(), message, path, range, pointer, fix));
    }

    static String pointer(Statement statement) {
        return statement.pointer();
    }

    static String pointer(Located<?> element) {
        return element.pointer();
    }

    /** The findings reported so far. */
    public final List<Finding> findings() {
        return List.copyOf(findings);
    }
}
