package dev.iamlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.lint.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastRunTest {

    private static final List<String> SETTINGS = List.of("pluginVersion=0.1.0", "failOn=error", "require=ecr-pull");
    private static final List<SourceText> INPUTS = List.of(new SourceText("infra/a.template.json", "{\"Resources\":{}}"),
            new SourceText("src/main/iam/p.json", "{\"Version\":\"2012-10-17\"}"));

    @Test
    void sameSettingsAndInputsGiveTheSameDigest() {
        assertEquals(LastRun.digest(SETTINGS, INPUTS), LastRun.digest(List.copyOf(SETTINGS), List.copyOf(INPUTS)));
    }

    @Test
    void anyChangedSettingPathOrTextChangesTheDigest() {
        String digest = LastRun.digest(SETTINGS, INPUTS);
        assertNotEquals(digest, LastRun.digest(List.of("pluginVersion=0.1.0", "failOn=warning", "require=ecr-pull"), INPUTS));
        assertNotEquals(digest, LastRun.digest(List.of("pluginVersion=0.1.1", "failOn=error", "require=ecr-pull"), INPUTS));
        assertNotEquals(digest, LastRun.digest(SETTINGS, List.of(INPUTS.get(0),
                new SourceText("src/main/iam/q.json", INPUTS.get(1).text()))));
        assertNotEquals(digest, LastRun.digest(SETTINGS, List.of(INPUTS.get(0),
                new SourceText(INPUTS.get(1).path(), "{\"Version\":\"2012-10-17\" }"))));
        assertNotEquals(digest, LastRun.digest(SETTINGS, INPUTS.subList(0, 1)));
    }

    @Test
    void anEditThatKeepsTheLengthChangesTheDigest() {
        String text = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecr:GetAuthorizationToken\",\"Resource\":\"*\"}]}";
        String digest = LastRun.digest(SETTINGS, List.of(new SourceText("p.json", text)));
        for (int i = 0; i < text.length(); i++) {
            char[] edited = text.toCharArray();
            edited[i] = (char) (edited[i] ^ 1);
            assertNotEquals(digest, LastRun.digest(SETTINGS, List.of(new SourceText("p.json", new String(edited)))), "edit at " + i);
        }
    }

    @Test
    void textMovedAcrossABoundaryChangesTheDigest() {
        assertNotEquals(LastRun.digest(List.of(), List.of(new SourceText("a.json", "{}"))),
                LastRun.digest(List.of(), List.of(new SourceText("a.json{", "}"))));
        assertNotEquals(LastRun.digest(List.of("a", "b"), List.of()), LastRun.digest(List.of("ab"), List.of()));
        assertNotEquals(LastRun.digest(List.of("x"), List.of(new SourceText("y", "z"))),
                LastRun.digest(List.of("x", "y", "z"), List.of()));
    }

    @Test
    void aRecordedDigestMatchesWhileTheReportsAreThere(@TempDir Path output) throws IOException {
        Path report = Files.writeString(output.resolve("iamlint.sarif"), "{}");
        LastRun lastRun = LastRun.in(output.resolve("nested"));
        String digest = LastRun.digest(SETTINGS, INPUTS);
        assertFalse(lastRun.matches(digest, List.of(report)), "nothing recorded yet");

        lastRun.record(digest);
        assertTrue(lastRun.matches(digest, List.of(report)));
        assertFalse(lastRun.matches(LastRun.digest(SETTINGS, List.of()), List.of(report)), "another digest");
        assertFalse(lastRun.matches(digest, List.of(report, output.resolve("iamlint.json"))), "a report is missing");
    }

    @Test
    void aForgottenRunMatchesNothing(@TempDir Path output) throws IOException {
        LastRun lastRun = LastRun.in(output);
        String digest = LastRun.digest(SETTINGS, INPUTS);
        lastRun.record(digest);
        lastRun.forget();
        assertFalse(Files.exists(output.resolve(LastRun.FILE_NAME)));
        assertFalse(lastRun.matches(digest, List.of()));
        lastRun.forget();
    }
}
