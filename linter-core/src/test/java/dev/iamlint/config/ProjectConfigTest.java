package dev.iamlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.lint.LintConfig;
import dev.iamlint.lint.LintRequest;
import dev.iamlint.lint.PrincipalSelector;
import dev.iamlint.requirement.Requirement;
import dev.iamlint.requirement.RequirementTarget;
import dev.iamlint.requirement.Requirements;
import dev.iamlint.rules.RuleRegistry;
import dev.iamlint.source.Severity;
import dev.iamlint.text.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code .iamlint.yaml} read from its text: every key, and errors at their line and column. */
class ProjectConfigTest {

    // Surefire runs in the module folder (linter-core/).
    private static final Path CONFIG = Path.of("src", "test", "resources", "config");
    private static final RuleRegistry REGISTRY = RuleRegistry.builtin();
    private static final Requirement ECR_PULL = Requirements.builtin("ecr-pull");
    private static final String APP = "111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2";
    private static final String API = "111122223333.dkr.ecr.us-east-1.amazonaws.com/team/api:2.0";
    private static final String WEB = "arn:aws:ecr:us-east-1:111122223333:repository/team/web";

    @Test
    void everyKeyIsRead() throws IOException {
        ProjectConfig config = read("full.yaml");

        assertEquals(new LintConfig(Set.of("IAM301"), Map.of("IAM201", Severity.WARNING),
                List.of(new LintConfig.Ignore("legacy/**", Set.of("IAM201")), new LintConfig.Ignore("generated/**", Set.of())), Set.of()),
                config.lint());
        assertEquals(List.of(ECR_PULL), config.requirements());
        assertEquals(List.of(RequirementTarget.fromImage(APP)), config.targets());
        assertEquals(List.of(
                new PrincipalSelector(List.of("NodeRole", "aws_iam_role.nodes*"), List.of(ECR_PULL),
                        List.of(RequirementTarget.fromImage(API), RequirementTarget.fromRepositoryArn(WEB))),
                new PrincipalSelector(List.of("ci-*"), List.of(), List.of())), config.principals());
        assertEquals(List.of("Stage=prod", "Replicas=3", "Public=false"),
                config.parameters().entrySet().stream().map(Object::toString).toList(), "values as text, in file order");
    }

    @Test
    void applyToSetsRequirementsImagesAndPrincipals() throws IOException {
        ProjectConfig config = read("full.yaml");

        LintRequest request = config.applyTo(LintRequest.of(List.of(), config.lint()));

        assertEquals(config.requirements(), request.requirements());
        assertEquals(config.targets(), request.targets());
        assertEquals(config.principals(), request.principals());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''",
        "'\n\n'",
    })
    void aTextWithoutSettingsIsNone(String text) {
        assertSame(ProjectConfig.NONE, ProjectConfig.read(text, "x.yaml", REGISTRY));
    }

    @Test
    void onlyCommentsAreNone() throws IOException {
        assertSame(ProjectConfig.NONE, read("comments-only.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "principal-without-glob.yaml | 2:5 | a \"principals\" entry needs a principal: a logical id, resource address, ARN or name (globs allowed)",
        "principal-unknown-key.yaml | 3:5 | unknown key \"requires\" in a \"principals\" entry (expected principal, require, images, repositories)",
        "principal-bad-repository.yaml | 3:20 | \"arn:aws:s3:::bucket\" is not an ECR repository ARN",
        "parameter-list.yaml | 2:12 | the value of parameter Subnets must be a string, number or boolean (a list parameter is one comma-separated string)",
        "duplicate-key.yaml | 3:1 | \"require\" appears twice",
        "unknown-requirement.yaml | 3:14 | no built-in requirement \"ecr-push\"",
        "not-a-mapping.yaml | 1:1 | expected a mapping of rules, ignore, require, images, principals, parameters",
    })
    void errorsNameLineAndColumn(String file, String position, String reason) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(file));

        assertEquals(CONFIG.resolve(file).toString(), e.source());
        assertEquals(position, e.line() + ":" + e.column(), e::getMessage);
        assertTrue(e.reason().startsWith(reason), e::getMessage);
        assertEquals(e.source() + ":" + position + ": " + e.reason(), e.getMessage());
    }

    @Test
    void everyErrorIsNamedInTheOrderOfTheFile() {
        String text = """
                severity:
                  IAM206: error
                rules:
                  IAM999: off
                  IAM201: loud
                ignore:
                  - path: "*.json"
                    rulez: [IAM201]
                require: [ecr-pul, ecr-pull]
                """;

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProjectConfig.read(text, "x.yaml", REGISTRY));

        assertEquals(List.of(
                        "x.yaml:1:1: unknown key \"severity\" (expected rules, ignore, require, images, principals, parameters)",
                        "x.yaml:4:3: unknown rule \"IAM999\"; did you mean IAM009 (PrincipalNotAllowed)? ('iamlint rules' lists them)",
                        "x.yaml:5:11: the setting of IAM201 must be off, error, warning or note",
                        "x.yaml:8:5: unknown key \"rulez\" in an \"ignore\" entry (expected path, rules)",
                        "x.yaml:9:11: no built-in requirement \"ecr-pul\" (built in: ecr-pull, ecr-pull-through-cache, ecr-public-pull)"),
                e.all().stream().map(InvalidInputException::getMessage).toList());
        assertEquals(String.join("\n", e.all().stream().map(InvalidInputException::getMessage).toList()), e.getMessage());
    }

    @Test
    void anUnknownRuleSuggestsTheNearestOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ProjectConfig.read("rules:\n  AllAction: off\n", "x.yaml", REGISTRY));

        assertEquals("x.yaml:2:3: unknown rule \"AllAction\"; did you mean IAM201 (AllActions)? ('iamlint rules' lists them)",
                e.getMessage());
    }

    private static ProjectConfig read(String file) throws IOException {
        Path path = CONFIG.resolve(file);
        return ProjectConfig.read(Files.readString(path), path.toString(), REGISTRY);
    }
}
