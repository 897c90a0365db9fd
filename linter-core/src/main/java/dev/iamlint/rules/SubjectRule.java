package dev.iamlint.rules;

/** A rule that looks at a subject: a set of policies that apply together, and its requirements. */
public non-sealed interface SubjectRule extends Rule {

    void check(SubjectContext context);
}
