package dev.iamlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.iamlint.lint.FileResult;
import dev.iamlint.lint.LintResult;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.requirement.RequirementStatus;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.Fix;
import dev.iamlint.source.Severity;
import java.io.IOException;
import java.util.Optional;

/**
 * The report as one JSON object for scripts:
 * {@code {"files": [...], "findings": [...], "requirements": [...], "summary": {...}, "warnings": [...]}},
 * where {@code warnings} are the messages about the request rather than an input (a principal
 * selector that matches nothing) and {@code summary.warnings} counts the findings of severity
 * warning. Keys are sorted in every object and absent values are {@code null}, so that the output
 * is stable and diffable.
 */
public final class JsonFormatter extends JsonReport {

    @Override
    void write(LintResult result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("files");
        for (FileResult file : result.files()) {
            writeFile(json, file);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (Finding finding : result.findings()) {
            writeFinding(json, finding);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("requirements");
        for (RequirementResult requirement : result.requirements()) {
            writeRequirement(json, requirement);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("errors", result.count(Severity.ERROR));
        json.writeNumberField("notes", result.count(Severity.NOTE));
        json.writeNumberField("warnings", result.count(Severity.WARNING));
        json.writeEndObject();
        json.writeArrayFieldStart("warnings");
        for (String warning : result.warnings()) {
            json.writeString(warning);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeFile(JsonGenerator json, FileResult file) throws IOException {
        json.writeStartObject();
        writeOptional(json, "error", file.error());
        json.writeStringField("kind", file.kind().text());
        json.writeStringField("path", file.path());
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeNumberField("column", finding.range().column());
        json.writeNumberField("endColumn", finding.range().endColumn());
        json.writeNumberField("endLine", finding.range().endLine());
        json.writeFieldName("fix");
        writeFix(json, finding.fix());
        json.writeNumberField("line", finding.range().line());
        json.writeStringField("message", finding.message());
        json.writeStringField("path", finding.path());
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("severity", Levels.of(finding.severity()));
        json.writeEndObject();
    }

    /** {@code {"description": ..., "options": [{"content": ..., "title": ...}]}}, or null; SARIF uses it too. */
    static void writeFix(JsonGenerator json, Optional<Fix> fix) throws IOException {
        if (fix.isEmpty()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("description", fix.get().description());
        json.writeArrayFieldStart("options");
        for (Fix.Option option : fix.get().options()) {
            json.writeStartObject();
            json.writeStringField("content", option.content());
            json.writeStringField("title", option.title());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeRequirement(JsonGenerator json, RequirementResult requirement) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("missing");
        for (PermissionResult permission : requirement.missing()) {
            json.writeStartObject();
            json.writeStringField("action", permission.action());
            json.writeStringField("reason", reason(permission));
            json.writeStringField("resource", permission.resource());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("requirement", requirement.requirement());
        json.writeStringField("status", requirement.status().label());
        json.writeStringField("subject", requirement.subject());
        json.writeEndObject();
    }

    /** Why a permission is missing: the error AWS would give, after what a conditional one hangs on. */
    static String reason(PermissionResult permission) {
        String error = permission.error().orElseThrow(() -> new IllegalStateException("a missing permission has its AWS error"));
        if (permission.status() != RequirementStatus.CONDITIONAL) {
            return error;
        }
        return "allowed only if " + OnlyIf.phrase(permission) + "; otherwise: " + error;
    }

    private static void writeOptional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }
}
