package dev.iamlint.eval.condition;

import dev.iamlint.model.ConditionOperator.Base;

/** How a Numeric or Date operator compares the request value with a policy value. */
enum Comparison {
    EQUALS,
    LESS_THAN,
    LESS_THAN_EQUALS,
    GREATER_THAN,
    GREATER_THAN_EQUALS;

    /** The comparison of an operator; the NotEquals operators compare as Equals and are negated. */
    static Comparison of(Base base) {
        return switch (base) {
            case NUMERIC_EQUALS, NUMERIC_NOT_EQUALS, DATE_EQUALS, DATE_NOT_EQUALS -> EQUALS;
            case NUMERIC_LESS_THAN, DATE_LESS_THAN -> LESS_THAN;
            case NUMERIC_LESS_THAN_EQUALS, DATE_LESS_THAN_EQUALS -> LESS_THAN_EQUALS;
            case NUMERIC_GREATER_THAN, DATE_GREATER_THAN -> GREATER_THAN;
            case NUMERIC_GREATER_THAN_EQUALS, DATE_GREATER_THAN_EQUALS -> GREATER_THAN_EQUALS;
            default -> throw new IllegalArgumentException(base.text() + " is not a Numeric or Date operator");
        };
    }

    /** Whether {@code request.compareTo(policyValue)} satisfies the comparison. */
    boolean holds(int requestComparedToPolicy) {
        return switch (this) {
            case EQUALS -> requestComparedToPolicy == 0;
            case LESS_THAN -> requestComparedToPolicy < 0;
            case LESS_THAN_EQUALS -> requestComparedToPolicy <= 0;
            case GREATER_THAN -> requestComparedToPolicy > 0;
            case GREATER_THAN_EQUALS -> requestComparedToPolicy >= 0;
        };
    }
}
