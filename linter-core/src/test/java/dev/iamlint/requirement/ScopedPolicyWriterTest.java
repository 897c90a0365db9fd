package dev.iamlint.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The least-privilege policies RequirementChecker.scopedPolicy writes, against golden files in {@code requirement/scoped/}. */
class ScopedPolicyWriterTest {

    private static final String ACCOUNT_HOST = "111122223333.dkr.ecr.us-east-1.amazonaws.com/";

    @Test
    void ecrPullGrantsTheTokenOnStarAndTheLayerActionsOnTheImagesRepository() throws IOException {
        assertEquals(golden("ecr-pull"), scoped("ecr-pull", List.of(RequirementTarget.fromImage(ACCOUNT_HOST + "cluster-autoscaler:v1.30")),
                CheckOptions.DEFAULTS));
    }

    @Test
    void pullThroughCacheGrantsImportAndCreateOnEachCachePrefix() throws IOException {
        List<RequirementTarget> targets = List.of(
                RequirementTarget.fromImage(ACCOUNT_HOST + "docker-hub/library/nginx:1.27"),
                RequirementTarget.fromImage(ACCOUNT_HOST + "quay/prometheus/node-exporter:v1"),
                // The same repository again, by ARN: listed once.
                RequirementTarget.fromRepositoryArn("arn:aws:ecr:us-east-1:111122223333:repository/docker-hub/library/nginx"));
        assertEquals(golden("ecr-pull-through-cache"), scoped("ecr-pull-through-cache", targets, CheckOptions.DEFAULTS));

        String existing = scoped("ecr-pull-through-cache", targets, CheckOptions.DEFAULTS.withFlag("repositoriesExist"));
        assertFalse(existing.contains("ecr:CreateRepository"));
        assertTrue(existing.contains("ecr:BatchImportUpstreamImage"));
    }

    @Test
    void anExplicitCachePrefixReplacesTheFirstNamespace() {
        RequirementTarget target = RequirementTarget.fromImage(ACCOUNT_HOST + "mirrors/docker-hub/library/nginx:1.27").withCachePrefix("mirrors/docker-hub");
        String policy = scoped("ecr-pull-through-cache", List.of(target), CheckOptions.DEFAULTS);
        assertTrue(policy.contains("\"arn:aws:ecr:us-east-1:111122223333:repository/mirrors/docker-hub/*\""), policy);
    }

    @Test
    void ecrPublicPullIsOneStatementOnStar() throws IOException {
        assertEquals(golden("ecr-public-pull"), scoped("ecr-public-pull", List.of(), CheckOptions.DEFAULTS));
    }

    private static String scoped(String requirement, List<RequirementTarget> targets, CheckOptions options) {
        return RequirementChecker.scopedPolicy(Requirements.builtin(requirement), targets, options);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ScopedPolicyWriterTest.class.getResourceAsStream("/requirement/scoped/" + name + ".expected.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
