package dev.iamlint.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Parts of policy text that the input does not determine, such as a CloudFormation template's
 * {@code ${AWS::AccountId}} when no account was given: written into the text as a marker
 * {@code ${unknown:NAME}}, where NAME says what is unknown ({@code AWS::AccountId}, a parameter,
 * {@code Repo.Arn}).
 *
 * <p>The evaluator treats a marker as standing for any text, colons included, in every element:
 * an Action, Resource, NotResource or Principal value holding one matches {@link Tri#UNKNOWN}
 * where some text in its place could match and {@link Tri#FALSE} where none could, and a
 * condition with one in its key or values is UNKNOWN. So no Allow and no certain Deny ever
 * depends on an unknown part, and {@link EvaluationResult#unknownValues()} names the markers a
 * conditional result hangs on. The {@code unknown:} prefix keeps markers apart from text the
 * input writes literally: {@code ${AWS::Region}} outside {@code Fn::Sub} is literal text to IAM
 * and matches as such; text that happens to spell a marker is only ever taken as unknown, which
 * is sound.
 */
public final class UnknownValues {

    /** What every marker starts with. */
    public static final String PREFIX = "${unknown:";

    private UnknownValues() {}

    /**
     * The marker of an unknown named {@code name}; characters that would end or break the marker
     * (braces, {@code $}, quotes, commas, white space) become {@code _}.
     */
    public static String marker(String name) {
        StringBuilder marker = new StringBuilder(PREFIX.length() + name.length() + 1).append(PREFIX);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            marker.append(c == '{' || c == '}' || c == '$' || c == '\'' || c == ',' || Character.isWhitespace(c) ? '_' : c);
        }
        return marker.append('}').toString();
    }

    /** Whether {@code text} holds a marker (an unclosed one included). */
    public static boolean contains(String text) {
        // Nearly every text has no '$': one character search settles those.
        return text.indexOf('$') >= 0 && text.contains(PREFIX);
    }

    /** The names of the markers in {@code text}, in order, repeats included. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        int at = text.indexOf(PREFIX);
        while (at >= 0) {
            int close = text.indexOf('}', at);
            int end = close < 0 ? text.length() : close;
            names.add(text.substring(at + PREFIX.length(), end));
            at = close < 0 ? -1 : text.indexOf(PREFIX, close);
        }
        return names;
    }

    /**
     * {@code text} as a glob of everything it could stand for: each marker, and each other
     * {@code ${…}} (a policy variable, whatever its position), becomes {@code *}.
     */
    public static String open(String text) {
        StringBuilder open = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int close = text.startsWith("${", i) ? text.indexOf('}', i) : -1;
            if (close >= 0) {
                open.append('*');
                i = close + 1;
            } else if (text.startsWith(PREFIX, i)) {
                open.append('*');
                i = text.length();
            } else {
                open.append(text.charAt(i++));
            }
        }
        return open.toString();
    }
}
