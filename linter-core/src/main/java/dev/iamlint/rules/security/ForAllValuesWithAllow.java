package dev.iamlint.rules.security;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.ConditionOperator.Base;
import dev.iamlint.model.ConditionOperator.SetQualifier;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.validity.ConditionKeys;
import dev.iamlint.source.Severity;
import java.util.Optional;

/**
 * {@code ForAllValues:} in an Allow. It is true when every value of the key is listed, and so
 * also when the request has no value at all: the Allow then applies to requests without the key.
 * Not reported when the statement also requires the key with {@code "Null": {key: "false"}}, the
 * documented remedy, or when the key is single-valued (IAM110's). A Null condition with an unknown
 * key or value may be that remedy.
 */
@RuleInfo(
        id = "IAM209",
        name = "ForAllValuesWithAllow",
        summary = "Allow statement uses ForAllValues, which is true when the key is missing",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html")
public final class ForAllValuesWithAllow implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            if (!Statements.isAllow(statement)) {
                continue;
            }
            for (Condition condition : statement.conditions()) {
                Optional<ConditionOperator> operator = ConditionOperator.parse(condition.operator().value());
                String key = condition.key().value();
                if (operator.isEmpty() || operator.get().qualifier() != SetQualifier.FOR_ALL_VALUES || operator.get().base() == Base.NULL
                        || ConditionKeys.type(context.catalog(), statement, key).filter(t -> !t.isArray()).isPresent()
                        || requiresPresence(statement, key)) {
                    continue;
                }
                String any = new ConditionOperator(operator.get().base(), SetQualifier.FOR_ANY_VALUE, operator.get().ifExists()).text();
                context.report(condition.key(), operator.get().text() + " is also true when the request has no " + key
                        + ", so this Allow applies to such requests too; add \"Null\": {\"" + key + "\": \"false\"} or use " + any);
            }
        }
    }

    /** Whether the statement has, or may have, {@code "Null": {key: "false"}}, which makes the key required. */
    private static boolean requiresPresence(Statement statement, String key) {
        return statement.conditions().stream().anyMatch(c -> mayBeEqual(c.key().value(), key)
                && ConditionOperator.parse(c.operator().value()).filter(o -> o.base() == Base.NULL).isPresent()
                && !c.values().isEmpty() && c.values().stream().allMatch(v -> mayBeEqual(v.value().text(), "false")));
    }

    /** Whether two texts are equal ignoring case, or may be so once their unknown parts are known. */
    private static boolean mayBeEqual(String text, String other) {
        return text.equalsIgnoreCase(other) || UnknownValues.contains(text) || UnknownValues.contains(other);
    }
}
