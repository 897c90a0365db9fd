package dev.iamlint.lint;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.catalog.ManagedPolicies;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.iac.EmbeddedPolicy;
import dev.iamlint.iac.LiteralArn;
import dev.iamlint.iac.ParsedPolicy;
import dev.iamlint.iac.PolicyReference;
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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules over inputs. Reads nothing itself: callers hand it text. An input that is JSON
 * but no policy (no {@code Statement}, no policy {@code Version}) is skipped, so a run over every
 * {@code *.json} of a repository works; malformed JSON is a finding, and every other input is
 * still linted. CloudFormation templates, Terraform plans and account authorization details are
 * read for the policies they hold (see {@link IacInput#read}), each linted at its place in the input.
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
                .flatMap(text -> read(text, parser.parse(text.text(), PolicyKind.IDENTITY), Optional.of(PolicyKind.IDENTITY), config,
                        findings, files));
        Optional<PolicySource> repositoryPolicy = request.repositoryPolicy()
                .flatMap(text -> read(text, parser.parse(text.text(), PolicyKind.RESOURCE), Optional.of(PolicyKind.RESOURCE), config,
                        findings, files));
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
        ParseResult parsed = parser.parse(input.text(), PolicyKind.IDENTITY);
        if (parsed.document().isEmpty() || !isPolicy(parsed)) {
            Optional<IacInput> iac = IacInput.read(input);
            if (iac.isPresent()) {
                return lintIacInput(input, iac.get(), boundary, repositoryPolicy, request);
            }
        }
        Optional<PolicySource> source = read(input, parsed, Optional.empty(), request.config(), findings, files);
        if (source.isEmpty() || source.get().kind() != PolicyKind.IDENTITY || !evaluable(source.get())) {
            return new InputOutcome(findings, files, List.of());
        }
        Subject subject = subject(source.get(), boundary, repositoryPolicy, request);
        List<RequirementResult> results = check(subject);
        findings.addAll(checkSubject(subject, results, request.config()));
        return new InputOutcome(findings, files, results);
    }

    private static List<RequirementResult> check(Subject subject) {
        return subject.requirements().stream()
                .map(r -> RequirementChecker.check(r, subject.targets(), subject.policies(), subject.caller(),
                        subject.checkOptions().withSubject(subject.name())))
                .toList();
    }

    /** A role's subject, and the ids (ARNs) of the AWS managed policies in it, which findings must not point into. */
    private record RoleSubject(Subject subject, Set<String> managedPolicies) {}

    /**
     * A role of a template, plan or account as one subject, named {@code path#id}: its inline
     * policies and the policies attached to it, the AWS managed policies it attaches by ARN, and
     * its permissions boundary when that is an AWS managed policy (else the request's). Policies
     * the input does not determine (intrinsics, customer managed ARNs) are left out.
     */
    private RoleSubject roleSubject(SourceText input, IacInput iac, IacInput.Role role, Map<EmbeddedPolicy, PolicySource> sources,
            Optional<PolicySource> boundary, Optional<PolicySource> repositoryPolicy, LintRequest request) {
        PolicySet.Builder policies = PolicySet.builder();
        Map<String, PolicySource> byId = new HashMap<>();
        for (EmbeddedPolicy policy : iac.policies()) {
            PolicySource source = sources.get(policy);
            if (policy.kind() == PolicyKind.IDENTITY && policy.attachedTo().contains(role.key()) && source != null && evaluable(source)) {
                String id = input.path() + "#" + policy.pointer();
                policies.addIdentity(new PolicyInput(id, PolicyType.IDENTITY, source.document()));
                byId.put(id, source);
            }
        }
        Set<String> managedIds = new HashSet<>();
        Optional<PolicySource> roleBoundary = Optional.empty();
        for (PolicyReference reference : iac.references()) {
            if (!iac.appliesTo(reference).contains(role.key())) {
                continue;
            }
            Optional<PolicySource> managed = managedPolicy(reference);
            if (managed.isPresent() && reference.use() == PolicyReference.Use.MANAGED_POLICY) {
                policies.addIdentity(new PolicyInput(managed.get().path(), PolicyType.IDENTITY, managed.get().document()));
                byId.put(managed.get().path(), managed.get());
                managedIds.add(managed.get().path());
            } else if (managed.isPresent() && reference.use() == PolicyReference.Use.PERMISSIONS_BOUNDARY) {
                roleBoundary = managed;
                managedIds.add(managed.get().path());
            }
        }
        roleBoundary.or(() -> boundary).filter(Linter::evaluable).ifPresent(b -> {
            policies.permissionsBoundary(new PolicyInput(b.path(), PolicyType.PERMISSIONS_BOUNDARY, b.document()));
            byId.put(b.path(), b);
        });
        repositoryPolicy.filter(Linter::evaluable).ifPresent(r -> {
            policies.resourcePolicy(new PolicyInput(r.path(), PolicyType.RESOURCE, r.document()));
            byId.put(r.path(), r);
        });
        Subject subject = new Subject(input.path() + "#" + role.id(), policies.build(), byId, request.caller(),
                request.requirements(), request.targets(), request.checkOptions());
        return new RoleSubject(subject, managedIds);
    }

    /** The AWS managed policy an ARN names, read from the bundled copies; its path is its ARN. */
    private Optional<PolicySource> managedPolicy(PolicyReference reference) {
        if (!(reference.target() instanceof LiteralArn literal)) {
            return Optional.empty();
        }
        String arn = literal.arn().value();
        return ManagedPolicies.bundled().byArn(arn)
                .map(policy -> new PolicySource(arn, policy.document(), PolicyKind.IDENTITY,
                        parser.parse(policy.document(), PolicyKind.IDENTITY).document().orElseThrow(), true));
    }

    /**
     * Lints a template, plan or account, and with requirements checks each of its node roles as a
     * subject. Findings in AWS managed policies are dropped: they are not the input's to fix.
     */
    private InputOutcome lintIacInput(SourceText input, IacInput iac, Optional<PolicySource> boundary,
            Optional<PolicySource> repositoryPolicy, LintRequest request) {
        List<Finding> findings = new ArrayList<>();
        List<FileResult> files = new ArrayList<>(1);
        Map<EmbeddedPolicy, PolicySource> sources = lintIac(input, iac, request.config(), findings, files);
        List<RequirementResult> results = new ArrayList<>();
        if (!request.requirements().isEmpty()) {
            for (IacInput.Role role : NodeRoles.of(iac, sources)) {
                RoleSubject roleSubject = roleSubject(input, iac, role, sources, boundary, repositoryPolicy, request);
                List<RequirementResult> checked = check(roleSubject.subject());
                results.addAll(checked);
                checkSubject(roleSubject.subject(), checked, request.config()).stream()
                        .filter(finding -> !roleSubject.managedPolicies().contains(finding.path()))
                        .forEach(findings::add);
            }
        }
        return new InputOutcome(findings, files, results);
    }

    /**
     * Lints the policies a template, plan or account holds like bare policy files, at their
     * positions in the input. Values the input does not determine (intrinsics, values known after
     * apply) are no documents, so there is nothing to lint.
     */
    private Map<EmbeddedPolicy, PolicySource> lintIac(SourceText input, IacInput iac, LintConfig config, List<Finding> findings,
            List<FileResult> files) {
        files.add(new FileResult(input.path(), iac.kind(), Optional.empty()));
        iac.problems().forEach(problem -> findings.add(finding(input, problem)));
        // By identity: the policies are the input's own instances, and hashing whole documents is needless work.
        Map<EmbeddedPolicy, PolicySource> sources = new IdentityHashMap<>();
        for (EmbeddedPolicy policy : iac.policies()) {
            if (policy.body() instanceof ParsedPolicy parsed) {
                lint(input, policy.kind(), parsed.result(), config, findings).ifPresent(source -> sources.put(policy, source));
            }
        }
        return sources;
    }

    /**
     * Records what one input is and lints it as a policy file. Returns the source when the input
     * is a policy with a document.
     */
    private Optional<PolicySource> read(SourceText input, ParseResult parsed, Optional<PolicyKind> givenKind, LintConfig config,
            List<Finding> findings, List<FileResult> files) {
        if (givenKind.isEmpty() && !isPolicy(parsed)) {
            files.add(new FileResult(input.path(), FileResult.Kind.NOT_A_POLICY, Optional.empty()));
            return Optional.empty();
        }
        PolicyKind kind = givenKind.orElseGet(() -> kindOf(parsed));
        ParseResult result = kind == PolicyKind.IDENTITY || givenKind.isPresent() ? parsed : parser.parse(input.text(), kind);
        files.add(new FileResult(input.path(),
                kind == PolicyKind.IDENTITY ? FileResult.Kind.IDENTITY_POLICY : FileResult.Kind.RESOURCE_POLICY,
                Optional.empty()));
        return lint(input, kind, result, config, findings);
    }

    /** Reports the parse problems and runs the document rules; the source when there is a document. */
    private Optional<PolicySource> lint(SourceText input, PolicyKind kind, ParseResult result, LintConfig config,
            List<Finding> findings) {
        result.problems().forEach(problem -> findings.add(finding(input, problem)));
        if (result.document().isEmpty()) {
            return Optional.empty();
        }
        PolicySource source = new PolicySource(input.path(), input.text(), kind, result.document().get(), !result.hasErrors());
        findings.addAll(checkDocument(source, config));
        return Optional.of(source);
    }

    private static Finding finding(SourceText input, Problem problem) {
        return new Finding(RuleDescriptor.of(problem.code()), problem.severity(), problem.message(),
                input.path(), problem.range(), problem.pointer(), Optional.empty());
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
