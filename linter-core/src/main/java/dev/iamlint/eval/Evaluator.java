package dev.iamlint.eval;

import dev.iamlint.model.Condition;
import dev.iamlint.model.Effect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * AWS's policy evaluation logic over a compiled {@link PolicySet}: explicit deny first, then
 * resource control and service control policies level by level, the VPC endpoint policy, and
 * finally the identity side (identity policies, permissions boundary, session policies) and the
 * resource side (resource-based policy) combined as AWS combines them within one account and
 * across accounts.
 *
 * <p>Compile once, evaluate many requests: an Evaluator is immutable and thread-safe.
 */
public final class Evaluator {

    private final CompiledPolicy[][] serviceControlLevels;
    private final CompiledPolicy[][] resourceControlLevels;
    private final CompiledPolicy resourcePolicy;
    private final CompiledPolicy[] identity;
    private final CompiledPolicy permissionsBoundary;
    private final CompiledPolicy[] session;
    private final CompiledPolicy vpcEndpointPolicy;

    private Evaluator(CompiledPolicy[][] serviceControlLevels, CompiledPolicy[][] resourceControlLevels, CompiledPolicy resourcePolicy,
            CompiledPolicy[] identity, CompiledPolicy permissionsBoundary, CompiledPolicy[] session, CompiledPolicy vpcEndpointPolicy) {
        this.serviceControlLevels = serviceControlLevels;
        this.resourceControlLevels = resourceControlLevels;
        this.resourcePolicy = resourcePolicy;
        this.identity = identity;
        this.permissionsBoundary = permissionsBoundary;
        this.session = session;
        this.vpcEndpointPolicy = vpcEndpointPolicy;
    }

    private Evaluator(PolicySet set) {
        serviceControlLevels = compileLevels(set.serviceControlLevels());
        resourceControlLevels = compileLevels(set.resourceControlLevels());
        resourcePolicy = set.resourcePolicy().map(p -> CompiledPolicy.compile(p, 0)).orElse(null);
        identity = compileAll(set.identity(), 0);
        permissionsBoundary = set.permissionsBoundary().map(p -> CompiledPolicy.compile(p, 0)).orElse(null);
        session = compileAll(set.session(), 0);
        vpcEndpointPolicy = set.vpcEndpointPolicy().map(p -> CompiledPolicy.compile(p, 0)).orElse(null);
    }

    /**
     * Compiles every policy of the set.
     *
     * @throws IllegalArgumentException if a document has an element the evaluator cannot run
     *     (documents should be parsed without errors first)
     */
    public static Evaluator compile(PolicySet policies) {
        return new Evaluator(policies);
    }

    /**
     * This evaluator with one more identity policy, such as a candidate fix; the policies already
     * compiled, the added one included, are shared, not compiled again.
     */
    public Evaluator withIdentity(PreparedPolicy added) {
        CompiledPolicy[] more = Arrays.copyOf(identity, identity.length + 1);
        more[identity.length] = added.compiled();
        return new Evaluator(serviceControlLevels, resourceControlLevels, resourcePolicy, more, permissionsBoundary, session,
                vpcEndpointPolicy);
    }

    private static CompiledPolicy[][] compileLevels(List<List<PolicyInput>> levels) {
        CompiledPolicy[][] compiled = new CompiledPolicy[levels.size()][];
        for (int level = 0; level < compiled.length; level++) {
            compiled[level] = compileAll(levels.get(level), level);
        }
        return compiled;
    }

    private static CompiledPolicy[] compileAll(List<PolicyInput> inputs, int level) {
        return inputs.stream().map(p -> CompiledPolicy.compile(p, level)).toArray(CompiledPolicy[]::new);
    }

