package dev.iamlint.eval;

import java.util.Objects;

/** The verdict of one policy kind, or of one SCP/RCP level (0 = root), in a decision's trace. */
public record KindVerdict(PolicyType type, int level, Verdict verdict) {

    public KindVerdict {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(verdict, "verdict");
    }
}
