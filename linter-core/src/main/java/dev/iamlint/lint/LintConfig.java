package dev.iamlint.lint;

import dev.iamlint.rules.Finding;
import dev.iamlint.source.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a project says about its findings: rules turned off, severities changed, paths ignored for
 * some rules (or all), and a baseline of accepted findings by fingerprint. Rules are named by id;
 * callers resolve CamelCase names through the registry first.
 */
public record LintConfig(Set<String> disabledRules, Map<String, Severity> severities, List<Ignore> ignores, Set<String> baseline) {

    public static final LintConfig DEFAULTS = new LintConfig(Set.of(), Map.of(), List.of(), Set.of());

    public LintConfig {
        disabledRules = Set.copyOf(disabledRules);
        severities = Map.copyOf(severities);
        ignores = List.copyOf(ignores);
        baseline = Set.copyOf(baseline);
    }

    /** Findings of {@code rules} (all rules when empty) in files matching the glob are dropped. */
    public record Ignore(String pathGlob, Set<String> rules) {
        public Ignore {
            Objects.requireNonNull(pathGlob, "pathGlob");
            rules = Set.copyOf(rules);
        }

        boolean covers(Finding finding) {
            if (!rules.isEmpty() && !rules.contains(finding.ruleId())) {
                return false;
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pathGlob);
            return matcher.matches(Path.of(finding.path()));
        }
    }

    public boolean enabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    /** The finding as the project wants it, or empty when the project drops it. */
    public Optional<Finding> apply(Finding finding) {
        if (!enabled(finding.ruleId()) || (!baseline.isEmpty() && baseline.contains(finding.fingerprint()))
                || ignores.stream().anyMatch(ignore -> ignore.covers(finding))) {
            return Optional.empty();
        }
        Severity severity = severities.get(finding.ruleId());
        return Optional.of(severity == null ? finding : finding.withSeverity(severity));
    }

    public LintConfig withBaseline(Set<String> fingerprints) {
        return new LintConfig(disabledRules, severities, ignores, fingerprints);
    }
}
