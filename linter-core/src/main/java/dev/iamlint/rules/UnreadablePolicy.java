package dev.iamlint.rules;

import dev.iamlint.source.SourceRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A part of a principal's permissions that iamlint cannot read: a policy attached by an ARN that
 * is neither bundled nor in the input, or a policy or ARN written as a value the input does not
 * determine.
 *
 * @param part what it is, e.g. {@code managed policy arn:aws:iam::111122223333:policy/pull}
 * @param problem why it cannot be read, e.g. {@code is known only after apply}
 * @param boundary whether it is the permissions boundary, which limits rather than grants
 * @param group the group a user has it through, e.g. {@code group developers}
 * @param range where the value is written
 * @param pointer the JSON pointer of the value
 */
public record UnreadablePolicy(String part, String problem, boolean boundary, Optional<String> group, SourceRange range,
        String pointer) {

    public UnreadablePolicy {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** The same part as a member of {@code group} has it. */
    public UnreadablePolicy through(String groupName) {
        return new UnreadablePolicy(part, problem, boundary, Optional.of(groupName), range, pointer);
    }
}
