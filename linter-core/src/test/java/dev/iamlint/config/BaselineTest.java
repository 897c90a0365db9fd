package dev.iamlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.iamlint.rules.Finding;
import dev.iamlint.rules.RuleDescriptor;
import dev.iamlint.rules.security.AllActions;
import dev.iamlint.source.SourceRange;
import dev.iamlint.text.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Baselines as text: what is written is read back, and what is no baseline says why. */
class BaselineTest {

    private static final Path BASELINES = Path.of("src", "test", "resources", "config", "baseline");
    private static final RuleDescriptor ALL_ACTIONS = RuleDescriptor.of(AllActions.class);

    @Test
    void writtenFindingsAreReadBackOneEntryPerFingerprintSortedByPath() {
        Finding b = finding("b.json", "/Statement/0");
        Finding a = finding("a.json", "/Statement/1");

        String text = Baseline.write(List.of(b, a, b));

        assertEquals(List.of(a, b), Baseline.entries(List.of(b, a, b)));
        assertEquals(Set.of(a.fingerprint(), b.fingerprint()), Baseline.read(text, "baseline.json"));
        assertEquals("""
                {
                  "version": 1,
                  "findings": [
                    {
                      "fingerprint": "%s",
                      "ruleId": "IAM201",
                      "path": "a.json",
                      "message": "all actions"
                    },
                    {
                      "fingerprint": "%s",
                      "ruleId": "IAM201",
                      "path": "b.json",
                      "message": "all actions"
                    }
                  ]
                }
                """.formatted(a.fingerprint(), b.fingerprint()), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no-version.json | 1:1 | expected \"version\": 1",
        "bare-fingerprint.json | 3:16 | every finding needs a \"fingerprint\" string",
        "malformed.json | 2:15 | invalid JSON at 2:15: ",
    })
    void whatIsNoBaselineSaysWhyAndWhere(String file, String position, String reason) throws IOException {
        Path path = BASELINES.resolve(file);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Baseline.read(Files.readString(path), path.toString()));

        assertEquals(position, e.line() + ":" + e.column(), e::getMessage);
        assertTrue(e.reason().startsWith(reason), e::getMessage);
    }

    private static Finding finding(String path, String pointer) {
        return new Finding(ALL_ACTIONS, ALL_ACTIONS.severity(), "all actions", path, new SourceRange(1, 1, 1, 2), pointer, Optional.empty());
    }
}
