package org.reggraph.search;

import java.util.List;

/**
 * How well a document's name (number, title, short titles) matches a query, as a rank (lower is better) with the
 * matched field and the range to highlight in it. The order is the order users expect from the tools of the field:
 * the exact document number, then the exact title, the document's own short name, a generic short name, a title or
 * number containing the query, a title one character off; full-text matches ({@link #TEXT}) come after all of them.
 */
public record TitleMatch(int rank, Field field, String text, int start, int end) {

    public static final int NUMBER = 0;
    public static final int TITLE = 1;
    public static final int SHORT_TITLE = 2;
    public static final int GENERIC_SHORT_TITLE = 3;
    public static final int CONTAINS = 4;
    public static final int FUZZY = 5;
    public static final int TEXT = 6;

    /**
     * Shortest query for which one wrong character is forgiven (shorter ones would match almost anything); queries
     * with digits never are.
     */
    static final int FUZZY_MIN_LENGTH = 4;

    public enum Field { docNumber, title, shortTitle, text }

    /** A query folded once: its folded text and, when it is a document number, the canonical number. */
    public record Query(String raw, String folded, String number) {
        public static Query of(String raw) {
            return new Query(raw, SearchText.normalize(raw), SearchText.docNumber(raw));
        }
    }

    /** The best match of the query in a document's names, or null when none matches. */
    public static TitleMatch of(Query q, String title, String docNumber, List<String> shortTitles) {
        if (q.folded().isEmpty()) {
            return null;
        }
        SearchText.Folded number = docNumber == null ? null : SearchText.fold(docNumber);
        SearchText.Folded name = title == null ? null : SearchText.fold(title);
        if (number != null && (docNumber.equals(q.number()) || number.text().equals(q.folded()))) {
            return whole(NUMBER, Field.docNumber, docNumber);
        }
        if (name != null && name.text().equals(q.folded())) {
            return whole(TITLE, Field.title, title);
        }
        List<String> shorts = shortTitles == null ? List.of() : shortTitles;
        for (String s : shorts) {
            String f = SearchText.normalize(s);
            if (f.equals(q.folded()) && ShortTitles.usable(f)) {
                return whole(SHORT_TITLE, Field.shortTitle, s);
            }
        }
        if (name != null && ShortTitles.variants(name.text()).contains(q.folded())) {
            return whole(GENERIC_SHORT_TITLE, Field.title, title);
        }
        TitleMatch contained = contained(q.folded(), name, title, Field.title);
        if (contained == null) {
            contained = contained(q.folded(), number, docNumber, Field.docNumber);
        }
        for (int i = 0; contained == null && i < shorts.size(); i++) {
            contained = contained(q.folded(), SearchText.fold(shorts.get(i)), shorts.get(i), Field.shortTitle);
        }
        if (contained != null) {
            return contained;
        }
        // a number one digit off is another document: numbers are never forgiven
        if (name != null && q.folded().length() >= FUZZY_MIN_LENGTH && q.folded().chars().noneMatch(Character::isDigit)) {
            Fuzzy.Occurrence o = Fuzzy.find(q.folded(), name.text(), 1);
            if (o != null) {
                int[] range = name.originRange(o.start(), o.end());
                return new TitleMatch(FUZZY, Field.title, title, range[0], range[1]);
            }
        }
        return null;
    }

    /** A match that starts at the beginning of its field (a prefix ranks before an infix of the same rank). */
    public boolean prefix() {
        return start == 0;
    }

    private static TitleMatch whole(int rank, Field field, String text) {
        return new TitleMatch(rank, field, text, 0, text.length());
    }

    private static TitleMatch contained(String query, SearchText.Folded in, String original, Field field) {
        if (in == null) {
            return null;
        }
        int at = in.text().indexOf(query);
        if (at < 0) {
            return null;
        }
        int[] range = in.originRange(at, at + query.length());
        return new TitleMatch(CONTAINS, field, original, range[0], range[1]);
    }
}
