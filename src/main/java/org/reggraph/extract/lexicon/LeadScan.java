package org.reggraph.extract.lexicon;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} for a pattern whose every match begins with one character (or one of a few), tried only where
 * such a character stands. java.util.regex tries a pattern that begins with a single character (no literal of four or more, which it
 * would search with Boyer–Moore) at every offset of the input, each try a chain of calls; over a whole document that
 * was a few per cent of the extraction's time for one pattern.
 */
public final class LeadScan {

    private LeadScan() {
    }

    /** A matcher of {@code s} whose region can move without hiding the text around it from lookarounds. */
    public static Matcher of(java.util.regex.Pattern p, String s) {
        return p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match at or after {@code from} as {@code m.find()} would give it, for a matcher made by {@link #of} whose
     * pattern's matches all begin with {@code lead}; the match is in {@code m}.
     */
    public static boolean find(Matcher m, String s, char lead, int from) {
        for (int k = s.indexOf(lead, from); k >= 0; k = s.indexOf(lead, k + 1)) {
            m.region(k, s.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@link #find(Matcher, String, char, int)} for matches that begin with any character of a {@link Lexicon#charTable}. */
    public static boolean find(Matcher m, String s, boolean[] leads, int from) {
        for (int k = from; k < s.length(); k++) {
            if (leads[s.charAt(k)] && m.region(k, s.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
