package dev.iamlint.rules;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.eval.Evaluator;
import dev.iamlint.model.Statement;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What a {@link SubjectRule} sees of one subject, and where it reports. */
public final class SubjectContext extends Reporter {

    private final Subject subject;
    private final Evaluator evaluator;
    private final List<RequirementResult> requirements;
    private final ActionCatalog catalog;
    private final Map<Object, Object> shared;

    /**
     * @param shared what the rules of one subject compute once for all of them (see
     *     {@link #shared}); one map per subject, used by one thread
     */
    public SubjectContext(RuleDescriptor rule, Subject subject, Evaluator evaluator, List<RequirementResult> requirements,
            ActionCatalog catalog, Map<Object, Object> shared) {
        super(rule);
        this.subject = subject;
        this.evaluator = evaluator;
        this.requirements = List.copyOf(requirements);
        this.catalog = catalog;
        this.shared = shared;
    }

    /**
     * A value derived from the subject that several rules need (a diagnosis of its requirement
     * results, say): computed by the first rule that asks, then handed to the others.
     */
    public <T> T shared(Class<T> type, Supplier<T> compute) {
        Object value = shared.get(type);
        if (value == null) {
            value = compute.get();
            shared.put(type, value);
        }
        return type.cast(value);
    }

    public Subject subject() {
        return subject;
    }

    /** The subject's policies compiled, as its requirement checks evaluated them: for rules that evaluate more requests. */
    public Evaluator evaluator() {
        return evaluator;
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
