package dev.iamlint.iac;

import dev.iamlint.source.Located;
import java.util.Objects;
import java.util.Optional;

/**
 * An ARN the input determines without naming a resource of its own: written out, e.g.
 * {@code arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly}, or resolved from parameters
 * and pseudo parameters (then located at the whole intrinsic call). For an instance profile's
 * role, the role's name as written.
 */
public record LiteralArn(Located<String> arn) implements ArnValue {

    public LiteralArn {
        Objects.requireNonNull(arn, "arn");
    }

    @Override
    public Optional<String> resource() {
        return Optional.empty();
    }

    @Override
    public Optional<String> text() {
        return Optional.of(arn.value());
    }
}
