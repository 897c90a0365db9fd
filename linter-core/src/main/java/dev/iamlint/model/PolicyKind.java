package dev.iamlint.model;

/** What a policy document is for, which decides the elements it may or must have. */
public enum PolicyKind {
    /** Attached to a user, group or role; also permissions boundaries and session policies. No Principal. */
    IDENTITY,
    /** Attached to a resource (repository policy, bucket policy, role trust policy): Principal required. */
    RESOURCE,
    /** An AWS Organizations service control policy: no Principal. */
    SERVICE_CONTROL,
    /** An AWS Organizations resource control policy: Principal required. */
    RESOURCE_CONTROL,
    /** A VPC endpoint policy: Principal required. */
    VPC_ENDPOINT
}
