package dev.iamlint.eval.condition;

import dev.iamlint.eval.RequestContext;
import dev.iamlint.eval.Tri;
import dev.iamlint.model.Condition;
import java.util.Set;

/** One condition (operator, key, values) compiled once per policy and evaluated per request. */
public final class CompiledCondition {

    public static CompiledCondition compile(Condition condition, boolean policyVariables) {
        throw new UnsupportedOperationException("being written (helper H2)");
    }

    public Tri evaluate(RequestContext context) {
        throw new UnsupportedOperationException("being written (helper H2)");
    }

    public Condition source() {
        throw new UnsupportedOperationException("being written (helper H2)");
    }

    public Set<String> referencedKeys() {
        throw new UnsupportedOperationException("being written (helper H2)");
    }
}
