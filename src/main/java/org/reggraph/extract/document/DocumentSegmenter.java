package org.reggraph.extract.document;

import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.TitleKey;
import org.reggraph.extract.agency.Agencies;
import org.reggraph.extract.lexicon.Dates;
import org.reggraph.extract.lexicon.DocNumbers;
import org.reggraph.extract.lexicon.Titles;
import org.reggraph.extract.text.CleanLine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the cleaned lines of a compilation into documents. A document starts at a title that is anchored by what
 * follows it — a document number, a date in parentheses, a promulgation header, a date — or at a State Council order
 * (国务院令第N号 with the regulation it promulgates is one document). A title with body text after a notice's
 * signature, or after an 附件 label, starts an attached document.
 */
final class DocumentSegmenter {

    /** How a document was recognised. */
    enum Kind { PLAIN, ORDER, NEWS, ATTACHMENT, WHOLE }

    /**
     * A document's span as indexes into the cleaned lines.
     *
     * @param start      first line (inclusive)
     * @param end        last line (exclusive)
     * @param titleStart first title line, or -1 (orders: the title is found in the order text)
     * @param titleEnd   line after the title
     * @param anchor     the line that anchored the title (document number, date …), or -1
     * @param kind       how it was recognised
     * @param parent     for attachments, the index (in the result) of the document that issues it, else -1
     */
    record Segment(int start, int end, int titleStart, int titleEnd, int anchor, Kind kind, int parent) {
        Segment withEnd(int newEnd) {
            return new Segment(start, newEnd, titleStart, titleEnd, anchor, kind, parent);
        }
    }

    private static final Pattern REG_HEADER = Pattern.compile(
            "^[（(]" + Lexicon.DIGIT_DATE + ".{0,80}?(?:通过|公布|发布|批准|施行|修订|修正)");
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附件[0-9一二三四五六七八九十]{0,2}[:：]?$");
    private static final int MAX_TITLE_LINES = 4;
    private static final Pattern FIRST_HEADING = Pattern.compile("^第(?:一|1)(?:章|条)");
    /** Parent marker resolved in {@link #segment}: the previous anchored document. */
    private static final int PREVIOUS = -2;

    List<Segment> segment(List<CleanLine> lines) {
        List<Segment> anchored = anchoredStarts(lines);
        List<Segment> out = new ArrayList<>();
        if (anchored.isEmpty()) {
            if (!lines.isEmpty()) {
                out.add(wholeFile(lines));
            }
            return out;
        }
        // split attachments off each document, in order; an attachment may itself be split again
        Deque<Segment> work = new ArrayDeque<>();
        Deque<Boolean> anchoredFlags = new ArrayDeque<>();
        for (int i = 0; i < anchored.size(); i++) {
            int end = i + 1 < anchored.size() ? anchored.get(i + 1).start() : lines.size();
            work.add(anchored.get(i).withEnd(end));
            anchoredFlags.add(Boolean.TRUE);
        }
        int lastAnchored = -1;
        while (!work.isEmpty()) {
            Segment s = work.poll();
            boolean isAnchored = anchoredFlags.poll();
            int index = out.size();
            if (s.parent() == PREVIOUS) {
                s = new Segment(s.start(), s.end(), s.titleStart(), s.titleEnd(), s.anchor(), s.kind(), lastAnchored);
            }
            if (isAnchored) {
                lastAnchored = index;
            }
            Segment[] parts = splitAttachment(lines, s, index);
            out.add(parts[0]);
            if (parts[1] != null) {
                work.addFirst(parts[1]);
                anchoredFlags.addFirst(Boolean.FALSE);
            }
        }
        return out;
    }

    private Segment wholeFile(List<CleanLine> lines) {
        int t = 0;
        StringBuilder b = new StringBuilder();
        int titleEnd = 0;
        while (t < lines.size() && t < 3 && Titles.titleish(lines.get(t).squeezed(), lines.get(t).heading())) {
            b.append(lines.get(t).squeezed());
            t++;
            if (Titles.looksLikeTitle(b.toString())) {
                titleEnd = t;
            }
        }
        if (titleEnd == 0 && !lines.isEmpty() && Titles.titleish(lines.get(0).squeezed(), true)) {
            titleEnd = 1;
        }
        return new Segment(0, lines.size(), titleEnd > 0 ? 0 : -1, titleEnd, -1, Kind.WHOLE, -1);
    }

