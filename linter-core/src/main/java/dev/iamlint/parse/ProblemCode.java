package dev.iamlint.parse;

import dev.iamlint.source.Severity;

/** Stable ids of the problems the parser reports (band IAM0xx: structure). */
public enum ProblemCode {
    MALFORMED_JSON("IAM001", "MalformedJson", "Policy is not well-formed JSON"),
    LIMIT_EXCEEDED("IAM002", "LimitExceeded", "Policy exceeds a size, nesting or element limit"),
    DUPLICATE_KEY("IAM003", "DuplicateKey", "Key appears twice in one object"),
    WRONG_TYPE("IAM004", "WrongType", "Element has the wrong JSON type"),
    UNKNOWN_ELEMENT("IAM005", "UnknownElement", "Element is not part of the policy grammar"),
    MISSING_ELEMENT("IAM006", "MissingElement", "Required element is missing"),
    CONFLICTING_ELEMENTS("IAM007", "ConflictingElements", "Element and its Not form appear together"),
    INVALID_EFFECT("IAM008", "InvalidEffect", "Effect is neither Allow nor Deny"),
    PRINCIPAL_NOT_ALLOWED("IAM009", "PrincipalNotAllowed", "Principal in a policy kind that takes none"),
    PRINCIPAL_REQUIRED("IAM010", "PrincipalRequired", "Principal missing where the policy kind requires one"),
    INVALID_VERSION("IAM011", "InvalidVersion", "Version is neither 2012-10-17 nor 2008-10-17"),
    UNKNOWN_CONDITION_OPERATOR("IAM012", "UnknownConditionOperator", "Condition operator does not exist"),
    EMPTY_VALUE("IAM013", "EmptyValue", "Element has an empty list of values"),
    /** A Principal given as a string other than {@code "*"}, such as a bare ARN. */
    INVALID_PRINCIPAL("IAM014", "InvalidPrincipal", "Principal string other than \"*\"");

    private final String id;
    private final String ruleName;
    private final String summary;

    ProblemCode(String id, String ruleName, String summary) {
        this.id = id;
        this.ruleName = ruleName;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    /** The CamelCase name configuration may use instead of the id. */
    public String ruleName() {
        return ruleName;
    }

    /** One line, no trailing period. */
    public String summary() {
        return summary;
    }

    /** AWS rejects every one of these, so they are errors unless a problem says otherwise. */
    public Severity severity() {
        return Severity.ERROR;
    }
}