    public EvaluationResult evaluate(Request request) {
        Scan scan = new Scan(request);
        Summary[] inOrder = new Summary[serviceControlLevels.length + resourceControlLevels.length + 5];
        int next = 0;
        for (int level = 0; level < serviceControlLevels.length; level++) {
            inOrder[next++] = scan.all(serviceControlLevels[level], PolicyType.SERVICE_CONTROL, level);
        }
        for (int level = 0; level < resourceControlLevels.length; level++) {
            inOrder[next++] = scan.all(resourceControlLevels[level], PolicyType.RESOURCE_CONTROL, level);
        }
        Summary resource = inOrder[next++] = scan.single(resourcePolicy, PolicyType.RESOURCE);
        Summary identities = inOrder[next++] = scan.all(identity, PolicyType.IDENTITY, 0);
        Summary boundary = inOrder[next++] = scan.single(permissionsBoundary, PolicyType.PERMISSIONS_BOUNDARY);
        Summary sessions = inOrder[next++] = scan.all(session, PolicyType.SESSION, 0);
        Summary vpcEndpoint = inOrder[next] = scan.single(vpcEndpointPolicy, PolicyType.VPC_ENDPOINT);

        Decider decider = new Decider(request, request.effectiveResourceAccount(), serviceControlLevels.length,
                resource, identities, boundary, sessions, vpcEndpoint, inOrder);
        Outcome outcome = decider.decide(false);
        // Without unknown conditions both bounds coincide: skip the second pass.
        Outcome best = scan.anyConditional ? decider.decide(true) : outcome;
        KindVerdict[] verdicts = new KindVerdict[inOrder.length];
        for (int i = 0; i < verdicts.length; i++) {
            verdicts[i] = inOrder[i].kindVerdict();
        }
        return new EvaluationResult(request.action(), outcome.decision, best.decision, outcome.basis, outcome.decidedBy,
                outcome.level, listOf(scan.matched), scan.missingKeys(), listOf(scan.unknown), List.of(verdicts),
                scan.unknownValues == null ? List.of() : List.copyOf(scan.unknownValues));
    }

    private static <T> List<T> listOf(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }

    /**
     * Walks every policy once for a request, collecting what applies. Its collections are made
     * only when something goes in them: most requests match few statements.
     */
    private static final class Scan implements CompiledStatement.ConditionSink {
        private final Request request;
        private final String action;
        private final String service;
        private List<MatchedStatement> matched;
        private List<EvaluationResult.UnknownCondition> unknown;
        private Map<String, String> missing;
        private List<Condition> pendingUnknown;
        private Set<String> unknownValues;
        private boolean anyConditional;

        Scan(Request request) {
            this.request = request;
            ActionNames.Normalized normalized = ActionNames.of(request.action());
            this.action = normalized.lowerCase();
            this.service = normalized.service();
        }

        Summary single(CompiledPolicy policy, PolicyType type) {
            if (policy == null) {
                return Summary.absent(type);
            }
            Summary summary = new Summary(type, 0);
            scan(policy, summary);
            return summary;
        }

        Summary all(CompiledPolicy[] policies, PolicyType type, int level) {
            if (policies.length == 0) {
                return Summary.absent(type);
            }
            Summary summary = new Summary(type, level);
            for (CompiledPolicy policy : policies) {
                scan(policy, summary);
            }
            return summary;
        }

