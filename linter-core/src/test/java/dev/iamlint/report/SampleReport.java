package dev.iamlint.report;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.lint.FileResult;
import dev.iamlint.lint.LintConfig;
import dev.iamlint.lint.LintRequest;
import dev.iamlint.lint.LintResult;
import dev.iamlint.lint.Linter;
import dev.iamlint.lint.SourceText;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.RuleRegistry;
import dev.iamlint.rules.security.AllActions;
import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One report with a bit of everything every format must render: each severity, a finding with a
 * position and one without, a fix with a multi-line option, a control character in a message,
 * paths that need escaping, a skipped, a failed and a linted file, and each requirement status.
 * Findings come from the real linter over {@code report/input/}.
 */
final class SampleReport {

    static final String ADMIN = "policies/team a/admin.json";
    static final RuleDescriptor FIX_RULE = new RuleDescriptor("IAM901", "TestFix", "Test rule with a fix", Severity.NOTE,
            Category.HYGIENE, "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html");

    private static final String IMAGE = "111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2";

    private SampleReport() {}

    static LintResult build() {
        LintConfig config = new LintConfig(Set.of(), Map.of("IAM003", Severity.WARNING), List.of(), Set.of());
        // One rule only, so that rules added later do not change the expected outputs.
        Linter linter = new Linter(RuleRegistry.of(List.of(new AllActions())), ActionCatalog.bundled(), PolicyParser.withDefaults());
        LintRequest request = LintRequest.of(List.of(
                        new SourceText(ADMIN, input("admin.json")),
                        new SourceText("<stdin>", input("malformed.json")),
                        new SourceText("package.json", input("not-a-policy.json")),
                        new SourceText("token-only.json", input("token-only.json")),
                        new SourceText("vpce-pull.json", input("vpce-pull.json")),
                        new SourceText("pull-only.json", input("pull-only.json"))), config)
                .withRequirements(List.of(Requirements.builtin("ecr-pull")), List.of(RequirementTarget.fromImage(IMAGE)));
        LintResult linted = linter.lint(request);
        List<Finding> findings = new ArrayList<>(linted.findings());
        findings.add(new Finding(FIX_RULE, Severity.NOTE, "a message with \u001b[31m an escape", ADMIN, SourceRange.NONE, "",
                Optional.of(new Fix("Replace the statement", List.of(
                        new Fix.Option("Managed policy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"),
                        new Fix.Option("Scoped policy", "{\n    \"Version\": \"2012-10-17\"\n}"))))));
        List<FileResult> files = new ArrayList<>(linted.files());
        files.add(new FileResult("missing.json", FileResult.Kind.ERROR, Optional.of("no such file or directory")));
        return new LintResult(findings, files, linted.requirements());
    }

    /** One input of {@code report/input/} checked against ecr-pull for the sample image, without rules. */
    static LintResult pulling(String name) {
        Linter linter = new Linter(RuleRegistry.of(List.of()), ActionCatalog.bundled(), PolicyParser.withDefaults());
        return linter.lint(LintRequest.of(List.of(new SourceText(name, input(name))), LintConfig.DEFAULTS)
                .withRequirements(List.of(Requirements.builtin("ecr-pull")), List.of(RequirementTarget.fromImage(IMAGE))));
    }

    static String input(String name) {
        try (InputStream in = SampleReport.class.getResourceAsStream("/report/input/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no input " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
