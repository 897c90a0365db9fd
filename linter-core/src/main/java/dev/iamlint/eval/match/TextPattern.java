package dev.iamlint.eval.match;

import dev.iamlint.eval.RequestContext;
import dev.iamlint.eval.Tri;
import java.util.Set;

/**
 * A string condition value, compiled once: exact, case-insensitive or {@code Like} comparison of
 * text that may hold policy variables (see {@link Template} for their rules).
 *
 * <p>Without variables the comparison is a precompiled {@link Glob} and allocates nothing. With
 * variables, each request resolves them first. In open mode an unknown variable makes the result
 * unknown, unless no value at all could make the text match; then it is false.
 */
public final class TextPattern {

    /** How the text is compared. */
    public enum Mode {
        /** StringEquals: exact and case-sensitive; {@code *} and {@code ?} are literal. */
        EQUALS(false, false),
        /** StringEqualsIgnoreCase. */
        EQUALS_IGNORE_CASE(false, true),
        /** StringLike: case-sensitive, {@code *} and {@code ?} are wildcards. */
        LIKE(true, false);

        private final boolean wildcards;
        private final boolean ignoreCase;

        Mode(boolean wildcards, boolean ignoreCase) {
            this.wildcards = wildcards;
            this.ignoreCase = ignoreCase;
        }
    }

    private final Template template;
    private final boolean ignoreCase;
    /** The whole comparison when the text has no variables. */
    private final Glob fixed;
    /** With variables: every variable as a star, what some value of them could match. */
    private final Glob open;

    private TextPattern(Template template, boolean ignoreCase) {
        this.template = template;
        this.ignoreCase = ignoreCase;
        if (template.hasVariables()) {
            this.fixed = null;
            this.open = Glob.fromTokens(template.openTokens(), ignoreCase);
        } else {
            this.fixed = Glob.fromTokens(template.fixedTokens(), ignoreCase);
            this.open = null;
        }
    }

    /**
     * Compiles a condition value; {@code policyVariables} is true for Version 2012-10-17, where
     * {@code ${…}} is a variable rather than literal text.
     */
    public static TextPattern compile(String text, Mode mode, boolean policyVariables) {
        return new TextPattern(Template.parse(text, policyVariables, mode.wildcards), mode.ignoreCase);
    }

    static TextPattern of(Template template, boolean ignoreCase) {
        return new TextPattern(template, ignoreCase);
    }

    public Tri matches(String input, RequestContext context) {
        return matches(input, 0, input.length(), context);
    }

    /** Whether {@code input[from, to)} matches. */
    Tri matches(String input, int from, int to, RequestContext context) {
        if (fixed != null) {
            return Tri.of(fixed.matches(input, from, to));
        }
        return switch (template.resolvable(context)) {
            case TRUE -> Tri.of(Glob.fromTokens(template.resolve(context), ignoreCase).matches(input, from, to));
            case FALSE -> Tri.FALSE;
            case UNKNOWN -> open.matches(input, from, to) ? Tri.UNKNOWN : Tri.FALSE;
        };
    }

    boolean endsWithAnyRun() {
        return template.endsWithAnyRun();
    }

    /** The condition keys the text's variables refer to, as written. */
    public Set<String> variableKeys() {
        return template.variableKeys();
    }
}
