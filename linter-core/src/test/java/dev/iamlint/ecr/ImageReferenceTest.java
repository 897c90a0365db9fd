package dev.iamlint.ecr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Image references as kubelet normalises them (distribution/reference's ParseNormalizedNamed). */
class ImageReferenceTest {

    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // reference | host | port | repository | tag | digest
            "111122223333.dkr.ecr.us-east-1.amazonaws.com/cluster-autoscaler:v1.30 | 111122223333.dkr.ecr.us-east-1.amazonaws.com | - | cluster-autoscaler | v1.30 | -",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2 | 123456789012.dkr.ecr.us-east-1.amazonaws.com | - | team/app | 1.2 | -",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app | 123456789012.dkr.ecr.us-east-1.amazonaws.com | - | team/app | - | -",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com:443/app:1 | 123456789012.dkr.ecr.us-east-1.amazonaws.com | 443 | app | 1 | -",
            "nginx | docker.io | - | library/nginx | - | -",
            "nginx:1.27 | docker.io | - | library/nginx | 1.27 | -",
            "library/nginx | docker.io | - | library/nginx | - | -",
            "bitnami/redis:7 | docker.io | - | bitnami/redis | 7 | -",
            "index.docker.io/nginx | docker.io | - | library/nginx | - | -",
            "docker.io/nginx | docker.io | - | library/nginx | - | -",
            "localhost/app | localhost | - | app | - | -",
            "localhost:5000/app:dev | localhost | 5000 | app | dev | -",
            "[::1]:5000/app | [::1] | 5000 | app | - | -",
            "registry.k8s.io/pause:3.10 | registry.k8s.io | - | pause | 3.10 | -",
            "public.ecr.aws/eks-distro/kubernetes/pause:3.9 | public.ecr.aws | - | eks-distro/kubernetes/pause | 3.9 | -",
            "111122223333.dkr.ecr.us-west-2.amazonaws.com/public.ecr.aws/foo | 111122223333.dkr.ecr.us-west-2.amazonaws.com | - | public.ecr.aws/foo | - | -",
            "111122223333.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/nginx:latest | 111122223333.dkr.ecr.us-east-1.amazonaws.com | - | docker-hub/library/nginx | latest | -",
            "a__b/c--d.e | docker.io | - | a__b/c--d.e | - | -",
    })
    void readsEveryPart(String text, String host, String port, String repository, String tag, String digest) {
        ImageReference reference = ImageReference.parse(text);
        assertEquals(new ImageReference(host, Optional.ofNullable(port), repository, Optional.ofNullable(tag), Optional.ofNullable(digest)),
                reference);
    }

    @Test
    void readsDigestsWithAndWithoutTags() {
        ImageReference both = ImageReference.parse("111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.0@" + DIGEST);
        assertEquals(Optional.of("1.0"), both.tag());
        assertEquals(Optional.of(DIGEST), both.digest());
        ImageReference digestOnly = ImageReference.parse("localhost:5000/app@" + DIGEST);
        assertEquals(Optional.empty(), digestOnly.tag());
        assertEquals(Optional.of("5000"), digestOnly.port());
        assertEquals("localhost:5000/app@" + DIGEST, digestOnly.toString());
    }

    @Test
    void nameIsWhatKubeletPassesToTheCredentialProvider() {
        assertEquals("docker.io/library/nginx", ImageReference.parse("nginx:1.27").name());
        assertEquals("localhost:5000/app", ImageReference.parse("localhost:5000/app:dev").name());
        assertEquals("docker.io/library/nginx:1.27", ImageReference.parse("nginx:1.27").toString());
    }

    @ParameterizedTest(name = "{index}: {1}")
    @CsvSource(delimiter = '|', value = {
            "'' | it is empty",
            "111122223333.dkr.ecr.us-east-1.amazonaws.com/Team/app | repository name must be lowercase",
            "111122223333.dkr.ecr.us-east-1.amazonaws.com//app | the repository path has an empty component",
            "111122223333.dkr.ecr.us-east-1.amazonaws.com/app/ | the repository path has an empty component",
            "registry.example.com/-app | \"-app\" is not a repository path component",
            "app:-tag | \"-tag\" is not a tag",
            "app@sha256:abc | \"sha256:abc\" is not a digest",
            "-host.example.com/app | \"-host.example.com\" is not a registry host name",
            "host.example.com:port/app | \"port\" is not a port number",
            "two words | \"two words\" is not a repository path component",
    })
    void rejectsWhatDockerRejects(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageReference.parse(text));
        assertTrue(e.getMessage().startsWith("invalid image reference \"" + text + "\": " + reason), e.getMessage());
    }

    @Test
    void rejectsNamesLongerThan255Characters() {
        String text = "registry.example.com/" + "a".repeat(240);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageReference.parse(text));
        assertEquals("invalid image reference \"" + text + "\": the name is longer than 255 characters", e.getMessage());
    }
}
