package dev.iamlint.rules.security;

import dev.iamlint.eval.UnknownValues;
import dev.iamlint.eval.match.Glob;
import dev.iamlint.model.ActionElement;
import dev.iamlint.model.Condition;
import dev.iamlint.model.ConditionOperator;
import dev.iamlint.model.Effect;
import dev.iamlint.model.ResourceElement;
import dev.iamlint.model.Statement;
import dev.iamlint.parse.Pointers;
import dev.iamlint.rules.validity.ActionPatterns;
import dev.iamlint.rules.validity.ArnPatterns;
import dev.iamlint.rules.validity.KnownText;
import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** What the security rules ask of a statement: what it allows, on what, and where its elements are. */
final class Statements {

    private Statements() {
    }

    static boolean isAllow(Statement statement) {
        return statement.effectValue().orElse(null) == Effect.ALLOW;
    }

    /**
     * Whether the statement's Action or NotAction certainly takes in the action, e.g.
     * {@code iam:PassRole}: a value with an unknown part may or may not name it, so it counts in
     * Action only as naming nothing, and in NotAction as excluding whatever it may name.
     */
    static boolean covers(ActionElement element, String action) {
        boolean listed = element.values().stream()
                .map(v -> element.negated() ? KnownText.pattern(v.value()) : v.value())
                .filter(v -> !UnknownValues.contains(v))
                .anyMatch(v -> ActionPatterns.mayMatch(v, action) && Glob.compile(v, true).matches(action));
        return listed != element.negated();
    }

    /**
     * Whether the statement applies to every resource of some type: {@code NotResource}, or a
     * Resource value such as {@code *} or {@code arn:aws:iam::111122223333:user/*}. A resource
     * policy without Resource applies to its own resource only.
     */
    static boolean unscoped(Statement statement) {
        return anyResource(statement, value -> ArnPatterns.isWildcard(value)
                || resourceField(value).filter(Statements::everyResourceOfAType).isPresent());
    }

    /** Whether the statement applies to every role: NotResource, {@code *}, or {@code arn:aws:iam::*:role/*} and the like. */
    static boolean onEveryRole(Statement statement) {
        return anyResource(statement, Statements::everyRole);
    }

    static boolean everyRole(String value) {
        if (ArnPatterns.isWildcard(value)) {
            return true;
        }
        List<String> fields = ArnPatterns.fields(value);
        return fields.size() == ArnPatterns.FIELDS
                && (fields.get(2).equals("iam") || ArnPatterns.isPattern(fields.get(2)))
                && everyRoleField(fields.get(ArnPatterns.RESOURCE));
    }

    // The two resource-field shapes below are tested by hand: as regular expressions they were matched
    // for every resource of every Allow, and kept the regex engine busy enough to be compiled.

    /** A resource field that is a type prefix ({@code role/}, {@code table:}) or nothing, then only stars. */
    static boolean everyResourceOfAType(String field) {
        int prefix = prefixBeforeStars(field);
        if (prefix < 0) {
            return false;
        }
        if (prefix == 0) {
            return true;
        }
        char separator = field.charAt(prefix - 1);
        if (prefix < 2 || separator != '/' && separator != ':') {
            return false;
        }
        for (int i = 0; i < prefix - 1; i++) {
            char c = field.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A resource field {@code role/*} or only stars. */
    static boolean everyRoleField(String field) {
        int prefix = prefixBeforeStars(field);
        return prefix == 0 || prefix == "role/".length() && field.startsWith("role/");
    }

    /** The length of what comes before the field's final run of stars; -1 when it does not end with one. */
    private static int prefixBeforeStars(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '*') {
            end--;
        }
        return end == field.length() ? -1 : end;
    }

    private static boolean anyResource(Statement statement, Predicate<String> test) {
        Optional<ResourceElement> resource = statement.resource();
        return resource.isPresent() && (resource.get().negated() || Located.anyValue(resource.get().values(), test));
    }

    private static Optional<String> resourceField(String value) {
        List<String> fields = ArnPatterns.fields(value);
        return fields.size() == ArnPatterns.FIELDS ? Optional.of(fields.get(ArnPatterns.RESOURCE)) : Optional.empty();
    }

    /** The range of an element's key, such as {@code "NotAction"}, which starts its range. */
    static SourceRange keyRange(SourceRange element, String key) {
        return new SourceRange(element.line(), element.column(), element.line(), element.column() + key.length() + 2);
    }

    /**
     * Whether a condition is true only for requests that carry its key with a matching value: not
     * a negated operator, {@code …IfExists}, {@code Null} or {@code ForAllValues:}, each of which
     * is also true when the key is missing. An unknown operator is no such test.
     */
    static boolean requiresMatch(Condition condition) {
        Optional<ConditionOperator> operator = ConditionOperator.parse(condition.operator().value());
        return operator.isPresent() && !operator.get().base().negated() && !operator.get().ifExists()
                && operator.get().base() != ConditionOperator.Base.NULL
                && operator.get().qualifier() != ConditionOperator.SetQualifier.FOR_ALL_VALUES;
    }

    /** The JSON pointer of a statement's element, e.g. {@code /Statement/1/NotAction}. */
    static String pointer(Statement statement, String element) {
        return Pointers.child(statement.pointer(), element);
    }
}
