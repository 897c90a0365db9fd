package dev.iamlint.rules.validity;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.catalog.ActionInfo;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.source.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Action patterns as {@code Action} elements write them: {@code ecr:BatchGetImage}, {@code ecr:Batch*}, {@code *}. */
public final class ActionPatterns {

    private ActionPatterns() {
    }

    /** Every value of every statement's Action or NotAction, in document order. */
    public static List<Located<String>> actionValues(PolicyDocument document) {
        List<Located<String>> values = new ArrayList<>();
        document.statements().forEach(statement -> statement.action().ifPresent(action -> values.addAll(action.values())));
        return values;
    }

    public static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    /** Whether the pattern has a wildcard before {@code end}. */
    private static boolean hasWildcard(String pattern, int end) {
        for (int i = 0; i < end; i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /** The actions a pattern matches; a name without wildcards is looked up rather than matched against its whole service. */
    public static List<ActionInfo> expand(ActionCatalog catalog, String pattern) {
        return hasWildcard(pattern) ? catalog.matchingActions(pattern) : catalog.action(pattern).map(List::of).orElse(List.of());
    }

    /** The service prefix of a pattern in lower case, when it is written out ({@code ecr} of {@code ecr:Get*}). */
    public static Optional<String> literalService(String pattern) {
        int colon = pattern.indexOf(':');
        if (colon <= 0 || hasWildcard(pattern, colon)) {
            return Optional.empty();
        }
        return Optional.of(pattern.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /**
     * False when the pattern's written-out service differs from the action's: a cheap test that
     * spares matching most patterns against an action of another service.
     */
    public static boolean mayMatch(String pattern, String action) {
        int colon = pattern.indexOf(':');
        if (colon <= 0 || hasWildcard(pattern, colon)) {
            return true;
        }
        return action.indexOf(':') == colon && pattern.regionMatches(true, 0, action, 0, colon);
    }
}
