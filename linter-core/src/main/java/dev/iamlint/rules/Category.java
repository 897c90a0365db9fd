package dev.iamlint.rules;

/** What a rule is about, matching the id bands. */
public enum Category {
    /** IAM0xx: the document's structure, as the parser checks it. */
    STRUCTURE,
    /** IAM1xx: what AWS would reject or ignore. */
    VALIDITY,
    /** IAM2xx: grants broader than needed. */
    SECURITY,
    /** IAM3xx: redundancy and style. */
    HYGIENE,
    /** ECR0xx: what an image pull needs. */
    ECR_PULL
}
