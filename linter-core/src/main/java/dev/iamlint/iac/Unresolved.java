package dev.iamlint.iac;

import dev.iamlint.source.SourceRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A CloudFormation intrinsic function ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}, …) where
 * a policy or an ARN is expected. Kept with its position so that what the template does not
 * determine is reported or treated as unknown, never dropped.
 *
 * @param function the function as the long form names it, e.g. {@code Fn::GetAtt}
 * @param resource the logical id of the template resource a {@code Ref} or {@code Fn::GetAtt} names
 * @param range where the whole function call is written
 * @param pointer the JSON pointer of the call in the template
 */
public record Unresolved(String function, Optional<String> resource, SourceRange range, String pointer)
        implements PolicyBody, ArnValue {

    public Unresolved {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(pointer, "pointer");
    }
}
