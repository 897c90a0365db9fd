package dev.iamlint.ecr;

import java.util.Optional;

/**
 * An ECR registry, recognised from a host name exactly as kubernetes/cloud-provider-aws's
 * {@code ecr-credential-provider} recognises it: private registries by its host regex (every
 * partition, FIPS and dual-stack forms), ECR Public by its two exact host names. Any other host,
 * VPC endpoint DNS names included, is not ECR to the provider.
 */
public sealed interface EcrRegistry permits PrivateRegistry, PublicRegistry {

    /** The host name as given. */
    String host();

    /**
     * The registry a host names, or empty if the credential provider would not treat it as ECR.
     *
     * @param host a host name without port, as {@code url.Hostname()} gives it to the provider
     * @throws IllegalArgumentException if the host has the private-registry form but its region
     *     belongs to no known partition, so no ARN can be built for it
     */
    static Optional<EcrRegistry> fromHost(String host) {
        return EcrHosts.parse(host);
    }
}
