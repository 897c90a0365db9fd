package dev.iamlint.rules.validity;

import dev.iamlint.catalog.ConditionKeyType;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.ConditionOperator.Base;
import dev.iamlint.model.ConditionOperator.SetQualifier;
import dev.iamlint.model.Statement;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.source.Severity;
import java.util.Optional;

/**
 * A multivalued key such as {@code aws:TagKeys} under an operator without {@code ForAnyValue:} or
 * {@code ForAllValues:}. Which of the two is meant changes the decision, so AWS wants it said.
 * {@code Null} checks presence and needs no qualifier.
 */
@RuleInfo(
        id = "IAM109",
        name = "MissingSetQualifier",
        summary = "Multivalued condition key without ForAnyValue or ForAllValues",
        severity = Severity.ERROR,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html")
public final class MissingSetQualifier implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (Statement statement : context.document().statements()) {
            for (Condition condition : statement.conditions()) {
                Optional<ConditionOperator> operator = ConditionOperator.parse(condition.operator().value());
                Optional<ConditionKeyType> type = ConditionKeys.type(context.catalog(), statement, condition.key().value());
                if (operator.isEmpty() || type.isEmpty() || !type.get().isArray()
                        || operator.get().qualifier() != SetQualifier.NONE || operator.get().base() == Base.NULL) {
                    continue;
                }
                String any = new ConditionOperator(operator.get().base(), SetQualifier.FOR_ANY_VALUE, operator.get().ifExists()).text();
                String all = new ConditionOperator(operator.get().base(), SetQualifier.FOR_ALL_VALUES, operator.get().ifExists()).text();
                context.report(condition.key(), condition.key().value() + " can hold several values; write " + any
                        + " (true if any value matches) or " + all + " (true if every value matches)");
            }
        }
    }
}
