package dev.iamlint.eval;

import dev.iamlint.model.PolicyDocument;
import java.util.Objects;

/** A policy document as one input to a decision, with the id that results refer to it by. */
public record PolicyInput(String id, PolicyType type, PolicyDocument document) {

    public PolicyInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(document, "document");
    }
}
