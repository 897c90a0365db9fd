package dev.iamlint.iac;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value the input does not fully determine, or that names one of its own resources, where a
 * policy or an ARN is expected: a CloudFormation intrinsic function ({@code Ref},
 * {@code Fn::GetAtt}, {@code Fn::Sub}, …) or a Terraform value computed during apply. Kept with
 * its position so that it is reported or treated as unknown, never dropped.
 *
 * <p>{@code text} is what is known of the value, with each unknown part written as an
 * {@linkplain UnknownValues unknown-value marker} {@code ${unknown:NAME}} that the evaluator
 * treats as unknown: for {@code !GetAtt NodeRole.Arn} of a role without {@code RoleName} and no
 * account given, {@code arn:aws:iam::${unknown:AWS::AccountId}:role/${unknown:NodeRole}}. A
 * {@code Ref} or {@code Fn::GetAtt} of a template resource is always an Unresolved naming that
 * resource, even when its text has no unknown part, so that consumers find the resource by
 * {@link #resource()}. Terraform values known after apply have no text.
 *
 * @param function the function as the long form names it, e.g. {@code Fn::GetAtt}, or
 *     {@link TerraformJson#KNOWN_AFTER_APPLY}
 * @param resource the logical id of the template resource a {@code Ref} or {@code Fn::GetAtt}
 *     names, or the address of the plan resource the value is computed from
 * @param range where the whole function call, or the computed value or its {@code after_unknown} marker, is written
 * @param pointer the JSON pointer of the call or value in the input
 * @param text the value as far as known, with markers for unknown parts; empty when it is not a
 *     string or nothing of it is known
 */
public record Unresolved(String function, Optional<String> resource, SourceRange range, String pointer, Optional<String> text)
        implements PolicyBody, ArnValue {

    public Unresolved {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(text, "text");
    }

    /** A value of which nothing is known. */
    public Unresolved(String function, Optional<String> resource, SourceRange range, String pointer) {
        this(function, resource, range, pointer, Optional.empty());
    }

    /** The names of the unknown parts of {@link #text()}, in order, unique; empty when it has none or there is no text. */
    public List<String> unknowns() {
        return text.map(t -> UnknownValues.names(t).stream().distinct().toList()).orElse(List.of());
    }
}
