package dev.iamlint.cli.simulate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to simulate: the parameters of IAM's SimulateCustomPolicy, plus the SCP and RCP levels
 * that iamlint adds (root first). Empty {@code resourceArns} means {@code *}, as in AWS.
 */
public record SimulationInput(
        List<PolicyText> policies,
        List<PolicyText> permissionsBoundaries,
        List<String> actionNames,
        List<String> resourceArns,
        Optional<PolicyText> resourcePolicy,
        Optional<String> resourceOwner,
        Optional<String> callerArn,
        List<ContextEntry> contextEntries,
        Optional<String> resourceHandlingOption,
        List<List<PolicyText>> serviceControlLevels,
        List<List<PolicyText>> resourceControlLevels) {

    public SimulationInput {
        policies = List.copyOf(policies);
        permissionsBoundaries = List.copyOf(permissionsBoundaries);
        actionNames = List.copyOf(actionNames);
        resourceArns = List.copyOf(resourceArns);
        Objects.requireNonNull(resourcePolicy, "resourcePolicy");
        Objects.requireNonNull(resourceOwner, "resourceOwner");
        Objects.requireNonNull(callerArn, "callerArn");
        contextEntries = List.copyOf(contextEntries);
        Objects.requireNonNull(resourceHandlingOption, "resourceHandlingOption");
        serviceControlLevels = serviceControlLevels.stream().map(List::copyOf).toList();
        resourceControlLevels = resourceControlLevels.stream().map(List::copyOf).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects parameters from several sources: a parameter left unset (null) takes no part, so
     * that command-line options can override a {@code --cli-input-json} file, as in the AWS CLI.
     */
    public static final class Builder {
        private List<PolicyText> policies;
        private List<PolicyText> permissionsBoundaries;
        private List<String> actionNames;
        private List<String> resourceArns;
        private PolicyText resourcePolicy;
        private String resourceOwner;
        private String callerArn;
        private List<ContextEntry> contextEntries;
        private String resourceHandlingOption;
        private List<List<PolicyText>> serviceControlLevels;
        private List<List<PolicyText>> resourceControlLevels;

        private Builder() {}

        public Builder policies(List<PolicyText> value) {
            policies = value;
            return this;
        }

        public Builder permissionsBoundaries(List<PolicyText> value) {
            permissionsBoundaries = value;
            return this;
        }

        public Builder actionNames(List<String> value) {
            actionNames = value;
            return this;
        }

        public Builder resourceArns(List<String> value) {
            resourceArns = value;
            return this;
        }

        public Builder resourcePolicy(PolicyText value) {
            resourcePolicy = value;
            return this;
        }

        public Builder resourceOwner(String value) {
            resourceOwner = value;
            return this;
        }

        public Builder callerArn(String value) {
            callerArn = value;
            return this;
        }

        public Builder contextEntries(List<ContextEntry> value) {
            contextEntries = value;
            return this;
        }

        public Builder resourceHandlingOption(String value) {
            resourceHandlingOption = value;
            return this;
        }

        public Builder serviceControlLevels(List<List<PolicyText>> value) {
            serviceControlLevels = value;
            return this;
        }

        public Builder resourceControlLevels(List<List<PolicyText>> value) {
            resourceControlLevels = value;
            return this;
        }

        /** A builder with this one's parameters, replaced by every parameter that {@code overrides} sets. */
        public Builder overriddenBy(Builder overrides) {
            Builder merged = new Builder();
            merged.policies = pick(overrides.policies, policies);
            merged.permissionsBoundaries = pick(overrides.permissionsBoundaries, permissionsBoundaries);
            merged.actionNames = pick(overrides.actionNames, actionNames);
            merged.resourceArns = pick(overrides.resourceArns, resourceArns);
            merged.resourcePolicy = pick(overrides.resourcePolicy, resourcePolicy);
            merged.resourceOwner = pick(overrides.resourceOwner, resourceOwner);
            merged.callerArn = pick(overrides.callerArn, callerArn);
            merged.contextEntries = pick(overrides.contextEntries, contextEntries);
            merged.resourceHandlingOption = pick(overrides.resourceHandlingOption, resourceHandlingOption);
            merged.serviceControlLevels = pick(overrides.serviceControlLevels, serviceControlLevels);
            merged.resourceControlLevels = pick(overrides.resourceControlLevels, resourceControlLevels);
            return merged;
        }

        private static <T> T pick(T override, T base) {
            return override != null ? override : base;
        }

        public SimulationInput build() {
            return new SimulationInput(
                    orEmpty(policies),
                    orEmpty(permissionsBoundaries),
                    orEmpty(actionNames),
                    orEmpty(resourceArns),
                    Optional.ofNullable(resourcePolicy),
                    Optional.ofNullable(resourceOwner),
                    Optional.ofNullable(callerArn),
                    orEmpty(contextEntries),
                    Optional.ofNullable(resourceHandlingOption),
                    orEmpty(serviceControlLevels),
                    orEmpty(resourceControlLevels));
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }
    }
}
