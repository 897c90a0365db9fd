package dev.iamlint.rules.ecr;

import dev.iamlint.eval.match.Glob;
import dev.iamlint.rules.validity.ActionPatterns;

/** One-off wildcard matches, for values matched once: text without wildcards is compared directly, without compiling a glob. */
final class Globs {

    private Globs() {
    }

    static boolean matches(String pattern, String text, boolean ignoreCase) {
        if (!ActionPatterns.hasWildcard(pattern)) {
            // What a glob without wildcards does, as Glob documents: equal text, ignoring case as equalsIgnoreCase does.
            return ignoreCase ? pattern.equalsIgnoreCase(text) : pattern.equals(text);
        }
        return Glob.compile(pattern, ignoreCase).matches(text);
    }
}
