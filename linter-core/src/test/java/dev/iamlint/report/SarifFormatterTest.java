package dev.iamlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.lint.LintResult;
import dev.iamlint.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifFormatterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ToolInfo TOOL = new ToolInfo("1.2.3", "https://example.org/iamlint");

    private static String sarif(LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        new SarifFormatter(TOOL).write(result, out);
        return out.toString();
    }

    private static JsonNode run() throws IOException {
        JsonNode log = JSON.readTree(sarif(SampleReport.build()));
        assertEquals(1, log.get("runs").size());
        return log.get("runs").get(0);
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("report.sarif", sarif(SampleReport.build()));
    }

    @Test
    void namesTheSchemaVersionAndTool() throws IOException {
        JsonNode log = JSON.readTree(sarif(SampleReport.build()));

        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
        assertEquals("iamlint", driver.get("name").asText());
        assertEquals("1.2.3", driver.get("version").asText());
        assertEquals("https://example.org/iamlint", driver.get("informationUri").asText());
    }

    @Test
    void listsOnlyTheMatchedRulesAndEachResultPointsAtItsRule() throws IOException {
        JsonNode run = run();
        JsonNode rules = run.get("tool").get("driver").get("rules");

        assertEquals(List.of("IAM001", "IAM003", "IAM201", "IAM901"), rules.findValuesAsText("id"));
        JsonNode allActions = rules.get(2);
        assertEquals("AllActions", allActions.get("name").asText());
        assertEquals("Statement allows every action of every service", allActions.get("shortDescription").get("text").asText());
        assertEquals("https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
                allActions.get("helpUri").asText());
        assertEquals("error", allActions.get("defaultConfiguration").get("level").asText());
        for (JsonNode result : run.get("results")) {
            assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        }
    }

    @Test
    void resultsCarryLevelRegionAndFingerprint() throws IOException {
        LintResult report = SampleReport.build();
        JsonNode results = JSON.readTree(sarif(report)).get("runs").get(0).get("results");

        assertEquals(report.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Finding finding = report.findings().get(i);
            JsonNode result = results.get(i);
            assertEquals(finding.fingerprint(), result.get("partialFingerprints").get("iamlint/v1").asText());
            assertEquals(finding.message(), result.get("message").get("text").asText());
        }
        JsonNode overridden = results.get(2);
        assertEquals("IAM003", overridden.get("ruleId").asText());
        assertEquals("warning", overridden.get("level").asText(), "the configured severity, not the default");
        JsonNode location = overridden.get("locations").get(0).get("physicalLocation");
        assertEquals("policies/team%20a/admin.json", location.get("artifactLocation").get("uri").asText());
        assertEquals("{\"startLine\":9,\"startColumn\":13,\"endLine\":9,\"endColumn\":23}", location.get("region").toString());
    }

    @Test
    void findingWithoutPositionHasNoRegionAndItsFixGoesInProperties() throws IOException {
        JsonNode result = run().get("results").get(3);

        assertEquals("IAM901", result.get("ruleId").asText());
        assertFalse(result.get("locations").get(0).get("physicalLocation").has("region"));
        assertFalse(result.has("fixes"), "SARIF fixes need artifact changes, which iamlint's fixes are not");
        assertEquals("Managed policy", result.get("properties").get("fix").get("options").get(0).get("title").asText());
    }

    @Test
    void unreadableInputsAreErrorNotifications() throws IOException {
        JsonNode invocation = run().get("invocations").get(0);

        assertFalse(invocation.get("executionSuccessful").asBoolean());
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertEquals("error", notification.get("level").asText());
        assertEquals("missing.json: no such file or directory", notification.get("message").get("text").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "policies/admin.json | policies/admin.json",
        "team a/ä.json | team%20a/%C3%A4.json",
        "<stdin> | %3Cstdin%3E",
        "a:b.json | a%3Ab.json",
        "50%.json | 50%25.json",
        "/tmp/x y.json | file:///tmp/x%20y.json",
        "C:/policies/a.json | file:///C:/policies/a.json"
    })
    void pathsBecomeEscapedUriReferences(String path, String uri) {
        assertEquals(uri, SarifFormatter.uri(path));
    }

    @Test
    void withABaseDirectoryRelativePathsBecomeAbsoluteFileUris() throws IOException {
        StringWriter out = new StringWriter();
        new SarifFormatter(TOOL, "/repo/infra module").write(SampleReport.build(), out);
        JsonNode run = JSON.readTree(out.toString()).get("runs").get(0);

        assertEquals("file:///repo/infra%20module/policies/team%20a/admin.json",
                run.get("results").get(2).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals("file:///repo/infra%20module/missing.json", run.get("invocations").get(0).get("toolExecutionNotifications").get(0)
                .get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
    }

    @Test
    void aRunWithoutFindingsListsNoRules() throws IOException {
        JsonNode run = JSON.readTree(sarif(new LintResult(List.of(), List.of(), List.of())))
                .get("runs").get(0);

        assertEquals(0, run.get("tool").get("driver").get("rules").size());
        assertEquals(0, run.get("results").size());
        assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
    }
}
