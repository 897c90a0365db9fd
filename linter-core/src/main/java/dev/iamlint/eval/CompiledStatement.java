package dev.iamlint.eval;

import dev.iamlint.eval.condition.CompiledCondition;
import dev.iamlint.eval.match.ArnPattern;
import dev.iamlint.model.ActionElement;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.Effect;
import dev.iamlint.model.PrincipalValue;
import dev.iamlint.model.ResourceElement;
import dev.iamlint.model.Statement;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A statement with its patterns and conditions compiled once, ready for many requests.
 *
 * <p>Values with {@linkplain UnknownValues unknown parts} make the statement apply UNKNOWN where
 * they might match: an action pattern through its open form, a principal value always (it may
 * name the caller, and name it directly).
 */
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
    /** The open forms of action patterns with unknown parts; null when there are none. */
    private final ActionSet unknownActions;
    /** Whether a Principal or NotPrincipal value has an unknown part. */
    final boolean unknownPrincipal;
    /** The names of the unknown parts anywhere in the statement, in order, unique. */
    final List<String> unknownNames;

    private CompiledStatement(Statement statement, Effect effect, ActionSet actions, ActionSet unknownActions, boolean notAction,
            ArnPattern[] resources, boolean notResource, PrincipalMatcher principal, CompiledCondition[] conditions) {
        this.index = statement.index();
        this.sid = statement.sid().map(Located::value);
        this.effect = effect;
        this.range = statement.range();
        this.actions = actions;
        this.unknownActions = unknownActions;
        this.notAction = notAction;
        this.resources = resources;
        this.notResource = notResource;
        this.principal = principal;
        this.conditions = conditions;
        List<String> principalTexts = principalTexts(statement);
        boolean principalUnknown = false;
        for (String text : principalTexts) {
            principalUnknown |= UnknownValues.contains(text);
        }
        this.unknownPrincipal = principalUnknown;
        this.unknownNames = unknownNames(statement, principalTexts);
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
     * cover any (NotAction, or a wildcard or unknown part in a service prefix).
     */
    static Set<String> services(Statement statement) {
        ActionElement action = statement.action().orElseThrow();
        return action.negated() ? null : ActionSet.servicesOf(action.values());
    }

    /** Compiles a statement that {@link #validate} accepts. */
    static CompiledStatement compile(Statement statement, boolean policyVariables) {
        Effect effect = statement.effectValue().orElseThrow();
        ActionElement action = statement.action().orElseThrow();
        List<String> known = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Located<String> value : action.values()) {
            if (UnknownValues.contains(value.value())) {
                open.add(UnknownValues.open(value.value()));
            } else {
                known.add(value.value());
            }
        }
        ActionSet actions = ActionSet.compile(known);
        ActionSet unknownActions = open.isEmpty() ? null : ActionSet.compile(open);
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
        return new CompiledStatement(statement, effect, actions, unknownActions, action.negated(), resources, notResource, principal,
                conditions);
    }

    private static List<String> principalTexts(Statement statement) {
        List<String> texts = new ArrayList<>();
        if (statement.principal().isPresent() && statement.principal().get().value() instanceof PrincipalValue.ByType byType) {
            for (PrincipalValue.Entry entry : byType.entries()) {
                for (Located<String> value : entry.values()) {
                    texts.add(value.value());
                }
            }
        }
        return texts;
    }

    /** Compiled once per statement and kept off the evaluation path: most statements have none. */
    private static List<String> unknownNames(Statement statement, List<String> principalTexts) {
        Set<String> names = new LinkedHashSet<>();
        statement.action().ifPresent(action -> action.values().forEach(v -> addNames(v.value(), names)));
        statement.resource().ifPresent(resource -> resource.values().forEach(v -> addNames(v.value(), names)));
        principalTexts.forEach(text -> addNames(text, names));
        for (Condition condition : statement.conditions()) {
            addNames(condition.key().value(), names);
            condition.values().forEach(v -> addNames(v.value().text(), names));
        }
        return names.isEmpty() ? List.of() : List.copyOf(names);
    }

    private static void addNames(String text, Set<String> names) {
        if (UnknownValues.contains(text)) {
            names.addAll(UnknownValues.names(text));
        }
    }

    private static IllegalArgumentException invalid(String policyId, Statement statement, String what) {
        return new IllegalArgumentException(policyId + ":" + statement.range().start() + ": statement " + statement.index() + " " + what);
    }

    /** Whether the statement covers, or with unknown action parts may cover, an action given in lower case. */
    boolean matchesAction(String lowerCaseAction) {
        return unknownActions == null ? actions.matches(lowerCaseAction) != notAction : coversAction(lowerCaseAction) != Tri.FALSE;
    }

    /**
     * Whether the statement covers an action that {@link #matchesAction} accepted: TRUE but for
     * action patterns with unknown parts, which may cover it or not.
     */
    Tri coversAction(String lowerCaseAction) {
        if (unknownActions == null) {
            return Tri.TRUE;
        }
        Tri listed = actions.matches(lowerCaseAction) ? Tri.TRUE : unknownActions.matches(lowerCaseAction) ? Tri.UNKNOWN : Tri.FALSE;
        return notAction ? listed.not() : listed;
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

    boolean negatedPrincipal() {
        return principal != null && principal.negated();
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
