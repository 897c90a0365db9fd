package dev.iamlint.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every policy that takes part in a decision, by kind. Empty lists mean "none of this kind":
 * no session policy (the session keeps the identity's permissions), no organization (no SCP or
 * RCP applies). SCP and RCP levels run root first; every level must allow.
 */
public record PolicySet(
        List<PolicyInput> identity,
        Optional<PolicyInput> permissionsBoundary,
        List<PolicyInput> session,
        List<List<PolicyInput>> serviceControlLevels,
        List<List<PolicyInput>> resourceControlLevels,
        Optional<PolicyInput> resourcePolicy,
        Optional<PolicyInput> vpcEndpointPolicy) {

    public PolicySet {
        identity = List.copyOf(identity);
        Objects.requireNonNull(permissionsBoundary, "permissionsBoundary");
        session = List.copyOf(session);
        serviceControlLevels = serviceControlLevels.stream().map(List::copyOf).toList();
        resourceControlLevels = resourceControlLevels.stream().map(List::copyOf).toList();
        Objects.requireNonNull(resourcePolicy, "resourcePolicy");
        Objects.requireNonNull(vpcEndpointPolicy, "vpcEndpointPolicy");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every policy of the set, in evaluation order. */
    public List<PolicyInput> all() {
        List<PolicyInput> all = new ArrayList<>();
        serviceControlLevels.forEach(all::addAll);
        resourceControlLevels.forEach(all::addAll);
        resourcePolicy.ifPresent(all::add);
        all.addAll(identity);
        permissionsBoundary.ifPresent(all::add);
        all.addAll(session);
        vpcEndpointPolicy.ifPresent(all::add);
        return all;
    }

    /** Plural setters replace, singular ones append, as in the AWS SDK's policy builder. */
    public static final class Builder {
        private final List<PolicyInput> identity = new ArrayList<>();
        private PolicyInput permissionsBoundary;
        private final List<PolicyInput> session = new ArrayList<>();
        private final List<List<PolicyInput>> serviceControlLevels = new ArrayList<>();
        private final List<List<PolicyInput>> resourceControlLevels = new ArrayList<>();
        private PolicyInput resourcePolicy;
        private PolicyInput vpcEndpointPolicy;

        private Builder() {}

        public Builder addIdentity(PolicyInput policy) {
            identity.add(policy);
            return this;
        }

        public Builder permissionsBoundary(PolicyInput policy) {
            permissionsBoundary = policy;
            return this;
        }

        public Builder addSession(PolicyInput policy) {
            session.add(policy);
            return this;
        }

        public Builder addServiceControlLevel(List<PolicyInput> level) {
            serviceControlLevels.add(level);
            return this;
        }

        public Builder addResourceControlLevel(List<PolicyInput> level) {
            resourceControlLevels.add(level);
            return this;
        }

        public Builder resourcePolicy(PolicyInput policy) {
            resourcePolicy = policy;
            return this;
        }

        public Builder vpcEndpointPolicy(PolicyInput policy) {
            vpcEndpointPolicy = policy;
            return this;
        }

        public PolicySet build() {
            return new PolicySet(identity, Optional.ofNullable(permissionsBoundary), session,
                    serviceControlLevels, resourceControlLevels,
                    Optional.ofNullable(resourcePolicy), Optional.ofNullable(vpcEndpointPolicy));
        }
    }
}
