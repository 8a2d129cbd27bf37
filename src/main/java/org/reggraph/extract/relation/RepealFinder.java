package org.reggraph.extract.relation;

import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.document.DocText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REPEALS: a document mentioned in a sentence that repeals it — 《X》（…号）同时废止, 予以废止, 一并废止, 停止执行,
 * 不再执行, 决定废止《X》. Articles or items named between the mention and the verb (第六条第一项, 附件4–7) make the
 * repeal partial. Sentences that only discuss repeal (应给出“废止”结论, 修订或废止的建议) are not repeals.
 */
final class RepealFinder {

    private static final Pattern AFTER = Pattern.compile(
            "^[^。；]*?(?:(?:同时|予以|一并|即行|相应|宣布|自行)(?:废止|失效)|停止执行|不再执行|(?<![或和、“])废止(?:[。；，,]|$))");
    private static final Pattern BEFORE = Pattern.compile("(?:决定|宣布|现)废止[^。；]*$");
    private static final Pattern DISCUSSION = Pattern.compile("应给出|结论|建议|研究废止|适时|拟|是否|或者废止|或废止|废止或");
    private static final Pattern PARTS = Pattern.compile(
            "第" + Lexicon.ARTICLE_NUMERAL + "+条(?:第" + Lexicon.SMALL_NUMERAL + "+款)?(?:第[（(]?" + Lexicon.SMALL_NUMERAL + "+[）)]?项)?"
                    + "|第[（(]?" + Lexicon.SMALL_NUMERAL + "+[）)]?项|附件\\d+(?:[-–—~至]\\d+)?");

    /** The mention is a list of what goes (所列文件, 列明的条款), not what goes itself. */
    private static final Pattern LISTED = Pattern.compile("^(?:[（(][^（）()]{0,20}[）)])?(?:中)?(?:所列|列明|列出|所附)");

    /** Repeal details of a citation, or null when its sentence does not repeal it. */
    record Repeal(boolean partial, List<String> articles, int sentenceStart, int sentenceEnd) {
    }

    Repeal classify(DocText dt, Citation c) {
        int ss = dt.sentenceStart(c.start());
        int se = dt.sentenceEnd(c.end());
        if (!dt.contains("废止", ss, se - 1) && !dt.contains("失效", ss, se - 1) && !dt.contains("执行", ss, se - 1)
                && !dt.contains("“", ss, se - 1)) {
            return null; // most mentions: decided without copying the sentence
        }
        if (insideQuote(dt.text(), c.start())) {
            return null; // a title inside quoted repealed wording (“…送达《未达起征点通知书》”) is not repealed
        }
        se = sentenceEnd(dt, c.end());
        String sentence = masked(dt.text(), ss, se);
        if (!sentence.contains("废止") && !sentence.contains("失效") && !sentence.contains("执行")) {
            return null;
        }
        if (DISCUSSION.matcher(sentence).find()) {
            return null;
        }
        String after = masked(dt.text(), c.end(), se);
        Matcher m = AFTER.matcher(after);
        boolean repeal = false;
        String between = "";
        if (m.find()) {
            between = after.substring(0, m.end());
            // another mention in between that is itself followed by the verb: this one is part of a list
            repeal = !between.contains("根据") && !between.contains("按照") && !between.contains("依据")
                    && !between.contains("之日起") && !between.contains("以前") && !between.contains("以后")
                    && (between.length() <= 40 || between.contains("《"));
        }
        if (repeal && LISTED.matcher(between).find()) {
            return null; // 《目录》（附件2）所列文件同时废止: the files the list names go, not the list
        }
        if (!repeal && BEFORE.matcher(dt.text().substring(ss, c.start())).find()) {
            repeal = true;
        }
        if (!repeal) {
            return null;
        }
        // parts named before the next mention
        int cut = between.indexOf('《');
        String own = cut >= 0 ? between.substring(0, cut) : between;
        List<String> parts = new ArrayList<>();
        Matcher p = PARTS.matcher(own);
        while (p.find()) {
            parts.add(p.group());
        }
        return new Repeal(!parts.isEmpty(), parts, ss, se);
    }

    /** The sentence end, not counting a 。 inside “quoted wording” (第六条第一项“…核定其定额。对…”). */
    private static int sentenceEnd(DocText dt, int from) {
        String s = dt.text();
        int se = dt.sentenceEnd(from);
        while (se < s.length() && se - from < QUOTE_WINDOW && openQuotes(s, from, se) > 0) {
            int close = -1;
            for (int i = se, end = Math.min(s.length(), from + QUOTE_WINDOW + 1); i < end && close < 0; i++) {
                close = s.charAt(i) == '”' ? i : -1; // within the window only: an unclosed quote must not read on to the end
            }
            if (close < 0) {
                break;
            }
            se = dt.sentenceEnd(close + 1);
        }
        return se;
    }

    private static int openQuotes(String s, int from, int to) {
        int open = 0;
        for (int k = from; k < to; k++) {
            char ch = s.charAt(k);
            if (ch == '“') {
                open++;
            } else if (ch == '”' && open > 0) {
                open--;
            }
        }
        return open;
    }

    /** Between a “ and its ” (the quote may hold a 。, so the sentence bounds do not tell). */
    private static boolean insideQuote(String s, int at) {
        int from = Math.max(0, at - QUOTE_WINDOW);
        int to = Math.min(s.length(), at + QUOTE_WINDOW);
        int open = -1;
        for (int k = at - 1; k >= from && open < 0; k--) {
            char ch = s.charAt(k);
            if (ch == '”') {
                return false;
            }
            if (ch == '“') {
                open = k;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = at; k < to; k++) {
            char ch = s.charAt(k);
            if (ch == '“') {
                return false;
            }
            if (ch == '”') {
                return true;
            }
        }
        return false;
    }

    /** Quoted wording in a repeal sentence is short: look this far around a mention (keeps the scan linear). */
    private static final int QUOTE_WINDOW = 500;

    /** The text between two offsets with quoted wording blanked (same length): quotes hold no verbs nor mentions. */
    static String masked(String s, int from, int to) {
        StringBuilder sb = new StringBuilder(s.substring(from, to));
        int open = 0;
        for (int k = 0; k < sb.length(); k++) {
            char ch = sb.charAt(k);
            if (ch == '“') {
                open++;
            } else if (ch == '”' && open > 0) {
                open--;
            } else if (open > 0) {
                sb.setCharAt(k, '＿');
            }
        }
        return sb.toString();
    }
}
