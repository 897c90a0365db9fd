package dev.iamlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.lint.LintResult;
import dev.iamlint.rules.Finding;
import dev.iamlint.rules.Fix;
import dev.iamlint.source.Severity;
import dev.iamlint.source.SourceRange;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextFormatterTest {

    private static String text(LintResult result, boolean colour) throws IOException {
        StringWriter out = new StringWriter();
        new TextFormatter(colour).write(result, out);
        return out.toString();
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("report.txt", text(SampleReport.build(), false));
    }

    @Test
    void findingLinesAreCompilerStyle() throws IOException {
        List<String> lines = text(SampleReport.build(), false).lines().toList();

        assertTrue(lines.contains("policies/team a/admin.json:7:23: error IAM201 \"Action\": \"*\" allows every action of"
                + " every AWS service; list the actions this principal needs"), () -> String.join("\n", lines));
        assertTrue(lines.contains("policies/team a/admin.json: note IAM901 a message with ?[31m an escape"),
                "a finding without a position names only the path");
        assertEquals("2 errors, 1 warning, 1 note in 5 files", lines.get(lines.size() - 1));
    }

    @Test
    void aPermissionConditionalOnUnknownValuesNamesThem() throws IOException {
        List<String> lines = text(SampleReport.pulling("unknown-region-pull.json"), false).lines().toList();

        assertTrue(lines.contains("    conditional: ecr:BatchGetImage on arn:aws:ecr:us-east-1:111122223333:repository/team/app"
                + " (only if AWS::Region and AWS::AccountId are what the targets need)"), () -> String.join("\n", lines));
    }

    @Test
    void withoutColourThereIsNoEscapeCharacterAtAll() throws IOException {
        assertFalse(text(SampleReport.build(), false).contains("\u001b"));
    }

    @Test
    void colourMarksSeveritiesAndLocationsOnly() throws IOException {
        String coloured = text(SampleReport.build(), true);

        assertTrue(coloured.contains("\u001b[1mpolicies/team a/admin.json:7:23:\u001b[0m \u001b[1;31merror\u001b[0m IAM201 "),
                coloured);
        assertTrue(coloured.contains("\u001b[1;33mwarning\u001b[0m IAM003 "), coloured);
        assertTrue(coloured.contains("\u001b[1;36mnote\u001b[0m IAM901 "), coloured);
        // The input's own escape sequence is neutralised; only iamlint's styles remain.
        assertFalse(coloured.replaceAll("\u001b\\[[0-9;]*m", "").contains("\u001b"));
    }

    @Test
    void fixContentIsIndentedWithoutTrailingBlanks() throws IOException {
        Finding finding = new Finding(SampleReport.FIX_RULE, Severity.NOTE, "m", "a.json", SourceRange.at(2, 3), "/Statement",
                Optional.of(new Fix("d", List.of(new Fix.Option("t", "{\n\n  \"Version\": \"2012-10-17\"\n}\n")))));

        assertEquals(List.of("a.json:2:3: note IAM901 m", "    fix: d", "      t:", "        {", "", "          \"Version\": \"2012-10-17\"",
                        "        }", "", "0 errors, 0 warnings, 1 note in 0 files"),
                text(new LintResult(List.of(finding), List.of(), List.of()), false).lines().toList());
    }

    @Test
    void emptyReportIsOnlyTheSummary() throws IOException {
        assertEquals("0 errors, 0 warnings, 0 notes in 0 files\n",
                text(new LintResult(List.of(), List.of(), List.of()), false));
    }
}
