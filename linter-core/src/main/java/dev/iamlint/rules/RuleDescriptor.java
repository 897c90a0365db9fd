package dev.iamlint.rules;

import dev.iamlint.parse.ProblemCode;
import dev.iamlint.source.Severity;
import java.util.Objects;

/**
 * What identifies and describes a rule: the metadata of a rule class, or of a problem the parser
 * reports (whose findings are rules too, with ids in the IAM0xx band).
 */
public record RuleDescriptor(String id, String name, String summary, Severity severity, Category category, String link) {

    private static final String POLICY_GRAMMAR =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html";

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(link, "link");
    }

    // Read once per class: linting asks for a rule's descriptor for every document.
    private static final ClassValue<RuleDescriptor> BY_CLASS = new ClassValue<>() {
        @Override
        protected RuleDescriptor computeValue(Class<?> type) {
            return read(type);
        }
    };

    /** @throws IllegalArgumentException if the class has no {@link RuleInfo} */
    public static RuleDescriptor of(Class<?> ruleClass) {
        return BY_CLASS.get(ruleClass);
    }

    private static RuleDescriptor read(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
        }
        return new RuleDescriptor(info.id(), info.name(), info.summary(), info.severity(), info.category(), info.link());
    }

    public static RuleDescriptor of(ProblemCode code) {
        return new RuleDescriptor(code.id(), code.ruleName(), code.summary(), code.severity(), Category.STRUCTURE, POLICY_GRAMMAR);
    }
}
