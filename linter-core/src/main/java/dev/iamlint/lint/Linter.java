package dev.iamlint.lint;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.parse.Problem;
import dev.iamlint.parse.ProblemCode;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.PolicySource;
import dev.iamlint.rules.Rule;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules over inputs. Reads nothing itself: callers hand it text. An input that is JSON
 * but no policy (no {@code Statement}, no policy {@code Version}) is skipped, so a run over every
 * {@code *.json} of a repository works; malformed JSON is a finding, and every other input is
 * still linted.
 */
public final class Linter {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(f -> f.range().line())
            .thenComparingInt(f -> f.range().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final RuleRegistry registry;
    private final ActionCatalog catalog;
    private final PolicyParser parser;

    public Linter(RuleRegistry registry, ActionCatalog catalog, PolicyParser parser) {
        this.registry = registry;
        this.catalog = catalog;
        this.parser = parser;
    }

    public LintResult lint(List<SourceText> inputs, LintConfig config) {
        List<Finding> findings = new ArrayList<>();
        List<FileResult> files = new ArrayList<>();
        for (SourceText input : inputs) {
            ParseResult parsed = parse(input.text());
            if (!isPolicy(parsed)) {
                files.add(new FileResult(input.path(), FileResult.Kind.NOT_A_POLICY, Optional.empty()));
                continue;
            }
            PolicyKind kind = kindOf(parsed);
            if (kind != PolicyKind.IDENTITY) {
                parsed = parser.parse(input.text(), kind);
            }
            files.add(new FileResult(input.path(),
                    kind == PolicyKind.IDENTITY ? FileResult.Kind.IDENTITY_POLICY : FileResult.Kind.RESOURCE_POLICY,
                    Optional.empty()));
            for (Problem problem : parsed.problems()) {
                findings.add(new Finding(RuleDescriptor.of(problem.code()), problem.severity(), problem.message(),
                        input.path(), problem.range(), problem.pointer(), Optional.empty()));
            }
            if (parsed.document().isPresent()) {
                PolicySource source = new PolicySource(input.path(), input.text(), kind, parsed.document().get());
                findings.addAll(checkDocument(source, config));
            }
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            config.apply(finding).ifPresent(kept::add);
        }
        kept.sort(ORDER);
        return new LintResult(kept, files);
    }

    private List<Finding> checkDocument(PolicySource source, LintConfig config) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            if (rule instanceof DocumentRule documentRule && config.enabled(rule.descriptor().id())) {
                DocumentContext context = new DocumentContext(rule.descriptor(), source, catalog);
                documentRule.check(context);
                findings.addAll(context.findings());
            }
        }
        return findings;
    }

    private ParseResult parse(String text) {
        return parser.parse(text, PolicyKind.IDENTITY);
    }

    /**
     * A document is a policy when it is malformed (better reported than skipped), or an object
     * with statements or a policy version.
     */
    private static boolean isPolicy(ParseResult parsed) {
        if (parsed.document().isEmpty()) {
            return parsed.problems().stream().anyMatch(p -> p.code() == ProblemCode.MALFORMED_JSON
                    || p.code() == ProblemCode.LIMIT_EXCEEDED);
        }
        PolicyDocument document = parsed.document().get();
        boolean missingStatement = parsed.problems().stream()
                .anyMatch(p -> p.code() == ProblemCode.MISSING_ELEMENT && p.pointer().isEmpty());
        return !missingStatement || document.version().isPresent();
    }

    /** Statements that name principals make a resource-based policy. */
    private static PolicyKind kindOf(ParseResult parsed) {
        return parsed.document()
                .filter(d -> d.statements().stream().anyMatch(s -> s.principal().isPresent()))
                .map(d -> PolicyKind.RESOURCE)
                .orElse(PolicyKind.IDENTITY);
    }
}
