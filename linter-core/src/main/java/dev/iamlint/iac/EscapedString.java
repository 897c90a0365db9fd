package dev.iamlint.iac;

import dev.iamlint.source.SourceRange;
import java.util.Arrays;

/**
 * A JSON string token as written in a file, decoded, with the file offset of every decoded char,
 * so that positions found inside the decoded text (a policy held as a string in a Terraform plan)
 * are reported where the user sees the characters: {@code \"} in the file is one char of content.
 */
final class EscapedString {

    private final String decoded;
    private final SourceLines decodedLines;
    /** offsets[i] is the file offset where decoded char i is written; the last entry is the closing quote. */
    private final int[] offsets;
    private final SourceLines fileLines;

    private EscapedString(String decoded, int[] offsets, SourceLines fileLines) {
        this.decoded = decoded;
        this.decodedLines = new SourceLines(decoded);
        this.offsets = offsets;
        this.fileLines = fileLines;
    }

    /** The string token whose opening quote is at {@code range}'s start in {@code file}. */
    static EscapedString of(String file, SourceLines fileLines, SourceRange range) {
        int i = fileLines.offset(range.line(), range.column()) + 1;
        int closingQuote = fileLines.offset(range.endLine(), range.endColumn()) - 1;
        StringBuilder decoded = new StringBuilder(closingQuote - i);
        int[] offsets = new int[closingQuote - i + 1];
        while (i < closingQuote) {
            offsets[decoded.length()] = i;
            char c = file.charAt(i);
            if (c != '\\') {
                decoded.append(c);
                i++;
                continue;
            }
            char escape = file.charAt(i + 1);
            if (escape == 'u') {
                decoded.append((char) Integer.parseInt(file.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                decoded.append(switch (escape) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> escape; // \" \\ \/
                });
                i += 2;
            }
        }
        offsets[decoded.length()] = closingQuote;
        return new EscapedString(decoded.toString(), Arrays.copyOf(offsets, decoded.length() + 1), fileLines);
    }

    String decoded() {
        return decoded;
    }

    /** A range in the decoded text as the range of the same characters in the file. */
    SourceRange inFile(SourceRange decodedRange) {
        return decodedLines.translate(decodedRange, offsets, fileLines);
    }
}
