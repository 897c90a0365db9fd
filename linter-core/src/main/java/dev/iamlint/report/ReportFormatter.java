package dev.iamlint.report;

import dev.iamlint.lint.LintResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Renders a lint run's result (findings, files, requirement checks) in one format; writes only to
 * the writer or stream it is given, and leaves it open.
 */
public interface ReportFormatter {

    void write(LintResult result, Writer out) throws IOException;

    /** Writes the report as UTF-8 (a file's bytes); formats that can encode directly do. */
    default void write(LintResult result, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(result, writer);
        writer.flush();
    }
}
