package dev.iamlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFoldingTest {

    private static final List<String> TEXTS = List.of("ecr:BatchGetImage", "ECR:BATCHGETIMAGE", "ecr:batchgetimage",
            "aws:PrincipalTag/Team", "İstanbul", "istanbul", "ıstanbul", "STRASSE", "straße", "Σίσυφος", "σίσυφοσ", "ΣΊΣΥΦΟΣ", "");

    @Test
    void textsFoldAlikeExactlyWhenEqualsIgnoreCaseSaysSo() {
        for (String a : TEXTS) {
            for (String b : TEXTS) {
                assertEquals(a.equalsIgnoreCase(b), CaseFolding.fold(a).equals(CaseFolding.fold(b)), a + " ~ " + b);
            }
        }
    }

    @Test
    void charactersFoldAsTheirTexts() {
        for (char c = 0; c < 0x600; c++) {
            assertEquals(String.valueOf(CaseFolding.fold(c)), CaseFolding.fold(String.valueOf(c)), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void lowerCaseAsciiIsItsOwnFolding() {
        String text = "ecr:batchgetimage";
        assertSame(text, CaseFolding.fold(text));
    }
}
