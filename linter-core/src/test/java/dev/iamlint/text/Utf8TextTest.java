package dev.iamlint.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8TextTest {

    @Test
    void decodesUtf8AsItIs() throws Utf8Text.MalformedException {
        String text = "{\"Sid\": \"café ✓ \uD83D\uDE80\"}\r\n";

        assertEquals(text, Utf8Text.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsAByteOrderMark() throws Utf8Text.MalformedException {
        assertEquals("{}", Utf8Text.decode(bytes("EFBBBF", "{}")));
        assertEquals("", Utf8Text.decode(bytes("EFBBBF")));
    }

    @Test
    void keepsAReplacementCharacterTheInputHolds() throws Utf8Text.MalformedException {
        assertEquals("a\uFFFDb", Utf8Text.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
    }

    /** Each row: the text before the bad bytes, the bad bytes in hex, where the error puts them. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "''            | FF     | not valid UTF-8 at line 1, column 1 (byte 0xFF at offset 0)",
        "ab            | 80     | not valid UTF-8 at line 1, column 3 (byte 0x80 at offset 2)",
        "'ab\\ncd'     | E9     | not valid UTF-8 at line 2, column 3 (byte 0xE9 at offset 5)",
        "'a\\r\\nb'    | C0 80  | not valid UTF-8 at line 2, column 2 (byte 0xC0 at offset 4)",
        "'a\\rb\\rc'   | ED A0 80 | not valid UTF-8 at line 3, column 2 (byte 0xED at offset 5)",
        "'é'           | C3     | not valid UTF-8 at line 1, column 2 (byte 0xC3 at offset 2)",
        "'\uFEFFab'    | FE     | not valid UTF-8 at line 1, column 3 (byte 0xFE at offset 5)",
    })
    void saysWhereTheFirstBytesThatAreNotUtf8Are(String before, String bad, String message) {
        byte[] input = bytes(bad.replace(" ", ""), "");
        byte[] prefix = before.replace("\\n", "\n").replace("\\r", "\r").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(prefix);
        all.writeBytes(input);
        all.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

        Utf8Text.MalformedException error = assertThrows(Utf8Text.MalformedException.class, () -> Utf8Text.decode(all.toByteArray()));

        assertEquals(message, error.getMessage());
    }

    /** The fast decoding with its strict fallback accepts exactly what a strict decoder accepts, and gives the same text. */
    @Property
    void agreesWithAStrictDecoder(@ForAll byte[] bytes) {
        String strict;
        try {
            strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            assertThrows(Utf8Text.MalformedException.class, () -> Utf8Text.decode(bytes));
            return;
        }
        String expected = strict.startsWith("\uFEFF") ? strict.substring(1) : strict;
        assertEquals(expected, assertDoesNotThrow(() -> Utf8Text.decode(bytes)));
    }

    private static byte[] bytes(String hex, String... after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HexFormat.of().parseHex(hex));
        for (String text : after) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
