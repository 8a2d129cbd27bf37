package org.reggraph.extract.document;

import org.reggraph.extract.lexicon.LeadScan;
import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.agency.Agencies;
import org.reggraph.extract.lexicon.AgencyShortNames;
import org.reggraph.extract.lexicon.Dates;
import org.reggraph.extract.lexicon.DocNumbers;
import org.reggraph.extract.lexicon.Titles;
import org.reggraph.extract.text.CleanLine;
import org.reggraph.extract.text.TextNormalizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, document number, issuers, dates, kind and level of one segmented document. */
final class HeaderParser {

    private static final String D = Lexicon.HEADER_DATE;
    /** 自 or, in older texts, 从 (本规定从1986年7月1日起施行); the hour may follow the date (自2001年8月1日零时起施行). */
    private static final Pattern EFFECTIVE = Pattern.compile("[自从]" + D + "(?:零时|0时)?起(?:施行|实施|执行|生效|正式施行|正式实施)");
    private static final Pattern EFFECTIVE_ON_ISSUE = Pattern.compile(
            "[自从](?:修订)?(?:发布|印发|公布|下发|颁布|发文)之日起(?:施行|实施|执行|生效)");
    /** The first characters of {@link #EFFECTIVE} and {@link #EFFECTIVE_ON_ISSUE}. */
    private static final boolean[] EFFECTIVE_LEADS = Lexicon.charTable("自从");
    /** The characters after 自/从 that can begin {@link #EFFECTIVE}'s date and {@link #EFFECTIVE_ON_ISSUE}'s verb. */
    private static final boolean[] DATE_FIRST = Lexicon.charTable("0123456789〇○零一二三四五六七八九十");
    private static final boolean[] ISSUE_FIRST = Lexicon.charTable("修发印公下颁");
    private static final Pattern FROM_DATE = Pattern.compile("自" + D + "起(?![^，。；]{0,12}(?:至|到))");
    /** A forwarding title: 国务院办公厅转发财政部、国家林草局（国家公园局）关于…的通知 — the bodies forwarded. */
    private static final Pattern FORWARDS = Pattern.compile("转发([^《》“”]{2,80}?)(?:关于|《)");
    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{2,80})》");
    private static final int HEADER_LINES = 15;

    /**
     * @param parent header of the document that issues this one (for attachments), or null
     */
    Header parse(List<CleanLine> lines, DocumentSegmenter.Segment seg, Header parent) {
        String title;
        String docNumber = null;
        List<String> issuers = new ArrayList<>();
        List<String> titleIssuers = List.of();
        LocalDate headerDate = null;
        List<String> noteHistory = List.of(); // a history note under the title, a clause per date
        int bodyStart;
        if (seg.kind() == DocumentSegmenter.Kind.ORDER) {
            String order = DocNumbers.orderHead(lines.get(seg.start()).squeezed());
            int no = DocNumbers.numberOnly(lines.get(seg.anchor()).squeezed());
            docNumber = order + "第" + no + "号";
            issuers.add(order.equals("主席令") ? "中华人民共和国主席" : order.substring(0, order.length() - 1));
            int date = dateLineIndex(lines, seg.anchor() + 1, Math.min(seg.end(), seg.anchor() + 14));
            headerDate = date >= 0 ? Dates.dateLine(lines.get(date).squeezed()) : null;
            String orderText = DocumentSegmenter.joinSqueezed(lines, seg.anchor() + 1, date >= 0 ? date : seg.anchor() + 1);
            Matcher m = BOOK_TITLE.matcher(orderText);
            String next = date >= 0 && date + 1 < seg.end() ? lines.get(date + 1).squeezed() : "";
            title = m.find() ? m.group(1) : next;
            bodyStart = date >= 0 ? date + 1 : seg.anchor() + 1;
            if (next.equals(title)) {
                bodyStart++;
            }
        } else if (seg.titleStart() >= 0) {
            String joined = DocumentSegmenter.joinSqueezed(lines, seg.titleStart(), seg.titleEnd());
            String news = Titles.newsTitle(joined);
            title = news != null ? news : unwrap(joined);
            String raw = rawTitle(lines, seg.titleStart(), seg.titleEnd());
            if (news != null) {
                issuers.addAll(Agencies.splitLine(Titles.newsIssuers(raw)));
            }
            bodyStart = seg.titleEnd();
            // header lines right under the title: document number, date, promulgation note
            for (int k = seg.titleEnd(); k < seg.end() && k < seg.titleEnd() + 3; k++) {
                String s = lines.get(k).squeezed();
                String no = DocNumbers.parseLine(s);
                LocalDate d = Dates.dateLine(s);
                if (no != null && docNumber == null) {
                    docNumber = no;
                } else if (d != null && headerDate == null) {
                    headerDate = d;
                } else if (s.startsWith("（") || s.startsWith("(")) {
                    int close = closingLine(lines, k, seg.end());
                    String note = DocumentSegmenter.joinSqueezed(lines, k, close + 1);
                    Matcher om = DocNumbers.ORDER_IN_TEXT.matcher(note);
                    if (docNumber == null && om.find()) {
                        docNumber = DocNumbers.orderNumber(om);
                    }
                    List<String> clauses = noteClauses(note);
                    LocalDate pd = noteDate(clauses, note);
                    noteHistory = noteHistory.isEmpty() ? clauses : noteHistory;
                    if (headerDate == null) {
                        headerDate = pd;
                    }
                    if (issuers.isEmpty()) {
                        // （…XX省第十三届人民代表大会常务委员会第N次会议通过）: the legislature that passed it
                        issuers.addAll(MarkdownLawReader.historyIssuers(List.of(note)));
                    }
                    k = close;
                } else {
                    break;
                }
                bodyStart = k + 1;
            }
            titleIssuers = Agencies.fromTitle(raw);
            if (issuers.isEmpty()) {
                issuers.addAll(titleIssuers);
            }
            if (docNumber != null && issuers.isEmpty()) {
                String part = DocNumbers.issuerPart(docNumber);
                String anchorLine = seg.anchor() >= 0 ? lines.get(seg.anchor()).text() : "";
                if (part != null && DocNumbers.parseLine(TextNormalizer.squeeze(anchorLine)) != null) {
                    issuers.addAll(Agencies.splitLine(rawIssuerPart(anchorLine))); // spaces separate co-issuers
                } else if (part != null && Agencies.isAgency(part)) {
                    issuers.add(part);
                }
            }
        } else {
            title = null;
            bodyStart = seg.start();
        }

        // the signature block: agencies above the last date line
        LocalDate signed = null;
        List<String> signers = new ArrayList<>();
        int sig = signatureDate(lines, bodyStart, seg.end());
        if (sig >= 0 && sig > seg.anchor()) {
            signed = Dates.dateLine(lines.get(sig).squeezed());
            signers = signatureAgencies(lines, sig, bodyStart);
        } else if (seg.end() - 1 > bodyStart) {
            signers = signatureAgencies(lines, seg.end(), bodyStart); // signed but undated (the date went below an attachment title)
        }
        if (docNumber != null && docNumber.startsWith("公告") && seg.titleStart() >= 0) {
            // 公告2023年第7号 under a title naming the issuers: the number is theirs (财政部税务总局公告2023年第7号)
            String t = DocumentSegmenter.joinSqueezed(lines, seg.titleStart(), seg.titleEnd());
            int about = t.indexOf("关于");
            if (about > 0) {
                docNumber = t.substring(0, about) + docNumber;
            }
        }
        if (docNumber != null && docNumber.contains("令第") && headerDate == null) {
            int d = dateLineIndex(lines, seg.anchor() + 1, Math.min(seg.end(), seg.anchor() + 14));
            if (d >= 0) { // a ministry order: its date, and the regulation's title repeated after it
                headerDate = Dates.dateLine(lines.get(d).squeezed());
                bodyStart = d + 1;
                if (d + 1 < seg.end() && lines.get(d + 1).squeezed().equals(title)) {
                    bodyStart = d + 2;
                }
                if (sig == d) {
                    signed = null;
                }
            }
        }
        if (!signers.isEmpty() && seg.kind() != DocumentSegmenter.Kind.ORDER) {
            issuers = signers;
        }
        LocalDate date = seg.kind() == DocumentSegmenter.Kind.ORDER ? headerDate : (signed != null ? signed : headerDate);
        if (seg.kind() == DocumentSegmenter.Kind.ATTACHMENT && parent != null) {
            if (parent.date() != null) {
                date = parent.date();
            }
            List<String> forwarded = forwardedIssuers(parent.title());
            if (!forwarded.isEmpty()) {
                issuers = forwarded; // 转发: the forwarder passes on another body's document, it does not issue it
            } else if (titleIssuers.isEmpty() && !parent.issuers().isEmpty()) {
                issuers = parent.issuers(); // an attachment whose title names its issuer (自然资源部关于…方案) keeps it
            }
        }
        if (title == null) {
            title = "";
        }
        String kind = Titles.kind(title);
        LocalDate effective = effectiveDate(lines, seg, date, Titles.kindSuffix(title));
        issuers = issuers.stream().map(AgencyShortNames::issuer).distinct().toList();
        return new Header(title, docNumber, issuers, date, effective, MarkdownLawReader.firstIssued(noteHistory, date), kind,
                level(title, docNumber, kind, issuers, seg), bodyStart);
    }

    /** The agencies a forwarding notice's title names as authors of what it forwards; empty when it forwards none. */
    static List<String> forwardedIssuers(String parentTitle) {
        Matcher m = FORWARDS.matcher(parentTitle == null ? "" : parentTitle);
        if (!m.find()) {
            return List.of();
        }
        // all or nothing, as for a signature line: 转发…的 something that names no author gives none
        return Agencies.splitLine(m.group(1).replaceAll("[（(][^）)]*[）)]", "").replaceAll("[，,]", "、"));
    }

    /**
     * @param suffix the title's kind suffix (公告, 通告 …) or null: announcements also take effect "自…起"
     */
    static LocalDate effectiveDate(List<CleanLine> lines, DocumentSegmenter.Segment seg, LocalDate date, String suffix) {
        // every pattern here begins with 自 (the effective dates also with 从): tried where one stands (LeadScan), not at
        // every character of the document
        String head = DocumentSegmenter.joinSqueezed(lines, seg.start(), Math.min(seg.end(), seg.start() + HEADER_LINES));
        Matcher m = LeadScan.of(EFFECTIVE, head);
        for (int from = 0; LeadScan.find(m, head, EFFECTIVE_LEADS, from); from = m.end()) {
            LocalDate d = Dates.of(m);
            if (d != null) {
                return d;
            }
        }
        String all = DocumentSegmenter.joinSqueezed(lines, seg.start(), seg.end());
        LocalDate found = null;
        int at = -1;
        // one pass for both patterns: a date follows 自/从 in one, a verb of issue in the other, and neither's match holds
        // another 自 or 从, so each finds at every lead what its own scan would
        m = LeadScan.of(EFFECTIVE, all);
        Matcher onIssue = LeadScan.of(EFFECTIVE_ON_ISSUE, all);
        int issueAt = -1;
        int zi = all.indexOf('自');
        int cong = all.indexOf('从');
        while (zi >= 0 || cong >= 0) {
            int k = cong < 0 || zi >= 0 && zi < cong ? zi : cong;
            if (k == zi) {
                zi = all.indexOf('自', k + 1);
            } else {
                cong = all.indexOf('从', k + 1);
            }
            if (k + 1 >= all.length()) {
                continue;
            }
            if (DATE_FIRST[all.charAt(k + 1)] && m.region(k, all.length()).lookingAt()) {
                LocalDate d = Dates.of(m);
                if (d != null) {
                    found = d;
                    at = m.start();
                }
            } else if (ISSUE_FIRST[all.charAt(k + 1)] && onIssue.region(k, all.length()).lookingAt()) {
                issueAt = onIssue.start();
            }
        }
        if (issueAt > at && date != null) {
            return date;
        }
        if (found != null) {
            return found;
        }
        if ("公告".equals(suffix) || "通告".equals(suffix)) {
            m = LeadScan.of(FROM_DATE, all);
            for (int from = 0; LeadScan.find(m, all, '自', from); from = m.end()) {
                LocalDate d = Dates.of(m);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The date of a header note （2002年10月31日…会议通过 2020年11月27日…会议修订）: its clauses, one per date, read like
     * history lines (the last promulgation or revision, else the adoption).
     */
    private static LocalDate noteDate(List<String> clauses, String note) {
        LocalDate date = MarkdownLawReader.historyDate(clauses);
        return date != null ? date : Dates.first(note);
    }

    /** A header note's clauses, one per date, as history lines. */
    private static List<String> noteClauses(String note) {
        List<String> clauses = new ArrayList<>();
        Matcher d = Dates.DATE.matcher(note);
        int from = -1;
        while (d.find()) {
            if (from >= 0) {
                clauses.add(note.substring(from, d.start()));
            }
            from = d.start();
        }
        if (from >= 0) {
            clauses.add(note.substring(from));
        }
        return clauses;
    }

    private static String level(String title, String docNumber, String kind, List<String> issuers,
                                DocumentSegmenter.Segment seg) {
        String level = DocumentLevel.of(title, kind, docNumber, issuers, false);
        if (level == null && (!issuers.isEmpty() || seg.kind() == DocumentSegmenter.Kind.ATTACHMENT)) {
            return "规范性文件";
        }
        return level;
    }

    private static String unwrap(String title) {
        if (title.startsWith("《") && title.endsWith("》") && title.indexOf('《', 1) < 0) {
            return title.substring(1, title.length() - 1);
        }
        return title;
    }

    /** Title lines joined by single spaces with inner spaces kept: spaces separate co-issuers. */
    private static String rawTitle(List<CleanLine> lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(lines.get(i).text());
        }
        return b.toString();
    }

    private static String rawIssuerPart(String line) {
        int i = line.indexOf("公告");
        if (i < 0) {
            i = line.indexOf("令");
        }
        return i > 0 ? line.substring(0, i) : "";
    }

    private static int closingLine(List<CleanLine> lines, int from, int end) {
        for (int k = from; k < end && k < from + 5; k++) {
            String s = lines.get(k).squeezed();
            if (s.endsWith("）") || s.endsWith(")")) {
                return k;
            }
        }
        return from;
    }

    private static int dateLineIndex(List<CleanLine> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Dates.dateLine(lines.get(k).squeezed()) != null) {
                return k;
            }
        }
        return -1;
    }

    /** The signature date: the last date line with an agency above it, else the last date line near the end. */
    private static int signatureDate(List<CleanLine> lines, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            String s = lines.get(k).squeezed();
            if (s.length() <= 16 && !Dates.isParenDateLine(s) && Dates.dateLine(s) != null
                    && !Agencies.splitLine(lines.get(k - 1).text()).isEmpty()) {
                return k;
            }
        }
        return lastDateLine(lines, Math.max(from, to - 14), to);
    }

    /** Agencies on the lines above a signature date; a name broken over two lines is joined back. */
    static List<String> signatureAgencies(List<CleanLine> lines, int sig, int from) {
        List<List<String>> block = new ArrayList<>();
        for (int k = sig - 1; k >= from && k >= sig - 40; k--) {
            List<String> agencies = Agencies.splitLine(lines.get(k).text());
            if (agencies.isEmpty()) {
                String upper = lines.get(k).squeezed();
                // a name broken over two lines, not the tail of an attachment title (…财税支持 / 方案 / 财政部)
                if (!block.isEmpty() && block.get(0).size() == 1 && Titles.kindSuffix(upper) == null
                        && Agencies.isAgency(upper + block.get(0).get(0))) {
                    block.set(0, List.of(lines.get(k).squeezed() + block.get(0).get(0)));
                    continue;
                }
                break;
            }
            block.add(0, agencies);
        }
        List<String> out = new ArrayList<>();
        block.forEach(out::addAll);
        return out;
    }

    private static int lastDateLine(List<CleanLine> lines, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            String s = lines.get(k).squeezed();
            if (!Dates.isParenDateLine(s) && Dates.dateLine(s) != null) {
                return k;
            }
        }
        return -1;
    }
}
