package dev.iamlint.lint;

import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.rules.Finding;
import dev.iamlint.source.Severity;
import java.util.List;

/**
 * Everything a lint run found: findings in a stable order (by path, position, then rule id), what
 * became of each input, and each requirement's check per subject.
 */
public record LintResult(List<Finding> findings, List<FileResult> files, List<RequirementResult> requirements) {

    public LintResult {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        requirements = List.copyOf(requirements);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at least as severe as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) <= 0);
    }
}
