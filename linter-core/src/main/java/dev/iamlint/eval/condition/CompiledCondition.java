package dev.iamlint.eval.condition;

import dev.iamlint.eval.RequestContext;
import dev.iamlint.eval.Tri;
import dev.iamlint.eval.UnknownValues;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.ConditionOperator.Base;
import dev.iamlint.model.ConditionOperator.SetQualifier;
import dev.iamlint.model.ConditionValue;
import dev.iamlint.source.Located;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One condition (operator, key, values) compiled once per policy and evaluated per request.
 *
 * <p>Semantics (IAMUG {@code reference_policies_elements_condition_operators.md} and
 * {@code reference_policies_multi-value-conditions.md}; iam-evaluation.md 7.4-7.5):
 * <ul>
 *   <li>A request value matches when it matches any policy value. A negated operator
 *       (StringNotEquals, StringNotLike, NumericNotEquals, DateNotEquals, NotIpAddress,
 *       ArnNotEquals/ArnNotLike) asks instead that it match none of them.
 *   <li>Without a set qualifier the condition is true when any request value matches; for a
 *       negated operator, when no request value matches any policy value. For a key with one
 *       value this is the plain rule. AWS requires a set qualifier for multivalued keys and does
 *       not document what happens without one; "any value" is DERIVED, and the linter flags
 *       the missing qualifier.
 *   <li>{@code ForAllValues:} every request value matches (for a negated operator: matches no
 *       policy value); true when the key is absent or has no values.
 *       {@code ForAnyValue:} some request value does; false when absent or empty.
 *   <li>A key the request lacks makes a condition false and a negated one true; with
 *       {@code ForAllValues:} true and with {@code ForAnyValue:} false, negated or not.
 *       {@code …IfExists} makes it true in every case; with the key present
 *       the operator applies as usual. A key present with no values counts as present: it
 *       matches nothing (true for a negated operator and for {@code ForAllValues:}).
 *   <li>{@code Null}: {@code "true"} holds when the key is absent, {@code "false"} when present
 *       (with any number of values). With a set qualifier Access Analyzer says
 *       {@code ForAllValues:Null} is always true and {@code ForAnyValue:Null} always false; so it
 *       is here.
 *   <li>Open mode: a key nobody supplied makes the condition UNKNOWN, also for {@code Null} and
 *       {@code …IfExists} (the key could be present with a value that fails). Policy variables of
 *       unknown keys can make a match UNKNOWN too.
 *   <li>A condition whose key or a value holds an {@linkplain UnknownValues unknown part} is
 *       UNKNOWN in either mode, whatever the request: nothing about it is certain.
 * </ul>
 *
 * <p>Policy values are parsed here, at compile time, for their operator (see {@link PolicyValues});
 * a value that does not parse never matches. Request values are parsed per request.
 */
public final class CompiledCondition {

    private final Condition source;
    private final ConditionOperator operator;
    private final String key;
    /** The values' matcher; null for Null, which compares presence. */
    private final PolicyValues values;
    /** Null only: whether the key must be absent for a value to hold (null where it does not parse). */
    private final List<Boolean> nullValues;
    private final Set<String> referencedKeys;
    /** Whether the key or a value has an unknown part. */
    private final boolean unknown;

    private CompiledCondition(Condition source, ConditionOperator operator, PolicyValues values, List<Boolean> nullValues) {
        this.source = source;
        this.operator = operator;
        this.key = source.key().value();
        this.values = values;
        this.nullValues = nullValues;
        this.unknown = UnknownValues.contains(key)
                || source.values().stream().anyMatch(v -> UnknownValues.contains(v.value().text()));
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        if (values != null) {
            keys.addAll(values.variableKeys());
        }
        this.referencedKeys = Collections.unmodifiableSet(keys);
    }

    /**
     * Compiles a condition; {@code policyVariables} is true for Version 2012-10-17.
     *
     * @throws IllegalArgumentException if the operator is no condition operator
     */
    public static CompiledCondition compile(Condition condition, boolean policyVariables) {
        String name = condition.operator().value();
        ConditionOperator operator = ConditionOperator.parse(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown condition operator " + name));
        List<String> texts = condition.values().stream().map(Located::value).map(ConditionValue::text).toList();
        if (operator.base() == Base.NULL) {
            return new CompiledCondition(condition, operator, null, texts.stream().map(PolicyValues::parseBoolean).toList());
        }
        return new CompiledCondition(condition, operator, PolicyValues.compile(operator.base(), texts, policyVariables), null);
    }

    public Tri evaluate(RequestContext context) {
        if (unknown) {
            return Tri.UNKNOWN;
        }
        RequestContext.Lookup lookup = context.lookup(key);
        if (values == null) {
            return evaluateNull(lookup);
        }
        if (lookup instanceof RequestContext.Lookup.Present present) {
            return evaluatePresent(present.values(), context);
        }
        if (lookup instanceof RequestContext.Lookup.Unknown) {
            return Tri.UNKNOWN;
        }
        if (operator.ifExists()) {
            return Tri.TRUE;
        }
        return Tri.of(switch (operator.qualifier()) {
            case NONE -> operator.base().negated();
            case FOR_ALL_VALUES -> true;
            case FOR_ANY_VALUE -> false;
        });
    }

    private Tri evaluatePresent(List<String> requestValues, RequestContext context) {
        boolean negated = operator.base().negated();
        if (operator.qualifier() == SetQualifier.FOR_ALL_VALUES) {
            Tri all = Tri.TRUE;
            for (int i = 0; i < requestValues.size() && all != Tri.FALSE; i++) {
                Tri matched = values.matchesAny(requestValues.get(i), context);
                all = all.and(negated ? matched.not() : matched);
            }
            return all;
        }
        if (operator.qualifier() == SetQualifier.FOR_ANY_VALUE) {
            Tri any = Tri.FALSE;
            for (int i = 0; i < requestValues.size() && any != Tri.TRUE; i++) {
                Tri matched = values.matchesAny(requestValues.get(i), context);
                any = any.or(negated ? matched.not() : matched);
            }
            return any;
        }
        Tri any = Tri.FALSE;
        for (int i = 0; i < requestValues.size() && any != Tri.TRUE; i++) {
            any = any.or(values.matchesAny(requestValues.get(i), context));
        }
        return negated ? any.not() : any;
    }

    private Tri evaluateNull(RequestContext.Lookup lookup) {
        switch (operator.qualifier()) {
            case FOR_ALL_VALUES:
                return Tri.TRUE;
            case FOR_ANY_VALUE:
                return Tri.FALSE;
            default:
                break;
        }
        if (lookup instanceof RequestContext.Lookup.Unknown) {
            return Tri.UNKNOWN;
        }
        Boolean absent = lookup instanceof RequestContext.Lookup.Absent;
        return Tri.of(nullValues.contains(absent));
    }

    public Condition source() {
        return source;
    }

    /** The condition key as written, then the keys of any policy variables in the values. */
    public Set<String> referencedKeys() {
        return referencedKeys;
    }

    @Override
    public String toString() {
        return operator.text() + " " + key + " " + source.values().stream().map(v -> v.value().text()).toList();
    }
}
