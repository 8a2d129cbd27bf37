package org.reggraph.extract.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/** What titles of Chinese regulations and policy documents look like, and the kind a title names. */
public final class Titles {

    /** A law's implementing regulation, rules or measures, or its amendment, written without the state's name: X法实施条例, 刑法修正案（十一）. */
    private static final Pattern LAW_IMPLEMENTATION =
            Pattern.compile("(?!中华人民共和国|国务院|关于)[\\u4e00-\\u9fff]{1,14}(?<![办方做说])法(?:实施(?:条例|细则|办法)|修正案(?:[（(][一二三四五六七八九十]{1,3}[）)])?)");

    /** Kinds a title can end with; longer first so that 实施细则 wins over 细则 and 通告 over 告. */
    private static final List<String> KIND_SUFFIXES = Lexicon.TITLE_KINDS;
    private static final Pattern TRAILING_PAREN = Pattern.compile("[（(][^（()）]{1,30}[）)]$");
    private static final Pattern NEWS = Pattern.compile("^[^《》]{2,40}?印发《[^《》]+》$");
    private static final Pattern ENUMERATED = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十百\\d]{1,4}[）)]|[一二三四五六七八九十百]{1,4}[、．.]|\\d{1,3}[.、．](?!\\d)|第[一二三四五六七八九十百千\\d]{1,6}[条章节编]"
                    + "|[①-⑳])");
    private static final Pattern FILE_NAME = Pattern.compile("\\.(?:docx?|xlsx?|pdf|wps|zip|rar|ofd|txt)(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile("^[（(](?:此件|本文|略|来源|注|有删减|见附件)");
    private static final Pattern LEADING_NON_TITLE = Pattern.compile(
            "^(?:附件|附表|抄送|联系人|联系电话|电话|传真|地址|邮编|特此|主送|各省|各有关|各地|信息公开|来源|新华社|注[:：0-9])");

    private Titles() {
    }

    /** Could this squeezed line be (part of) a title? Titles have no sentence punctuation and are short. */
    public static boolean titleish(String s, boolean heading) {
        int len = s.length();
        if (len == 0 || len > (heading ? 120 : 90)) {
            return false;
        }
        char last = s.charAt(len - 1);
        if ("。；，！？：:;,、".indexOf(last) >= 0 || s.indexOf('。') >= 0 || s.indexOf('；') >= 0) {
            return false;
        }
        if (Dates.dateLine(s) != null || DocNumbers.parseLine(s) != null || DocNumbers.orderHead(s) != null) {
            return false;
        }
        if (s.contains("略）") || s.contains("略)") || FILE_NAME.matcher(s).find()) {
            return false; // an omitted attachment or a file name: "…目录.docx（略）"
        }
        return !ENUMERATED.matcher(s).lookingAt() && !NOTE.matcher(s).lookingAt() && !LEADING_NON_TITLE.matcher(s).lookingAt();
    }

    /** A note line under a signature: （此件公开发布）, （本文有删减）. */
    public static boolean isNote(String s) {
        return s.length() <= 20 && NOTE.matcher(s).lookingAt() && (s.endsWith("）") || s.endsWith(")"));
    }

    /** Does the squeezed, joined text read as a complete title (ends with a kind, or is a 印发《X》 news headline)? */
    public static boolean looksLikeTitle(String s) {
        if (s.length() < 4 || s.length() > 160) {
            return false;
        }
        if (NEWS.matcher(s).matches()) {
            return true;
        }
        return kindSuffix(s) != null && balanced(s);
    }

    /** The news headline's promulgated title: 中共中央办公厅国务院办公厅印发《X》 → X, else null. */
    public static String newsTitle(String s) {
        if (!NEWS.matcher(s).matches()) {
            return null;
        }
        int i = s.indexOf("印发《");
        return s.substring(i + 3, s.length() - 1);
    }

    /** The issuing part of a news headline (before 印发), or null. */
    public static String newsIssuers(String rawJoined) {
        int i = rawJoined.indexOf("印发");
        return i > 0 && rawJoined.indexOf('《') > i ? rawJoined.substring(0, i) : null;
    }

    /** The kind suffix of a title, ignoring trailing parentheses such as （试行） or （2021-2023年）. */
    public static String kindSuffix(String s) {
        String t = stripTrailing(s);
        for (String k : KIND_SUFFIXES) {
            if (t.endsWith(k) && t.length() > k.length()) {
                return k;
            }
        }
        return null;
    }

    /** A short law title 《土地管理法》 stands for 中华人民共和国土地管理法. */
    public static String fullLawTitle(String t) {
        if (LAW_IMPLEMENTATION.matcher(t).matches()) {
            return "中华人民共和国" + t; // 招标投标法实施条例: every national implementing text of a law is titled so
        }
        if (t.endsWith("法") && !t.startsWith("中华人民共和国") && t.length() <= 16 && !t.contains("关于")
                && !t.contains("》") && !t.startsWith("国务院") && !t.endsWith("办法") && !t.endsWith("方法")
                && !t.endsWith("做法") && !t.endsWith("说法")) {
            return "中华人民共和国" + t;
        }
        return t;
    }

    /** The kind of a document (条例, 办法, 通知 …), "other" when the title names none of the model's kinds. */
    public static String kind(String title) {
        String k = kindSuffix(title);
        if (k == null) {
            return "other";
        }
        String kind = switch (k) {
            case "实施细则" -> "细则";
            case "指导意见", "实施意见", "若干意见" -> "意见";
            case "行动方案", "实施方案", "工作方案" -> "方案";
            case "发展规划" -> "规划";
            case "规划纲要" -> "纲要";
            case "暂行条例" -> "条例";
            case "暂行办法", "管理办法" -> "办法";
            case "暂行规定", "管理规定", "若干规定" -> "规定";
            default -> k;
        };
        // the model's kinds; the gold writes "other" for the rest (行动计划, 通告, 标准 …)
        return MODEL_KINDS.contains(kind) ? kind : "other";
    }

    private static final java.util.Set<String> MODEL_KINDS = Lexicon.MODEL_KINDS;

    static String stripTrailing(String s) {
        String t = s;
        while (t.endsWith("》") || t.endsWith("”")) {
            t = t.substring(0, t.length() - 1);
        }
        for (int i = 0; i < 3; i++) {
            java.util.regex.Matcher m = TRAILING_PAREN.matcher(t);
            if (!m.find()) {
                break;
            }
            t = t.substring(0, m.start());
        }
        return t;
    }

    /** No closing bracket or quote before its opening one: a line that starts mid-parenthesis is no title start. */
    public static boolean startsCleanly(String s) {
        if (s.isEmpty() || "，。、；：）)》”〕】!！?？".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        return depths(s) != null;
    }

    static boolean balanced(String s) {
        int[] d = depths(s);
        return d != null && d[0] == 0 && d[1] == 0;
    }

    /** Open （ and 《 left at the end of s, or null when one closes before it opened. */
    private static int[] depths(String s) {
        int paren = 0;
        int book = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '（', '(' -> paren++;
                case '）', ')' -> paren--;
                case '《' -> book++;
                case '》' -> book--;
                default -> {
                }
            }
            if (paren < 0 || book < 0) {
                return null;
            }
        }
        return new int[]{paren, book};
    }
}