        private void scan(CompiledPolicy policy, Summary summary) {
            // A resource-based policy governs its own resource; actions without resource-level
            // permissions (resource "*", e.g. ecr:GetAuthorizationToken) have none to attach it to.
            if (summary.type == PolicyType.RESOURCE && request.resource().equals("*")) {
                return;
            }
            for (CompiledStatement statement : policy.statementsCovering(action, service)) {
                PrincipalMatcher.Match principal = statement.matchPrincipal(request.caller());
                Tri named = Tri.TRUE;
                // A principal value with an unknown part may name the caller, and name it directly.
                boolean mayBeDirect = statement.unknownPrincipal && principal != PrincipalMatcher.Match.DIRECT;
                if (statement.unknownPrincipal && (principal == PrincipalMatcher.Match.NONE || statement.negatedPrincipal())) {
                    named = principal == PrincipalMatcher.Match.NONE && statement.negatedPrincipal() ? Tri.FALSE : Tri.UNKNOWN;
                    principal = PrincipalMatcher.Match.DIRECT;
                    mayBeDirect = false;
                } else if (principal == PrincipalMatcher.Match.NONE) {
                    continue;
                }
                Tri applies = named.and(statement.coversAction(action))
                        .and(statement.matchesResource(request.resource(), request.context()));
                if (applies == Tri.FALSE) {
                    continue;
                }
                if (pendingUnknown != null) {
                    pendingUnknown.clear();
                }
                applies = applies.and(statement.conditions(request.context(), this));
                if (applies == Tri.FALSE) {
                    continue;
                }
                boolean conditional = applies == Tri.UNKNOWN;
                if (conditional || mayBeDirect) {
                    anyConditional = true;
                    if (!statement.unknownNames.isEmpty()) {
                        if (unknownValues == null) {
                            unknownValues = new LinkedHashSet<>();
                        }
                        unknownValues.addAll(statement.unknownNames);
                    }
                }
                if (conditional) {
                    if (pendingUnknown != null) {
                        for (Condition condition : pendingUnknown) {
                            if (unknown == null) {
                                unknown = new ArrayList<>();
                            }
                            unknown.add(new EvaluationResult.UnknownCondition(
                                    policy.input().id(), summary.type, statement.index, condition));
                        }
                    }
                }
                if (matched == null) {
                    matched = new ArrayList<>(4);
                }
                matched.add(new MatchedStatement(policy.input().id(), summary.type, policy.level(),
                        statement.index, statement.sid, statement.effect, statement.range, conditional));
                summary.add(statement.effect, conditional, principal);
                if (mayBeDirect && !conditional) {
                    summary.add(statement.effect, true, PrincipalMatcher.Match.DIRECT);
                }
            }
        }

        @Override
        public void missingKey(String key) {
            if (missing == null) {
                missing = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            }
            missing.putIfAbsent(key, key);
        }

        @Override
        public void unknown(Condition condition) {
            if (pendingUnknown == null) {
                pendingUnknown = new ArrayList<>(2);
            }
            pendingUnknown.add(condition);
        }

        List<String> missingKeys() {
            return missing == null ? List.of() : List.copyOf(missing.values());
        }
    }

    /** What the statements of one policy kind (or one SCP/RCP level) that apply say. */
    private static final class Summary {
        private static final Map<PolicyType, Summary> ABSENT = absentSummaries();

        final PolicyType type;
        final int level;
        final boolean present;
        boolean allowTrue;
        boolean allowUnknown;
        boolean denyTrue;
        boolean denyUnknown;
        PrincipalMatcher.Match allowMatchTrue = PrincipalMatcher.Match.NONE;
        PrincipalMatcher.Match allowMatchUnknown = PrincipalMatcher.Match.NONE;

        Summary(PolicyType type, int level) {
            this(type, level, true);
        }

        private Summary(PolicyType type, int level, boolean present) {
            this.type = type;
            this.level = level;
            this.present = present;
        }

        /** The shared summary of a kind no policy takes part in; nothing is ever added to it. */
        static Summary absent(PolicyType type) {
            return ABSENT.get(type);
        }

        private static Map<PolicyType, Summary> absentSummaries() {
            Map<PolicyType, Summary> absent = new EnumMap<>(PolicyType.class);
            for (PolicyType type : PolicyType.values()) {
                absent.put(type, new Summary(type, 0, false));
            }
            return absent;
        }

        KindVerdict kindVerdict() {
            return KindVerdict.of(type, level, verdict());
        }

        void add(Effect effect, boolean conditional, PrincipalMatcher.Match principal) {
            if (effect == Effect.DENY) {
                if (conditional) {
                    denyUnknown = true;
                } else {
                    denyTrue = true;
                }
            } else if (conditional) {
                allowUnknown = true;
                allowMatchUnknown = stronger(allowMatchUnknown, principal);
            } else {
                allowTrue = true;
                allowMatchTrue = stronger(allowMatchTrue, principal);
            }
        }

