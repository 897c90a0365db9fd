package dev.iamlint.lint;

import dev.iamlint.eval.Caller;
import dev.iamlint.iac.TemplateParameters;
import dev.iamlint.requirement.CheckOptions;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lint run: the inputs, the project's configuration, and what must be granted: {@code requirements}
 * for {@code targets}, as {@code caller}, optionally together with a permissions boundary and a
 * repository policy that apply to every subject.
 *
 * <p>The requirements apply to every identity policy file, and to the node roles of templates,
 * plans and account authorization details that no selector of {@code principals} names. A
 * principal that selectors name is checked against what they say instead. CloudFormation templates
 * are read with {@code parameters}.
 */
public record LintRequest(
        List<SourceText> inputs,
        LintConfig config,
        List<Requirement> requirements,
        List<RequirementTarget> targets,
        List<PrincipalSelector> principals,
        TemplateParameters parameters,
        Optional<Caller> caller,
        Optional<SourceText> permissionsBoundary,
        Optional<SourceText> repositoryPolicy,
        CheckOptions checkOptions) {

    public LintRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(config, "config");
        requirements = List.copyOf(requirements);
        targets = List.copyOf(targets);
        principals = List.copyOf(principals);
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(permissionsBoundary, "permissionsBoundary");
        Objects.requireNonNull(repositoryPolicy, "repositoryPolicy");
        Objects.requireNonNull(checkOptions, "checkOptions");
    }

    /** Rules only, no requirement. */
    public static LintRequest of(List<SourceText> inputs, LintConfig config) {
        return new LintRequest(inputs, config, List.of(), List.of(), List.of(), TemplateParameters.NONE, Optional.empty(),
                Optional.empty(), Optional.empty(), CheckOptions.DEFAULTS);
    }

    public LintRequest withRequirements(List<Requirement> newRequirements, List<RequirementTarget> newTargets) {
        return new LintRequest(inputs, config, newRequirements, newTargets, principals, parameters, caller, permissionsBoundary,
                repositoryPolicy, checkOptions);
    }

    public LintRequest withPrincipals(List<PrincipalSelector> selectors) {
        return new LintRequest(inputs, config, requirements, targets, selectors, parameters, caller, permissionsBoundary,
                repositoryPolicy, checkOptions);
    }

    public LintRequest withParameters(TemplateParameters values) {
        return new LintRequest(inputs, config, requirements, targets, principals, values, caller, permissionsBoundary,
                repositoryPolicy, checkOptions);
    }

    public LintRequest withCaller(Optional<Caller> newCaller) {
        return new LintRequest(inputs, config, requirements, targets, principals, parameters, newCaller, permissionsBoundary,
                repositoryPolicy, checkOptions);
    }

    public LintRequest withPermissionsBoundary(Optional<SourceText> boundary) {
        return new LintRequest(inputs, config, requirements, targets, principals, parameters, caller, boundary,
                repositoryPolicy, checkOptions);
    }

    public LintRequest withRepositoryPolicy(Optional<SourceText> policy) {
        return new LintRequest(inputs, config, requirements, targets, principals, parameters, caller, permissionsBoundary,
                policy, checkOptions);
    }

    public LintRequest withCheckOptions(CheckOptions options) {
        return new LintRequest(inputs, config, requirements, targets, principals, parameters, caller, permissionsBoundary,
                repositoryPolicy, options);
    }
}
