package dev.iamlint.eval;

import dev.iamlint.model.Effect;
import dev.iamlint.source.SourceRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement that applies to a request. {@code level} is the SCP or RCP level (0 = root), 0 for
 * other kinds. {@code conditional} is true when the statement applies only if conditions on keys
 * of unknown value hold (open mode).
 */
public record MatchedStatement(
        String policyId,
        PolicyType policyType,
        int level,
        int statementIndex,
        Optional<String> sid,
        Effect effect,
        SourceRange range,
        boolean conditional) {

    public MatchedStatement {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(policyType, "policyType");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(range, "range");
    }
}
