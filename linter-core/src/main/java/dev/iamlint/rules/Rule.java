package dev.iamlint.rules;

/**
 * A lint rule: a class annotated with {@link RuleInfo} that checks one policy document at a time
 * ({@link DocumentRule}), one subject, a principal's whole set of policies together with what it
 * is required to be able to do ({@link SubjectRule}), or what a template, plan or account
 * attaches to its principals ({@link InputRule}). Rules are found with {@link java.util.ServiceLoader}.
 */
public sealed interface Rule permits DocumentRule, SubjectRule, InputRule {

    /** This rule's metadata, read from its {@link RuleInfo}. */
    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }
}