        private static PrincipalMatcher.Match stronger(PrincipalMatcher.Match a, PrincipalMatcher.Match b) {
            return a.compareTo(b) >= 0 ? a : b;
        }

        /** Whether an Allow applies, taking unknown conditions as holding when optimistic. */
        boolean allows(boolean optimistic) {
            return allowTrue || (optimistic && allowUnknown);
        }

        /** Whether a Deny applies, taking unknown conditions as holding when pessimistic. */
        boolean denies(boolean optimistic) {
            return denyTrue || (!optimistic && denyUnknown);
        }

        PrincipalMatcher.Match allowMatch(boolean optimistic) {
            return optimistic ? stronger(allowMatchTrue, allowMatchUnknown) : allowMatchTrue;
        }

        /** Absent kinds impose nothing; present ones must allow. */
        boolean permits(boolean optimistic) {
            return !present || allows(optimistic);
        }

        Verdict verdict() {
            if (!present) {
                return Verdict.ABSENT;
            }
            if (denyTrue) {
                return Verdict.DENY;
            }
            if (denyUnknown || (allowUnknown && !allowTrue)) {
                return Verdict.UNKNOWN;
            }
            return allowTrue ? Verdict.ALLOW : Verdict.NO_MATCH;
        }
    }

    /** A decision and its grounds, without the action: shared between requests. */
    private record Outcome(Decision decision, EvaluationResult.Basis basis, Optional<PolicyType> decidedBy, int level) {

        static final Outcome BY_IDENTITY = allowed(EvaluationResult.Basis.IDENTITY_POLICY, PolicyType.IDENTITY);
        static final Outcome BY_RESOURCE = allowed(EvaluationResult.Basis.RESOURCE_POLICY, PolicyType.RESOURCE);
        static final Outcome BY_BOTH_ACCOUNTS = allowed(EvaluationResult.Basis.BOTH_ACCOUNTS, PolicyType.RESOURCE);
        static final Outcome BY_ROOT = new Outcome(Decision.ALLOWED, EvaluationResult.Basis.ROOT_USER, Optional.empty(), 0);
        private static final Map<PolicyType, Outcome> EXPLICIT = denials(Decision.EXPLICIT_DENY, EvaluationResult.Basis.EXPLICIT_DENY);
        private static final Map<PolicyType, Outcome> IMPLICIT = denials(Decision.IMPLICIT_DENY, EvaluationResult.Basis.NO_ALLOW);

        private static Outcome allowed(EvaluationResult.Basis basis, PolicyType by) {
            return new Outcome(Decision.ALLOWED, basis, Optional.of(by), 0);
        }

        private static Map<PolicyType, Outcome> denials(Decision decision, EvaluationResult.Basis basis) {
            Map<PolicyType, Outcome> outcomes = new EnumMap<>(PolicyType.class);
            for (PolicyType type : PolicyType.values()) {
                outcomes.put(type, new Outcome(decision, basis, Optional.of(type), 0));
            }
            return outcomes;
        }

        static Outcome explicitDeny(Summary by) {
            return by.level == 0 ? EXPLICIT.get(by.type)
                    : new Outcome(Decision.EXPLICIT_DENY, EvaluationResult.Basis.EXPLICIT_DENY, Optional.of(by.type), by.level);
        }

        static Outcome implicitDeny(Summary by) {
            return by.level == 0 ? IMPLICIT.get(by.type)
                    : new Outcome(Decision.IMPLICIT_DENY, EvaluationResult.Basis.NO_ALLOW, Optional.of(by.type), by.level);
        }
    }

