package dev.iamlint.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.eval.Caller;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementTargetTest {

    @Test
    void anImageFillsEveryPlaceholder() {
        RequirementTarget target = RequirementTarget.fromImage("444455556666.dkr-ecr.cn-north-1.on.amazonwebservices.com.cn/docker-hub/library/nginx:1.27");
        assertFalse(target.representative());
        assertEquals(Optional.of("aws-cn"), target.value(Placeholder.PARTITION));
        assertEquals(Optional.of("cn-north-1"), target.value(Placeholder.REGION));
        assertEquals(Optional.of("444455556666"), target.value(Placeholder.ACCOUNT));
        assertEquals(Optional.of("arn:aws-cn:ecr:cn-north-1:444455556666:repository/docker-hub/library/nginx"), target.value(Placeholder.REPOSITORY_ARN));
        assertEquals(Optional.of("arn:aws-cn:ecr:cn-north-1:444455556666:repository/docker-hub/*"), target.value(Placeholder.CACHE_PREFIX_ARN));
        assertEquals("arn:aws-cn:kms:cn-north-1:444455556666:key/k",
                new ResourceTemplate("arn:${partition}:kms:${region}:${account}:key/k").expand(target));
    }

    @Test
    void aRepositoryWithoutNamespaceHasNoCachePrefix() {
        RequirementTarget target = RequirementTarget.fromRepositoryArn("arn:aws:ecr:us-east-1:111122223333:repository/app");
        assertEquals(Optional.empty(), target.value(Placeholder.CACHE_PREFIX_ARN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ResourceTemplate("${cachePrefixArn}").expand(target));
        assertEquals("target arn:aws:ecr:us-east-1:111122223333:repository/app has no ${cachePrefixArn} for resource ${cachePrefixArn}:"
                + " repository app has no namespace, so it cannot be a pull-through-cache repository", e.getMessage());
    }

    @Test
    void aCachePrefixMustPrefixTheRepository() {
        RequirementTarget target = RequirementTarget.fromRepositoryArn("arn:aws:ecr:us-east-1:111122223333:repository/mirrors/quay/app");
        assertEquals(Optional.of("arn:aws:ecr:us-east-1:111122223333:repository/mirrors/quay/*"),
                target.withCachePrefix("mirrors/quay").value(Placeholder.CACHE_PREFIX_ARN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> target.withCachePrefix("mirrors/qu"));
        assertEquals("\"mirrors/qu\" is not a pull-through-cache prefix of repository mirrors/quay/app", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> target.withCachePrefix("mirrors/quay/app"));
    }

    @Test
    void anEcrPublicImageHasNoRepository() {
        RequirementTarget target = RequirementTarget.fromImage("public.ecr.aws/eks-distro/kubernetes/pause:3.9");
        assertEquals(Optional.empty(), target.repository());
        assertEquals(Optional.of("aws"), target.value(Placeholder.PARTITION));
        assertEquals(Optional.of("us-east-1"), target.value(Placeholder.REGION));
        assertEquals(Optional.empty(), target.value(Placeholder.ACCOUNT));
        assertThrows(IllegalArgumentException.class, () -> target.withCachePrefix("eks-distro"));
    }

    @Test
    void nonEcrImagesAreRejectedWithTheReason() {
        IllegalArgumentException k8s = assertThrows(IllegalArgumentException.class, () -> RequirementTarget.fromImage("registry.k8s.io/pause:3.10"));
        assertEquals("image registry.k8s.io/pause:3.10 is not in an ECR registry: registry.k8s.io is neither a private ECR host"
                + " (<account>.dkr.ecr.<region>.<suffix>) nor public.ecr.aws", k8s.getMessage());
        IllegalArgumentException hub = assertThrows(IllegalArgumentException.class, () -> RequirementTarget.fromImage("nginx"));
        assertTrue(hub.getMessage().startsWith("image nginx is not in an ECR registry: docker.io is neither"), hub.getMessage());
    }

    @Test
    void anImageWhoseRepositoryEcrCannotNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RequirementTarget.fromImage("111122223333.dkr.ecr.us-east-1.amazonaws.com/a__b"));
        assertTrue(e.getMessage().startsWith("image 111122223333.dkr.ecr.us-east-1.amazonaws.com/a__b: \"a__b\" is not an ECR repository name"),
                e.getMessage());
    }

    @Test
    void repositoryArnsAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RequirementTarget.fromRepositoryArn("arn:aws:ecr:us-east-1:111122223333:repository/*"));
        assertTrue(e.getMessage().contains("is not an ECR repository name"), e.getMessage());
    }

    @Test
    void theRepresentativeRepositoryIsInTheCallersAccountAndPartition() {
        RequirementTarget none = RequirementTarget.representative(Optional.empty());
        assertTrue(none.representative());
        assertEquals(Optional.of("arn:aws:ecr:us-east-1:111122223333:repository/example"), none.value(Placeholder.REPOSITORY_ARN));
        RequirementTarget gov = RequirementTarget.representative(Optional.of(Caller.parse("arn:aws-us-gov:iam::444455556666:role/node")));
        assertEquals(Optional.of("arn:aws-us-gov:ecr:us-gov-west-1:444455556666:repository/example"), gov.value(Placeholder.REPOSITORY_ARN));
        assertTrue(gov.description().startsWith("a representative repository"));
    }
}
