package org.reggraph.search;

/**
 * Approximate substring matching (Sellers' dynamic programme): where a pattern occurs in a text with the fewest
 * substituted, inserted or deleted characters. Used to forgive one wrong character in a title (地下水管理条列).
 */
public final class Fuzzy {

    private Fuzzy() {
    }

    /** An occurrence: text range [start, end) and its edit distance to the pattern. */
    public record Occurrence(int start, int end, int distance) {
    }

    /**
     * The best occurrence of the pattern in the text with at most {@code maxDistance} edits (fewest edits, then the
     * earliest, then the longest), or null.
     */
    public static Occurrence find(String pattern, String text, int maxDistance) {
        int m = pattern.length();
        int n = text.length();
        if (m == 0 || n + maxDistance < m) {
            return null;
        }
        // column j: cost[i] = edits to match pattern[0..i) ending at text position j; start[i] = where that match begins
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
        }
        Occurrence best = null;
        for (int j = 1; j <= n; j++) {
            int diagCost = cost[0];
            int diagStart = start[0];
            cost[0] = 0;
            start[0] = j;
            char c = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int upCost = cost[i];
                int upStart = start[i];
                int sub = diagCost + (pattern.charAt(i - 1) == c ? 0 : 1);
                int del = cost[i - 1] + 1; // pattern char skipped
                int ins = upCost + 1;      // text char skipped
                if (sub <= del && sub <= ins) {
                    cost[i] = sub;
                    start[i] = diagStart;
                } else if (del <= ins) {
                    cost[i] = del;
                    start[i] = start[i - 1];
                } else {
                    cost[i] = ins;
                    start[i] = upStart;
                }
                diagCost = upCost;
                diagStart = upStart;
            }
            if (cost[m] <= maxDistance && (best == null || cost[m] < best.distance()
                    || (cost[m] == best.distance() && start[m] == best.start()))) {
                best = new Occurrence(start[m], j, cost[m]);
            }
        }
        return best;
    }
}
