package dev.iamlint.requirement;

import dev.iamlint.ecr.EcrRegistry;
import dev.iamlint.ecr.EcrRepository;
import dev.iamlint.ecr.ImageReference;
import dev.iamlint.ecr.Partition;
import dev.iamlint.ecr.PrivateRegistry;
import dev.iamlint.ecr.PublicRegistry;
import dev.iamlint.eval.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * What a requirement is checked for: a private ECR repository (from an image reference or a
 * repository ARN), an ECR Public image, or, when the user named none, a representative
 * repository.
 *
 * @param description the image or ARN as given, or a phrase for a representative target
 * @param repository the private repository; empty for an ECR Public image, whose repositories
 *     are named by registry alias and need no repository permission to pull
 * @param cachePrefix the pull-through-cache prefix, if set explicitly; otherwise it is the first
 *     namespace of the repository name ({@code docker-hub} in {@code docker-hub/library/nginx})
 * @param representative whether the target stands for repositories nobody named
 */
public record RequirementTarget(String description, Optional<EcrRepository> repository, Optional<String> cachePrefix, boolean representative) {

    /** The repository name of representative targets. */
    public static final String REPRESENTATIVE_REPOSITORY = "example";
    /** The account of representative targets when no caller account is known (AWS's documentation account). */
    public static final String REPRESENTATIVE_ACCOUNT = "111122223333";

    public RequirementTarget {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(cachePrefix, "cachePrefix");
        cachePrefix.ifPresent(prefix -> {
            String name = repository.map(EcrRepository::name).orElseThrow(() -> new IllegalArgumentException(
                    "target " + description + " is not in a private registry, so it has no pull-through-cache prefix"));
            if (prefix.isEmpty() || prefix.endsWith("/") || !name.startsWith(prefix + "/")) {
                throw new IllegalArgumentException("\"" + prefix + "\" is not a pull-through-cache prefix of repository " + name);
            }
        });
    }

    /**
     * The target of an image reference.
     *
     * @throws IllegalArgumentException if the reference is invalid or its registry is not ECR
     */
    public static RequirementTarget fromImage(String image) {
        ImageReference reference = ImageReference.parse(image);
        EcrRegistry registry = EcrRegistry.fromHost(reference.host()).orElseThrow(() -> new IllegalArgumentException(
                "image " + image + " is not in an ECR registry: " + reference.host()
                        + " is neither a private ECR host (<account>.dkr.ecr.<region>.<suffix>) nor public.ecr.aws"));
        if (!(registry instanceof PrivateRegistry privateRegistry)) {
            return new RequirementTarget(image, Optional.empty(), Optional.empty(), false);
        }
        try {
            return new RequirementTarget(image, Optional.of(privateRegistry.repository(reference.repository())), Optional.empty(), false);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("image " + image + ": " + e.getMessage(), e);
        }
    }

    /**
     * The target of a repository ARN.
     *
     * @throws IllegalArgumentException if the text is not an ECR repository ARN
     */
    public static RequirementTarget fromRepositoryArn(String arn) {
        return new RequirementTarget(arn, Optional.of(EcrRepository.parseArn(arn)), Optional.empty(), false);
    }

    /**
     * A repository standing for those nobody named: {@code repository/example} in the caller's
     * account and partition (in the partition's {@linkplain Partition#representativeRegion
     * representative region}), else in account 111122223333 of {@code aws} in {@code us-east-1}.
     */
    public static RequirementTarget representative(Optional<Caller> caller) {
        if (caller.isEmpty()) {
            return Representative.WITHOUT_CALLER;
        }
        return representative(caller.flatMap(Caller::partition).flatMap(Partition::fromId).orElse(Partition.AWS),
                caller.flatMap(Caller::account).orElse(REPRESENTATIVE_ACCOUNT));
    }

    /** Made once: policy files have no caller, and each one's check asks for it. */
    private static final class Representative {
        static final RequirementTarget WITHOUT_CALLER = representative(Partition.AWS, REPRESENTATIVE_ACCOUNT);
    }

    private static RequirementTarget representative(Partition partition, String account) {
        EcrRepository repository = new EcrRepository(partition, partition.representativeRegion(), account, REPRESENTATIVE_REPOSITORY);
        return new RequirementTarget("a representative repository (" + repository.arn() + "; no image or repository was given)",
                Optional.of(repository), Optional.empty(), true);
    }

    /** This target with an explicit pull-through-cache prefix, for prefixes with more than one namespace. */
    public RequirementTarget withCachePrefix(String prefix) {
        return new RequirementTarget(description, repository, Optional.of(prefix), representative);
    }

    /** The value of a placeholder for this target, if it has one. */
    public Optional<String> value(Placeholder placeholder) {
        return switch (placeholder) {
            case PARTITION -> Optional.of(repository.map(EcrRepository::partition).orElse(PublicRegistry.PARTITION).id());
            case REGION -> Optional.of(repository.map(EcrRepository::region).orElse(PublicRegistry.REGION));
            case ACCOUNT -> repository.map(EcrRepository::account);
            case REPOSITORY_ARN -> repository.map(EcrRepository::arn);
            case CACHE_PREFIX_ARN -> repository.flatMap(r -> effectiveCachePrefix(r).map(prefix ->
                    "arn:" + r.partition().id() + ":ecr:" + r.region() + ":" + r.account() + ":repository/" + prefix + "/*"));
        };
    }

    /** Why {@link #value} is empty, for error messages; empty text when it is not. */
    String missingReason(Placeholder placeholder) {
        if (repository.isEmpty()) {
            return ": it is an ECR Public image, which has no account or repository ARN (check it with ecr-public-pull)";
        }
        return placeholder == Placeholder.CACHE_PREFIX_ARN
                ? ": repository " + repository.get().name() + " has no namespace, so it cannot be a pull-through-cache repository"
                : "";
    }

    private Optional<String> effectiveCachePrefix(EcrRepository repository) {
        if (cachePrefix.isPresent()) {
            return cachePrefix;
        }
        int slash = repository.name().indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(repository.name().substring(0, slash));
    }

    // equals and hashCode written out: a record's generated ones are linked through method handles at
    // first use, milliseconds spent again at every start, and this record keys maps in every lint.

    @Override
    public boolean equals(Object other) {
        return other instanceof RequirementTarget target && target.description.equals(description)
                && target.repository.equals(repository) && target.cachePrefix.equals(cachePrefix) && target.representative == representative;
    }

    @Override
    public int hashCode() {
        return ((description.hashCode() * 31 + repository.hashCode()) * 31 + cachePrefix.hashCode()) * 31 + Boolean.hashCode(representative);
    }
}
