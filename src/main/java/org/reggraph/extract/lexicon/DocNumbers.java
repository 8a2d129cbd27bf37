package org.reggraph.extract.lexicon;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Document numbers (文号): 国办发〔2021〕26号, 国务院令第744号, 国家税务总局公告2021年第28号. */
public final class DocNumbers {

    private static final String CJK = Lexicon.CJK;
    private static final Pattern BRACKETED = Pattern.compile(
            "^[（(]?(" + CJK + "{1,20})[〔\\[（(【［]\\s*(\\d{4})\\s*[〕\\]）)】］]\\s*第?(\\d{1,5})号[）)]?$");
    private static final Pattern ANNOUNCEMENT = Pattern.compile("^(" + CJK + "{0,30}公告)?(\\d{4})年(?:第)?(\\d{1,4})号$");
    private static final String NO = "(\\d{1,5}|[零〇一二三四五六七八九十百千]{1,8})";
    /** Written before an order's issuer and no part of it: 中华人民共和国国务院令第748号 is 国务院令第748号. */
    public static final String PRC = "中华人民共和国";
    /** The longest issuer of an order read in running text after its date: 国家安全生产监督管理总局 (12) … */
    public static final int ORDER_ISSUER_MAX = 16;
    /** Where an issuer written right after its date starts: 2015年4月2日国家安全生产监督管理总局令第77号 (a lookbehind). */
    public static final String AFTER_DATE = "(?<=日)";
    /** An order's number after its issuer as running text writes it: 令第748号 (group: the number in digits). */
    public static final String ORDER_NO = "令第(\\d{1,5})号";
    private static final Pattern ORDER = Pattern.compile("^(?:" + PRC + ")?(" + CJK + "{1,20}?令)(?:\\(|（)?第" + NO + "号(?:\\)|）)?$");
    /**
     * An order number mentioned in running text (… 中华人民共和国国务院令第748号公布): groups the issuer, the number (read
     * with {@link #orderNumber}). The issuer holds no 年月日号第, so it never runs back over the date or number before it.
     */
    public static final Pattern ORDER_IN_TEXT = Pattern.compile(orderInText("[\\u4e00-\\u9fff&&[^年月日号第]]{1,12}?", ORDER_NO));
    private static final Pattern ORDER_HEAD = Pattern.compile("^(?:" + PRC + ")?(" + CJK + "{1,20}令)$");
    /** The orders whose numbers name documents: 国务院令, 主席令, a ministry's (部令), bureau's, commission's … */
    private static final List<String> ORDER_ENDINGS = List.of("国务院令", "主席令", "部令", "局令", "委令", "署令", "行令");
    private static final Pattern BARE_ANNOUNCEMENT = Pattern.compile("^(?:公告)?\\d{4}年第\\d{1,4}号$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^第" + NO + "号$");

    private DocNumbers() {
    }

    /** The normalised document number when a squeezed line is only a document number, else null. */
    public static String parseLine(String squeezed) {
        if (squeezed.length() > 48 || squeezed.isEmpty()) {
            return null;
        }
        if (squeezed.startsWith("发文字号") || squeezed.startsWith("文号")) {
            squeezed = squeezed.replaceFirst("^(?:发文字号|文号)[:：]", "");
        }
        Matcher m = BRACKETED.matcher(squeezed);
        if (m.matches()) {
            return m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
        }
        m = ANNOUNCEMENT.matcher(squeezed);
        if (m.matches()) {
            return (m.group(1) == null ? "" : m.group(1)) + m.group(2) + "年第" + m.group(3) + "号";
        }
        m = ORDER.matcher(squeezed);
        if (m.matches()) {
            return m.group(1) + "第" + ChineseNumbers.parse(m.group(2)) + "号"; // 主席令第八十一号 → 主席令第81号
        }
        return null;
    }

    /**
     * The regex of an order as running text writes it, the one rule of what stands around an order's issuer:
     * 中华人民共和国 (optional, outside the groups), the issuer (group 1, without its 令), then the number. The readers
     * differ in the issuer they accept, each for a reason of its own: {@link #ORDER_IN_TEXT} any name that does not run
     * back over a date; amendment histories a run read long only right after its date (else words of the line before it
     * would join it); promulgation lines a list of joint issuers (国务院、中央军事委员会令) with Chinese numbers too.
     *
     * @param issuer the issuer's regex, a lazy run so that the 令 nearest it ends the issuer
     * @param number the number's regex with 令第…号, {@link #ORDER_NO} for digits
     */
    public static String orderInText(String issuer, String number) {
        return "(?:" + PRC + ")?(" + issuer + ")" + number;
    }

    /** The normalised number of an {@link #ORDER_IN_TEXT} match: 国务院令第748号. */
    public static String orderNumber(Matcher order) {
        return order.group(1) + "令第" + order.group(2) + "号";
    }

    /** The text without the 中华人民共和国 in front of an issuer. */
    public static String withoutPrc(String s) {
        return s.startsWith(PRC) ? s.substring(PRC.length()) : s;
    }

    /** True when {@code order} (the text before 第) is an order whose number names a document, see {@link #ORDER_ENDINGS}. */
    public static boolean isDocumentOrder(String order) {
        for (String ending : ORDER_ENDINGS) {
            if (order.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The order name (国务院令) when a squeezed line is an order heading such as 中华人民共和国国务院令. */
    public static String orderHead(String squeezed) {
        if (squeezed.length() > 24) {
            return null;
        }
        Matcher m = ORDER_HEAD.matcher(squeezed);
        return m.matches() ? m.group(1) : null;
    }

    /** The number of a bare 第744号 line, or -1. */
    public static int numberOnly(String squeezed) {
        Matcher m = NUMBER_ONLY.matcher(squeezed);
        return m.matches() ? ChineseNumbers.parse(m.group(1)) : -1;
    }

    /**
     * An announcement's number with its issuers: 《国家税务总局关于…的公告》（2019年第34号） is 国家税务总局公告2019年第34号,
     * the form most headers print; a bare 2019年第34号 alone would name an announcement of any issuer.
     *
     * @param title  the announcement's title (squeezed), issuers in front of 关于
     * @param number a normalised number, returned unchanged unless it is a bare announcement number
     */
    public static String withIssuers(String title, String number) {
        if (number == null || title == null || !BARE_ANNOUNCEMENT.matcher(number).matches() || !title.endsWith("公告")) {
            return number;
        }
        int about = title.indexOf("关于");
        return about > 0 ? title.substring(0, about) + (number.startsWith("公告") ? "" : "公告") + number : number;
    }

    /** The issuing body written in front of a number (国务院令 → 国务院, 财政部税务总局公告 → 财政部税务总局). */
    public static String issuerPart(String docNumber) {
        if (docNumber == null) {
            return null;
        }
        Matcher m = Pattern.compile("^(" + CJK + "{2,30}?)(令第|公告\\d)").matcher(docNumber);
        return m.find() ? m.group(1) : null;
    }
}
