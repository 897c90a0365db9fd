package dev.iamlint.rules;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.Optional;

/** What a {@link DocumentRule} sees of one document, and where it reports. */
public final class DocumentContext extends Reporter {

    private final PolicySource source;
    private final ActionCatalog catalog;

    public DocumentContext(RuleDescriptor rule, PolicySource source, ActionCatalog catalog) {
        super(rule);
        this.source = source;
        this.catalog = catalog;
    }

    public PolicySource source() {
        return source;
    }

    public PolicyDocument document() {
        return source.document();
    }

    public PolicyKind kind() {
        return source.kind();
    }

    public ActionCatalog catalog() {
        return catalog;
    }

    public void report(Located<?> element, String message) {
        add(source.path(), element.range(), pointer(element), message, Optional.empty());
    }

    public void report(Located<?> element, String message, Fix fix) {
        add(source.path(), element.range(), pointer(element), message, Optional.of(fix));
    }

    public void report(Statement statement, String message) {
        add(source.path(), statement.range(), pointer(statement), message, Optional.empty());
    }

    public void report(Statement statement, String message, Fix fix) {
        add(source.path(), statement.range(), pointer(statement), message, Optional.of(fix));
    }

    public void report(SourceRange range, String pointer, String message) {
        add(source.path(), range, pointer, message, Optional.empty());
    }

    public void report(SourceRange range, String pointer, String message, Fix fix) {
        add(source.path(), range, pointer, message, Optional.of(fix));
    }

}