    /** Combines the summaries into a decision, optimistically or pessimistically about unknowns. */
    private record Decider(
            Request request,
            Optional<String> resourceAccount,
            int scpLevels,
            Summary resource,
            Summary identities,
            Summary boundary,
            Summary sessions,
            Summary vpcEndpoint,
            Summary[] inOrder) {

        Outcome decide(boolean optimistic) {
            Caller caller = request.caller();
            PrincipalKind kind = caller.kind();
            for (Summary summary : inOrder) {
                if (applies(summary.type, kind) && summary.denies(optimistic)) {
                    return Outcome.explicitDeny(summary);
                }
            }
            if (applies(PolicyType.RESOURCE_CONTROL, kind)) {
                for (int i = scpLevels; i < inOrder.length - 5; i++) {
                    if (!inOrder[i].allows(optimistic)) {
                        return Outcome.implicitDeny(inOrder[i]);
                    }
                }
            }
            if (applies(PolicyType.SERVICE_CONTROL, kind)) {
                for (int i = 0; i < scpLevels; i++) {
                    if (!inOrder[i].allows(optimistic)) {
                        return Outcome.implicitDeny(inOrder[i]);
                    }
                }
            }
            if (!vpcEndpoint.permits(optimistic)) {
                return Outcome.implicitDeny(vpcEndpoint);
            }
            PrincipalMatcher.Match granted = resource.allowMatch(optimistic);
            if (kind == PrincipalKind.SERVICE || kind == PrincipalKind.ANONYMOUS) {
                return granted != PrincipalMatcher.Match.NONE
                        ? Outcome.BY_RESOURCE
                        : Outcome.implicitDeny(resource);
            }
            boolean sameAccount = caller.account().equals(resourceAccount);
            return sameAccount ? sameAccount(optimistic, granted) : crossAccount(optimistic, granted);
        }

        /**
         * SCPs govern the principals of member accounts, which services and anonymous callers are
         * not; RCPs govern requests to the account's resources, except those AWS services make.
         */
        private static boolean applies(PolicyType type, PrincipalKind caller) {
            return switch (type) {
                case SERVICE_CONTROL -> caller != PrincipalKind.SERVICE && caller != PrincipalKind.ANONYMOUS;
                case RESOURCE_CONTROL -> caller != PrincipalKind.SERVICE;
                default -> true;
            };
        }

        /**
         * Within one account the identity side and the resource side form a union, but a resource
         * policy's grant is final only for the principal it names: a role named by ARN stays
         * bound by its boundary and session policies, and an account named as principal delegates
         * to its identity policies.
         */
        private Outcome sameAccount(boolean optimistic, PrincipalMatcher.Match granted) {
            if (granted == PrincipalMatcher.Match.DIRECT) {
                return Outcome.BY_RESOURCE;
            }
            if (granted == PrincipalMatcher.Match.ROLE) {
                Outcome limit = limits(optimistic);
                return limit != null ? limit : Outcome.BY_RESOURCE;
            }
            return identitySide(optimistic);
        }

        /** Across accounts both the caller's account and the resource's account must allow. */
        private Outcome crossAccount(boolean optimistic, PrincipalMatcher.Match granted) {
            Outcome identity = identitySide(optimistic);
            if (identity.decision != Decision.ALLOWED) {
                return identity;
            }
            if (granted == PrincipalMatcher.Match.NONE) {
                return Outcome.implicitDeny(resource);
            }
            return Outcome.BY_BOTH_ACCOUNTS;
        }

        private Outcome identitySide(boolean optimistic) {
            // The root user holds every permission of its own account without identity policies.
            boolean root = request.caller().kind() == PrincipalKind.ROOT;
            if (!root && !identities.allows(optimistic)) {
                return Outcome.implicitDeny(identities);
            }
            Outcome limit = limits(optimistic);
            if (limit != null) {
                return limit;
            }
            return root
                    ? Outcome.BY_ROOT
                    : Outcome.BY_IDENTITY;
        }

        /**
         * The permissions boundary and session policies, each of which must allow when present.
         * A federated user's session (GetFederationToken) has no permissions beyond its session
         * policy, so for it an absent session policy denies.
         */
        private Outcome limits(boolean optimistic) {
            if (!boundary.permits(optimistic)) {
                return Outcome.implicitDeny(boundary);
            }
            boolean federated = request.caller().kind() == PrincipalKind.FEDERATED_USER;
            if (federated ? !sessions.allows(optimistic) : !sessions.permits(optimistic)) {
                return Outcome.implicitDeny(sessions);
            }
            return null;
        }
    }
}
