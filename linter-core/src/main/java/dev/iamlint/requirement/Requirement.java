package dev.iamlint.requirement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a principal must be allowed to do, as data: named permissions, each an action on a
 * resource template with the step that fails without it. Built-in requirements and users'
 * requirement files share one JSON format; see {@link Requirements}.
 */
public record Requirement(String name, String description, List<Permission> permissions, List<String> notes) {

    public Requirement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        permissions = List.copyOf(permissions);
        notes = List.copyOf(notes);
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is empty");
        }
        if (permissions.isEmpty()) {
            throw new IllegalArgumentException("requirement " + name + " has no permissions");
        }
        for (int i = 1; i < permissions.size(); i++) {
            String conflict = conflict(permissions.subList(0, i), permissions.get(i)).orElse(null);
            if (conflict != null) {
                throw new IllegalArgumentException("requirement " + name + ": " + conflict);
            }
        }
    }

    /**
     * By name alone, which equal requirements share: requirements key the memos of every check,
     * and hashing all their permissions each time cost more than the lookups saved.
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The flags its permissions' {@code unless} name, in order of first use. */
    public Set<String> flags() {
        Set<String> flags = new LinkedHashSet<>();
        permissions.forEach(p -> p.unless().ifPresent(flags::add));
        return flags;
    }

    /**
     * Why a permission cannot follow the earlier ones: the same action on the same resource twice,
     * or a Sid shared with a permission that grants something else.
     */
    static Optional<String> conflict(List<Permission> earlier, Permission next) {
        for (Permission before : earlier) {
            // Templates compared by text: equal templates have equal text. (A record's equals is linked through
            // method handles on first use, which costs tens of milliseconds when this runs, at start-up.)
            if (before.action().toLowerCase(Locale.ROOT).equals(next.action().toLowerCase(Locale.ROOT))
                    && before.resource().text().equals(next.resource().text())) {
                return Optional.of(next.action() + " on " + next.resource().text() + " is listed twice");
            }
            if (before.statementSid().equals(next.statementSid()) && !before.grantOrResource().text().equals(next.grantOrResource().text())) {
                return Optional.of("Sid " + next.statementSid() + " groups " + before.action() + " on "
                        + before.grantOrResource().text() + " with " + next.action() + " on " + next.grantOrResource().text()
                        + ": one statement grants one set of resources");
            }
        }
        return Optional.empty();
    }
}
