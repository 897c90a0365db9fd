package dev.iamlint.rules;

/**
 * A rule that looks at what a template, plan or account as a whole attaches to its principals,
 * beyond each policy document.
 */
public non-sealed interface InputRule extends Rule {

    void check(InputContext context);
}
