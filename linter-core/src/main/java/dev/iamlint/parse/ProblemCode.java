package dev.iamlint.parse;

/** Stable ids of the problems the parser reports (band IAM0xx: structure). */
public enum ProblemCode {
    MALFORMED_JSON("IAM001"),
    LIMIT_EXCEEDED("IAM002"),
    DUPLICATE_KEY("IAM003"),
    WRONG_TYPE("IAM004"),
    UNKNOWN_ELEMENT("IAM005"),
    MISSING_ELEMENT("IAM006"),
    CONFLICTING_ELEMENTS("IAM007"),
    INVALID_EFFECT("IAM008"),
    PRINCIPAL_NOT_ALLOWED("IAM009"),
    PRINCIPAL_REQUIRED("IAM010"),
    INVALID_VERSION("IAM011"),
    UNKNOWN_CONDITION_OPERATOR("IAM012"),
    EMPTY_VALUE("IAM013"),
    /** A Principal given as a string other than {@code "*"}, such as a bare ARN. */
    INVALID_PRINCIPAL("IAM014");

    private final String id;

    ProblemCode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
