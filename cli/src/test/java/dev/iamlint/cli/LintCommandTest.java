package dev.iamlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code iamlint lint}, black-box through {@link Main#run}. */
class LintCommandTest {

    // Surefire runs in the module folder (cli/); relative paths keep the reported paths short and stable.
    static final String LINT = "src/test/resources/lint/";
    static final String ADMIN = LINT + "admin.json";
    static final String CLEAN = LINT + "clean.json";
    static final String MALFORMED = LINT + "malformed.json";
    static final String NOT_A_POLICY = LINT + "not-a-policy.json";
    static final String ADMIN_LINE = ADMIN + ":1:71: error IAM201 \"Action\": \"*\" allows every action of every AWS service;"
            + " list the actions this principal needs";
    private static final String IMAGE = "111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.2";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A lint run; without {@code --config}, the empty one, so that no .iamlint.yaml above the module applies. */
    static CliRun lint(String... args) {
        List<String> all = new ArrayList<>(List.of("lint"));
        if (!Arrays.asList(args).contains("--config")) {
            all.addAll(List.of("--config", config("empty.yaml")));
        }
        all.addAll(Arrays.asList(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    static String config(String name) {
        return LINT + "config/" + name;
    }

    // --- Findings and exit codes ----------------------------------------------------------------

    @Test
    void cleanPolicyExitsZeroWithOnlyTheSummary() {
        CliRun run = lint(CLEAN);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("0 errors, 0 warnings, 0 notes in 1 file\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void findingsAreCompilerStyleLinesAndFailTheRun() {
        CliRun run = lint(ADMIN, CLEAN);

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(List.of(ADMIN_LINE, "", "1 error, 0 warnings, 0 notes in 2 files"), run.outLines());
    }

    @Test
    void malformedJsonIsIam001AtItsPosition() {
        CliRun run = lint(MALFORMED);

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.outLines().get(0).startsWith(MALFORMED + ":5:1: error IAM001 malformed JSON: "), run::toString);
    }

    @ParameterizedTest(name = "IAM201 as {0}, --fail-on {1}: exit {2}")
    @CsvSource({
        "empty.yaml, error, 1", "empty.yaml, warning, 1", "empty.yaml, note, 1", "empty.yaml, none, 0",
        "iam201-warning.yaml, error, 0", "iam201-warning.yaml, warning, 1", "iam201-warning.yaml, note, 1",
        "iam201-warning.yaml, none, 0",
        "iam201-note.yaml, error, 0", "iam201-note.yaml, warning, 0", "iam201-note.yaml, note, 1", "iam201-note.yaml, none, 0"
    })
    void failOnSetsTheThreshold(String configFile, String failOn, int exitCode) {
        CliRun run = lint("--config", config(configFile), "--fail-on", failOn, ADMIN);

        assertEquals(exitCode, run.exitCode(), run::toString);
        assertEquals(1, run.outLines().stream().filter(line -> line.contains(" IAM201 ")).count(), run::toString);
    }

    @Test
    void failOnDefaultsToError() {
        assertEquals(0, lint("--config", config("iam201-warning.yaml"), ADMIN).exitCode());
    }

    // --- Inputs -----------------------------------------------------------------------------------

    @Test
    void jsonThatIsNoPolicyIsSkippedAndVerboseListsWhatEachFileWasReadAs() {
        CliRun quiet = lint(NOT_A_POLICY, CLEAN);
        CliRun verbose = lint("--verbose", NOT_A_POLICY, CLEAN);
        CliRun verboseFirst = CliRun.of("--verbose", "lint", "--config", config("empty.yaml"), NOT_A_POLICY, CLEAN);

        assertEquals(0, quiet.exitCode(), quiet::toString);
        assertEquals("0 errors, 0 warnings, 0 notes in 1 file\n", quiet.out());
        assertEquals("", quiet.err());
        assertEquals(0, verbose.exitCode(), verbose::toString);
        assertEquals(List.of("iamlint: configuration " + config("empty.yaml"), NOT_A_POLICY + ": skipped: not a policy",
                CLEAN + ": read as identity-policy"), verbose.errLines());
        assertEquals(verbose.err(), verboseFirst.err());
    }

    @Test
    void unreadableInputsAreErrorsButEveryOtherFileIsStillReported(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"Sid\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        String missing = LINT + "missing.json";

        CliRun run = lint(missing, ADMIN, latin1.toString(), "--format", "json");

        assertEquals(2, run.exitCode(), "unreadable input wins over findings: " + run);
        assertEquals(List.of("error: " + missing + ": no such file or directory", "error: " + latin1 + ": not valid UTF-8 at line 1, column 13 (byte 0xE9 at offset 12)"),
                run.errLines());
        JsonNode report = run.json();
        assertEquals(List.of("IAM201"), report.get("findings").findValuesAsText("ruleId"));
        assertEquals(List.of(ADMIN, missing, latin1.toString()), report.get("files").findValuesAsText("path"));
        assertEquals(List.of("identity-policy", "error", "error"), report.get("files").findValuesAsText("kind"));
    }

    @Test
    void directoriesAreSearchedForJsonFilesSkippingHiddenOnesAndNodeModules(@TempDir Path dir) throws IOException {
        Path admin = copy(ADMIN, dir.resolve("a/b/admin.json"));
        copy(ADMIN, dir.resolve("a/.git/admin.json"));
        copy(ADMIN, dir.resolve("a/node_modules/aws-cdk-lib/admin.json"));
        copy(ADMIN, dir.resolve("a/admin.json.txt"));
        Path clean = copy(CLEAN, dir.resolve("a/clean.JSON"));

        CliRun run = lint(dir.toString(), "--format", "json");

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(List.of(admin.toString(), clean.toString()), run.json().get("files").findValuesAsText("path"));
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(ADMIN))));
            CliRun run = lint("-");

            assertEquals(1, run.exitCode(), run::toString);
            assertEquals(ADMIN_LINE.replace(ADMIN, "<stdin>"), run.outLines().get(0));
        } finally {
            System.setIn(stdin);
        }
    }

    // --- Configuration ----------------------------------------------------------------------------

    @Test
    void configurationChangesASeverity() {
        CliRun run = lint("--config", config("iam201-warning.yaml"), ADMIN);

        assertEquals(ADMIN_LINE.replace(": error IAM201", ": warning IAM201"), run.outLines().get(0));
    }

    @Test
    void configurationTurnsARuleOffByName() {
        CliRun run = lint("--config", config("iam201-off.yaml"), ADMIN);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("0 errors, 0 warnings, 0 notes in 1 file\n", run.out());
    }

    @Test
    void ignoreDropsTheNamedRulesOrAllRulesInMatchingPaths(@TempDir Path dir) throws IOException {
        Path other = copy(ADMIN, dir.resolve("elsewhere/admin-copy.json"));

        CliRun run = lint("--config", config("ignore.yaml"), ADMIN, MALFORMED, other.toString());

        assertEquals(List.of(other + ":1:71"), run.outLines().stream()
                .filter(line -> line.contains(" IAM")).map(line -> line.substring(0, line.indexOf(": "))).toList(), run::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown-rule.yaml | 3:3: error: unknown rule \"IAM2O1\"; did you mean IAM201 (AllActions)? ('iamlint rules' lists them)",
        "unknown-key.yaml | 3:1: error: unknown key \"requires\" (expected rules, ignore, require, images, principals, parameters)",
        "bad-setting.yaml | 2:11: error: the setting of IAM201 must be off, error, warning or note",
        "invalid-yaml.yaml | 2:1: error: invalid YAML: while scanning for the next token; found character '\\t(TAB)' that cannot start any token",
        "bad-image.yaml | 2:5: error: image docker.io/library/nginx:1.27 is not in an ECR registry:"
    })
    void configurationErrorsNameFileLineAndColumn(String file, String error) {
        CliRun run = lint("--config", config(file), ADMIN);

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(config(file) + ":" + error), run::toString);
    }

    // --- Baselines --------------------------------------------------------------------------------

    @Test
    void baselineAcceptsTheFindingsItListsEvenWhenTheyMove(@TempDir Path dir) throws IOException {
        Path baseline = dir.resolve("config/iamlint/baseline.json");
        Path admin = copy(ADMIN, dir.resolve("admin.json"));

        CliRun write = lint("--write-baseline", baseline.toString(), admin.toString(), MALFORMED);
        Files.writeString(admin, "\n\n" + Files.readString(admin));
        Path added = copy(ADMIN, dir.resolve("added.json"));
        CliRun read = lint("--baseline", baseline.toString(), admin.toString(), MALFORMED, added.toString());

        assertEquals(0, write.exitCode(), write::toString);
        assertEquals("", write.out());
        assertEquals("iamlint: wrote 2 findings to " + baseline + "\n", write.err());
        JsonNode written = JSON.readTree(baseline.toFile());
        assertEquals(1, written.get("version").asInt());
        assertEquals(List.of(admin.toString(), MALFORMED), written.get("findings").findValuesAsText("path"));
        assertEquals(List.of("fingerprint", "ruleId", "path", "message"), fieldNames(written.get("findings").get(0)));
        assertEquals(1, read.exitCode(), read::toString);
        assertEquals(List.of(added + ":1:71"), read.outLines().stream()
                .filter(line -> line.contains(" IAM")).map(line -> line.substring(0, line.indexOf(": "))).toList(), read::toString);
    }

    @Test
    void writingABaselineIgnoresTheOldOne(@TempDir Path dir) {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        lint("--write-baseline", first.toString(), ADMIN);

        CliRun run = lint("--baseline", first.toString(), "--write-baseline", second.toString(), ADMIN);

        assertEquals("iamlint: wrote 1 finding to " + second + "\n", run.err());
    }

    @Test
    void aFileThatIsNoBaselineIsAnInputError() {
        CliRun run = lint("--baseline", ADMIN, ADMIN);

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("error: --baseline " + ADMIN + ": not an iamlint baseline: expected \"version\": 1\n", run.err());
    }

    // --- Formats ----------------------------------------------------------------------------------

    @Test
    void jsonReportHasFindingsFilesRequirementsSummaryAndWarnings() {
        CliRun run = lint("--format", "json", ADMIN, MALFORMED, NOT_A_POLICY);

        assertEquals(1, run.exitCode(), run::toString);
        JsonNode report = run.json();
        assertEquals(List.of("files", "findings", "requirements", "summary", "warnings"), fieldNames(report));
        JsonNode admin = report.get("findings").get(0);
        assertEquals("IAM201", admin.get("ruleId").asText());
        assertEquals(List.of(1, 71, 1, 74), List.of(admin.get("line").asInt(), admin.get("column").asInt(),
                admin.get("endLine").asInt(), admin.get("endColumn").asInt()));
        assertEquals(List.of("identity-policy", "identity-policy", "skipped"), report.get("files").findValuesAsText("kind"));
        assertEquals(2, report.get("summary").get("errors").asInt());
    }

    @Test
    void sarifReportListsTheMatchedRules() {
        CliRun run = lint("--format", "sarif", ADMIN, MALFORMED);

        JsonNode sarifRun = run.json().get("runs").get(0);
        assertEquals(List.of("IAM001", "IAM201"), sarifRun.get("tool").get("driver").get("rules").findValuesAsText("id"));
        assertEquals(List.of("IAM201", "IAM001"), sarifRun.get("results").findValuesAsText("ruleId"));
        assertEquals(VersionProvider.version(), sarifRun.get("tool").get("driver").get("version").asText());
    }

    @Test
    void outputWritesTheReportToAFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("reports/iamlint/report.json");

        CliRun run = lint("--format", "json", "--output", report.toString(), ADMIN);

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertEquals(1, JSON.readTree(report.toFile()).get("summary").get("errors").asInt());
    }

    @Test
    void writeBaselineDashIsStandardOutput() throws IOException {
        CliRun run = lint("--write-baseline", "-", ADMIN);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(1, JSON.readTree(run.out()).get("findings").size(), run.out());
        assertEquals(List.of("iamlint: wrote 1 finding to standard output"), run.errLines());
        assertFalse(Files.exists(Path.of("-")), "no file named -");
    }

    @Test
    void enumValuesIgnoreCase() {
        CliRun run = lint("--format", "JSON", "--fail-on", "Warning", ADMIN);

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(1, run.json().get("summary").get("errors").asInt());
    }

    @Test
    void outputUnderAFileSaysTheFileIsNoDirectory(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("reports"), "");

        CliRun run = lint("--output", file.resolve("iamlint.json").toString(), ADMIN);

        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(List.of("error: cannot write " + file.resolve("iamlint.json") + ": " + file + ": not a directory"), run.errLines());
    }

    @Test
    void outputDashIsStandardOutput() {
        CliRun run = lint("--format", "json", "--output", "-", ADMIN);

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(1, run.json().get("summary").get("errors").asInt());
        assertFalse(Files.exists(Path.of("-")), "no file named -");
    }

    // --- Requirements -----------------------------------------------------------------------------

    @Test
    void requireChecksEachIdentityPolicy() {
        CliRun run = lint("--format", "json", "--require", "ecr-pull", "--image", IMAGE, LINT + "token-only.json");

        JsonNode requirement = run.json().get("requirements").get(0);
        assertEquals("ecr-pull", requirement.get("requirement").asText());
        assertEquals(LINT + "token-only.json", requirement.get("subject").asText());
        assertEquals("unsatisfied", requirement.get("status").asText());
        assertEquals(List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), requirement.get("missing").findValuesAsText("action"));
        assertEquals("arn:aws:ecr:us-east-1:111122223333:repository/team/app", requirement.get("missing").get(0).get("resource").asText());
    }

    @Test
    void configurationNamesDefaultRequirementsAndImages() {
        CliRun run = lint("--config", config("require-ecr-pull.yaml"), "--format", "json", LINT + "token-only.json");

        JsonNode requirement = run.json().get("requirements").get(0);
        assertEquals("unsatisfied", requirement.get("status").asText(), run::toString);
        assertEquals("arn:aws:ecr:us-east-1:111122223333:repository/team/app", requirement.get("missing").get(0).get("resource").asText());
    }

    @Test
    void configurationSelectsThePrincipalsOfTemplatesAndTheirRequirements() {
        String template = LINT + "users.template.yaml";

        CliRun run = lint("--config", config("principals.yaml"), "--format", "json", template);

        assertEquals(1, run.exitCode(), run::toString);
        JsonNode requirements = run.json().get("requirements");
        assertEquals(List.of(template + "#Builder", template + "#Deployer"), requirements.findValuesAsText("subject"));
        assertEquals(List.of("satisfied", "unsatisfied"), requirements.findValuesAsText("status"));
        // A user makes its own requests: AWS's answer names it, in the image's account.
        assertTrue(requirements.get(1).get("missing").get(0).get("reason").asText()
                .startsWith("User: arn:aws:iam::111122223333:user/Deployer is not authorized to perform: ecr:GetAuthorizationToken"),
                run::toString);
        JsonNode findings = run.json().get("findings");
        // Deployer has no policy in the template: its findings are at the ARN the template cannot resolve.
        assertEquals(List.of("ECR002", "IAM115"), findings.findValuesAsText("ruleId"), run::toString);
        assertEquals(List.of(13, 13), findings.findValues("line").stream().map(JsonNode::asInt).toList());
        assertTrue(findings.get(0).get("message").asText().startsWith("user Deployer: ecr:GetAuthorizationToken is not allowed"),
                run::toString);
        assertTrue(findings.get(1).get("message").asText().startsWith(
                "managed policy arn:aws:iam::111122223333:policy/deploy of user Deployer is neither an AWS managed policy"), run::toString);
    }

    @Test
    void parameterGivesTemplatesTheValuesTheyLeaveOpen() {
        String template = LINT + "repository-parameter.template.yaml";

        CliRun open = lint("--format", "json", "--require", "ecr-pull", "--image", IMAGE, template);
        CliRun given = lint("--format", "json", "--require", "ecr-pull", "--image", IMAGE, "--parameter", "RepositoryName=team/app", template);
        CliRun other = lint("--format", "json", "--require", "ecr-pull", "--image", IMAGE, "--parameter", "RepositoryName=team/web", template);
        CliRun malformed = lint("--parameter", "RepositoryName", template);

        assertEquals("conditional", open.json().get("requirements").get(0).get("status").asText(), open::toString);
        assertTrue(open.json().get("requirements").get(0).get("missing").get(0).get("reason").asText().contains("RepositoryName"),
                open::toString);
        assertEquals("satisfied", given.json().get("requirements").get(0).get("status").asText(), given::toString);
        assertEquals(0, given.exitCode(), given::toString);
        assertEquals("unsatisfied", other.json().get("requirements").get(0).get("status").asText(), other::toString);
        assertEquals(2, malformed.exitCode(), malformed::toString);
        assertEquals("error: --parameter: template parameter \"RepositoryName\" is not Name=Value\n", malformed.err());
    }

    @Test
    void aPrincipalSelectorThatMatchesNoPrincipalIsAWarningOnStderrAndInTheJsonReport() {
        String template = LINT + "users.template.yaml";
        String warning = "principal selector \"NodeRle*\" matches no principal";

        CliRun text = lint("--config", config("principal-typo.yaml"), template);
        CliRun json = lint("--config", config("principal-typo.yaml"), "--format", "json", template);

        assertTrue(text.err().lines().toList().contains("warning: " + config("principal-typo.yaml") + ": " + warning), text::toString);
        assertFalse(text.out().contains(warning), "the warning is not part of the report: " + text);
        JsonNode warnings = json.json().get("warnings");
        assertEquals(1, warnings.size(), json::toString);
        assertEquals(warning, warnings.get(0).asText());
    }

    @Test
    void flagDropsThePermissionsItMakesUnnecessary() {
        String cachedImage = "111122223333.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/nginx:1.27";
        CliRun plain = lint("--format", "json", "--require", "ecr-pull-through-cache", "--image", cachedImage, LINT + "token-only.json");
        CliRun flagged = lint("--format", "json", "--require", "ecr-pull-through-cache", "--image", cachedImage,
                "--flag", "repositoriesExist", LINT + "token-only.json");
        CliRun unknown = lint("--require", "ecr-pull", "--flag", "repositoriesExist", LINT + "token-only.json");

        assertTrue(plain.json().get("requirements").get(0).get("missing").findValuesAsText("action").contains("ecr:CreateRepository"),
                plain::toString);
        assertFalse(flagged.json().get("requirements").get(0).get("missing").findValuesAsText("action").contains("ecr:CreateRepository"),
                flagged::toString);
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertEquals("error: --flag repositoriesExist: no requirement checked has this flag (theirs: [])\n", unknown.err());
    }

    @Test
    void unknownRequirementIsAnInputError() {
        CliRun run = lint("--require", "ecr-push", CLEAN);

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("error: --require ecr-push: no built-in requirement \"ecr-push\""), run::toString);
    }

    // --- Usage ------------------------------------------------------------------------------------

    @Test
    void pathsAreRequired() {
        CliRun run = lint();

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("error: Missing required parameter: 'PATH'"), run::toString);
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = lint("--format", "xml", ADMIN);

        assertEquals(2, run.exitCode(), run::toString);
        assertFalse(run.err().isEmpty());
    }

    private static Path copy(String from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(Path.of(from), to);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
