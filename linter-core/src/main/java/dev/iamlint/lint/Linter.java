package dev.iamlint.lint;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.parse.Problem;
import dev.iamlint.parse.ProblemCode;
import dev.iamlint.requirement.RequirementChecker;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.PolicySource;
import dev.iamlint.rules.Rule;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.RuleRegistry;
import dev.iamlint.rules.Subject;
import dev.iamlint.rules.SubjectContext;
import dev.iamlint.rules.SubjectRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Rules only, no requirement. */
    public LintResult lint(List<SourceText> inputs, LintConfig config) {
        return lint(LintRequest.of(inputs, config));
    }

    /**
     * Lints every input. Inputs are independent of each other, so they are linted in parallel;
     * the result keeps the inputs' order.
     */
    public LintResult lint(LintRequest request) {
        LintConfig config = request.config();
        List<Finding> findings = new ArrayList<>();
        List<FileResult> files = new ArrayList<>();
        Optional<PolicySource> boundary = request.permissionsBoundary()
                .flatMap(text -> read(text, Optional.of(PolicyKind.IDENTITY), config, findings, files));
        Optional<PolicySource> repositoryPolicy = request.repositoryPolicy()
                .flatMap(text -> read(text, Optional.of(PolicyKind.RESOURCE), config, findings, files));
        List<RequirementResult> requirements = new ArrayList<>();
        List<InputOutcome> outcomes = request.inputs().parallelStream()
                .map(input -> lintInput(input, boundary, repositoryPolicy, request))
                .toList();
        for (InputOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            files.addAll(outcome.files());
            requirements.addAll(outcome.requirements());
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            config.apply(finding).ifPresent(kept::add);
        }
        kept.sort(ORDER);
        return new LintResult(kept, files, requirements);
    }

    /** What one input gave. */
    private record InputOutcome(List<Finding> findings, List<FileResult> files, List<RequirementResult> requirements) {}

    private InputOutcome lintInput(SourceText input, Optional<PolicySource> boundary, Optional<PolicySource> repositoryPolicy,
            LintRequest request) {
        List<Finding> findings = new ArrayList<>();
        List<FileResult> files = new ArrayList<>(1);
        Optional<PolicySource> source = read(input, Optional.empty(), request.config(), findings, files);
        if (source.isEmpty() || source.get().kind() != PolicyKind.IDENTITY || !evaluable(source.get())) {
            return new InputOutcome(findings, files, List.of());
        }
        Subject subject = subject(source.get(), boundary, repositoryPolicy, request);
        List<RequirementResult> results = subject.requirements().stream()
                .map(r -> RequirementChecker.check(r, subject.targets(), subject.policies(), subject.caller(),
                        subject.checkOptions().withSubject(subject.name())))
                .toList();
        findings.addAll(checkSubject(subject, results, request.config()));
        return new InputOutcome(findings, files, results);
    }

    /**
     * Parses one input, records what it is, and runs the document rules on it. Returns the source
     * when the input is a policy with a document.
     */
    private Optional<PolicySource> read(SourceText input, Optional<PolicyKind> givenKind, LintConfig config,
            List<Finding> findings, List<FileResult> files) {
        ParseResult parsed = parser.parse(input.text(), givenKind.orElse(PolicyKind.IDENTITY));
        if (givenKind.isEmpty() && !isPolicy(parsed)) {
            files.add(new FileResult(input.path(), FileResult.Kind.NOT_A_POLICY, Optional.empty()));
            return Optional.empty();
        }
        PolicyKind kind = givenKind.orElseGet(() -> kindOf(parsed));
        ParseResult result = kind == PolicyKind.IDENTITY || givenKind.isPresent() ? parsed : parser.parse(input.text(), kind);
        files.add(new FileResult(input.path(),
                kind == PolicyKind.IDENTITY ? FileResult.Kind.IDENTITY_POLICY : FileResult.Kind.RESOURCE_POLICY,
                Optional.empty()));
        for (Problem problem : result.problems()) {
            findings.add(new Finding(RuleDescriptor.of(problem.code()), problem.severity(), problem.message(),
                    input.path(), problem.range(), problem.pointer(), Optional.empty()));
        }
        if (result.document().isEmpty()) {
            return Optional.empty();
        }
        PolicySource source = new PolicySource(input.path(), input.text(), kind, result.document().get(), !result.hasErrors());
        findings.addAll(checkDocument(source, config));
        return Optional.of(source);
    }

    /** Only documents AWS would accept can be evaluated. */
    private static boolean evaluable(PolicySource source) {
        return source.valid();
    }

    private static Subject subject(PolicySource identity, Optional<PolicySource> boundary, Optional<PolicySource> repositoryPolicy,
            LintRequest request) {
        PolicySet.Builder policies = PolicySet.builder()
                .addIdentity(new PolicyInput(identity.path(), PolicyType.IDENTITY, identity.document()));
        Map<String, PolicySource> sources = new HashMap<>();
        sources.put(identity.path(), identity);
        boundary.filter(Linter::evaluable).ifPresent(b -> {
            policies.permissionsBoundary(new PolicyInput(b.path(), PolicyType.PERMISSIONS_BOUNDARY, b.document()));
            sources.put(b.path(), b);
        });
        repositoryPolicy.filter(Linter::evaluable).ifPresent(r -> {
            policies.resourcePolicy(new PolicyInput(r.path(), PolicyType.RESOURCE, r.document()));
            sources.put(r.path(), r);
        });
        return new Subject(identity.path(), policies.build(), sources, request.caller(), request.requirements(),
                request.targets(), request.checkOptions());
    }

    private List<Finding> checkSubject(Subject subject, List<RequirementResult> results, LintConfig config) {
        List<Finding> findings = new ArrayList<>();
        Map<Object, Object> shared = new HashMap<>();
        for (Rule rule : registry.rules()) {
            if (rule instanceof SubjectRule subjectRule && config.enabled(rule.descriptor().id())) {
                SubjectContext context = new SubjectContext(rule.descriptor(), subject, results, catalog, shared);
                subjectRule.check(context);
                findings.addAll(context.findings());
            }
        }
        return findings;
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
