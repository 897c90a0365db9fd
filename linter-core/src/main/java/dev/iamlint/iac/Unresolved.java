package dev.iamlint.iac;

import dev.iamlint.source.SourceRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A value the input does not determine where a policy or an ARN is expected: a CloudFormation
 * intrinsic function ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}, …) or a Terraform value
 * computed during apply. Kept with its position so that it is reported or treated as unknown,
 * never dropped.
 *
 * @param function the function as the long form names it, e.g. {@code Fn::GetAtt}, or
 *     {@link TerraformPlan#KNOWN_AFTER_APPLY}
 * @param resource the logical id of the template resource a {@code Ref} or {@code Fn::GetAtt} names
 * @param range where the whole function call, or the computed value or its {@code after_unknown} marker, is written
 * @param pointer the JSON pointer of the call or value in the input
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
