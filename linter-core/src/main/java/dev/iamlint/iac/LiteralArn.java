package dev.iamlint.iac;

import dev.iamlint.source.Located;
import java.util.Objects;
import java.util.Optional;

/** An ARN written out in the template, e.g. {@code arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly}. */
public record LiteralArn(Located<String> arn) implements ArnValue {

    public LiteralArn {
        Objects.requireNonNull(arn, "arn");
    }

    @Override
    public Optional<String> resource() {
        return Optional.empty();
    }
}
