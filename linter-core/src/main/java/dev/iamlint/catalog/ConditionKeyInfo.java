package dev.iamlint.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition key and the type of its values. The name is as the Service Authorization Reference
 * writes it; a variable part is a {@code ${Name}} placeholder, as in {@code aws:ResourceTag/${TagKey}}.
 */
public record ConditionKeyInfo(String name, ConditionKeyType type) {

    public ConditionKeyInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** True when the name has a variable part, so that many keys in policies are this one. */
    public boolean isTemplate() {
        // Most names have no '$' at all: one character search settles them.
        int dollar = name.indexOf('$');
        return dollar >= 0 && name.indexOf("${", dollar) >= 0;
    }

    /**
     * Whether a key as written in a policy is this key. Key names are case-insensitive in IAM;
     * a placeholder stands for one or more characters, so {@code aws:ResourceTag/team} is
     * {@code aws:ResourceTag/${TagKey}} but {@code aws:ResourceTag/} is not.
     */
    public boolean matches(String key) {
        int placeholder = name.indexOf("${");
        if (placeholder < 0) {
            return name.equalsIgnoreCase(key);
        }
        // The text before the placeholder tells nearly every key apart without building a pattern.
        return key.regionMatches(true, 0, name, 0, placeholder) && Wildcard.matches(Wildcard.fromTemplate(name), key, true);
    }

    /** The key that {@code key} is among {@code keys} (sorted by name): an exact name first, else a template it fits. */
    static Optional<ConditionKeyInfo> find(List<ConditionKeyInfo> keys, String key) {
        Optional<ConditionKeyInfo> exact = Names.find(keys, ConditionKeyInfo::name, key);
        if (exact.isPresent()) {
            return exact;
        }
        for (ConditionKeyInfo candidate : keys) {
            if (candidate.isTemplate() && candidate.matches(key)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
