package org.reggraph.extract.document;

import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.text.SourceLine;

import java.util.List;

/**
 * The text of one document as a single string without whitespace, so that titles broken across lines and pages
 * match, with a map from every character back to its input line and to the article it stands in.
 */
public final class DocText {

    private final ExtractedDocument doc;
    private final String text;
    private final int[] lineOf;
    private final int[] articleStart;
    private final int[] articleEnd;
    /** Offset where the first article starts (the header and preamble end), or text length. */
    private final int firstArticleOffset;
    /** Offsets where an article starts: sentence boundaries even without 。 before them (headings, titles). */
    private final boolean[] breakAt;

    public DocText(ExtractedDocument doc) {
        this.doc = doc;
        List<SourceLine> lines = doc.lines();
        int total = 0;
        for (SourceLine l : lines) {
            total += l.text().length();
        }
        StringBuilder sb = new StringBuilder(total);
        int[] map = new int[total + 1];
        for (SourceLine l : lines) {
            String t = l.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0') {
                    continue;
                }
                map[sb.length()] = l.number();
                sb.append(c);
            }
        }
        this.text = sb.toString();
        map[text.length()] = lines.isEmpty() ? doc.startLine() : lines.get(lines.size() - 1).number();
        this.lineOf = map;
        List<ExtractedArticle> arts = doc.articles();
        articleStart = new int[arts.size()];
        articleEnd = new int[arts.size()];
        for (int i = 0; i < arts.size(); i++) {
            articleStart[i] = arts.get(i).startLine();
            articleEnd[i] = arts.get(i).endLine();
        }
        int first = text.length();
        breakAt = new boolean[text.length() + 1];
        int a = 0;
        for (int i = 0; i < text.length() && a < articleStart.length; i++) {
            if (lineOf[i] >= articleStart[a]) {
                if (a == 0) {
                    first = i;
                }
                breakAt[i] = true;
                while (a < articleStart.length && lineOf[i] >= articleStart[a]) {
                    a++;
                }
            }
        }
        this.firstArticleOffset = first;
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

    /** Label of the article the character at {@code offset} stands in, or null. */
    public String article(int offset) {
        if (articleStart.length == 0) {
            return null;
        }
        int line = line(offset);
        int lo = 0, hi = articleStart.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (articleStart[mid] <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || line > articleEnd[found]) {
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

    /** Start of the sentence (after 。；！？ or a line-initial article label) containing offset. */
    public int sentenceStart(int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            if (breakAt[i + 1] && i + 1 <= offset) {
                return i + 1;
            }
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
                return i + 1;
            }
        }
        return 0;
    }

    /** End (exclusive) of the sentence containing offset. */
    public int sentenceEnd(int offset) {
        for (int i = offset; i < text.length(); i++) {
            if (breakAt[i] && i > offset) {
                return i;
            }
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
                return i;
            }
        }
        return text.length();
    }
}
