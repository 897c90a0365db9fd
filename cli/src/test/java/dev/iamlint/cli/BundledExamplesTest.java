package dev.iamlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policies and simulation inputs shipped in {@code policies/}: they run, they say what the
 * README says they say, and the simulation inputs embed the example policies unchanged.
 */
class BundledExamplesTest {

    // Surefire runs in the module folder (cli/).
    private static final Path POLICIES = Path.of("..", "policies").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> simulations() {
        List<String> all = List.of("allowed", "allowed", "allowed");
        return Stream.of(
                Arguments.of("ecr-token-only.json", "ecr-pull/token-only.json", List.of("allowed", "implicitDeny", "implicitDeny")),
                Arguments.of("ecr-pull-only-managed.json", "ecr-pull/pull-only-managed.json", all),
                Arguments.of("ecr-scoped-pull.json", "ecr-pull/scoped-pull.json", all));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("simulations")
    void simulationInputGivesTheDocumentedDecisions(String input, String policy, List<String> decisions) throws IOException {
        Path file = POLICIES.resolve("simulate").resolve(input);
        CliRun run = CliRun.of("simulate", "--cli-input-json", "file://" + file);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(decisions, decisions(run.json()));
        assertEquals(Files.readString(POLICIES.resolve("examples").resolve(policy)),
                JSON.readTree(file.toFile()).get("PolicyInputList").get(0).asText(),
                "the input embeds the example policy as written");
    }

    @Test
    void serviceControlPolicyExampleDeniesOutsideTheAllowedRegion() {
        CliRun run = CliRun.of("simulate", "--cli-input-json",
                "file://" + POLICIES.resolve("simulate/ecr-scp-region-guard.json"));

        assertEquals(List.of("explicitDeny", "explicitDeny"), decisions(run.json()), run::toString);
    }

    @Test
    void batchExampleRunsEveryScenario() {
        CliRun run = CliRun.of("simulate", "--batch", POLICIES.resolve("simulate/ecr-pull.jsonl").toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(3, run.outLines().size());
    }

    static Stream<Arguments> managedPolicies() {
        return Stream.of(
                Arguments.of("AmazonEC2ContainerRegistryPullOnly", "allowed"),
                Arguments.of("AmazonEC2ContainerRegistryReadOnly", "allowed"),
                Arguments.of("AmazonEC2ContainerRegistryPowerUser", "allowed"),
                Arguments.of("AmazonEC2ContainerRegistryFullAccess", "allowed"),
                // Neither EKS worker node policy grants any ECR access.
                Arguments.of("AmazonEKSWorkerNodePolicy", "implicitDeny"),
                Arguments.of("AmazonEKSWorkerNodeMinimalPolicy", "implicitDeny"),
                Arguments.of("AmazonElasticContainerRegistryPublicReadOnly", "implicitDeny"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("managedPolicies")
    void managedPolicyCopiesParseAndGrantWhatTheyShould(String name, String batchGetImage) {
        CliRun run = CliRun.of("simulate",
                "--policy-input-list", "file://" + POLICIES.resolve("aws-managed").resolve(name + ".json"),
                "--action-names", "ecr:BatchGetImage",
                "--resource-arns", "arn:aws:ecr:us-east-1:111122223333:repository/cluster-autoscaler");

        assertEquals("", run.err(), run::toString);
        assertEquals(List.of(batchGetImage), decisions(run.json()), run::toString);
    }

    private static List<String> decisions(JsonNode response) {
        List<String> decisions = new ArrayList<>();
        response.get("EvaluationResults").forEach(r -> decisions.add(r.get("EvalDecision").asText()));
        return decisions;
    }
}
