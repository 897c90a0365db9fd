package dev.iamlint.rules.validity;

import java.util.List;

/** Wording shared by rule messages. */
public final class Phrases {

    private Phrases() {
    }

    /**
     * "a", "a and b", "a, b and c", or, beyond {@code limit} items, "a, b, c and 4 more {@code noun}s"
     * ("and 1 more {@code noun}").
     *
     * @throws IllegalArgumentException for an empty list
     */
    public static String enumerate(List<String> items, int limit, String noun) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to enumerate");
        }
        if (items.size() > limit) {
            int more = items.size() - limit;
            return String.join(", ", items.subList(0, limit)) + " and " + more + " more " + noun + (more == 1 ? "" : "s");
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
