package dev.iamlint.eval;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lower-case form and service of action names, cached. Requests draw their actions from a
 * small vocabulary (AWS has about 22,000), so the hot path looks them up instead of allocating a
 * lower-case copy per request. The cache is bounded; past the bound names are computed each time.
 */
final class ActionNames {

    /** An action name as the matcher needs it. */
    record Normalized(String lowerCase, String service) {}

    private static final int LIMIT = 50_000;
    private static final ConcurrentHashMap<String, Normalized> CACHE = new ConcurrentHashMap<>();

    private ActionNames() {}

    static Normalized of(String action) {
        Normalized normalized = CACHE.get(action);
        if (normalized == null) {
            String lowerCase = action.toLowerCase(Locale.ROOT);
            normalized = new Normalized(lowerCase, ActionSet.serviceOf(lowerCase));
            if (CACHE.size() < LIMIT) {
                CACHE.putIfAbsent(action, normalized);
            }
        }
        return normalized;
    }
}
