package dev.iamlint.catalog;

/** Edit distance for "did you mean" suggestions. */
final class EditDistance {

    private EditDistance() {
    }

    /**
     * The optimal-string-alignment distance, ignoring case: insertions, deletions, substitutions
     * and swaps of two adjacent characters (a common typo) each cost one.
     */
    static int between(String a, String b) {
        int[] previousRow = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        int[] next = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            next[0] = i;
            char ca = fold(a.charAt(i - 1));
            for (int j = 1; j <= b.length(); j++) {
                char cb = fold(b.charAt(j - 1));
                int cost = ca == cb ? 0 : 1;
                int best = Math.min(Math.min(next[j - 1] + 1, row[j] + 1), row[j - 1] + cost);
                if (i > 1 && j > 1 && ca == fold(b.charAt(j - 2)) && fold(a.charAt(i - 2)) == cb) {
                    best = Math.min(best, previousRow[j - 2] + 1);
                }
                next[j] = best;
            }
            int[] recycled = previousRow;
            previousRow = row;
            row = next;
            next = recycled;
        }
        return row[b.length()];
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
