package dev.iamlint.rules;

/** A rule that looks at one policy document on its own. */
public non-sealed interface DocumentRule extends Rule {

    void check(DocumentContext context);
}
