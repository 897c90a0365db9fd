package dev.iamlint.config;

import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.RuleRegistry;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt rule ids and names. */
public final class RuleNames {

    private RuleNames() {}

    /** The rule whose id or name is closest to {@code text}, as {@code ID (Name)}, if any is close. */
    public static Optional<String> suggestion(RuleRegistry registry, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, wanted.length() / 3);
        RuleDescriptor best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (RuleDescriptor rule : registry.descriptors()) {
            int distance = Math.min(distance(wanted, rule.id().toLowerCase(Locale.ROOT)),
                    distance(wanted, rule.name().toLowerCase(Locale.ROOT)));
            if (distance < bestDistance) {
                best = rule;
                bestDistance = distance;
            }
        }
        return best == null || bestDistance > limit ? Optional.empty() : Optional.of(best.id() + " (" + best.name() + ")");
    }

    /** Levenshtein distance, two rows. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
