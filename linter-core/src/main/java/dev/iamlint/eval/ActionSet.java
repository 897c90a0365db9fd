package dev.iamlint.eval;

import dev.iamlint.eval.match.Glob;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The action patterns of one statement, compiled for the hot path: exact names in a hash set,
 * wildcard patterns as globs. Action names are case-insensitive ASCII, so both sides are
 * lower-cased once instead of folding every character of every comparison.
 */
final class ActionSet {

    private final Set<String> exact;
    private final Glob[] wildcards;
    /** The services every pattern names literally, or null when a pattern may match any service. */
    private final Set<String> services;

    private ActionSet(Set<String> exact, Glob[] wildcards, Set<String> services) {
        this.exact = exact;
        this.wildcards = wildcards;
        this.services = services;
    }

    static ActionSet compile(List<String> patterns) {
        Set<String> exact = new HashSet<>();
        List<Glob> wildcards = new ArrayList<>();
        Set<String> services = new HashSet<>();
        boolean anyService = false;
        for (String pattern : patterns) {
            String lower = pattern.toLowerCase(Locale.ROOT);
            if (lower.indexOf('*') < 0 && lower.indexOf('?') < 0) {
                exact.add(lower);
            } else {
                wildcards.add(Glob.compile(lower, false));
            }
            String service = serviceOf(lower);
            if (service == null || service.indexOf('*') >= 0 || service.indexOf('?') >= 0) {
                anyService = true;
            } else {
                services.add(service);
            }
        }
        return new ActionSet(Set.copyOf(exact), wildcards.toArray(Glob[]::new), anyService ? null : Set.copyOf(services));
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

    /** The services the patterns name, when each names one literally. */
    Optional<Set<String>> services() {
        return Optional.ofNullable(services);
    }

    /** The service prefix of a lower-case action name or pattern, or null without a colon. */
    static String serviceOf(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? null : action.substring(0, colon);
    }
}
