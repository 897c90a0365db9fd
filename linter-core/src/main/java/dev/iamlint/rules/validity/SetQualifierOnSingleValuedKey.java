package dev.iamlint.rules.validity;

import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.ConditionOperator.Base;
import dev.iamlint.model.ConditionOperator.SetQualifier;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.validity.ConditionKeys.TypedCondition;
import dev.iamlint.source.Severity;

/**
 * {@code ForAllValues:} or {@code ForAnyValue:} on a key that holds one value, such as
 * {@code aws:SourceIp}. {@code ForAllValues:} is then also true when the key is missing, which
 * widens an Allow; {@code ForAnyValue:} adds nothing and misleads the reader.
 */
@RuleInfo(
        id = "IAM110",
        name = "SetQualifierOnSingleValuedKey",
        summary = "ForAllValues or ForAnyValue on a single-valued condition key",
        severity = Severity.WARNING,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html")
public final class SetQualifierOnSingleValuedKey implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (TypedCondition typed : ConditionKeys.typedConditions(context.catalog(), context.document())) {
            ConditionOperator used = typed.operator();
            if (typed.type().isArray() || used.qualifier() == SetQualifier.NONE || used.base() == Base.NULL) {
                continue;
            }
            String plain = new ConditionOperator(used.base(), SetQualifier.NONE, used.ifExists()).text();
            String effect = used.qualifier() == SetQualifier.FOR_ALL_VALUES
                    ? used.text() + " is also true when the key is missing"
                    : used.qualifier().prefix() + " adds nothing";
            Condition condition = typed.condition();
            context.report(condition.key(), condition.key().value() + " holds a single value, so " + effect + "; write " + plain,
                    Fix.of("Replace " + used.text() + " with " + plain));
        }
    }
}
