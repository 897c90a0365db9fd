package dev.iamlint.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.text.InvalidInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shipped requirements, and the errors a bad requirement file gives. */
class RequirementsTest {

    private static final Path SHIPPED = Path.of("..", "policies", "requirements");

    @Test
    void everyShippedFileIsBuiltInUnderItsName() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            List<String> names = files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).sorted().toList();
            assertEquals(Requirements.BUILTIN.stream().sorted().toList(), names);
        }
        for (String name : Requirements.BUILTIN) {
            assertEquals(name, Requirements.builtin(name).name());
        }
    }

    @Test
    void ecrPullIsTheTokenOnStarAndTheLayerActionsOnEachRepository() {
        Requirement pull = Requirements.builtin("ecr-pull");
        assertEquals(List.of(
                        "ecr:GetAuthorizationToken *",
                        "ecr:BatchGetImage ${repositoryArn}",
                        "ecr:GetDownloadUrlForLayer ${repositoryArn}"),
                summary(pull));
        assertEquals("fetch the image manifest (docker pull fails with 403 denied)", pull.permissions().get(1).step());
        assertEquals(Set.of(), pull.flags());
    }

    @Test
    void pullThroughCacheAddsImportAndCreateToEcrPull() {
        Requirement cache = Requirements.builtin("ecr-pull-through-cache");
        assertEquals(Requirements.builtin("ecr-pull").permissions(), cache.permissions().subList(0, 3));
        assertEquals(List.of(
                        "ecr:BatchImportUpstreamImage ${repositoryArn}",
                        "ecr:CreateRepository ${repositoryArn}"),
                summary(cache).subList(3, 5));
        Permission create = cache.permissions().get(4);
        assertEquals(Optional.of("repositoriesExist"), create.unless());
        assertEquals("${cachePrefixArn}", create.grantOrResource().text());
        assertEquals(Set.of("repositoriesExist"), cache.flags());
    }

    @Test
    void ecrPublicPullIsTwoTokensOnStar() {
        assertEquals(List.of("ecr-public:GetAuthorizationToken *", "sts:GetServiceBearerToken *"),
                summary(Requirements.builtin("ecr-public-pull")));
    }

    @Test
    void anUnknownBuiltInNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Requirements.builtin("ecr-push"));
        assertEquals("no built-in requirement \"ecr-push\" (built in: ecr-pull, ecr-pull-through-cache, ecr-public-pull)", e.getMessage());
    }

    @Test
    void aUserFileWithEveryFieldReads() {
        Requirement read = Requirements.read("""
                {
                  "name": "kms-and-pull",
                  "description": "Pull, and decrypt with one key per region.",
                  "permissions": [
                    {"action": "kms:Decrypt", "resource": "arn:${partition}:kms:${region}:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                     "step": "decrypt", "unless": "no-kms", "sid": "Decrypt"},
                    {"action": "ecr:BatchImportUpstreamImage", "resource": "${repositoryArn}", "grant": "${cachePrefixArn}", "step": "import"}
                  ],
                  "notes": ["one", "two"]
                }""", "kms.json");
        assertEquals(new Requirement("kms-and-pull", "Pull, and decrypt with one key per region.", List.of(
                        new Permission("kms:Decrypt",
                                new ResourceTemplate("arn:${partition}:kms:${region}:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
                                Optional.empty(), "decrypt", Optional.of("no-kms"), Optional.of("Decrypt")),
                        new Permission("ecr:BatchImportUpstreamImage", new ResourceTemplate("${repositoryArn}"),
                                Optional.of(new ResourceTemplate("${cachePrefixArn}")), "import", Optional.empty(), Optional.empty())),
                        List.of("one", "two")),
                read);
        assertEquals("EcrBatchImportUpstreamImage", read.permissions().get(1).statementSid());
    }

    /**
     * Each {@code requirement/invalid/NAME.json} gives exactly the error in {@code NAME.expected.txt}:
     * source, line, column and reason.
     */
    @TestFactory
    Stream<DynamicTest> badFilesSayWhereAndWhy() throws IOException, URISyntaxException {
        Path folder = Path.of(RequirementsTest.class.getResource("/requirement/invalid").toURI());
        List<Path> inputs;
        try (Stream<Path> files = Files.list(folder)) {
            inputs = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(inputs.size() >= 10, "fixtures found: " + inputs);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String name = input.getFileName().toString();
            String expected = Files.readString(folder.resolve(name.replaceFirst("\\.json$", ".expected.txt")), StandardCharsets.UTF_8).strip();
            String text = Files.readString(input, StandardCharsets.UTF_8);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Requirements.read(text, name));
            assertEquals(expected, e.getMessage());
            assertEquals(name, e.source());
        }));
    }

    private static List<String> summary(Requirement requirement) {
        return requirement.permissions().stream().map(p -> p.action() + " " + p.resource().text()).toList();
    }
}
