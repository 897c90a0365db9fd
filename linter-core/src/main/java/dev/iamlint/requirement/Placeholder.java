package dev.iamlint.requirement;

import java.util.Optional;

/** The placeholders a resource template may contain, each filled from a {@link RequirementTarget}. */
public enum Placeholder {
    /** The target's partition, e.g. {@code aws-cn}. */
    PARTITION("partition"),
    /** The target's region. */
    REGION("region"),
    /** The account that owns the target repository. */
    ACCOUNT("account"),
    /** The target repository's ARN. */
    REPOSITORY_ARN("repositoryArn"),
    /** {@code arn:…:repository/<prefix>/*}: every repository under the target's pull-through-cache prefix. */
    CACHE_PREFIX_ARN("cachePrefixArn");

    private final String name;

    Placeholder(String name) {
        this.name = name;
    }

    /** As written between {@code ${} and {@code }}. */
    public String placeholderName() {
        return name;
    }

    /** {@code ${name}}. */
    public String token() {
        return "${" + name + "}";
    }

    static Optional<Placeholder> named(String name) {
        for (Placeholder placeholder : values()) {
            if (placeholder.name.equals(name)) {
                return Optional.of(placeholder);
            }
        }
        return Optional.empty();
    }
}
