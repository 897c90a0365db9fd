package dev.iamlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.iamlint.lint.LintResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** A report that is one JSON document in {@link JsonOutput}'s layout, ending with a line break. */
abstract class JsonReport implements ReportFormatter {

    @Override
    public final void write(LintResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.prettyGenerator(out)) {
            write(result, json);
            json.writeRaw('\n');
        }
    }

    @Override
    public final void write(LintResult result, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonOutput.prettyGenerator(out)) {
            write(result, json);
            json.writeRaw('\n');
        }
    }

    /** Writes the document's value. */
    abstract void write(LintResult result, JsonGenerator json) throws IOException;
}
