package org.reggraph.extract.agency;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns run only where their key word stands (由, 报, 经, 授权的 …): elsewhere no matcher is made. A matcher with its
 * group arrays is a few hundred bytes; matchers are about a third of what the command line allocates, and these were
 * made for every clause.
 */
final class Gate {

    /** A matcher of nothing, one per thread: it never matches, so uses of it nested in one another cannot meet. */
    private static final ThreadLocal<Matcher> NOTHING = ThreadLocal.withInitial(() -> Pattern.compile("(?!)").matcher(""));

    private Gate() {
    }

    /** {@code p}'s matcher over {@code s} when {@code open}, else one whose find, lookingAt and matches are false. */
    static Matcher when(boolean open, Pattern p, String s) {
        return open ? p.matcher(s) : NOTHING.get();
    }

    /** As {@link #when(boolean, Pattern, String)}, searching {@code [from, to)} only; look-arounds still see all of {@code s}. */
    static Matcher when(boolean open, Pattern p, String s, int from, int to) {
        return open ? p.matcher(s).region(from, to).useTransparentBounds(true).useAnchoringBounds(false) : NOTHING.get();
    }
}
