package dev.iamlint.eval.match;

import dev.iamlint.eval.RequestContext;
import dev.iamlint.eval.Tri;
import java.util.Set;

/** A Resource/NotResource value (ARN pattern or {@code *}), matched per ARN segment. */
public final class ArnPattern {

    public static ArnPattern compile(String pattern, boolean policyVariables) {
        throw new UnsupportedOperationException("being written (helper H2)");
    }

    public Tri matches(String resource, RequestContext context) {
        throw new UnsupportedOperationException("being written (helper H2)");
    }

    public Set<String> variableKeys() {
        throw new UnsupportedOperationException("being written (helper H2)");
    }
}
