package dev.iamlint.catalog;

/**
 * Wildcard matching for catalog names: {@code *} matches any run of characters, {@code ?} one.
 * Kept here rather than shared with the evaluator's globs so that the catalog depends on nothing
 * else in iamlint. Names and ARNs are short, so the classic backtracking-to-the-last-star loop
 * (at worst pattern length times text length, never exponential) is enough.
 */
final class Wildcard {

    private Wildcard() {
    }

    static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    /** Whether the pattern is a prefix and one final star ({@code Describe*}), as most action patterns are. */
    static boolean isPrefixPattern(String pattern) {
        int last = pattern.length() - 1;
        return last >= 0 && pattern.indexOf('*') == last && pattern.indexOf('?') < 0;
    }

    static boolean matches(String pattern, String text, boolean ignoreCase) {
        if (isPrefixPattern(pattern)) {
            return text.regionMatches(ignoreCase, 0, pattern, 0, pattern.length() - 1);
        }
        int p = 0;
        int t = 0;
        int star = -1;
        int starText = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                starText = t;
            } else if (p < pattern.length() && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /**
     * The wildcard pattern of a condition key name with placeholders: each {@code ${Name}} stands
     * for one or more characters ({@code ?*}), so {@code aws:ResourceTag/${TagKey}} matches
     * {@code aws:ResourceTag/team}. Key names have no wildcard characters of their own (the
     * generator checks).
     */
    static String fromTemplate(String template) {
        StringBuilder pattern = new StringBuilder(template.length());
        int from = 0;
        int open;
        while ((open = template.indexOf("${", from)) >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            pattern.append(template, from, open).append("?*");
            from = close + 1;
        }
        return pattern.append(template, from, template.length()).toString();
    }

    /** Equal as {@link String#equalsIgnoreCase} compares characters. */
    private static boolean same(char a, char b, boolean ignoreCase) {
        if (a == b) {
            return true;
        }
        if (!ignoreCase) {
            return false;
        }
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }
}
