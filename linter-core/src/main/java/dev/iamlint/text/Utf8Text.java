package dev.iamlint.text;

import dev.iamlint.source.SourceRange;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An input file's bytes as text, as the CLI and the Maven goal read every input: strict UTF-8
 * (IAM takes nothing else), without a byte order mark. Bytes that are not UTF-8 are an error
 * that says where the first of them is, as the line and column an editor shows.
 */
public final class Utf8Text {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /** The bytes that are not UTF-8, and where: line and column (1-based) of the text before them. */
    public static final class MalformedException extends IOException {

        private static final long serialVersionUID = 1L;

        MalformedException(SourceRange at, int offset, int value) {
            super("not valid UTF-8 at line " + at.line() + ", column " + at.column()
                    + String.format(" (byte 0x%02X at offset %d)", value, offset));
        }
    }

    /** The text of an input file's bytes. */
    public static String decode(byte[] bytes) throws MalformedException {
        // The JDK's own decoding is the fastest but replaces what is not UTF-8: only a replacement
        // character in its result (which the input may also hold as such) calls for the strict, slower check.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0) {
            checkStrictly(bytes);
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static void checkStrictly(byte[] bytes) throws MalformedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, decoded, true);
        if (result.isError()) {
            decoded.flip();
            // Positions are the text's without its byte order mark, as the parsers see it.
            boolean mark = decoded.length() > 0 && decoded.charAt(0) == BYTE_ORDER_MARK;
            CharSequence before = mark ? decoded.subSequence(1, decoded.length()) : decoded;
            throw new MalformedException(SourceRange.at(before, before.length()), in.position(), bytes[in.position()] & 0xff);
        }
    }
}
