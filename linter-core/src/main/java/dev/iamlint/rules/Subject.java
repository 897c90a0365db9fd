package dev.iamlint.rules;

import dev.iamlint.eval.Caller;
import dev.iamlint.eval.PolicySet;
import dev.iamlint.requirement.CheckOptions;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is checked as a whole: a principal's policies (identity policies, boundary, the resource
 * policies it reaches) with the sources they were read from, keyed by the policy ids the
 * {@link PolicySet} uses, and what it must be able to do. A lone policy file is a subject of one
 * policy.
 */
public record Subject(
        String name,
        PolicySet policies,
        Map<String, PolicySource> sources,
        Optional<Caller> caller,
        List<Requirement> requirements,
        List<RequirementTarget> targets,
        CheckOptions checkOptions) {

    public Subject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policies, "policies");
        sources = Map.copyOf(sources);
        Objects.requireNonNull(caller, "caller");
        requirements = List.copyOf(requirements);
        targets = List.copyOf(targets);
        Objects.requireNonNull(checkOptions, "checkOptions");
    }
}
