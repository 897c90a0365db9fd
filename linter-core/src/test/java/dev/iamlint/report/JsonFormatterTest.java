package dev.iamlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.lint.LintResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFormatterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String json(LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        new JsonFormatter().write(result, out);
        return out.toString();
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("report.json", json(SampleReport.build()));
    }

    @Test
    void hasExactlyTheDocumentedFields() throws IOException {
        JsonNode report = JSON.readTree(json(SampleReport.build()));

        assertEquals(List.of("files", "findings", "requirements", "summary", "warnings"), names(report));
        assertEquals(List.of("column", "endColumn", "endLine", "fix", "line", "message", "path", "ruleId", "severity"),
                names(report.get("findings").get(0)));
        assertEquals(List.of("missing", "requirement", "status", "subject"), names(report.get("requirements").get(0)));
        assertEquals(List.of("action", "reason", "resource"), names(report.get("requirements").get(0).get("missing").get(0)));
        assertEquals(List.of("error", "kind", "path"), names(report.get("files").get(0)));
        assertEquals(List.of("errors", "notes", "warnings"), names(report.get("summary")));
    }

    @Test
    void keysAreSortedInEveryObject() throws IOException {
        List<String> unsorted = new ArrayList<>();
        collectUnsorted(JSON.readTree(json(SampleReport.build())), "", unsorted);
        assertEquals(List.of(), unsorted);
    }

    @Test
    void valuesAreTheFindingsFilesRequirementsAndCounts() throws IOException {
        JsonNode report = JSON.readTree(json(SampleReport.build()));

        JsonNode admin = withRule(report.get("findings"), "IAM003");
        assertEquals("IAM003", admin.get("ruleId").asText());
        assertEquals("warning", admin.get("severity").asText());
        assertTrue(admin.get("fix").isNull());
        JsonNode fix = withRule(report.get("findings"), "IAM901").get("fix");
        assertEquals("Replace the statement", fix.get("description").asText());
        assertEquals("{\n    \"Version\": \"2012-10-17\"\n}", fix.get("options").get(1).get("content").asText());
        assertEquals(List.of("identity-policy", "identity-policy", "skipped", "identity-policy", "identity-policy",
                        "identity-policy", "error"),
                report.get("files").findValuesAsText("kind"));
        assertEquals("no such file or directory", report.get("files").get(6).get("error").asText());
        assertEquals(List.of("unsatisfied", "conditional", "satisfied"), report.get("requirements").findValuesAsText("status"));
        assertEquals(List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
                report.get("requirements").get(0).get("missing").findValuesAsText("action"));
        assertTrue(report.get("requirements").get(1).get("missing").get(0).get("reason").asText()
                .startsWith("allowed only if conditions on aws:SourceVpce hold; otherwise: User: "));
        assertEquals(2, report.get("summary").get("errors").asInt());
        assertEquals(1, report.get("summary").get("warnings").asInt());
        assertEquals(1, report.get("summary").get("notes").asInt());
    }

    @Test
    void aPermissionConditionalOnUnknownValuesNamesThem() throws IOException {
        JsonNode report = JSON.readTree(json(SampleReport.pulling("unknown-region-pull.json")));

        assertEquals("conditional", report.get("requirements").get(0).get("status").asText());
        assertTrue(report.get("requirements").get(0).get("missing").get(0).get("reason").asText()
                .startsWith("allowed only if AWS::Region and AWS::AccountId are what the targets need; otherwise: User: "),
                report::toString);
    }

    @Test
    void warningsAboutTheRequestAreListed() throws IOException {
        LintResult result = new LintResult(List.of(), List.of(), List.of(), List.of("principal selector \"NodeRle*\" matches no principal"));

        JsonNode report = JSON.readTree(json(result));

        assertEquals(List.of("principal selector \"NodeRle*\" matches no principal"),
                List.of(report.get("warnings").get(0).asText()));
        assertEquals(1, report.get("warnings").size());
        assertEquals(0, report.get("summary").get("warnings").asInt(), "the summary counts findings only");
    }

    @Test
    void emptyContainersAndIndentationFollowTheHouseLayout() throws IOException {
        String json = json(new LintResult(List.of(), List.of(), List.of()));

        assertEquals("{\n  \"files\": [],\n  \"findings\": [],\n  \"requirements\": [],\n"
                + "  \"summary\": {\n    \"errors\": 0,\n    \"notes\": 0,\n    \"warnings\": 0\n  },\n  \"warnings\": []\n}\n", json);
    }

    private static JsonNode withRule(JsonNode findings, String ruleId) {
        for (JsonNode finding : findings) {
            if (finding.get("ruleId").asText().equals(ruleId)) {
                return finding;
            }
        }
        throw new AssertionError("no " + ruleId + " finding in " + findings);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectUnsorted(JsonNode node, String at, List<String> unsorted) {
        if (node.isObject()) {
            List<String> names = names(node);
            if (!names.equals(names.stream().sorted().toList())) {
                unsorted.add(at + " " + names);
            }
            names.forEach(name -> collectUnsorted(node.get(name), at + "/" + name, unsorted));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnsorted(node.get(i), at + "/" + i, unsorted);
            }
        }
    }
}
