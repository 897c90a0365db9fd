package dev.iamlint.lint;

import dev.iamlint.catalog.ActionCatalog;
import dev.iamlint.catalog.ManagedPolicies;
import dev.iamlint.eval.Caller;
import dev.iamlint.eval.Evaluator;
import dev.iamlint.eval.PolicyInput;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.eval.PolicyType;
import dev.iamlint.iac.AwsCliOutput;
import dev.iamlint.iac.EmbeddedPolicy;
import dev.iamlint.iac.InputDocument;
import dev.iamlint.iac.ParsedPolicy;
import dev.iamlint.iac.Unresolved;
import dev.iamlint.memo.BoundedMemo;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.parse.Problem;
import dev.iamlint.parse.ProblemCode;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementChecker;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.InputContext;
import dev.iamlint.rules.InputRule;
import dev.iamlint.rules.PolicySource;
import dev.iamlint.rules.Rule;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.RuleRegistry;
import dev.iamlint.rules.Subject;
import dev.iamlint.rules.SubjectContext;
import dev.iamlint.rules.SubjectRule;
import dev.iamlint.rules.UnreadablePolicy;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs the rules over inputs. Reads nothing itself: callers hand it text. An input that is JSON
 * but no policy (no {@code Statement}, no policy {@code Version}) is skipped, so a run over every
 * {@code *.json} of a repository works; malformed JSON is a finding, and every other input is
 * still linted. CloudFormation templates, Terraform plans and account authorization details are
 * read for the policies they hold (see {@link IacInput#read}), each linted at its place in the input,
 * and for their principals (see {@link Principals}), which are checked against requirements as
 * {@link LintRequest} says.
 */
public final class Linter {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(f -> f.range().line())
            .thenComparingInt(f -> f.range().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final List<Registered<InputRule>> inputRules = new ArrayList<>();
    private final List<Registered<SubjectRule>> subjectRules = new ArrayList<>();
    private final List<Registered<DocumentRule>> documentRules = new ArrayList<>();
    private final ActionCatalog catalog;
    private final PolicyParser parser;
    /** Bounded by the number of AWS managed policies. */
    private final BoundedMemo<String, PolicySource> managedPolicies = new BoundedMemo<>(4096);

    public Linter(RuleRegistry registry, ActionCatalog catalog, PolicyParser parser) {
        for (Rule rule : registry.rules()) {
            if (rule instanceof InputRule inputRule) {
                inputRules.add(new Registered<>(inputRule, rule.descriptor()));
            } else if (rule instanceof SubjectRule subjectRule) {
                subjectRules.add(new Registered<>(subjectRule, rule.descriptor()));
            } else if (rule instanceof DocumentRule documentRule) {
                documentRules.add(new Registered<>(documentRule, rule.descriptor()));
            }
        }
        this.catalog = catalog;
        this.parser = parser;
    }

    /** A rule of one kind with its descriptor, read once rather than for every document. */
    private record Registered<R extends Rule>(R rule, RuleDescriptor descriptor) {}

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
                .flatMap(text -> readAs(text, PolicyKind.IDENTITY, config, findings, files));
        Optional<PolicySource> repositoryPolicy = request.repositoryPolicy()
                .flatMap(text -> readAs(text, PolicyKind.RESOURCE, config, findings, files));
        List<RequirementResult> requirements = new ArrayList<>();
        List<InputOutcome> outcomes = request.inputs().parallelStream()
                .map(input -> lintInput(input, boundary, repositoryPolicy, request))
                .toList();
        Set<String> matchedGlobs = new HashSet<>();
        for (InputOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            files.addAll(outcome.files());
            requirements.addAll(outcome.requirements());
            matchedGlobs.addAll(outcome.matchedGlobs());
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            config.apply(finding).ifPresent(kept::add);
        }
        kept.sort(ORDER);
        return new LintResult(kept, files, requirements, selectorWarnings(request, matchedGlobs));
    }

    /** A selector's glob that names no principal is most likely a typo, which would otherwise leave a principal unchecked silently. */
    private static List<String> selectorWarnings(LintRequest request, Set<String> matchedGlobs) {
        return request.principals().stream()
                .flatMap(selector -> selector.principals().stream())
                .distinct()
                .filter(glob -> !matchedGlobs.contains(glob))
                .map(LintResult::unmatched)
                .toList();
    }

    /** What one input gave; {@code matchedGlobs}: the globs of the request's principal selectors that name a principal of it. */
    private record InputOutcome(List<Finding> findings, List<FileResult> files, List<RequirementResult> requirements,
            Set<String> matchedGlobs) {
        InputOutcome(List<Finding> findings, List<FileResult> files, List<RequirementResult> requirements) {
            this(findings, files, requirements, Set.of());
        }
    }

    private InputOutcome lintInput(SourceText input, Optional<PolicySource> boundary, Optional<PolicySource> repositoryPolicy,
            LintRequest request) {
        List<Finding> findings = new ArrayList<>();
        List<FileResult> files = new ArrayList<>(1);
        InputDocument document = InputDocument.read(input.text(), input.path(), parser.options());
        ParseResult parsed = document.asPolicy(parser, PolicyKind.IDENTITY);
        if (parsed.document().isEmpty() || !isPolicy(parsed)) {
            Optional<IacInput> iac = IacInput.read(input, document, request.parameters());
            if (iac.isPresent()) {
                return lintIacInput(input, iac.get(), boundary, repositoryPolicy, request);
            }
        }
        Optional<PolicySource> source = read(input, document, parsed, Optional.empty(), request.config(), findings, files);
        if (source.isEmpty() || source.get().kind() != PolicyKind.IDENTITY || !evaluable(source.get())) {
            return new InputOutcome(findings, files, List.of());
        }
        Subject subject = subject(source.get(), boundary, repositoryPolicy, request);
        Evaluator evaluator = Evaluator.compile(subject.policies());
        List<RequirementResult> results = check(subject, evaluator);
        findings.addAll(checkSubject(subject, evaluator, results, request.config()));
        return new InputOutcome(findings, files, results);
    }

    private static List<RequirementResult> check(Subject subject, Evaluator evaluator) {
        return subject.requirements().stream()
                .map(r -> RequirementChecker.check(r, subject.targets(), evaluator, subject.caller(),
                        subject.checkOptions().withSubject(subject.name())))
                .toList();
    }

    /** A principal's subject, and the ids (ARNs) of the AWS managed policies in it, which findings must not point into. */
    private record PrincipalSubject(Subject subject, Set<String> managedPolicies) {}

    /** What a principal is checked against. */
    private record Checks(List<Requirement> requirements, List<RequirementTarget> targets) {
        static final Checks NONE = new Checks(List.of(), List.of());
    }

    /** A policy of a principal as the evaluator and the findings name it: {@code path#pointer}, or an AWS managed policy's ARN. */
    private record Identified(String id, PolicySource source, boolean awsManaged) {}

    /**
     * Lints a template, plan or account, reports what its principals' permissions include but
     * iamlint cannot read, and checks each principal that selectors name (or, without one, each
     * node role when there are requirements) as a subject. Findings in AWS managed policies are
     * dropped: they are not the input's to fix.
     */
    private InputOutcome lintIacInput(SourceText input, IacInput iac, Optional<PolicySource> boundary,
            Optional<PolicySource> repositoryPolicy, LintRequest request) {
        List<Finding> findings = new ArrayList<>();
        List<FileResult> files = new ArrayList<>(1);
        Map<EmbeddedPolicy, PolicySource> sources = lintIac(input, iac, request.config(), findings, files);
        List<Principal> principals = Principals.of(iac);
        findings.addAll(checkInput(input, iac, principals, request.config()));
        Set<String> nodeRoles = new HashSet<>();
        NodeRoles.of(iac, sources).forEach(role -> nodeRoles.add(role.key()));
        List<RequirementResult> results = new ArrayList<>();
        Set<String> matchedGlobs = new HashSet<>();
        for (Principal principal : principals) {
            request.principals().forEach(selector -> matchedGlobs.addAll(selector.matchingGlobs(principal.names())));
            Checks checks = checks(principal, principal.kind() == Principal.Kind.ROLE && nodeRoles.contains(principal.key()), request);
            if (checks.requirements().isEmpty()) {
                continue;
            }
            PrincipalSubject checked = subject(input, iac, principal, sources, boundary, repositoryPolicy, checks, request);
            Evaluator evaluator = Evaluator.compile(checked.subject().policies());
            List<RequirementResult> principalResults = check(checked.subject(), evaluator);
            results.addAll(principalResults);
            for (Finding finding : checkSubject(checked.subject(), evaluator, principalResults, request.config())) {
                findings.add(named(inInput(finding, checked), principal));
            }
        }
        return new InputOutcome(findings, files, results, matchedGlobs);
    }

    /**
     * What selectors say about a principal; without a selector naming it, the request's
     * requirements and targets for a node role and nothing for any other principal. Several
     * selectors add up; a selector without requirements or targets takes the request's.
     */
    private static Checks checks(Principal principal, boolean nodeRole, LintRequest request) {
        List<String> names = principal.names();
        List<PrincipalSelector> selectors = request.principals().stream().filter(selector -> selector.matches(names)).toList();
        if (selectors.isEmpty()) {
            return nodeRole ? new Checks(request.requirements(), request.targets()) : Checks.NONE;
        }
        Set<Requirement> requirements = new LinkedHashSet<>();
        Set<RequirementTarget> targets = new LinkedHashSet<>();
        for (PrincipalSelector selector : selectors) {
            requirements.addAll(selector.requirements().isEmpty() ? request.requirements() : selector.requirements());
            targets.addAll(selector.targets().isEmpty() ? request.targets() : selector.targets());
        }
        return new Checks(List.copyOf(requirements), List.copyOf(targets));
    }

    /**
     * A finding at a statement of an AWS managed policy the principal attaches (an ECR006 for
     * AmazonEC2ContainerRegistryPowerUser) is moved to the principal's own place in the input,
     * naming the policy: the bundled copy is no file of the run, and the finding must not be lost.
     */
    private static Finding inInput(Finding finding, PrincipalSubject checked) {
        if (!checked.managedPolicies().contains(finding.path())) {
            return finding;
        }
        PolicySource anchor = checked.subject().sources().get(checked.subject().name());
        return new Finding(finding.rule(), finding.severity(), finding.message() + " (in the AWS managed policy " + finding.path() + ")",
                anchor.path(), anchor.document().range(), "", finding.fix());
    }

    /** A subject rule's finding about a principal says which principal: one policy may be attached to several. */
    private static Finding named(Finding finding, Principal principal) {
        return new Finding(finding.rule(), finding.severity(), principal.display() + ": " + finding.message(), finding.path(),
                finding.range(), finding.pointer(), finding.fix());
    }

    /**
     * A principal of a template, plan or account as one subject, named {@code path#id}: its
     * identity policies, its permissions boundary (else the request's) and the request's
     * repository policy. Its gaps are reported by the input rules.
     *
     * <p>Subject rules report a finding about the principal as a whole at the policy named like
     * the subject: that is the role's trust policy, else its first policy in the input, else the
     * place of its first gap.
     */
    private PrincipalSubject subject(SourceText input, IacInput iac, Principal principal, Map<EmbeddedPolicy, PolicySource> sources,
            Optional<PolicySource> requestBoundary, Optional<PolicySource> repositoryPolicy, Checks checks, LintRequest request) {
        PolicySet.Builder policies = PolicySet.builder();
        Map<String, PolicySource> byId = new HashMap<>();
        Set<String> managedIds = new HashSet<>();
        for (Principal.Policy policy : principal.identity()) {
            identified(input, policy, sources).ifPresent(identity -> {
                policies.addIdentity(new PolicyInput(identity.id(), PolicyType.IDENTITY, identity.source().document()));
                byId.put(identity.id(), identity.source());
                if (identity.awsManaged()) {
                    managedIds.add(identity.id());
                }
            });
        }
        Optional<Identified> boundary = principal.boundary().flatMap(policy -> identified(input, policy, sources))
                .or(() -> requestBoundary.filter(Linter::evaluable).map(b -> new Identified(b.path(), b, false)));
        boundary.ifPresent(b -> {
            policies.permissionsBoundary(new PolicyInput(b.id(), PolicyType.PERMISSIONS_BOUNDARY, b.source().document()));
            byId.put(b.id(), b.source());
            if (b.awsManaged()) {
                managedIds.add(b.id());
            }
        });
        repositoryPolicy.filter(Linter::evaluable).ifPresent(r -> {
            policies.resourcePolicy(new PolicyInput(r.path(), PolicyType.RESOURCE, r.document()));
            byId.put(r.path(), r);
        });
        String name = input.path() + "#" + principal.id();
        byId.put(name, anchor(input, iac, principal, sources));
        Optional<Caller> caller = request.caller().or(() -> callerOf(principal, iac.roleArns(), checks.targets()));
        Subject subject = new Subject(name, policies.build(), byId, caller, checks.requirements(), checks.targets(), request.checkOptions());
        return new PrincipalSubject(subject, managedIds);
    }

    /**
     * Who makes a principal's requests when the request names nobody, so that the errors AWS would
     * return name it: a user itself (by its ARN when the input gives one, else by its id in the
     * targets' account); a role, a session of it as a node's instance has one, in the role's account
     * when the input gives its ARN (account authorization details, a state), else by its name (a
     * plan's) in the targets' account. A role known by a logical id or address only, whose name
     * AWS makes up, is the representative node session, as for a policy file.
     */
    private static Optional<Caller> callerOf(Principal principal, Map<String, String> roleArns, List<RequirementTarget> targets) {
        Caller node = RequirementChecker.representativeCaller(targets);
        String partition = node.partition().orElseThrow();
        String account = node.account().orElseThrow();
        try {
            if (principal.kind() == Principal.Kind.USER) {
                return Optional.of(Caller.parse(principal.id().startsWith("arn:") ? principal.id()
                        : "arn:" + partition + ":iam::" + account + ":user/" + principal.id()));
            }
            if (principal.kind() != Principal.Kind.ROLE) {
                return Optional.empty();
            }
            String arn = principal.id().startsWith("arn:") ? principal.id() : roleArns.get(principal.key());
            if (arn != null) {
                return Caller.parse(arn).session(RequirementChecker.REPRESENTATIVE_SESSION);
            }
            return principal.key().equals(principal.id()) ? Optional.empty()
                    : Optional.of(Caller.roleSession(partition, account, principal.key(), RequirementChecker.REPRESENTATIVE_SESSION));
        } catch (IllegalArgumentException notAPrincipalArn) {
            return Optional.empty();
        }
    }

    /** Where findings about the principal as a whole go (see {@link #subject}). */
    private static PolicySource anchor(SourceText input, IacInput iac, Principal principal, Map<EmbeddedPolicy, PolicySource> sources) {
        Optional<PolicySource> trust = iac.roles().stream().filter(role -> role.key().equals(principal.key()))
                .map(role -> sources.get(role.trust())).filter(Objects::nonNull).findFirst();
        Optional<PolicySource> first = principal.identity().stream()
                .flatMap(policy -> policy instanceof Principal.InputPolicy in
                        ? Stream.ofNullable(sources.get(in.policy())) : Stream.<PolicySource>empty())
                .findFirst();
        return trust.or(() -> first).orElseGet(() -> {
            SourceRange range = principal.gaps().stream().map(UnreadablePolicy::range).findFirst().orElse(SourceRange.NONE);
            PolicyDocument none = new PolicyDocument(Optional.empty(), Optional.empty(), List.of(), range);
            return new PolicySource(input.path(), input.text(), PolicyKind.IDENTITY, none, false);
        });
    }

    /** A policy of a principal with the id it goes by; empty when AWS would reject its document. */
    private Optional<Identified> identified(SourceText input, Principal.Policy policy, Map<EmbeddedPolicy, PolicySource> sources) {
        if (policy instanceof Principal.AwsManagedPolicy managed) {
            return Optional.of(new Identified(managed.arn(), managedPolicy(managed.arn()), true));
        }
        EmbeddedPolicy embedded = ((Principal.InputPolicy) policy).policy();
        return Optional.ofNullable(sources.get(embedded)).filter(Linter::evaluable)
                .map(source -> new Identified(input.path() + "#" + embedded.pointer(), source, false));
    }

    /**
     * A bundled AWS managed policy (the caller checked that it is one); its path is its ARN.
     * Parsed once per linter: the same few (the EKS node policies) are attached throughout a repository.
     */
    private PolicySource managedPolicy(String arn) {
        return managedPolicies.get(arn, key -> {
            String document = ManagedPolicies.bundled().byArn(key).orElseThrow().document();
            return new PolicySource(key, document, PolicyKind.IDENTITY,
                    parser.parse(document, PolicyKind.IDENTITY).document().orElseThrow(), true);
        });
    }

    /** Runs the input rules over what the input's principals hold that iamlint cannot read. */
    private List<Finding> checkInput(SourceText input, IacInput iac, List<Principal> principals, LintConfig config) {
        List<InputContext.Owner> owners = principals.stream().map(p -> new InputContext.Owner(p.display(), p.gaps())).toList();
        List<UnreadablePolicy> documents = new ArrayList<>();
        for (EmbeddedPolicy policy : iac.policies()) {
            if (policy.body() instanceof Unresolved unresolved) {
                documents.add(new UnreadablePolicy("policy " + Principals.where(policy), Principals.problem(unresolved), false,
                        Optional.empty(), unresolved.range(), unresolved.pointer()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Registered<InputRule> rule : inputRules) {
            if (config.enabled(rule.descriptor().id())) {
                InputContext context = new InputContext(rule.descriptor(), input.path(), owners, documents);
                rule.rule().check(context);
                findings.addAll(context.findings());
            }
        }
        return findings;
    }

    /**
     * Lints the policies a template, plan or account holds like bare policy files, at their
     * positions in the input. Values the input does not determine (intrinsics, values known after
     * apply) are no documents, so there is nothing to lint: the input rules report them.
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
     * Records what one input is and lints it as a policy file: the input itself, or the policy in
     * what the AWS CLI prints for one ({@link AwsCliOutput}). Returns the source when the input
     * holds a policy with a document.
     */
    private Optional<PolicySource> read(SourceText input, InputDocument document, ParseResult parsed, Optional<PolicyKind> givenKind,
            LintConfig config, List<Finding> findings, List<FileResult> files) {
        if (!isPolicy(parsed)) {
            Optional<AwsCliOutput> output = document.asCliOutput();
            if (output.isPresent()) {
                PolicyKind kind = givenKind.orElse(output.get().kind());
                files.add(new FileResult(input.path(), policyFile(kind), Optional.empty()));
                return lint(input, kind, output.get().parse(input.text(), parser.options(), kind), config, findings);
            }
            if (givenKind.isEmpty()) {
                files.add(new FileResult(input.path(), FileResult.Kind.NOT_A_POLICY, Optional.empty()));
                return Optional.empty();
            }
        }
        PolicyKind kind = givenKind.orElseGet(() -> kindOf(parsed));
        ParseResult result = kind == PolicyKind.IDENTITY || givenKind.isPresent() ? parsed : document.asPolicy(parser, kind);
        files.add(new FileResult(input.path(), policyFile(kind), Optional.empty()));
        return lint(input, kind, result, config, findings);
    }

    private static FileResult.Kind policyFile(PolicyKind kind) {
        return kind == PolicyKind.IDENTITY ? FileResult.Kind.IDENTITY_POLICY : FileResult.Kind.RESOURCE_POLICY;
    }

    /** A policy file the request names with its kind (a boundary, a repository policy). */
    private Optional<PolicySource> readAs(SourceText input, PolicyKind kind, LintConfig config, List<Finding> findings,
            List<FileResult> files) {
        InputDocument document = InputDocument.read(input.text(), input.path(), parser.options());
        return read(input, document, document.asPolicy(parser, kind), Optional.of(kind), config, findings, files);
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

    private List<Finding> checkSubject(Subject subject, Evaluator evaluator, List<RequirementResult> results, LintConfig config) {
        List<Finding> findings = new ArrayList<>();
        Map<Object, Object> shared = new HashMap<>();
        for (Registered<SubjectRule> rule : subjectRules) {
            if (config.enabled(rule.descriptor().id())) {
                SubjectContext context = new SubjectContext(rule.descriptor(), subject, evaluator, results, catalog, shared);
                rule.rule().check(context);
                findings.addAll(context.findings());
            }
        }
        return findings;
    }

    private List<Finding> checkDocument(PolicySource source, LintConfig config) {
        List<Finding> findings = new ArrayList<>();
        for (Registered<DocumentRule> rule : documentRules) {
            if (config.enabled(rule.descriptor().id())) {
                DocumentContext context = new DocumentContext(rule.descriptor(), source, catalog);
                rule.rule().check(context);
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
