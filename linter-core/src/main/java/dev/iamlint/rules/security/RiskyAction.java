package dev.iamlint.rules.security;

import java.util.Objects;

/**
 * An action that is dangerous to allow, what it lets the principal do, and when an Allow of it is
 * dangerous.
 *
 * @param action the action, as {@code service:Name}
 * @param effect what it does, as the rest of a sentence whose subject is the action
 */
record RiskyAction(String action, String effect, Scope scope) {

    /** When allowing the action is dangerous. */
    enum Scope {
        /** On any resource: naming the resources does not make it safe. */
        ANY_RESOURCE,
        /** On every resource of a type: {@code *}, {@code user/*}, NotResource. */
        EVERY_RESOURCE,
        /** Together with {@code iam:PassRole} on every role anywhere in the policy. */
        WITH_PASS_ROLE
    }

    RiskyAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(scope, "scope");
    }
}
