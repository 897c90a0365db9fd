package dev.iamlint.rules;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.model.Statement;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Optional;

/** What a {@link SubjectRule} sees of one subject, and where it reports. */
public final class SubjectContext extends Reporter {

    private final Subject subject;
    private final List<RequirementResult> requirements;
    private final ActionCatalog catalog;

    public SubjectContext(RuleDescriptor rule, Subject subject, List<RequirementResult> requirements, ActionCatalog catalog) {
        super(rule);
        this.subject = subject;
        this.requirements = List.copyOf(requirements);
        this.catalog = catalog;
    }

    public Subject subject() {
        return subject;
    }

    /** Each requirement's check for this subject, in the order requested. */
    public List<RequirementResult> requirements() {
        return requirements;
    }

    public ActionCatalog catalog() {
        return catalog;
    }

    /** Reports at a statement of one of the subject's policies. */
    public void report(String policyId, Statement statement, String message, Optional<Fix> fix) {
        add(source(policyId).path(), statement.range(), pointer(statement), message, fix);
    }

    /** Reports at a range of one of the subject's policies. */
    public void report(String policyId, SourceRange range, String pointer, String message, Optional<Fix> fix) {
        add(source(policyId).path(), range, pointer, message, fix);
    }

    private PolicySource source(String policyId) {
        PolicySource source = subject.sources().get(policyId);
        if (source == null) {
            throw new IllegalArgumentException("no policy " + policyId + " in subject " + subject.name());
        }
        return source;
    }

}
