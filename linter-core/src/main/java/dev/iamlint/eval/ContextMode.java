package dev.iamlint.eval;

/** What a condition key that the request context does not supply means. */
public enum ContextMode {
    /** As AWS evaluates: the key is absent from the request. */
    AWS,
    /**
     * As the linter asks: nothing is known about the key, so a condition on it is unknown and a
     * result can be "allowed only if …".
     */
    OPEN
}
