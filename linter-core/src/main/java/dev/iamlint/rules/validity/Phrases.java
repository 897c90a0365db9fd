package dev.iamlint.rules.validity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
        return enumerate(items, Function.identity(), limit, noun);
    }

    /**
     * As {@link #enumerate(List, int, String)}, naming each listed item with {@code name}: only
     * those listed are named, which matters when there are thousands.
     */
    public static <T> String enumerate(List<T> items, Function<? super T, String> name, int limit, String noun) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to enumerate");
        }
        int listed = Math.min(items.size(), limit);
        List<String> names = new ArrayList<>(listed);
        for (int i = 0; i < listed; i++) {
            names.add(name.apply(items.get(i)));
        }
        if (items.size() > limit) {
            int more = items.size() - limit;
            return String.join(", ", names) + " and " + more + " more " + noun + (more == 1 ? "" : "s");
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
