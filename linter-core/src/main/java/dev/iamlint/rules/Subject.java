package dev.iamlint.rules;

import dev.iamlint.eval.Caller;
import dev.iamlint.eval.PolicySet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is checked as a whole: a principal's policies (identity policies, boundary, the resource
 * policies it reaches) with the sources they were read from, keyed by the policy ids the
 * {@link PolicySet} uses. A lone policy file is a subject of one policy.
 */
public record Subject(String name, PolicySet policies, Map<String, PolicySource> sources, Optional<Caller> caller) {

    public Subject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policies, "policies");
        sources = Map.copyOf(sources);
        Objects.requireNonNull(caller, "caller");
    }
}
