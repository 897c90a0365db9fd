package dev.iamlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.iamlint.lint.FileResult;
import dev.iamlint.lint.LintResult;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.source.SourceRange;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The report as SARIF 2.1.0, for code-scanning services. One run; its driver lists only the
 * rules that matched (cfn-lint's mapping), each with its help URI; each result has its region and
 * the finding's fingerprint, which ignores line numbers, as {@code partialFingerprints}. A fix
 * goes in the result's properties: SARIF {@code fixes} need byte-exact replacements, which
 * iamlint's fixes (a policy to attach, a statement to write) are not. Inputs that could not be
 * read are the invocation's error notifications.
 */
public final class SarifFormatter extends JsonReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "iamlint/v1";

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/.*");

    private final ToolInfo tool;
    /** The folder relative paths are in, or empty to write them relative. */
    private final String baseDirectory;

    /** Paths as the findings give them: relative ones stay relative, to the folder the run was started in. */
    public SarifFormatter(ToolInfo tool) {
        this(tool, "");
    }

    /**
     * Relative paths taken as under {@code baseDirectory} (an absolute path), so that the report names
     * every file by an absolute {@code file:} URI: code-scanning services make those relative to the
     * repository root themselves, wherever in the repository the base is (a Maven module's folder).
     */
    public SarifFormatter(ToolInfo tool, String baseDirectory) {
        this.tool = tool;
        this.baseDirectory = baseDirectory;
    }

    @Override
    void write(LintResult result, JsonGenerator json) throws IOException {
        List<RuleDescriptor> rules = matchedRules(result.findings());
        Map<String, Integer> ruleIndexes = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndexes.put(rules.get(i).id(), i);
        }
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        writeTool(json, rules);
        writeInvocation(json, result.files());
        // Jackson counts columns in UTF-16 code units, SARIF's default; said explicitly for readers.
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeArrayFieldStart("results");
        // Computed on all cores first: hashing every message is most of a large report's cost.
        List<String> fingerprints = result.findings().parallelStream().map(Finding::fingerprint).toList();
        for (int i = 0; i < fingerprints.size(); i++) {
            Finding finding = result.findings().get(i);
            writeResult(json, finding, ruleIndexes.get(finding.ruleId()), fingerprints.get(i));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The distinct rules of the findings, sorted by id. */
    private static List<RuleDescriptor> matchedRules(List<Finding> findings) {
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        for (Finding finding : findings) {
            rules.putIfAbsent(finding.ruleId(), finding.rule());
        }
        return List.copyOf(rules.values());
    }

    private void writeTool(JsonGenerator json, List<RuleDescriptor> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "iamlint");
        json.writeStringField("version", tool.version());
        json.writeStringField("informationUri", tool.informationUri());
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", rule.name());
            writeText(json, "shortDescription", rule.summary());
            writeText(json, "fullDescription", rule.summary() + ".");
            json.writeStringField("helpUri", rule.link());
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", Levels.of(rule.severity()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeInvocation(JsonGenerator json, List<FileResult> files) throws IOException {
        List<FileResult> failed = files.stream().filter(f -> f.kind() == FileResult.Kind.ERROR).toList();
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", failed.isEmpty());
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (FileResult file : failed) {
            json.writeStartObject();
            json.writeStringField("level", "error");
            writeText(json, "message", file.path() + ": " + file.error().orElse("cannot be read"));
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            writePhysicalLocation(json, file.path(), SourceRange.NONE);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private void writeResult(JsonGenerator json, Finding finding, int ruleIndex, String fingerprint) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", Levels.of(finding.severity()));
        writeText(json, "message", finding.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, finding.path(), finding.range());
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, fingerprint);
        json.writeEndObject();
        if (finding.fix().isPresent()) {
            json.writeObjectFieldStart("properties");
            json.writeFieldName("fix");
            JsonFormatter.writeFix(json, finding.fix());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The artifact's URI and, when the range has a position, the region (SARIF's exclusive end, as SourceRange's). */
    private void writePhysicalLocation(JsonGenerator json, String path, SourceRange range) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uriOf(path));
        json.writeEndObject();
        if (range.line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", range.line());
            writePositive(json, "startColumn", range.column());
            writePositive(json, "endLine", range.endLine());
            writePositive(json, "endColumn", range.endColumn());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * A path as a URI reference: relative paths stay relative (forward slashes, every byte but
     * unreserved characters and {@code /} percent-encoded, so a colon cannot read as a scheme);
     * absolute paths become {@code file:} URIs.
     */
    static String uri(String path) {
        String slashed = path.replace(File.separatorChar, '/');
        if (slashed.startsWith("/")) {
            return "file://" + escape(slashed);
        }
        if (WINDOWS_DRIVE.matcher(slashed).matches()) {
            return "file:///" + slashed.substring(0, 2) + escape(slashed.substring(2));
        }
        return escape(slashed);
    }

    /** As {@link #uri}, a relative path first put under the base directory, if there is one. */
    private String uriOf(String path) {
        String uri = uri(path);
        return baseDirectory.isEmpty() || uri.startsWith("file:") ? uri : uri(baseDirectory + "/" + path);
    }

    private static String escape(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static void writeText(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static void writePositive(JsonGenerator json, String field, int value) throws IOException {
        if (value > 0) {
            json.writeNumberField(field, value);
        }
    }
}
