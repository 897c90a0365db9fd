package dev.iamlint.rules.validity;

import dev.iamlint.catalog.ConditionKeyType;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.ConditionOperator.Base;
import dev.iamlint.model.ConditionOperator.Family;
import dev.iamlint.rules.Category;
import dev.iamlint.rules.DocumentContext;
import dev.iamlint.rules.DocumentRule;
import dev.iamlint.rules.Fix;
import dev.iamlint.rules.RuleInfo;
import dev.iamlint.rules.validity.ConditionKeys.TypedCondition;
import dev.iamlint.source.Severity;
import java.util.Optional;

/**
 * A condition operator of the wrong type for its key: a String operator on an ARN key, Bool on a
 * key that is not boolean, Numeric, Date or IpAddress on keys of other types. Some of these
 * happen to work (text comparison of an ARN), others never match; all hide what is meant.
 * String keys also accept ARN operators, which compare text field by field.
 */
@RuleInfo(
        id = "IAM108",
        name = "ConditionTypeMismatch",
        summary = "Condition operator does not fit the type of its key",
        severity = Severity.WARNING,
        category = Category.VALIDITY,
        link = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html")
public final class ConditionTypeMismatch implements DocumentRule {

    @Override
    public void check(DocumentContext context) {
        for (TypedCondition typed : ConditionKeys.typedConditions(context.catalog(), context.document())) {
            check(context, typed.condition(), typed.operator(), typed.type().elementType().orElse(typed.type()));
        }
    }

    private static void check(DocumentContext context, Condition condition, ConditionOperator operator, ConditionKeyType type) {
        Family used = operator.base().family();
        Family expected = familyOf(type);
        if (used == Family.NULL || used == Family.BINARY || used == expected || expected == Family.STRING && used == Family.ARN) {
            return;
        }
        String message = condition.key().value() + " holds " + noun(type) + ", but " + operator.text() + " compares "
                + noun(used) + "; use ";
        Optional<Base> replacement = replacement(operator.base(), expected);
        if (replacement.isPresent()) {
            String text = new ConditionOperator(replacement.get(), operator.qualifier(), operator.ifExists()).text();
            context.report(condition.key(), message + text, Fix.of("Replace " + operator.text() + " with " + text));
        } else {
            context.report(condition.key(), message + examples(expected));
        }
    }

    private static Family familyOf(ConditionKeyType type) {
        return switch (type) {
            case ARN, ARRAY_OF_ARN -> Family.ARN;
            case BOOL, ARRAY_OF_BOOL -> Family.BOOL;
            case NUMERIC -> Family.NUMERIC;
            case DATE -> Family.DATE;
            case IP_ADDRESS -> Family.IP_ADDRESS;
            case STRING, ARRAY_OF_STRING -> Family.STRING;
        };
    }

    /** The operator of the expected family that means what {@code used} means, where there is one. */
    private static Optional<Base> replacement(Base used, Family expected) {
        boolean equals = used == Base.STRING_EQUALS || used == Base.NUMERIC_EQUALS || used == Base.DATE_EQUALS
                || used == Base.BOOL || used == Base.ARN_EQUALS;
        boolean notEquals = used == Base.STRING_NOT_EQUALS || used == Base.NUMERIC_NOT_EQUALS || used == Base.DATE_NOT_EQUALS
                || used == Base.ARN_NOT_EQUALS;
        Base base = switch (expected) {
            case ARN -> equals ? Base.ARN_EQUALS : notEquals ? Base.ARN_NOT_EQUALS
                    : used == Base.STRING_LIKE ? Base.ARN_LIKE : used == Base.STRING_NOT_LIKE ? Base.ARN_NOT_LIKE : null;
            case STRING -> equals ? Base.STRING_EQUALS : notEquals ? Base.STRING_NOT_EQUALS : null;
            case NUMERIC -> equals ? Base.NUMERIC_EQUALS : notEquals ? Base.NUMERIC_NOT_EQUALS : null;
            case DATE -> equals ? Base.DATE_EQUALS : notEquals ? Base.DATE_NOT_EQUALS : null;
            case BOOL -> equals || used == Base.STRING_EQUALS_IGNORE_CASE ? Base.BOOL : null;
            case IP_ADDRESS -> equals || used == Base.STRING_LIKE ? Base.IP_ADDRESS
                    : notEquals || used == Base.STRING_NOT_LIKE ? Base.NOT_IP_ADDRESS : null;
            case BINARY, NULL -> null;
        };
        return Optional.ofNullable(base);
    }

    private static String examples(Family family) {
        return switch (family) {
            case ARN -> "an ARN operator such as ArnLike";
            case STRING -> "a String operator such as StringEquals";
            case NUMERIC -> "a Numeric operator such as NumericLessThan";
            case DATE -> "a Date operator such as DateGreaterThan";
            case BOOL -> "Bool";
            case IP_ADDRESS -> "IpAddress or NotIpAddress";
            case BINARY, NULL -> throw new IllegalArgumentException("no condition key has type " + family);
        };
    }

    private static String noun(ConditionKeyType type) {
        return switch (type) {
            case ARN, ARRAY_OF_ARN -> "ARNs";
            case BOOL, ARRAY_OF_BOOL -> "booleans";
            case NUMERIC -> "numbers";
            case DATE -> "dates";
            case IP_ADDRESS -> "IP addresses";
            case STRING, ARRAY_OF_STRING -> "text";
        };
    }

    private static String noun(Family family) {
        return switch (family) {
            case ARN -> "ARNs";
            case BOOL -> "booleans";
            case NUMERIC -> "numbers";
            case DATE -> "dates";
            case IP_ADDRESS -> "IP addresses";
            case STRING -> "text";
            case BINARY -> "binary data";
            case NULL -> "presence";
        };
    }
}
