package dev.iamlint.ecr;

import java.util.Objects;

/**
 * A private ECR registry: one account's registry in one region.
 *
 * @param host the host name, e.g. {@code 111122223333.dkr.ecr.us-east-1.amazonaws.com}
 * @param fips whether the host is a FIPS endpoint ({@code ecr-fips})
 * @param dualStack whether the host is a dual-stack endpoint ({@code dkr-ecr}, e.g. under {@code on.aws})
 * @param dnsSuffix the host's DNS suffix, e.g. {@code amazonaws.com.cn} or {@code on.aws}
 * @param partition the partition of {@code region}, which the suffix does not determine
 */
public record PrivateRegistry(
        String host, String account, String region, boolean fips, boolean dualStack, String dnsSuffix, Partition partition)
        implements EcrRegistry {

    public PrivateRegistry {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dnsSuffix, "dnsSuffix");
        Objects.requireNonNull(partition, "partition");
    }

    /**
     * The repository of this registry with the given name.
     *
     * @throws IllegalArgumentException if the name is not a valid ECR repository name
     */
    public EcrRepository repository(String name) {
        return new EcrRepository(partition, region, account, name);
    }

    /** {@code arn:<partition>:ecr:<region>:<account>:repository/<name>}. */
    public String repositoryArn(String name) {
        return repository(name).arn();
    }
}
