package dev.iamlint.lint;

import dev.iamlint.iac.EmbeddedPolicy;
import dev.iamlint.rules.UnreadablePolicy;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A role, user or group of a template, plan or account, with every policy that makes up its
 * permissions as far as the input determines them, and the parts it does not.
 *
 * @param kind role, user or group
 * @param id how messages, subjects and selectors name it: its logical id, resource address or ARN
 * @param key how the input's policies and attachments name it (see {@link IacInput.Role#key()})
 * @param identity its identity policies: inline, attached from the input, AWS managed by ARN, and
 *     for a user those of its groups
 * @param boundary its permissions boundary, when the input names one that iamlint can read
 * @param gaps what belongs to its permissions but iamlint cannot see
 */
record Principal(Kind kind, String id, String key, List<Policy> identity, Optional<Policy> boundary, List<UnreadablePolicy> gaps) {

    /** What the principal is; UNKNOWN when the input only attaches policies that may go to any of the three. */
    enum Kind {
        ROLE("role"),
        USER("user"),
        GROUP("group"),
        UNKNOWN("principal");

        private final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    /** A policy of the principal: one the input holds, or an AWS managed policy named by ARN. */
    sealed interface Policy permits InputPolicy, AwsManagedPolicy {}

    record InputPolicy(EmbeddedPolicy policy) implements Policy {}

    record AwsManagedPolicy(String arn) implements Policy {}

    Principal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        identity = List.copyOf(identity);
        Objects.requireNonNull(boundary, "boundary");
        gaps = List.copyOf(gaps);
    }

    /** {@code role NodeRole}; an ARN says what it names by itself. */
    String display() {
        return display(kind, id);
    }

    static String display(Kind kind, String id) {
        return id.startsWith("arn:") ? id : kind.text + " " + id;
    }

    /** What selectors match: the id, the key, and the name at the end of an ARN. */
    List<String> names() {
        List<String> names = new ArrayList<>(List.of(id));
        if (!key.equals(id)) {
            names.add(key);
        }
        for (String name : List.of(id, key)) {
            int end = Math.max(name.lastIndexOf('/'), name.startsWith("arn:") ? name.lastIndexOf(':') : -1);
            if (end >= 0 && !names.contains(name.substring(end + 1))) {
                names.add(name.substring(end + 1));
            }
        }
        return names;
    }
}
