package dev.iamlint.model;

import dev.iamlint.source.Located;
import dev.iamlint.source.SourceRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a policy, at position {@code index} (0-based) in its document, and at
 * {@code pointer} in its file ({@code /Statement/0}, or deeper for a policy a template holds). Every
 * element is optional here because the model represents what was written; the parser reports what
 * AWS would reject, and the evaluator only runs on documents without such errors.
 */
public record Statement(
        int index,
        Optional<Located<String>> sid,
        Optional<Located<String>> effect,
        Optional<PrincipalElement> principal,
        Optional<ActionElement> action,
        Optional<ResourceElement> resource,
        List<Condition> conditions,
        SourceRange range,
        String pointer) {

    public Statement {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** The effect, if it is one AWS accepts ({@code Allow} or {@code Deny}, case-sensitive). */
    public Optional<Effect> effectValue() {
        return effect.flatMap(e -> Effect.parse(e.value()));
    }
}
