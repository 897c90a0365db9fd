package dev.iamlint.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A resource type of a service, with its ARN formats (usually one; API Gateway's {@code stage}
 * has two) and the condition keys that apply to resources of this type.
 *
 * <p>A format is an ARN with placeholders, e.g.
 * {@code arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}}.
 */
public record ResourceTypeInfo(String service, String name, List<String> arnFormats, List<String> conditionKeys) {

    public ResourceTypeInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(name, "name");
        arnFormats = List.copyOf(arnFormats);
        conditionKeys = List.copyOf(conditionKeys);
    }

    /**
     * Whether a concrete ARN (no wildcards, no policy variables) is of this type, by any of its
     * formats. Text is compared exactly (ARNs are case-sensitive); a placeholder stands for one
     * or more characters: anything at the end of the resource part ({@code repository/team-a/app}),
     * no ':' elsewhere in it, and neither '/' nor ':' at its start (so that S3's
     * {@code bucket/key} is an object, not a bucket); a {@code *} in a format stands for any run.
     */
    public boolean fits(String arn) {
        for (String format : arnFormats) {
            if (ArnFormat.fits(format, arn)) {
                return true;
            }
        }
        return false;
    }
}
