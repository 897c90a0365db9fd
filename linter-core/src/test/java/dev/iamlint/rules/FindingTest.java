package dev.iamlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.iamlint.parse.ProblemCode;
import dev.iamlint.source.SourceRange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static Finding finding(String message, int line) {
        return new Finding(RuleDescriptor.of(ProblemCode.MALFORMED_JSON), ProblemCode.MALFORMED_JSON.severity(), message,
                "policies/a.json", SourceRange.at(line, 3), "/Statement/0", Optional.empty());
    }

    @Test
    void fingerprintIsTheTruncatedSha256OfRulePathPointerAndMessage() {
        // Baselines store fingerprints: this value must never change.
        assertEquals("abfb7fff8d695ecda748db3443ab15ee", finding("malformed JSON: unexpected end", 1).fingerprint());
    }

    @Test
    void fingerprintIgnoresLinesAndWhitespaceRuns() {
        String fingerprint = finding("malformed JSON: unexpected end", 1).fingerprint();
        assertEquals(fingerprint, finding("malformed JSON: unexpected end", 40).fingerprint());
        assertEquals(fingerprint, finding(" malformed \t JSON:\r\n unexpected\u000Bend\f", 1).fingerprint());
        assertNotEquals(fingerprint, finding("malformed JSON: unexpected  end.", 1).fingerprint());
        assertNotEquals(fingerprint, finding("malformed JSON:unexpected end", 1).fingerprint());
    }
}
