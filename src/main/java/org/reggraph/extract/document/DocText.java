package org.reggraph.extract.document;

import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.text.SourceLine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text of one document as a single string without whitespace, so that titles broken across lines and pages
 * match, with a map from every character back to its input line and to the article it stands in.
 */
public final class DocText {

    /**
     * A sentence reaches at most this far on each side of an offset: the longest sentences of the corpus have about
     * 1,400 characters, and text without punctuation must not make every mention scan all of it.
     */
    public static final int MAX_SENTENCE = 1000;

    private final ExtractedDocument doc;
    private final String text;
    private final int[] lineOf;
    /** The index in the document's lines of each character's line: one input line may hold several articles. */
    private final int[] rowOf;
    /** First and last row of each article. */
    private final int[] articleStart;
    private final int[] articleEnd;
    /** Offset where the first article starts (the header and preamble end), or text length. */
    private final int firstArticleOffset;
    /** An article's first line that is its label and a caption alone: 第五条（目的）. */
    private static final Pattern CAPTION_LINE = Pattern.compile("\\s*第[^条\\s]{1,8}条\\s*[（(][^（）()，。；]{1,30}[）)]\\s*");
    /**
     * Offsets where an article (or its body, after a caption line) starts: sentence boundaries even without 。 before them
     * (headings, titles).
     */
    private final boolean[] breakAt;
    /** sentenceStart[p]: start of the sentence that offset p stands in. */
    private final int[] sentenceStart;
    /** nextBoundary[i]: first offset ≥ i where an article starts or 。；！？ stands, or text length. */
    private final int[] nextBoundary;
    /** Offsets of each keyword asked for by {@link #contains}. */
    private final Map<String, int[]> occurrences = new HashMap<>();

    public DocText(ExtractedDocument doc) {
        this.doc = doc;
        List<SourceLine> lines = doc.lines();
        int total = 0;
        for (SourceLine l : lines) {
            total += l.text().length();
        }
        // char arrays, not charAt and a StringBuilder: this runs over every character of the corpus, mostly in C1's
        // code (the command line's compiler), where each charAt is a call with its own bounds check
        char[] out = new char[total];
        int[] map = new int[total + 1];
        int[] rows = new int[total + 1];
        int row = 0;
        int n = 0;
        char[] buf = new char[0];
        for (SourceLine l : lines) {
            String t = l.text();
            int len = t.length();
            if (buf.length < len) {
                buf = new char[Math.max(len, buf.length * 2)];
            }
            t.getChars(0, len, buf, 0);
            int number = l.number();
            for (int i = 0; i < len; i++) {
                char c = buf[i];
                if (c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0') {
                    continue;
                }
                map[n] = number;
                rows[n] = row;
                out[n++] = c;
            }
            row++;
        }
        this.text = new String(out, 0, n);
        map[n] = lines.isEmpty() ? doc.startLine() : lines.get(lines.size() - 1).number();
        rows[n] = Math.max(0, row - 1);
        this.lineOf = map;
        this.rowOf = rows;
        List<ExtractedArticle> arts = doc.articles();
        articleStart = new int[arts.size()];
        articleEnd = new int[arts.size()];
        int from = 0;
        for (int i = 0; i < arts.size(); i++) {
            ExtractedArticle art = arts.get(i);
            from = firstRow(lines, art, from);
            articleStart[i] = from;
            articleEnd[i] = art.lines().isEmpty() ? lastRow(lines, art.endLine(), from) : from + art.lines().size() - 1;
        }
        int first = text.length();
        breakAt = new boolean[text.length() + 1];
        int a = 0;
        for (int i = 0; i < text.length() && a < articleStart.length; i++) {
            if (rowOf[i] >= articleStart[a]) {
                if (a == 0) {
                    first = i;
                }
                breakAt[i] = true;
                while (a < articleStart.length && rowOf[i] >= articleStart[a]) {
                    a++;
                }
            }
        }
        this.firstArticleOffset = first;
        breakAfterCaptions(lines);
        sentenceStart = new int[text.length() + 1];
        nextBoundary = new int[text.length() + 1];
        sentenceBounds(out, n);
    }

