package dev.iamlint.requirement;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A required resource: {@code *} (actions without resource-level permissions, such as
 * {@code ecr:GetAuthorizationToken}), or an ARN that may contain {@link Placeholder}s, e.g.
 * {@code ${repositoryArn}} or {@code arn:${partition}:kms:${region}:${account}:key/*}. A template
 * with placeholders stands for one resource per target.
 */
public record ResourceTemplate(String text) {

    public ResourceTemplate {
        Objects.requireNonNull(text, "text");
        if (!text.equals("*") && !text.startsWith("arn:") && !text.startsWith("${")) {
            throw new IllegalArgumentException("resource \"" + text + "\" is neither \"*\" nor an ARN (arn:…) nor a placeholder");
        }
        placeholdersOf(text);
    }

    /** The placeholders the template uses. */
    public Set<Placeholder> placeholders() {
        return placeholdersOf(text);
    }

    /** Whether the template names one resource per target rather than a fixed one. */
    public boolean perTarget() {
        return !placeholders().isEmpty();
    }

    /**
     * The resource for a target.
     *
     * @throws IllegalArgumentException if the target has no value for a placeholder used
     */
    public String expand(RequirementTarget target) {
        String expanded = text;
        for (Placeholder placeholder : placeholders()) {
            String value = target.value(placeholder).orElseThrow(() -> new IllegalArgumentException(
                    "target " + target.description() + " has no " + placeholder.token() + " for resource " + text
                            + target.missingReason(placeholder)));
            expanded = expanded.replace(placeholder.token(), value);
        }
        return expanded;
    }

    private static Set<Placeholder> placeholdersOf(String text) {
        Set<Placeholder> found = EnumSet.noneOf(Placeholder.class);
        int from = 0;
        int start;
        while ((start = text.indexOf("${", from)) >= 0) {
            int end = text.indexOf('}', start);
            if (end < 0) {
                throw new IllegalArgumentException("resource \"" + text + "\" has an unterminated \"${\"");
            }
            String name = text.substring(start + 2, end);
            found.add(Placeholder.named(name).orElseThrow(() -> new IllegalArgumentException(
                    "resource \"" + text + "\" has an unknown placeholder ${" + name + "} (known: "
                            + Arrays.stream(Placeholder.values()).map(Placeholder::token).collect(Collectors.joining(", ")) + ")")));
            from = end + 1;
        }
        return found;
    }
}
