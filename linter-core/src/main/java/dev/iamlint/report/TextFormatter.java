package dev.iamlint.report;

import dev.iamlint.lint.LintResult;
import dev.iamlint.requirement.PermissionResult;
import dev.iamlint.requirement.RequirementResult;
import dev.iamlint.requirement.RequirementStatus;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.Fix;
import dev.iamlint.source.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * The report for people, compiler style, so that editors and terminals link each finding to its
 * place: {@code path:line:col: severity ID message}, the fix indented below it, each requirement
 * check, and a summary line. All text from inputs passes through {@link TerminalSafe}; colour
 * (ANSI) only when asked for.
 */
public final class TextFormatter implements ReportFormatter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private final boolean colour;

    /** @param colour whether to colour severities and locations, for a terminal that shows ANSI colours */
    public TextFormatter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (Finding finding : result.findings()) {
            writeFinding(finding, out);
        }
        for (RequirementResult requirement : result.requirements()) {
            writeRequirement(requirement, out);
        }
        if (!result.findings().isEmpty() || !result.requirements().isEmpty()) {
            out.write('\n');
        }
        out.write(count(result.count(Severity.ERROR), "error") + ", " + count(result.count(Severity.WARNING), "warning")
                + ", " + count(result.count(Severity.NOTE), "note") + " in " + count(result.lintedFiles(), "file") + "\n");
    }

    private void writeFinding(Finding finding, Writer out) throws IOException {
        String location = finding.range().line() > 0 ? finding.path() + ":" + finding.range().start() : finding.path();
        out.write(styled(BOLD, safe(location) + ":") + " " + styled(colourOf(finding.severity()), Levels.of(finding.severity()))
                + " " + finding.ruleId() + " " + safe(finding.message()) + "\n");
        if (finding.fix().isPresent()) {
            Fix fix = finding.fix().get();
            out.write("    fix: " + safe(fix.description()) + "\n");
            for (Fix.Option option : fix.options()) {
                out.write("      " + safe(option.title()) + ":\n");
                for (String line : option.content().stripTrailing().split("\\R")) {
                    out.write(line.isEmpty() ? "\n" : "        " + safe(line) + "\n");
                }
            }
        }
    }

    private void writeRequirement(RequirementResult requirement, Writer out) throws IOException {
        Severity colourAs = requirement.status() == RequirementStatus.SATISFIED ? Severity.NOTE : Severity.ERROR;
        out.write("requirement " + safe(requirement.requirement()) + " for " + safe(requirement.subject()) + ": "
                + styled(colourOf(colourAs), requirement.status().label()) + "\n");
        for (PermissionResult permission : requirement.missing()) {
            String onlyIf = permission.status() == RequirementStatus.CONDITIONAL ? " (only if " + OnlyIf.phrase(permission) + ")" : "";
            out.write("    " + permission.status().label() + ": " + safe(permission.action()) + " on "
                    + safe(permission.resource()) + safe(onlyIf) + "\n");
        }
    }

    private String styled(String style, String text) {
        return colour ? style + text + RESET : text;
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case NOTE -> "\u001b[1;36m";
        };
    }

    private static String safe(String text) {
        return TerminalSafe.printable(text);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