    /**
     * A caption on the article's first line (第五条（区城市管理监察大队的职责）, as Shanghai's government rules write): its body starts a
     * sentence of its own, not one with the caption's closing bracket.
     */
    private void breakAfterCaptions(List<SourceLine> lines) {
        boolean[] caption = null;
        for (int k = 0; k < articleStart.length; k++) {
            int r = articleStart[k];
            String first = r < articleEnd[k] && r < lines.size() ? lines.get(r).text() : "";
            if (endsInBracket(first) && CAPTION_LINE.matcher(first).matches()) {
                if (caption == null) {
                    caption = new boolean[lines.size()];
                }
                caption[r] = true;
            }
        }
        for (int i = 1; caption != null && i < text.length(); i++) {
            if (rowOf[i] != rowOf[i - 1] && caption[rowOf[i - 1]]) {
                breakAt[i] = true;
            }
        }
    }

    /** Whether a line ends in a closing bracket (then trailing spaces): the cheap test before {@link #CAPTION_LINE}. */
    private static boolean endsInBracket(String line) {
        int i = line.length() - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        return i >= 0 && (line.charAt(i) == '）' || line.charAt(i) == ')');
    }

    /** The document's text without whitespace. */
    public String text() {
        return text;
    }

    /** Offset where the first article starts (the header and preamble end), or the text length. */
    public int firstArticleOffset() {
        return firstArticleOffset;
    }

    /** Input line of the character at {@code offset}. */
    public int line(int offset) {
        return lineOf[Math.max(0, Math.min(offset, text.length()))];
    }

    /** The row (index in the document's lines) where an article starts, at or after {@code from}: its first line. */
    private static int firstRow(List<SourceLine> lines, ExtractedArticle art, int from) {
        SourceLine head = art.lines().isEmpty() ? null : art.lines().get(0);
        for (int r = from; r < lines.size(); r++) {
            SourceLine l = lines.get(r);
            if (head != null ? l.equals(head) : l.number() >= art.startLine()) {
                return r;
            }
        }
        return lines.size();
    }

    /** The last row at or after {@code from} whose line is no later than {@code endLine}. */
    private static int lastRow(List<SourceLine> lines, int endLine, int from) {
        int r = from;
        while (r + 1 < lines.size() && lines.get(r + 1).number() <= endLine) {
            r++;
        }
        return r;
    }

    /** Label of the article the character at {@code offset} stands in, or null. */
    public String article(int offset) {
        if (articleStart.length == 0) {
            return null;
        }
        int row = rowOf[Math.max(0, Math.min(offset, text.length()))];
        int lo = 0, hi = articleStart.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (articleStart[mid] <= row) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || row > articleEnd[found]) {
            return null;
        }
        return doc.articles().get(found).label();
    }

    /** True when an article starts at this offset. */
    public boolean breakAt(int offset) {
        return breakAt[offset];
    }

    public boolean structured() {
        return articleStart.length > 0;
    }

    /**
     * Start of the sentence (after 。；！？ or a line-initial article label) containing offset, at most
     * {@link #MAX_SENTENCE} characters before it.
     */
    public int sentenceStart(int offset) {
        return offset <= 0 ? 0 : Math.max(sentenceStart[Math.min(offset, text.length())], offset - MAX_SENTENCE);
    }

    /** End (exclusive) of the sentence containing offset, at most {@link #MAX_SENTENCE} characters after it. */
    public int sentenceEnd(int offset) {
        if (offset >= text.length()) {
            return text.length();
        }
        int end = isSentenceEnd(text.charAt(offset)) ? offset : nextBoundary[offset + 1];
        return Math.min(end, offset + MAX_SENTENCE);
    }

    /**
     * True when {@code word} occurs starting in [from, to): a binary search in the word's occurrences, found once per
     * document, so that callers test a sentence for a keyword without copying or scanning it.
     */
    public boolean contains(String word, int from, int to) {
        int[] at = occurrences.computeIfAbsent(word, this::findAll);
        int k = Arrays.binarySearch(at, Math.max(0, from));
        int i = k >= 0 ? k : -k - 1;
        return i < at.length && at[i] < to;
    }

    private int[] findAll(String word) {
        int[] at = new int[8];
        int n = 0;
        for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
            }
            at[n++] = k;
        }
        return Arrays.copyOf(at, n);
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？';
    }

    /** Sentence bounds of every offset, computed once (callers ask once per citation or duty). */
    private void sentenceBounds(char[] chars, int n) {
        sentenceStart[0] = 0;
        for (int p = 1; p <= n; p++) {
            sentenceStart[p] = breakAt[p] || isSentenceEnd(chars[p - 1]) ? p : sentenceStart[p - 1];
        }
        nextBoundary[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            nextBoundary[i] = breakAt[i] || isSentenceEnd(chars[i]) ? i : nextBoundary[i + 1];
        }
    }
}
