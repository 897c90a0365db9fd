package dev.iamlint.eval;

import java.util.Objects;

/** The verdict of one policy kind, or of one SCP/RCP level (0 = root), in a decision's trace. */
public record KindVerdict(PolicyType type, int level, Verdict verdict) {

    /** The level-0 verdicts, shared: a decision reports one per kind. */
    private static final KindVerdict[][] LEVEL_ZERO = levelZero();

    public KindVerdict {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(verdict, "verdict");
    }

    static KindVerdict of(PolicyType type, int level, Verdict verdict) {
        return level == 0 ? LEVEL_ZERO[type.ordinal()][verdict.ordinal()] : new KindVerdict(type, level, verdict);
    }

    private static KindVerdict[][] levelZero() {
        KindVerdict[][] table = new KindVerdict[PolicyType.values().length][Verdict.values().length];
        for (PolicyType type : PolicyType.values()) {
            for (Verdict verdict : Verdict.values()) {
                table[type.ordinal()][verdict.ordinal()] = new KindVerdict(type, 0, verdict);
            }
        }
        return table;
    }
}
