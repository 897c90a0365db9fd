package dev.iamlint.requirement;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to run a requirement check.
 *
 * @param subject what is checked, as the report names it (a policy file, a principal); when
 *     empty, the caller's ARN
 * @param flags the flags that are set: permissions whose {@code unless} names one are skipped
 *     (e.g. {@code repositoriesExist} for a pull-through cache whose repositories exist)
 */
public record CheckOptions(Optional<String> subject, Set<String> flags) {

    public static final CheckOptions DEFAULTS = new CheckOptions(Optional.empty(), Set.of());

    public CheckOptions {
        Objects.requireNonNull(subject, "subject");
        flags = Set.copyOf(flags);
    }

    public CheckOptions withSubject(String newSubject) {
        return new CheckOptions(Optional.of(newSubject), flags);
    }

    public CheckOptions withFlag(String flag) {
        Set<String> more = new HashSet<>(flags);
        more.add(flag);
        return new CheckOptions(subject, more);
    }
}
