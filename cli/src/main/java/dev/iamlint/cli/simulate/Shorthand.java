package dev.iamlint.cli.simulate;

import dev.iamlint.cli.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS CLI's shorthand syntax for a structure, e.g.
 * {@code ContextKeyName=aws:SourceIp,ContextKeyValues=10.0.0.1,10.0.0.2,ContextKeyType=ipList}.
 *
 * <p>The grammar follows the AWS CLI's shorthand parser: comma-separated {@code key=value}
 * pairs, where a value is a scalar, a comma-separated list that ends where the next
 * {@code key=} begins, an explicit {@code [list]} or a {@code {hash}}; values may be single- or
 * double-quoted, and {@code \,} is a literal comma. A value is a {@code String}, a
 * {@code List} or a {@code Map}.
 */
final class Shorthand {

    private final String option;
    private final String input;
    private int index;

    private Shorthand(String option, String input) {
        this.option = option;
        this.input = input;
    }

    /** Parses one shorthand value given to {@code option}. */
    static Map<String, Object> parse(String option, String input) {
        return new Shorthand(option, input).parameter();
    }

    /** Thrown inside the parser; the list parser backtracks on it, as the AWS CLI's does. */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private Map<String, Object> parameter() {
        try {
            Map<String, Object> params = new LinkedHashMap<>();
            keyValue(params);
            while (!atEnd()) {
                expect(',', true);
                keyValue(params);
            }
            return params;
        } catch (SyntaxError e) {
            throw InputException.error(option + ": " + e.getMessage() + " in shorthand value: " + input);
        }
    }

    private void keyValue(Map<String, Object> into) {
        String key = key();
        expect('=', true);
        into.put(key, values());
    }

    private String key() {
        int start = index;
        while (!atEnd() && isKeyChar(input.charAt(index))) {
            index++;
        }
        return input.substring(start, index);
    }

    private Object values() {
        if (atEnd()) {
            return "";
        }
        return switch (input.charAt(index)) {
            case '[' -> explicitList();
            case '{' -> hash();
            default -> csvValue();
        };
    }

    /** {@code a} is a scalar, {@code a,b} a list; a list stops before the next {@code key=}. */
    private Object csvValue() {
        String first = firstValue();
        skipWhitespace();
        if (atEnd() || input.charAt(index) != ',') {
            return first;
        }
        expect(',', true);
        List<String> values = new ArrayList<>();
        values.add(first);
        while (true) {
            try {
                String next = secondValue();
                skipWhitespace();
                if (atEnd()) {
                    values.add(next);
                    break;
                }
                expect(',', true);
                values.add(next);
            } catch (SyntaxError e) {
                if (atEnd()) {
                    throw e;
                }
                // "a=b,c=d": the text after the comma was the next key; give the comma back.
                while (index > 0 && input.charAt(index) != ',') {
                    index--;
                }
                break;
            }
        }
        return values.size() == 1 ? first : values;
    }

    private List<Object> explicitList() {
        expect('[', true);
        List<Object> values = new ArrayList<>();
        while (current() != ']') {
            values.add(explicitValue());
            skipWhitespace();
            if (current() != ']') {
                expect(',', false);
                skipWhitespace();
            }
        }
        expect(']', false);
        return values;
    }

    private Map<String, Object> hash() {
        expect('{', true);
        Map<String, Object> values = new LinkedHashMap<>();
        while (current() != '}') {
            String key = key();
            expect('=', true);
            Object value = explicitValue();
            skipWhitespace();
            if (current() != '}') {
                expect(',', false);
                skipWhitespace();
            }
            values.put(key, value);
        }
        expect('}', false);
        return values;
    }

    private Object explicitValue() {
        return switch (current()) {
            case '[' -> explicitList();
            case '{' -> hash();
            default -> firstValue();
        };
    }

    /** A quoted value, or an unquoted one that may be empty. */
    private String firstValue() {
        if (current() == '\'' || current() == '"') {
            return quoted();
        }
        return unquoted(false, false);
    }

    /** A list element after the first: it may not be empty, nor contain {@code =}. */
    private String secondValue() {
        if (current() == '\'' || current() == '"') {
            return quoted();
        }
        return unquoted(true, true);
    }

    private String unquoted(boolean required, boolean stopAtEquals) {
        StringBuilder value = new StringBuilder();
        boolean first = true;
        while (!atEnd()) {
            char c = input.charAt(index);
            if (c == '\\' && index + 1 < input.length() && input.charAt(index + 1) == ',') {
                value.append(',');
                index += 2;
            } else if (first ? isFirstChar(c) : isLaterChar(c, stopAtEquals)) {
                value.append(c);
                index++;
            } else {
                break;
            }
            first = false;
        }
        if (required && value.length() == 0) {
            throw new SyntaxError("expected a value at column " + (index + 1) + ", found " + found());
        }
        return value.toString();
    }

    /** {@code 'it\'s'} or {@code "say \"hi\""}; backslash escapes only the quote and itself. */
    private String quoted() {
        char quote = input.charAt(index);
        int start = index;
        StringBuilder value = new StringBuilder();
        index++;
        while (!atEnd()) {
            char c = input.charAt(index);
            if (c == '\\' && index + 1 < input.length()
                    && (input.charAt(index + 1) == quote || input.charAt(index + 1) == '\\')) {
                value.append(input.charAt(index + 1));
                index += 2;
            } else if (c == quote) {
                index++;
                return value.toString();
            } else {
                value.append(c);
                index++;
            }
        }
        index = start;
        throw new SyntaxError("unclosed quote at column " + (start + 1));
    }

    private void expect(char wanted, boolean skipWhitespace) {
        if (skipWhitespace) {
            skipWhitespace();
        }
        if (atEnd() || input.charAt(index) != wanted) {
            throw new SyntaxError("expected '" + wanted + "' at column " + (index + 1) + ", found " + found());
        }
        index++;
        if (skipWhitespace) {
            skipWhitespace();
        }
    }

    private String found() {
        return atEnd() ? "end of input" : "'" + input.charAt(index) + "'";
    }

    private void skipWhitespace() {
        while (!atEnd() && " \t\n\r\u000b\f".indexOf(input.charAt(index)) >= 0) {
            index++;
        }
    }

    private boolean atEnd() {
        return index >= input.length();
    }

    /** The current character, or NUL at the end (which no rule accepts). */
    private char current() {
        return atEnd() ? '\0' : input.charAt(index);
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** A value may not start with a space, a quote, a comma, {@code =}, {@code [} or {@code {}. */
    private static boolean isFirstChar(char c) {
        return c > ' ' && c != '"' && c != '\'' && c != ',' && c != '=' && c != '[' && c != '{';
    }

    /**
     * Within a value, spaces, quotes and commas end it; so do {@code ]} and <code>}</code> (ends
     * of explicit lists and hashes), or {@code =} in list elements after the first.
     */
    private static boolean isLaterChar(char c, boolean stopAtEquals) {
        if (c <= ' ' || c == '"' || c == '\'' || c == ',') {
            return false;
        }
        return stopAtEquals ? c != '=' : c != ']' && c != '}';
    }
}
