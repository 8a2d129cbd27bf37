package org.reggraph.extract.relation;

import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.document.DocText;
import org.reggraph.extract.lexicon.DocNumbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document mentions in a {@link DocText}: every 《…》 (nested 〈〉 ‹› <> and 《》 inside, consecutive and listed
 * titles), a document number in parentheses after it, 第N条 after it, and bare document numbers
 * (国发〔2021〕7号文件). Titles of forms, certificates, publications, reports and programmes are left out by the kind of
 * name they end with, see {@link #isDocumentTitle}.
 */
final class CitationFinder {

    /** Document kinds: a title ending with one of these (before a （试行）-like note) names a legal or policy document. */
    private static final Pattern DOCUMENT_SUFFIX = Pattern.compile(Lexicon.anyOf(Lexicon.DOCUMENT_KINDS) + "$");
    /** Not documents: forms, certificates, books, reports, programmes, systems. */
    private static final Pattern NOT_DOCUMENT_SUFFIX = Pattern.compile(Lexicon.anyOf(Lexicon.NON_DOCUMENT_KINDS) + "$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]{1,20}[）)]$");
    private static final Pattern NUMBER_PAREN = Pattern.compile(
            "\\G[（(]([^（）()《》。]{0,40}?(?:[〔\\[［【]\\d{4}[〕\\]］】]第?\\d{1,5}号|令第\\d{1,5}号|\\d{4}年第?\\d{1,5}号))"
                    + "(?:发布|公布|印发|修改|修订)?(?:[，,、；][^（）()《》。]{0,30}?(?:《[^（）()《》。]{1,30}》)?)?[）)]");
    private static final Pattern FIRST_NUMBER = Pattern.compile(
            "[^，,、；]{0,40}?(?:[〔\\[［【]\\s*\\d{4}\\s*[〕\\]］】]\\s*第?\\s*\\d{1,5}\\s*号|令\\s*第\\s*\\d{1,5}\\s*号"
                    + "|\\d{4}\\s*年\\s*第?\\s*\\d{1,5}\\s*号)");
    private static final Pattern ARTICLE_AFTER = Pattern.compile("\\G(第" + Lexicon.ARTICLE_NUMERAL + "+条)");
    /** The number part of a bare document number: 〔2021〕7号, 令第744号, 公告2015年第97号; the issuer is read backwards. */
    static final Pattern BARE_NUMBER = Pattern.compile(
            "[〔\\[［【]\\s*(\\d{4})\\s*[〕\\]］】]\\s*第?(\\d{1,5})号|" + DocNumbers.ORDER_NO + "|公告(\\d{4})年第(\\d{1,4})号");
    /** The characters a {@link #BARE_NUMBER} match starts with. */
    private static final String BARE_FIRST = "〔[［【令公";
    /** {@link #BARE_FIRST} as a table: {@link #nextBare} asks it at every offset of a document. */
    private static final boolean[] IS_BARE_FIRST = Lexicon.charTable(BARE_FIRST);
    private static final String STOP = "的和按据照及与或在见于以将对是从即经由指《》、，。；：（）()“”\"";
    private static final Pattern TITLE_END = Pattern.compile("^.*(?:通知|通告|公告|意见|决定|方案|纲要|规划|条例|办法|规定|细则|批复|函|文件"
            + "|落实|贯彻|执行|参照|依照|实施|印发|转发|发布|根据|按照|对照|深入|结合|通过|明确|要求|规定|提出|部署)");

    /** Longest scan for the 》 that closes a 《, so that every 《 costs a bounded number of steps. */
    private static final int MAX_TITLE = 160;
    /** 中华人民共和国 may stand this far before the number it issues. */
    private static final int PRC_REACH = 17;

    List<Citation> find(DocText dt) {
        String s = dt.text();
        List<Citation> out = new ArrayList<>();
        int n = s.length();
        int i = s.indexOf('《');
        int lastEnd = 0;
        List<int[]> covered = new ArrayList<>();
        Brackets brackets = i < 0 ? null : new Brackets(s);
        while (i >= 0 && i < n) {
            int j = brackets.close(i);
            if (j < 0) {
                i = s.indexOf('《', i + 1);
                continue;
            }
            String title = normalizeInner(s.substring(i + 1, j));
            int end = j + 1;
            String number = null;
            Matcher m = NUMBER_PAREN.matcher(s);
            m.region(end, Math.min(n, end + 60));
            if (m.lookingAt()) {
                number = DocNumbers.withIssuers(title, normalizeNumber(firstNumber(m.group(1))));
                end = m.end();
            }
            String art = null;
            Matcher a = ARTICLE_AFTER.matcher(s);
            a.region(j + 1, Math.min(n, j + 12));
            if (a.lookingAt()) {
                art = a.group(1);
                if (number == null) {
                    end = a.end();
                }
            }
            covered.add(new int[]{i, end});
            if (isDocumentTitle(title)) {
                out.add(new Citation(i, end, j + 1, title, number, art, "title"));
            }
            lastEnd = end;
            i = s.indexOf('《', j + 1);
        }
        // bare numbers outside the 《》 and their parentheses
        Matcher m = BARE_NUMBER.matcher(s);
        int ci = 0;
        for (int from = 0; (from = nextBare(m, s, from)) >= 0; ) {
            int en = m.end();
            int st = issuerStart(s, m.start(), m.group(3) != null ? DocNumbers.ORDER_ISSUER_MAX : 12);
            if (st == m.start()) {
                continue; // no issuer: 第7号 alone is no citation
            }
            while (ci < covered.size() && covered.get(ci)[1] <= st) {
                ci++;
            }
            if (ci < covered.size() && covered.get(ci)[0] <= m.start()) {
                continue;
            }
            String raw = s.substring(st, en);
            raw = DocNumbers.withoutPrc(raw);
            if (m.group(3) != null && !DocNumbers.isDocumentOrder(raw.substring(0, raw.length() - m.group().length() + 1))) {
                continue;
            }
            String number = DocNumbers.parseLine(raw);
            if (number == null) {
                continue;
            }
            out.add(new Citation(st, en, en, null, number, null, "docNumber"));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /**
     * {@code m.find()} from {@code from} for {@link #BARE_NUMBER}, tried only where its first character stands (a
     * search tries its three forms at every offset of the document): the end of the match, or -1.
     */
    private static int nextBare(Matcher m, String s, int from) {
        for (int k = from, n = s.length(); k < n; k++) {
            if (IS_BARE_FIRST[s.charAt(k)] && m.region(k, n).lookingAt()) {
                return m.end();
            }
        }
        return -1;
    }

    /**
     * The 》 that closes each 《 (nested 《》 counted), found in one pass with a stack over the brackets alone (found by
     * indexOf), so that a text of thousands of 《 costs no rescans. A title is at most {@link #MAX_TITLE} characters and holds
     * no 。.
     */
    private static final class Brackets {
        private final String s;
        /** Each 《's offset, ascending, and the offset of its 》 or -1. */
        private int[] opens = new int[16];
        private int[] closes = new int[16];
        private int count;

        Brackets(String s) {
            this.s = s;
            int[] open = new int[16];
            int depth = 0;
            int a = s.indexOf('《');
            int b = s.indexOf('》');
            while (a >= 0 || b >= 0) {
                if (b < 0 || a >= 0 && a < b) {
                    if (depth == open.length) {
                        open = Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = add(a);
                    a = s.indexOf('《', a + 1);
                } else {
                    if (depth > 0) {
                        closes[open[--depth]] = b;
                    }
                    b = s.indexOf('》', b + 1);
                }
            }
        }

        /** Records a 《 with no 》 yet; its index among the 《. */
        private int add(int at) {
            if (count == opens.length) {
                opens = Arrays.copyOf(opens, count * 2);
                closes = Arrays.copyOf(closes, count * 2);
            }
            opens[count] = at;
            closes[count] = -1;
            return count++;
        }

        /** The closing 》 of the 《 at {@code i}, or -1 (none, too far, or a 。 in between). */
        int close(int i) {
            int k = Arrays.binarySearch(opens, 0, count, i);
            int j = k < 0 ? -1 : closes[k];
            if (j < 0 || j - i > MAX_TITLE) {
                return -1;
            }
            for (int p = i + 1; p < j; p++) {
                if (s.charAt(p) == '。') {
                    return -1;
                }
            }
            return j;
        }
    }

    /**
     * Start of the issuer written in front of a number: CJK characters back to a function word or punctuation. Read
     * backwards, not with {@link DocNumbers#orderInText}: a bare number of any kind stands in a sentence, where the
     * words before its issuer (依据, 按照, a title) must be cut off by stop characters rather than by a length.
     */
    private static int issuerStart(String s, int from, int max) {
        int dated = afterDate(s, from, max);
        if (dated >= 0) {
            return dated; // 2021年1月1日国家林业和草原局令第5号: all between the date's 日 and the number (not the 日 itself)
        }
        int k = from;
        while (k > 0 && from - k < max) {
            char c = s.charAt(k - 1);
            if (c < '\u4e00' || c > '\u9fff' || STOP.indexOf(c) >= 0 && !inName(c, s.charAt(k))) {
                break;
            }
            k--;
        }
        for (int p = k; p >= Math.max(0, from - PRC_REACH); p--) { // a bounded look back, not lastIndexOf
            if (s.startsWith(DocNumbers.PRC, p)) {
                return p;
            }
        }
        Matcher t = TITLE_END.matcher(s.substring(k, from));
        if (t.find()) {
            k += t.end(); // the title of the document stands right before its own number
        }
        return k;
    }

    /** Where an issuer written right after a date (…日) starts, when only CJK characters stand between; else -1. */
    private static int afterDate(String s, int from, int max) {
        for (int k = from - 1; k > 0 && from - k <= max; k--) {
            char c = s.charAt(k);
            if (c == '日' && Character.isDigit(s.charAt(k - 1))) {
                return k + 1 < from ? k + 1 : -1;
            }
            if (c < '\u4e00' || c > '\u9fff') {
                return -1;
            }
        }
        return -1;
    }

    /** A stop character that begins a word of agency names: 经济 (对外贸易经济合作部), 对外 (对外经济贸易部). */
    private static boolean inName(char c, char next) {
        return c == '经' && next == '济' || c == '对' && next == '外';
    }

    /** （2017年第21号发布，2018年第31号修改）: the number that issued the document comes first. */
    static String firstNumber(String raw) {
        Matcher m = FIRST_NUMBER.matcher(raw);
        return m.lookingAt() ? m.group() : raw;
    }

    static String normalizeNumber(String raw) {
        String sq = raw.replaceAll("\\s+", "");
        String n = DocNumbers.parseLine(sq);
        return n != null ? n : sq;
    }

    /** Inner title brackets 〈〉 ‹› <> become 《》. */
    static String normalizeInner(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            switch (c) {
                case '〈', '‹', '<', '＜' -> sb.append('《');
                case '〉', '›', '>', '＞' -> sb.append('》');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when a 《》 title names a legal or policy document rather than a form, certificate, report or programme. */
    static boolean isDocumentTitle(String title) {
        if (title.length() < 2 || title.length() > 120) {
            return false;
        }
        String t = withoutNotes(title);
        int dash = t.indexOf("——");
        if (dash > 0 && !DOCUMENT_SUFFIX.matcher(t).find()) {
            t = t.substring(0, dash); // X指南——Y（试行）: the main title before its subtitle names the kind
        }
        Matcher kind = DOCUMENT_SUFFIX.matcher(t);
        boolean document = kind.find();
        Matcher not = NOT_DOCUMENT_SUFFIX.matcher(t);
        // the longer ending decides: 负面清单 is a document although 单 ends forms
        return document && (!not.find() || kind.start() < not.start());
    }

    /**
     * A name a notice issues in its own title (关于发布《X》的通知): a document whatever its last word (标杆水平和基准水平
     * （2021年版）), unless it ends as a form, book or report does.
     */
    static boolean isIssuedName(String name) {
        if (name.length() < 4 || name.length() > 120) {
            return false;
        }
        String t = withoutNotes(name);
        return !t.isEmpty() && (isDocumentTitle(name) || !NOT_DOCUMENT_SUFFIX.matcher(t).find());
    }

    /** The title without up to three trailing notes (（试行）（2021年版）) and a closing 》 of an inner title. */
    private static String withoutNotes(String title) {
        String t = title;
        for (int k = 0; k < 3; k++) {
            Matcher m = TRAILING_NOTE.matcher(t);
            if (!m.find()) {
                break;
            }
            t = t.substring(0, m.start());
        }
        if (t.endsWith("》")) { // 关于印发《X》的 … handled by the suffix of the outer title
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
