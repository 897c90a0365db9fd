package dev.iamlint.iac;

/** What a template gives where a policy document is expected. */
public sealed interface PolicyBody permits ParsedPolicy, Unresolved {
}
