package dev.iamlint.iac;

import java.util.Optional;

/** What a template gives where an ARN is expected (a managed policy, a permissions boundary, a role). */
public sealed interface ArnValue permits LiteralArn, Unresolved {

    /**
     * The template resource (logical id) or plan resource (address) the value was taken from,
     * e.g. {@code NodeRole} for {@code !GetAtt NodeRole.Arn}; empty for an ARN written out.
     */
    Optional<String> resource();

    /**
     * The value as far as the input determines it: the ARN written out, or the symbolic value of
     * an {@link Unresolved} (see there); empty when nothing of it is known.
     */
    Optional<String> text();
}
