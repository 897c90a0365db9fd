package dev.iamlint.config;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.iamlint.json.JsonArray;
import dev.iamlint.json.JsonLimits;
import dev.iamlint.json.JsonMembers;
import dev.iamlint.json.JsonNumber;
import dev.iamlint.json.JsonReadException;
import dev.iamlint.json.JsonReader;
import dev.iamlint.json.JsonString;
import dev.iamlint.json.JsonValue;
import dev.iamlint.report.JsonOutput;
import dev.iamlint.rules.Finding;
import dev.iamlint.text.InvalidInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A file of accepted findings, by fingerprint: {@code {"version": 1, "findings": [{fingerprint,
 * ruleId, path, message}]}}, sorted by path, rule and fingerprint so that it diffs well. Only
 * fingerprints count when reading; the other fields are for the people who review it. Findings
 * match ignoring line numbers, and a fixed finding simply no longer matches. Callers read and
 * write the file; this only sees its text.
 */
public final class Baseline {

    public static final int VERSION = 1;

    // A baseline is the project's own file and grows with its findings: no size limit but the depth.
    private static final JsonReader JSON = new JsonReader(new JsonLimits(Integer.MAX_VALUE, 8, Integer.MAX_VALUE));
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::fingerprint);

    private Baseline() {}

    /**
     * The fingerprints a baseline accepts.
     *
     * @param path the file's path as messages name it
     * @throws InvalidInputException if the text is not a baseline; its reason says why, e.g.
     *     {@code expected "version": 1}
     */
    public static Set<String> read(String text, String path) {
        JsonValue root;
        try {
            root = JSON.read(text);
        } catch (JsonReadException e) {
            throw new InvalidInputException(path, e.range(), "invalid JSON at " + e.range().start() + ": "
                    + e.getMessage().replaceFirst("^malformed JSON: ", ""));
        }
        Optional<JsonValue> version = JsonMembers.member(root, "version");
        if (version.isEmpty() || !(version.get() instanceof JsonNumber number) || !number.raw().equals(Integer.toString(VERSION))) {
            throw new InvalidInputException(path, version.orElse(root).range(), "expected \"version\": " + VERSION);
        }
        Optional<JsonValue> findings = JsonMembers.member(root, "findings");
        if (findings.isEmpty() || !(findings.get() instanceof JsonArray list)) {
            throw new InvalidInputException(path, findings.orElse(root).range(), "expected a \"findings\" list");
        }
        Set<String> fingerprints = new HashSet<>();
        for (JsonValue finding : list.elements()) {
            Optional<JsonValue> fingerprint = JsonMembers.member(finding, "fingerprint");
            if (fingerprint.isEmpty() || !(fingerprint.get() instanceof JsonString value)) {
                throw new InvalidInputException(path, finding.range(), "every finding needs a \"fingerprint\" string");
            }
            fingerprints.add(value.value());
        }
        return fingerprints;
    }

    /** What a baseline of {@code findings} lists: one finding per fingerprint, in file order. */
    public static List<Finding> entries(List<Finding> findings) {
        TreeMap<String, Finding> byFingerprint = new TreeMap<>();
        findings.forEach(f -> byFingerprint.putIfAbsent(f.fingerprint(), f));
        return byFingerprint.values().stream().sorted(ORDER).toList();
    }

    /** The text of a baseline that accepts {@code findings} (its {@link #entries}), ending with a newline. */
    public static String write(List<Finding> findings) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonOutput.prettyGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("findings");
            for (Finding finding : entries(findings)) {
                json.writeStartObject();
                json.writeStringField("fingerprint", finding.fingerprint());
                json.writeStringField("ruleId", finding.ruleId());
                json.writeStringField("path", finding.path());
                json.writeStringField("message", finding.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.append('\n').toString();
    }
}
