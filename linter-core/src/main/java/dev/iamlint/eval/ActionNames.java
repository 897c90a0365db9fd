package dev.iamlint.eval;

import dev.iamlint.memo.BoundedMemo;
import java.util.Locale;


/**
 * The lower-case form and service of action names, cached. Requests draw their actions from a
 * small vocabulary (AWS has about 22,000), so the hot path looks them up instead of allocating a
 * lower-case copy per request. The cache is bounded; past the bound names are computed each time.
 */
final class ActionNames {

    /** An action name as the matcher needs it. */
    record Normalized(String lowerCase, String service) {}

    private static final BoundedMemo<String, Normalized> CACHE = new BoundedMemo<>(50_000);

    private ActionNames() {}

    static Normalized of(String action) {
        Normalized normalized = CACHE.getIfPresent(action);
        if (normalized == null) {
            String lowerCase = action.toLowerCase(Locale.ROOT);
            normalized = new Normalized(lowerCase, ActionSet.serviceOf(lowerCase));
            CACHE.remember(action, normalized);
        }
        return normalized;
    }
}
