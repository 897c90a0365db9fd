package dev.iamlint.requirement;

import java.util.Locale;

/** Whether the policies grant what is required. */
public enum RequirementStatus {
    /** Allowed, whatever the request context. */
    SATISFIED,
    /** Allowed only if conditions on keys the check cannot know hold (e.g. a VPC endpoint id). */
    CONDITIONAL,
    /** Denied, explicitly or because nothing allows it. */
    UNSATISFIED;

    /** The worse of two statuses: unsatisfied over conditional over satisfied. */
    RequirementStatus worse(RequirementStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** {@code satisfied}, {@code conditional} or {@code unsatisfied}, as reports spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
