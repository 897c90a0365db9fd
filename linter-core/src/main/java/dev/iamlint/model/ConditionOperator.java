package dev.iamlint.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A parsed condition operator name such as {@code ForAnyValue:StringLikeIfExists}: the base
 * operator, the optional set qualifier and the {@code IfExists} suffix.
 */
public record ConditionOperator(Base base, SetQualifier qualifier, boolean ifExists) {

    /** The families of AWS's condition operator reference. */
    public enum Family { STRING, NUMERIC, DATE, BOOL, BINARY, IP_ADDRESS, ARN, NULL }

    /** How several values of one multivalued key are combined. */
    public enum SetQualifier {
        NONE(""),
        FOR_ALL_VALUES("ForAllValues:"),
        FOR_ANY_VALUE("ForAnyValue:");

        private final String prefix;

        SetQualifier(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** Every base operator of AWS's condition operator reference. */
    public enum Base {
        STRING_EQUALS("StringEquals", Family.STRING, false),
        STRING_NOT_EQUALS("StringNotEquals", Family.STRING, true),
        STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Family.STRING, false),
        STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Family.STRING, true),
        STRING_LIKE("StringLike", Family.STRING, false),
        STRING_NOT_LIKE("StringNotLike", Family.STRING, true),
        NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, false),
        NUMERIC_NOT_EQUALS("NumericNotEquals", Family.NUMERIC, true),
        NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, false),
        NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, false),
        NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, false),
        NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Family.NUMERIC, false),
        DATE_EQUALS("DateEquals", Family.DATE, false),
        DATE_NOT_EQUALS("DateNotEquals", Family.DATE, true),
        DATE_LESS_THAN("DateLessThan", Family.DATE, false),
        DATE_LESS_THAN_EQUALS("DateLessThanEquals", Family.DATE, false),
        DATE_GREATER_THAN("DateGreaterThan", Family.DATE, false),
        DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Family.DATE, false),
        BOOL("Bool", Family.BOOL, false),
        BINARY_EQUALS("BinaryEquals", Family.BINARY, false),
        IP_ADDRESS("IpAddress", Family.IP_ADDRESS, false),
        NOT_IP_ADDRESS("NotIpAddress", Family.IP_ADDRESS, true),
        ARN_EQUALS("ArnEquals", Family.ARN, false),
        ARN_LIKE("ArnLike", Family.ARN, false),
        ARN_NOT_EQUALS("ArnNotEquals", Family.ARN, true),
        ARN_NOT_LIKE("ArnNotLike", Family.ARN, true),
        NULL("Null", Family.NULL, false);

        private final String text;
        private final Family family;
        private final boolean negated;

        Base(String text, Family family, boolean negated) {
            this.text = text;
            this.family = family;
            this.negated = negated;
        }

        public String text() {
            return text;
        }

        public Family family() {
            return family;
        }

        /** Negated operators are true when the key is missing and AND their values. */
        public boolean negated() {
            return negated;
        }
    }

    private static final String IF_EXISTS = "IfExists";

    private static final Map<String, Base> BY_LOWER_NAME = Arrays.stream(Base.values())
            .collect(Collectors.toUnmodifiableMap(b -> b.text.toLowerCase(Locale.ROOT), b -> b));

    public ConditionOperator {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(qualifier, "qualifier");
        if (ifExists && base == Base.NULL) {
            throw new IllegalArgumentException("Null has no IfExists form");
        }
    }

    /**
     * Parses an operator name. Names are matched case-insensitively, as AWS does; returns empty for
     * a name that is no operator (including {@code NullIfExists}).
     */
    public static Optional<ConditionOperator> parse(String name) {
        String rest = name;
        SetQualifier qualifier = SetQualifier.NONE;
        for (SetQualifier q : SetQualifier.values()) {
            if (q != SetQualifier.NONE && rest.regionMatches(true, 0, q.prefix, 0, q.prefix.length())) {
                qualifier = q;
                rest = rest.substring(q.prefix.length());
                break;
            }
        }
        boolean ifExists = false;
        if (rest.length() > IF_EXISTS.length()
                && rest.regionMatches(true, rest.length() - IF_EXISTS.length(), IF_EXISTS, 0, IF_EXISTS.length())) {
            ifExists = true;
            rest = rest.substring(0, rest.length() - IF_EXISTS.length());
        }
        Base base = BY_LOWER_NAME.get(rest.toLowerCase(Locale.ROOT));
        if (base == null || (ifExists && base == Base.NULL)) {
            return Optional.empty();
        }
        return Optional.of(new ConditionOperator(base, qualifier, ifExists));
    }

    /** The canonical spelling, e.g. {@code ForAnyValue:StringLikeIfExists}. */
    public String text() {
        return qualifier.prefix + base.text + (ifExists ? IF_EXISTS : "");
    }
}
