package dev.iamlint.rules.validity;

import dev.iamlint.eval.UnknownValues;

/**
 * What rules may rely on in a value with {@linkplain UnknownValues unknown parts} (markers such as
 * {@code ${unknown:AWS::Region}}, which stand for any text, colons included): a check that needs
 * the concrete text skips such a value, and one that holds whatever fills the markers reads only
 * the text around them.
 */
public final class KnownText {

    private KnownText() {
    }

    /** The text before the first marker, which every value the text stands for starts with; all of it when it has none. */
    public static String prefix(String text) {
        int at = text.indexOf(UnknownValues.PREFIX);
        return at < 0 ? text : text.substring(0, at);
    }

    /** The text with its markers left out: the characters that every value it stands for has. */
    public static String withoutMarkers(String text) {
        StringBuilder known = new StringBuilder(text.length());
        int from = 0;
        int at = text.indexOf(UnknownValues.PREFIX);
        while (at >= 0) {
            known.append(text, from, at);
            int close = text.indexOf('}', at);
            from = close < 0 ? text.length() : close + 1;
            at = close < 0 ? -1 : text.indexOf(UnknownValues.PREFIX, from);
        }
        return known.append(text, from, text.length()).toString();
    }

    /** The text as a pattern of every value it may stand for: markers become {@code *}; text without one stays as it is. */
    public static String pattern(String text) {
        return UnknownValues.contains(text) ? UnknownValues.open(text) : text;
    }
}
