package dev.iamlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalSafeTest {

    @Test
    void replacesEveryControlCharacter() {
        assertEquals("a?[2Jb?c?d?e", TerminalSafe.printable("a\u001b[2Jb\nc\td\u009be"));
    }

    @Test
    void returnsPrintableTextUnchanged() {
        String text = "arn:aws:ecr:us-east-1:111122223333:repository/team/app ä €";
        assertSame(text, TerminalSafe.printable(text));
    }
}
