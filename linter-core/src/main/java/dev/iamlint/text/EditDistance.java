package dev.iamlint.text;

/** Edit distance for "did you mean" suggestions: of actions, services and rule names. */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * The optimal-string-alignment distance, ignoring case: insertions, deletions, substitutions
     * and swaps of two adjacent characters (a common typo) each cost one.
     */
    public static int between(String first, String second) {
        // Folded once rather than for each cell of the table.
        char[] a = fold(first);
        char[] b = fold(second);
        int[] previousRow = new int[b.length + 1];
        int[] row = new int[b.length + 1];
        int[] next = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            next[0] = i;
            char ca = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                char cb = b[j - 1];
                int cost = ca == cb ? 0 : 1;
                int best = Math.min(Math.min(next[j - 1] + 1, row[j] + 1), row[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb) {
                    best = Math.min(best, previousRow[j - 2] + 1);
                }
                next[j] = best;
            }
            int[] recycled = previousRow;
            previousRow = row;
            row = next;
            next = recycled;
        }
        return row[b.length];
    }

    private static char[] fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = CaseFolding.fold(text.charAt(i));
        }
        return folded;
    }
}
