package dev.iamlint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iamlint.report.JsonOutput;
import dev.iamlint.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A file of accepted findings, by fingerprint: {@code {"version": 1, "findings": [{fingerprint,
 * ruleId, path, message}]}}, sorted by path, rule and fingerprint so that it diffs well. Only
 * fingerprints count when reading; the other fields are for the people who review it. Findings
 * match ignoring line numbers, and a fixed finding simply no longer matches.
 */
final class Baseline {

    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::fingerprint);

    private Baseline() {}

    /** @throws InputException if the file cannot be read or is not a baseline */
    static Set<String> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw notABaseline(file, "invalid JSON at " + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw InputException.error("--baseline " + file + ": " + PolicyFiles.reason(e));
        }
        if (root == null || !root.path("version").isInt() || root.get("version").asInt() != VERSION) {
            throw notABaseline(file, "expected \"version\": " + VERSION);
        }
        if (!root.path("findings").isArray()) {
            throw notABaseline(file, "expected a \"findings\" list");
        }
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode finding : root.get("findings")) {
            if (!finding.path("fingerprint").isTextual()) {
                throw notABaseline(file, "every finding needs a \"fingerprint\" string");
            }
            fingerprints.add(finding.get("fingerprint").asText());
        }
        return fingerprints;
    }

    /** Writes the findings' fingerprints, one entry per fingerprint, and returns how many entries it wrote. */
    static int write(Path file, List<Finding> findings) throws IOException {
        TreeMap<String, Finding> byFingerprint = new TreeMap<>();
        findings.forEach(f -> byFingerprint.putIfAbsent(f.fingerprint(), f));
        List<Finding> entries = byFingerprint.values().stream().sorted(ORDER).toList();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonGenerator json = JsonOutput.prettyGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("findings");
            for (Finding finding : entries) {
                json.writeStartObject();
                json.writeStringField("fingerprint", finding.fingerprint());
                json.writeStringField("ruleId", finding.ruleId());
                json.writeStringField("path", finding.path());
                json.writeStringField("message", finding.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }
        return entries.size();
    }

    private static InputException notABaseline(Path file, String why) {
        return InputException.error("--baseline " + file + ": not an iamlint baseline: " + why);
    }
}
