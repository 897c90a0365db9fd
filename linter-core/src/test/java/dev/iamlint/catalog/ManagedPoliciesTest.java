package dev.iamlint.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.model.PolicyDocument;
import dev.iamlint.model.PolicyKind;
import dev.iamlint.model.Statement;
import dev.iamlint.parse.ParseResult;
import dev.iamlint.parse.PolicyParser;
import dev.iamlint.source.Located;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagedPoliciesTest {

    private static final ManagedPolicies POLICIES = ManagedPolicies.bundled();
    /** The readable copies of the ECR and EKS node policies, kept at the repository's top level. */
    private static final Path READABLE_COPIES = Path.of("..", "policies", "aws-managed");

    @Test
    void bundlesEveryManagedPolicy() {
        assertEquals("0.0.656", POLICIES.dataVersion());
        assertTrue(POLICIES.count() >= 1300 && POLICIES.count() <= 1700, "count: " + POLICIES.count());
        assertEquals(POLICIES.count(), POLICIES.names().size());
        assertEquals(POLICIES.names().stream().sorted().toList(), POLICIES.names());
    }

    @Test
    void pullOnlyGrantsExactlyTheFourPullActions() {
        ManagedPolicy pullOnly = POLICIES.byName("AmazonEC2ContainerRegistryPullOnly").orElseThrow();
        assertEquals("/", pullOnly.path());
        assertEquals("v1", pullOnly.versionId());
        assertEquals(Instant.parse("2024-10-04T16:58:49Z"), pullOnly.updated());
        assertEquals("arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly", pullOnly.arn("aws"));

        PolicyDocument document = parse(pullOnly).document().orElseThrow();
        List<String> actions = new ArrayList<>();
        for (Statement statement : document.statements()) {
            statement.action().orElseThrow().values().stream().map(Located::value).forEach(actions::add);
        }
        assertEquals(List.of("ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                "ecr:BatchImportUpstreamImage"), actions);
    }

    @Test
    void documentsArePrettyPrintedWithFourSpaces() {
        String document = POLICIES.byName("AmazonEC2ContainerRegistryPullOnly").orElseThrow().document();
        assertTrue(document.startsWith("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n"), document);
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly, AmazonEC2ContainerRegistryPullOnly",
        "arn:aws-cn:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly, AmazonEC2ContainerRegistryPullOnly",
        "arn:aws-us-gov:iam::aws:policy/AmazonEKSWorkerNodePolicy, AmazonEKSWorkerNodePolicy",
        "arn:aws:iam::aws:policy/service-role/AWSCodeDeployRole, AWSCodeDeployRole",
        "arn:aws-cn:iam::aws:policy/service-role/AWSCodeDeployRole, AWSCodeDeployRole",
        "arn:aws:iam::aws:policy/aws-service-role/ECRReplicationServiceRolePolicy, ECRReplicationServiceRolePolicy",
        "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess, ViewOnlyAccess",
    })
    void byArnFindsPoliciesInAnyPartitionAndPath(String arn, String name) {
        ManagedPolicy policy = POLICIES.byArn(arn).orElseThrow();
        assertEquals(name, policy.name());
        assertEquals(arn, policy.arn(arn.split(":")[1]));
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:iam::aws:policy/AWSCodeDeployRole",
        "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerRegistryPullOnly",
        "arn:aws:iam::111122223333:policy/AmazonEC2ContainerRegistryPullOnly",
        "arn:aws:iam::aws:policy/amazonec2containerregistrypullonly",
        "arn:aws:iam::aws:policy/NoSuchPolicy",
        "arn:aws:iam::aws:role/AmazonEC2ContainerRegistryPullOnly",
        "arn:aws:iam:us-east-1:aws:policy/AmazonEC2ContainerRegistryPullOnly",
        "arn::iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
        "arn:aws:ecr::aws:policy/AmazonEC2ContainerRegistryPullOnly",
        "AmazonEC2ContainerRegistryPullOnly",
        "arn:aws:iam::aws:policy",
    })
    void byArnRejectsWhatIamWouldNotFind(String arn) {
        assertEquals(Optional.empty(), POLICIES.byArn(arn));
    }

    @Test
    void byNameIsExact() {
        assertTrue(POLICIES.byName("AmazonEKSWorkerNodeMinimalPolicy").isPresent());
        assertEquals(Optional.empty(), POLICIES.byName("amazonec2containerregistrypullonly"));
        assertEquals(Optional.empty(), POLICIES.byName("NoSuchPolicy"));
    }

    /** Reads every shard: each policy is found by its own ARN, and AWS's own documents parse cleanly. */
    @Test
    void everyBundledPolicyParsesWithoutErrors() {
        PolicyParser parser = PolicyParser.withDefaults();
        List<String> problems = new ArrayList<>();
        for (String name : POLICIES.names()) {
            ManagedPolicy policy = POLICIES.byName(name).orElseThrow();
            if (!POLICIES.byArn(policy.arn("aws")).equals(Optional.of(policy))) {
                problems.add(name + ": not found by its ARN " + policy.arn("aws"));
            }
            ParseResult result = parser.parse(policy.document(), PolicyKind.IDENTITY);
            if (result.hasErrors()) {
                problems.add(name + ": " + result.errors());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void readableCopiesMatchTheBundledDocuments() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> copies;
        try (Stream<Path> files = Files.list(READABLE_COPIES)) {
            copies = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(copies.isEmpty());
        for (Path copy : copies) {
            String name = copy.getFileName().toString().replace(".json", "");
            ManagedPolicy bundled = POLICIES.byName(name).orElseThrow(() -> new AssertionError("not bundled: " + name));
            assertEquals(json.readTree(bundled.document()), json.readTree(copy.toFile()), name);
        }
    }

    private static ParseResult parse(ManagedPolicy policy) {
        ParseResult result = PolicyParser.withDefaults().parse(policy.document(), PolicyKind.IDENTITY);
        assertFalse(result.hasErrors(), () -> result.errors().toString());
        return result;
    }
}