    private List<Segment> anchoredStarts(List<CleanLine> lines) {
        List<Segment> starts = new ArrayList<>();
        int floor = -1;            // lines up to here belong to an accepted header
        int skipTitleAt = -1;      // an order's regulation title, which is not a new document
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            String s = lines.get(i).squeezed();
            char c = s.charAt(0);
            boolean maybeAnchor = c == '（' || c == '(' || c == '第' || c == '〔' || (c >= '0' && c <= '9')
                    || s.endsWith("号") || s.endsWith("令") || s.endsWith("日") || s.endsWith("）") || s.endsWith(")");
            if (!maybeAnchor) {
                continue;
            }
            if (DocNumbers.orderHead(s) != null && i + 1 < n && DocNumbers.numberOnly(lines.get(i + 1).squeezed()) > 0) {
                starts.add(new Segment(i, n, -1, -1, i + 1, Kind.ORDER, -1));
                int date = nextDateLine(lines, i + 2, 14);
                floor = Math.max(i + 1, date);
                skipTitleAt = date + 1;
                continue;
            }
            boolean strict;
            if (c == '第' && FIRST_HEADING.matcher(s).lookingAt() && i > floor + 1) {
                // a regulation printed with no header: its title sits right on 第一章 / 第一条, after finished text
                int top = titleTop(lines, i, floor);
                boolean blockTitle = top >= 0 && Titles.looksLikeTitle(joinSqueezed(lines, top, i));
                if (blockTitle && top > 0 && afterSignatureOrLabel(lines, top - 1)) {
                    top = -1; // an attached regulation: the attachment logic links it to its notice
                } else if (top >= 0 && !(blockTitle && (top == 0 || endsSentence(lines.get(top - 1).squeezed())))) {
                    // the block may have taken a table's caption above: a one-line regulation title alone will do
                    String one = lines.get(i - 1).squeezed();
                    top = i - 1 > floor && Titles.looksLikeTitle(one) && REGULATION.matcher(Titles.kind(one)).matches()
                            && !afterSignatureOrLabel(lines, i - 2) ? i - 1 : -1;
                }
                if (top >= 0 && top != skipTitleAt) {
                    starts.add(new Segment(top, n, top, i, i - 1, Kind.PLAIN, -1));
                    floor = i - 1;
                }
                continue;
            }
            if (DocNumbers.parseLine(s) != null) {
                strict = false;
            } else if (Dates.dateLine(s) != null || REG_HEADER.matcher(s).lookingAt()) {
                strict = true;
            } else {
                continue;
            }
            if (i <= floor) {
                continue;
            }
            int top = titleTop(lines, i, floor);
            if (top < 0 || top == skipTitleAt) {
                continue;
            }
            boolean signedAbove = false;
            if (strict && top < i - 1 && !Agencies.splitLine(lines.get(top).text()).isEmpty()
                    && !lines.get(top + 1).squeezed().startsWith("关于")) {
                top++; // a signature line above an attachment title (…办公室 / 若干措施 / date): not part of the title
                signedAbove = true;
            }
            String joined = joinSqueezed(lines, top, i);
            if (!Titles.looksLikeTitle(joined) && (strict || joined.length() < 4)) {
                continue;
            }
            Kind kind = Titles.newsTitle(joined) != null ? Kind.NEWS : Kind.PLAIN;
            if (signedAbove && !starts.isEmpty()) {
                starts.add(new Segment(top, n, top, i, i, Kind.ATTACHMENT, PREVIOUS));
            } else {
                starts.add(new Segment(top, n, top, i, i, kind, -1));
            }
            floor = i;
        }
        return starts;
    }

    private static final Pattern REGULATION = Pattern.compile("条例|办法|规定|细则|规则|法|决定");

    /** An attached regulation follows a signature date, an 附件 label or a note: that is the attachment logic's. */
    private static boolean afterSignatureOrLabel(List<CleanLine> lines, int k) {
        if (k < 0) {
            return false;
        }
        String s = lines.get(k).squeezed();
        return Dates.dateLine(s) != null || s.startsWith("附件") || Titles.isNote(s) || !Agencies.splitLine(lines.get(k).text()).isEmpty();
    }

    private static boolean endsSentence(String s) {
        return !s.isEmpty() && "。；！？".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** The first line of the title ending just above {@code anchor}, or -1 when there is none. */
    static int titleTop(List<CleanLine> lines, int anchor, int floor) {
        int top = -1;
        for (int j = anchor - 1; j > floor && anchor - j <= MAX_TITLE_LINES; j--) {
            CleanLine l = lines.get(j);
            if (!Titles.titleish(l.squeezed(), l.heading())) {
                break;
            }
            top = j;
            // a markdown heading starts the title, unless the line right above is a heading too (a title in two)
            if (l.heading() && !(j - 1 > floor && lines.get(j - 1).heading() && lines.get(j - 1).number() == l.number() - 1)) {
                break;
            }
        }
        while (top >= 0 && top < anchor - 1 && !Titles.startsCleanly(lines.get(top).squeezed())) {
            top++;
        }
        if (top >= 0 && !Titles.startsCleanly(lines.get(top).squeezed())) {
            return -1;
        }
        return top;
    }

    private static int nextDateLine(List<CleanLine> lines, int from, int within) {
        for (int k = from; k < lines.size() && k < from + within; k++) {
            if (Dates.dateLine(lines.get(k).squeezed()) != null) {
                return k;
            }
        }
        return from;
    }

    /** [the document, the attachment split off it or null]. */
    private Segment[] splitAttachment(List<CleanLine> lines, Segment seg, int index) {
        int from = Math.max(seg.anchor(), seg.titleEnd()) + 1;
        if (seg.kind() == Kind.ORDER) {
            from = nextDateLine(lines, seg.anchor() + 1, 14) + 2; // skip the order and the regulation's title
        }
        String ownTitle = seg.titleStart() >= 0 ? joinSqueezed(lines, seg.titleStart(), seg.titleEnd()) : "";
        for (int k = Math.max(from, seg.start()); k < seg.end() - 1; k++) {
            String s = lines.get(k).squeezed();
            char c = s.charAt(0);
            if (c != '附' && !(c >= '0' && c <= '9') && "〇○二一".indexOf(c) < 0) {
                continue; // neither an 附件 label nor a date
            }
            boolean label = ATTACHMENT_LABEL.matcher(s).matches();
            boolean date = !label && s.length() <= 16 && !Dates.isParenDateLine(s) && Dates.dateLine(s) != null;
            if (!label && !date) {
                continue;
            }
            int m = k + 1;
            int cut = label ? k : m; // the 附件 label belongs to neither document
            while (m < seg.end() && (ATTACHMENT_LABEL.matcher(lines.get(m).squeezed()).matches()
                    || Titles.isNote(lines.get(m).squeezed()))) {
                label |= ATTACHMENT_LABEL.matcher(lines.get(m).squeezed()).matches();
                m++;
            }
            int titleEnd = attachedTitleEnd(lines, m, seg.end());
            if (titleEnd < 0) {
                continue;
            }
            String title = joinSqueezed(lines, m, titleEnd);
            if (title.contains("（略）") || title.contains("(略)") || title.equals(ownTitle)
                    || TitleKey.plain(title).equals(TitleKey.plain(ownTitle))) {
                continue;
            }
            if (!label && !announces(lines, seg, ownTitle, k, title)) {
                // a new document after a signature that the notice does not issue: it stands on its own
                return new Segment[] {seg.withEnd(cut), new Segment(m, seg.end(), m, titleEnd, titleEnd - 1, Kind.PLAIN, -1)};
            }
            int parent = seg.kind() == Kind.ATTACHMENT && label && seg.parent() >= 0 ? seg.parent() : index;
            Segment attachment = new Segment(m, seg.end(), m, titleEnd, titleEnd - 1, Kind.ATTACHMENT, parent);
            return new Segment[] {seg.withEnd(cut), attachment};
        }
        return new Segment[] {seg, null};
    }

    private static final Pattern ISSUES = Pattern.compile("印发|发布|颁布|转发|公布|下发");

    /** Does the document issue the title that follows its signature (印发 in its title, an 附件 note, its name)? */
    private static boolean announces(List<CleanLine> lines, Segment seg, String ownTitle, int signature, String title) {
        if (seg.kind() == Kind.ORDER || ISSUES.matcher(ownTitle).find()) {
            return true;
        }
        String body = joinSqueezed(lines, Math.max(seg.start(), seg.titleEnd()), signature);
        return body.contains("附件") || body.contains(TitleKey.plain(title)) || ISSUES.matcher(body).find() && body.contains("《");
    }

    /** The end (exclusive) of a title of 1–3 lines starting at m that is followed by body text, or -1. */
    private static int attachedTitleEnd(List<CleanLine> lines, int m, int end) {
        int best = -1;
        StringBuilder b = new StringBuilder();
        for (int t = m; t < end && t < m + 3; t++) {
            CleanLine l = lines.get(t);
            if (!Titles.titleish(l.squeezed(), l.heading()) || (t == m && !Titles.startsCleanly(l.squeezed()))) {
                break;
            }
            if (t > m && best > 0 && isSubtitle(l.squeezed())) {
                break; // （六个方面33项措施） under a title is a subtitle; （2021-2023年） and （试行） belong to it
            }
            b.append(l.squeezed());
            if (Titles.looksLikeTitle(b.toString())) {
                best = t + 1;
            }
        }
        if (best < 0 || best >= end) {
            return -1;
        }
        String next = lines.get(best).squeezed();
        if (next.endsWith("：") && next.startsWith("各")) {
            return best; // an addressee: a new notice (announces() decides whether it is attached)
        }
        if (ATTACHMENT_LABEL.matcher(next).matches() || next.startsWith("附件") || DocNumbers.parseLine(next) != null
                || Dates.dateLine(next) != null) {
            return -1;
        }
        return best;
    }

    private static final Pattern TITLE_PAREN = Pattern.compile("\\d{4}|试行|暂行|修订|草案|版|征求意见稿");

    private static boolean isSubtitle(String s) {
        return (s.startsWith("（") || s.startsWith("(")) && !TITLE_PAREN.matcher(s).find();
    }


    static String joinSqueezed(List<CleanLine> lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from); i < to; i++) {
            b.append(lines.get(i).squeezed());
        }
        return b.toString();
    }
}
