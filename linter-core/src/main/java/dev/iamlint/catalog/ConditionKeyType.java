package dev.iamlint.catalog;

import java.util.Optional;

/**
 * The type of a condition key's values, as the Service Authorization Reference names it; the
 * {@code ArrayOf} types are multivalued keys, the ones set operators ({@code ForAnyValue:},
 * {@code ForAllValues:}) are for.
 */
public enum ConditionKeyType {
    STRING("String", null),
    ARN("ARN", null),
    BOOL("Bool", null),
    NUMERIC("Numeric", null),
    DATE("Date", null),
    IP_ADDRESS("IPAddress", null),
    ARRAY_OF_STRING("ArrayOfString", STRING),
    ARRAY_OF_ARN("ArrayOfARN", ARN),
    ARRAY_OF_BOOL("ArrayOfBool", BOOL);

    private final String label;
    private final ConditionKeyType elementType;

    ConditionKeyType(String label, ConditionKeyType elementType) {
        this.label = label;
        this.elementType = elementType;
    }

    /** The SAR's name for the type, e.g. {@code ArrayOfString}. */
    public String label() {
        return label;
    }

    /** True for multivalued keys such as {@code aws:TagKeys}. */
    public boolean isArray() {
        return elementType != null;
    }

    /** The type of each value of a multivalued key; empty for single-valued keys. */
    public Optional<ConditionKeyType> elementType() {
        return Optional.ofNullable(elementType);
    }

    static ConditionKeyType fromLabel(String label) {
        for (ConditionKeyType type : values()) {
            if (type.label.equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown condition key type: " + label);
    }
}
