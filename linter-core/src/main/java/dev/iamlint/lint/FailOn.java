package dev.iamlint.lint;

import dev.iamlint.source.Severity;

/**
 * The least severity of finding that fails a run, as the CLI's {@code --fail-on} and the Maven
 * goal's {@code failOn} take it; {@code none} never fails on findings. The constants are in lower
 * case because they are what users write.
 */
public enum FailOn {
    error(Severity.ERROR),
    warning(Severity.WARNING),
    note(Severity.NOTE),
    none(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether some finding of the result is at least this severe. */
    public boolean failsOn(LintResult result) {
        return threshold != null && result.reaches(threshold);
    }

    /** How many findings of the result are at least this severe. */
    public long failing(LintResult result) {
        return threshold == null ? 0 : result.findings().stream().filter(f -> f.severity().compareTo(threshold) <= 0).count();
    }
}
