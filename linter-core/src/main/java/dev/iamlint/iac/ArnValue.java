package dev.iamlint.iac;

/** What a template gives where an ARN is expected (a managed policy, a permissions boundary, a role). */
public sealed interface ArnValue permits LiteralArn, Unresolved {
}
