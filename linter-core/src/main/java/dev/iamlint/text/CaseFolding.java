package dev.iamlint.text;

import java.util.Locale;

/**
 * The folding under which two texts are equal exactly when {@link String#equalsIgnoreCase} says
 * so, as IAM compares action and condition key names: each character upper-cased, then
 * lower-cased. ASCII, nearly all the text iamlint folds, is folded without the Unicode tables.
 */
public final class CaseFolding {

    private CaseFolding() {
    }

    public static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The text folded; the text itself when it has no capital. */
    public static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }
}
