package dev.iamlint.eval;

import dev.iamlint.eval.condition.CompiledCondition;
import dev.iamlint.eval.match.ArnPattern;
import dev.iamlint.model.ActionElement;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.Effect;
import dev.iamlint.model.ResourceElement;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.Optional;
import java.util.Set;

/** A statement with its patterns and conditions compiled once, ready for many requests. */
final class CompiledStatement {

    final int index;
    final Optional<String> sid;
    final Effect effect;
    final SourceRange range;
    private final ActionSet actions;
    private final boolean notAction;
    /** Null when the statement has no Resource element, as role trust policies may: every resource. */
    private final ArnPattern[] resources;
    private final boolean notResource;
    /** Null for statements of identity-side policies, which apply to the caller implicitly. */
    private final PrincipalMatcher principal;
    private final CompiledCondition[] conditions;

    private CompiledStatement(Statement statement, Effect effect, ActionSet actions, boolean notAction,
            ArnPattern[] resources, boolean notResource, PrincipalMatcher principal, CompiledCondition[] conditions) {
        this.index = statement.index();
        this.sid = statement.sid().map(Located::value);
        this.effect = effect;
        this.range = statement.range();
        this.actions = actions;
        this.notAction = notAction;
        this.resources = resources;
        this.notResource = notResource;
        this.principal = principal;
        this.conditions = conditions;
    }

    /**
     * Checks what evaluation needs before any request: an Effect, an Action or NotAction, and
     * known condition operators.
     *
     * @throws IllegalArgumentException naming the policy, the statement and what it lacks
     */
    static void validate(Statement statement, String policyId) {
        if (statement.effectValue().isEmpty()) {
            throw invalid(policyId, statement, "has no valid Effect");
        }
        if (statement.action().isEmpty()) {
            throw invalid(policyId, statement, "has no Action or NotAction");
        }
        for (Condition condition : statement.conditions()) {
            if (ConditionOperator.parse(condition.operator().value()).isEmpty()) {
                throw invalid(policyId, statement, "has the unknown condition operator " + condition.operator().value());
            }
        }
    }

    /**
     * The only services (lower case) whose actions the statement can cover, or null when it may
     * cover any (NotAction, or a wildcard in a service prefix).
     */
    static Set<String> services(Statement statement) {
        ActionElement action = statement.action().orElseThrow();
        return action.negated() ? null : ActionSet.servicesOf(action.values());
    }

    /** Compiles a statement that {@link #validate} accepts. */
    static CompiledStatement compile(Statement statement, boolean policyVariables, String policyId) {
        validate(statement, policyId);
        Effect effect = statement.effectValue().orElseThrow();
        ActionElement action = statement.action().orElseThrow();
        ActionSet actions = ActionSet.compile(action.values().stream().map(Located::value).toList());
        ArnPattern[] resources = null;
        boolean notResource = false;
        if (statement.resource().isPresent()) {
            ResourceElement resource = statement.resource().get();
            resources = resource.values().stream()
                    .map(v -> ArnPattern.compile(v.value(), policyVariables))
                    .toArray(ArnPattern[]::new);
            notResource = resource.negated();
        }
        PrincipalMatcher principal = statement.principal().map(PrincipalMatcher::compile).orElse(null);
        CompiledCondition[] conditions = statement.conditions().stream()
                .map(c -> CompiledCondition.compile(c, policyVariables))
                .toArray(CompiledCondition[]::new);
        return new CompiledStatement(statement, effect, actions, action.negated(), resources, notResource, principal, conditions);
    }

    private static IllegalArgumentException invalid(String policyId, Statement statement, String what) {
        return new IllegalArgumentException(policyId + ":" + statement.range().start() + ": statement " + statement.index() + " " + what);
    }

    /** Whether the statement covers an action, given in lower case. */
    boolean matchesAction(String lowerCaseAction) {
        return actions.matches(lowerCaseAction) != notAction;
    }

    Tri matchesResource(String resource, RequestContext context) {
        if (resources == null) {
            return Tri.TRUE;
        }
        Tri listed = Tri.FALSE;
        for (ArnPattern pattern : resources) {
            listed = listed.or(pattern.matches(resource, context));
            if (listed == Tri.TRUE) {
                break;
            }
        }
        return notResource ? listed.not() : listed;
    }

    boolean namesPrincipals() {
        return principal != null;
    }

    PrincipalMatcher.Match matchPrincipal(Caller caller) {
        return principal == null ? PrincipalMatcher.Match.DIRECT : principal.match(caller);
    }

    /**
     * Evaluates the conditions (AND-ed) and reports the keys the request did not supply and, in
     * open mode, the conditions that stayed unknown.
     */
    Tri conditions(RequestContext context, ConditionSink sink) {
        Tri result = Tri.TRUE;
        for (CompiledCondition condition : conditions) {
            for (String key : condition.referencedKeys()) {
                if (!context.contains(key)) {
                    sink.missingKey(key);
                }
            }
            Tri value = condition.evaluate(context);
            if (value == Tri.UNKNOWN) {
                sink.unknown(condition.source());
            }
            result = result.and(value);
        }
        return result;
    }

    /** Receives what condition evaluation learns beyond its truth value. */
    interface ConditionSink {
        void missingKey(String key);

        void unknown(Condition condition);
    }
}
