package org.reggraph.search;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import org.reggraph.extract.lexicon.DocNumbers;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normaliser of search: what users type and the titles, short titles, numbers and texts it is compared with
 * go through {@link #fold}, so that spellings that mean the same compare equal:
 * <ul>
 *   <li>NFKC: full-width digits and letters, full-width brackets and compatibility ideographs to their plain form;</li>
 *   <li>traditional characters to simplified (ICU's {@code Traditional-Simplified} transliterator: 條例 → 条例);</li>
 *   <li>the bracket families of document numbers 〔〕 [] () （） 【】 〖〗 ﹝﹞ to 〔〕;</li>
 *   <li>whitespace, zero-width characters and the quotes 《》“”「」 dropped; Latin letters lower-cased.</li>
 * </ul>
 * Document numbers get one more step ({@link #docNumber}): the extractor's own parser gives their canonical form, and
 * in decree numbers 第 and 号 are optional (国务院令748号 = 国务院令第 748 号 = 国务院令第748号).
 */
public final class SearchText {

    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    /** Characters the transliterator may change; everything else skips it. */
    private static final UnicodeSet TRADITIONAL = T2S.getSourceSet().freeze();
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();

    private static final String OPENING = "〔[(（【〖﹝［⦅";
    private static final String CLOSING = "〕])）】〗﹞］⦆";
    private static final String DROPPED = "《》〈〉「」『』“”‘’\"'\u200b\u200c\u200d\ufeff";
    private static final Pattern DECREE = Pattern.compile("^(?:中华人民共和国)?(\\p{IsHan}{1,20}?令)第?(\\d{1,5})号?$");

    private SearchText() {
    }

    /**
     * A folded text and, for each of its characters, the offset of the character of the original it came from (so
     * that a match in the folded text can be highlighted in the original).
     */
    public record Folded(String text, int[] origin, String original) {

        /** The original range [start, end) of the folded range [from, to), to &gt; from. */
        public int[] originRange(int from, int to) {
            int last = origin[to - 1];
            return new int[]{origin[from], last + Character.charCount(original.codePointAt(last))};
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Folded f && f.text.equals(text) && f.original.equals(original);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The folded form of a text; empty for null. */
    public static String normalize(String s) {
        return s == null ? "" : fold(s).text();
    }

    public static Folded fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 2 + 4];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String piece = foldCodePoint(cp);
            for (int k = 0; k < piece.length(); k++) {
                char c = piece.charAt(k);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c) || DROPPED.indexOf(c) >= 0) {
                    continue;
                }
                int open = OPENING.indexOf(c);
                int close = CLOSING.indexOf(c);
                c = open >= 0 ? '〔' : close >= 0 ? '〕' : c;
                if (n == origin.length) {
                    origin = Arrays.copyOf(origin, n * 2);
                }
                origin[n++] = i;
                out.append(c);
            }
            i += Character.charCount(cp);
        }
        return new Folded(out.toString(), Arrays.copyOf(origin, n), s);
    }

    private static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) { // unified ideographs: NFKC leaves them alone
            return TRADITIONAL.contains(cp) ? simplified(cp) : Character.toString(cp);
        }
        String nfkc = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        int first = nfkc.isEmpty() ? -1 : nfkc.codePointAt(0);
        return first >= 0 && nfkc.length() == Character.charCount(first) && TRADITIONAL.contains(first)
                ? simplified(first) : nfkc;
    }

    private static String simplified(int cp) {
        return SIMPLIFIED.computeIfAbsent(cp, c -> {
            synchronized (T2S) { // ICU transliterators are not documented as thread-safe
                return T2S.transliterate(Character.toString(c));
            }
        });
    }

    /**
     * The canonical form of a document number (国办发〔2021〕26号, 国务院令第748号) when the text is one, else null.
     * Brackets, widths, spaces and traditional characters are folded first; decree numbers may omit 第 and 号.
     */
    public static String docNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String folded = normalize(raw);
        String parsed = DocNumbers.parseLine(folded);
        if (parsed != null) {
            return parsed;
        }
        Matcher m = DECREE.matcher(folded);
        return m.matches() ? m.group(1) + "第" + Integer.parseInt(m.group(2)) + "号" : null;
    }

    /** The key two document numbers are compared by: the canonical form when parseable, else the folded text. */
    public static String numberKey(String raw) {
        String canonical = docNumber(raw);
        return canonical != null ? normalize(canonical) : normalize(raw);
    }
}
