package dev.iamlint.eval;

import dev.iamlint.eval.match.Glob;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The action patterns of one statement, compiled for the hot path: exact names in a hash set,
 * wildcard patterns as globs. Action names are case-insensitive ASCII, so both sides are
 * lower-cased once instead of folding every character of every comparison.
 */
final class ActionSet {

    private final Set<String> exact;
    private final Glob[] wildcards;

    private ActionSet(Set<String> exact, Glob[] wildcards) {
        this.exact = exact;
        this.wildcards = wildcards;
    }

    static ActionSet compile(List<String> patterns) {
        Set<String> exact = new HashSet<>();
        List<Glob> wildcards = new ArrayList<>();
        for (String pattern : patterns) {
            String lower = pattern.toLowerCase(Locale.ROOT);
            if (lower.indexOf('*') < 0 && lower.indexOf('?') < 0) {
                exact.add(lower);
            } else {
                wildcards.add(Glob.compile(lower, false));
            }
        }
        return new ActionSet(Set.copyOf(exact), wildcards.toArray(Glob[]::new));
    }

    /** Whether a lower-case action name is listed. */
    boolean matches(String lowerCaseAction) {
        if (exact.contains(lowerCaseAction)) {
            return true;
        }
        for (Glob glob : wildcards) {
            if (glob.matches(lowerCaseAction)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The services (lower case) that the patterns name literally, or null when one may match any
     * service (no colon, or a wildcard or {@linkplain UnknownValues unknown part} before it). Reads
     * only the prefixes: no pattern is compiled.
     */
    static Set<String> servicesOf(List<Located<String>> patterns) {
        Set<String> services = new HashSet<>();
        for (Located<String> located : patterns) {
            String pattern = located.value();
            int colon = pattern.indexOf(':');
            if (colon < 0) {
                return null;
            }
            for (int i = 0; i < colon; i++) {
                char c = pattern.charAt(i);
                // '$' opens an unknown part, which may stand for any service.
                if (c == '*' || c == '?' || c == '$') {
                    return null;
                }
            }
            services.add(pattern.substring(0, colon).toLowerCase(Locale.ROOT));
        }
        return services;
    }

    /** The service prefix of a lower-case action name or pattern, or null without a colon. */
    static String serviceOf(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? null : action.substring(0, colon);
    }
}
