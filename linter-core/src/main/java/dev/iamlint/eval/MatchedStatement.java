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

    // equals and hashCode written out: a record's generated ones are linked through method handles at
    // first use, milliseconds spent again at every start, and this record keys maps in every lint.

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchedStatement statement && statement.policyId.equals(policyId) && statement.policyType == policyType
                && statement.level == level && statement.statementIndex == statementIndex && statement.sid.equals(sid)
                && statement.effect == effect && statement.range.equals(range) && statement.conditional == conditional;
    }

    @Override
    public int hashCode() {
        int hash = policyId.hashCode();
        hash = hash * 31 + policyType.hashCode();
        hash = hash * 31 + level;
        hash = hash * 31 + statementIndex;
        hash = hash * 31 + sid.hashCode();
        hash = hash * 31 + effect.hashCode();
        hash = hash * 31 + range.hashCode();
        return hash * 31 + Boolean.hashCode(conditional);
    }
}
