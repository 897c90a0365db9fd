package dev.iamlint.lint;

import dev.iamlint.eval.Caller;
import dev.iamlint.requirement.CheckOptions;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lint run: the inputs, the project's configuration, and what each identity policy must grant
 * ({@code requirements} for {@code targets}, as {@code caller}), optionally together with a
 * permissions boundary and a repository policy that apply to every subject.
 */
public record LintRequest(
        List<SourceText> inputs,
        LintConfig config,
        List<Requirement> requirements,
        List<RequirementTarget> targets,
        Optional<Caller> caller,
        Optional<SourceText> permissionsBoundary,
        Optional<SourceText> repositoryPolicy,
        CheckOptions checkOptions) {

    public LintRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(config, "config");
        requirements = List.copyOf(requirements);
        targets = List.copyOf(targets);
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(permissionsBoundary, "permissionsBoundary");
        Objects.requireNonNull(repositoryPolicy, "repositoryPolicy");
        Objects.requireNonNull(checkOptions, "checkOptions");
    }

    /** Rules only, no requirement. */
    public static LintRequest of(List<SourceText> inputs, LintConfig config) {
        return new LintRequest(inputs, config, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                CheckOptions.DEFAULTS);
    }

    public LintRequest withRequirements(List<Requirement> newRequirements, List<RequirementTarget> newTargets) {
        return new LintRequest(inputs, config, newRequirements, newTargets, caller, permissionsBoundary, repositoryPolicy, checkOptions);
    }

    public LintRequest withCaller(Optional<Caller> newCaller) {
        return new LintRequest(inputs, config, requirements, targets, newCaller, permissionsBoundary, repositoryPolicy, checkOptions);
    }

    public LintRequest withPermissionsBoundary(Optional<SourceText> boundary) {
        return new LintRequest(inputs, config, requirements, targets, caller, boundary, repositoryPolicy, checkOptions);
    }

    public LintRequest withRepositoryPolicy(Optional<SourceText> policy) {
        return new LintRequest(inputs, config, requirements, targets, caller, permissionsBoundary, policy, checkOptions);
    }

    public LintRequest withCheckOptions(CheckOptions options) {
        return new LintRequest(inputs, config, requirements, targets, caller, permissionsBoundary, repositoryPolicy, options);
    }
}
