package dev.iamlint.eval.condition;

import java.math.BigDecimal;

/** Numbers of the Numeric operators: integers and decimals, compared exactly. */
final class Numbers {

    private Numbers() {}

    /**
     * Parses an optionally signed integer or decimal, with an optional exponent as JSON numbers
     * may have one ({@code 10}, {@code -1.5}, {@code 1e3}); null for anything else, including
     * blanks around the number and exponents of more than four digits (no policy needs them, and
     * they would make comparisons slow).
     */
    static BigDecimal parse(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(text.charAt(i)) && exponentDigits < 4) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return null;
            }
        }
        return i == n ? new BigDecimal(text) : null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
