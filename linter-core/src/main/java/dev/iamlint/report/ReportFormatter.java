package dev.iamlint.report;

import dev.iamlint.lint.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Renders a lint run's result (findings, files, requirement checks) in one format; writes only to the writer it is given. */
public interface ReportFormatter {

    void write(LintResult result, Writer out) throws IOException;
}
