package dev.iamlint.eval;

/** The three outcomes of AWS's evaluation logic, named as the IAM simulator names them. */
public enum Decision {
    ALLOWED("allowed"),
    EXPLICIT_DENY("explicitDeny"),
    IMPLICIT_DENY("implicitDeny");

    private final String awsName;

    Decision(String awsName) {
        this.awsName = awsName;
    }

    /** {@code allowed}, {@code explicitDeny} or {@code implicitDeny}. */
    public String awsName() {
        return awsName;
    }
}
