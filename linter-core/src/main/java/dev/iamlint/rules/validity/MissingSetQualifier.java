package dev.iamlint.rules.validity;

import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.ConditionOperator.Base;
import dev.iamlint.model.ConditionOperator.SetQualifier;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.validity.ConditionKeys.TypedCondition;
import dev.iamlint.source.Severity;

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
        for (TypedCondition typed : ConditionKeys.typedConditions(context.catalog(), context.document())) {
            ConditionOperator used = typed.operator();
            if (!typed.type().isArray() || used.qualifier() != SetQualifier.NONE || used.base() == Base.NULL) {
                continue;
            }
            String any = new ConditionOperator(used.base(), SetQualifier.FOR_ANY_VALUE, used.ifExists()).text();
            String all = new ConditionOperator(used.base(), SetQualifier.FOR_ALL_VALUES, used.ifExists()).text();
            Condition condition = typed.condition();
            context.report(condition.key(), condition.key().value() + " can hold several values; write " + any
                    + " (true if any value matches) or " + all + " (true if every value matches)");
        }
    }
}
