package dev.iamlint.eval;

/** What one kind of policy (or one SCP/RCP level) says about a request. */
public enum Verdict {
    /** A statement with Effect Allow applies and none with Deny. */
    ALLOW,
    /** A statement with Effect Deny applies. */
    DENY,
    /** No statement applies. */
    NO_MATCH,
    /** Open mode: the outcome depends on conditions on keys of unknown value. */
    UNKNOWN,
    /** No policy of this kind takes part. */
    ABSENT
}
