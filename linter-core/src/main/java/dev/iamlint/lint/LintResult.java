package dev.iamlint.lint;

import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.rules.Finding;
import dev.iamlint.source.Severity;
import java.util.List;

/**
 * Everything a lint run found: findings in a stable order (by path, position, then rule id), what
 * became of each input, each requirement's check per subject, and warnings about the request
 * rather than an input, such as {@code principal selector "NodeRle*" matches no principal}.
 */
public record LintResult(List<Finding> findings, List<FileResult> files, List<RequirementResult> requirements, List<String> warnings) {

    public LintResult {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        requirements = List.copyOf(requirements);
        warnings = List.copyOf(warnings);
    }

    /** A result without warnings about the request. */
    public LintResult(List<Finding> findings, List<FileResult> files, List<RequirementResult> requirements) {
        this(findings, files, requirements, List.of());
    }

    /** The warning that a glob of a principal selector matches no principal of any input. */
    static String unmatched(String glob) {
        return "principal selector \"" + glob + "\" matches no principal";
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** How many inputs were linted: policies and the templates, plans and account views holding them, not those skipped or unreadable. */
    public long lintedFiles() {
        return files.stream().filter(f -> f.kind() != FileResult.Kind.NOT_A_POLICY && f.kind() != FileResult.Kind.ERROR).count();
    }

    /** How many inputs could not be read. */
    public long unreadableFiles() {
        return files.stream().filter(f -> f.kind() == FileResult.Kind.ERROR).count();
    }

    /** Whether any finding is at least as severe as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) <= 0);
    }
}
