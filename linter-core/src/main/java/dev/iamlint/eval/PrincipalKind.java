package dev.iamlint.eval;

/** The kinds of caller AWS distinguishes when it evaluates a request. */
public enum PrincipalKind {
    IAM_USER,
    IAM_ROLE,
    ASSUMED_ROLE_SESSION,
    ROOT,
    FEDERATED_USER,
    SERVICE,
    ANONYMOUS
}
