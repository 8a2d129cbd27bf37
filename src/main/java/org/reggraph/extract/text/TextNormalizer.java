package org.reggraph.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Character-level normalisation of one line: full-width digits, letters and spaces to ASCII (so that numbers and
 * dates match one pattern), markdown debris removed, spaces that PDF extraction put inside numbers removed, and a
 * half-width , ; : after Chinese text made the full-width one it stands for. Other Chinese punctuation such as （）〔〕，is
 * kept as written.
 */
public final class TextNormalizer {

    /** A bare tag; comments are cut by {@link #dropComments} (a lazy {@code <!--.*?-->} rescans the line per {@code <!--}). */
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,20}\\s{0,5}/?>");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}\\s*");
    private static final Pattern MD_BULLET = Pattern.compile("^\\s*(?:[-*+>]\\s+)+");
    private static final Pattern SPACE_IN_NUMBER = Pattern.compile(
            "(?<=\\d) +(?=[\\d年月日号条章节次项个〕\\]])|(?<=[第年月〔\\[]) +(?=\\d)");
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile(
            "(?<=[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”《》]) +(?=[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”《》])");

    private TextNormalizer() {
    }

    /** A normalised line and whether it was written as a markdown heading or starts in bold (a title hint). */
    public record Normalized(String text, boolean heading) {
    }

    public static Normalized normalizeLine(String raw) {
        String s = widthFold(raw);
        boolean heading = false;
        if (s.indexOf('<') >= 0) {
            s = HTML_TAG.matcher(dropComments(s)).replaceAll("");
        }
        if (s.indexOf('#') >= 0 && MD_HEADING.matcher(s).find()) {
            heading = true;
            s = MD_HEADING.matcher(s).replaceFirst("");
        }
        if (s.contains("**") || s.contains("__")) {
            heading |= s.trim().startsWith("**");
            s = s.replace("**", "").replace("__", "");
        }
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '*' || s.charAt(0) == '>' || s.charAt(0) == '+'
                || Character.isWhitespace(s.charAt(0)))) {
            s = MD_BULLET.matcher(s).replaceFirst("");
        }
        s = collapseSpaces(s);
        if (s.indexOf(' ') >= 0) {
            s = dropSpacesInNumbers(s);
        }
        if (s.indexOf('笫') >= 0) {
            s = MISPRINTED_ORDINAL.matcher(s).replaceAll("第");
        }
        return new Normalized(s, heading);
    }

    /**
     * Runs of spaces removed where {@link #SPACE_IN_NUMBER} matches (digit, spaces, a digit or a number's unit;
     * 第/年/月/〔/[, spaces, a digit), by hand: this runs on every line with a space. The pattern's first space must
     * follow a non-space and its run must end before a non-space, so only whole runs are judged, on their neighbours
     * in the line as written.
     */
    static String dropSpacesInNumbers(String s) {
        StringBuilder b = null;
        int n = s.length();
        int copied = 0;
        for (int i = 1; i < n; i++) {
            if (s.charAt(i) != ' ' || s.charAt(i - 1) == ' ') {
                continue;
            }
            int end = i;
            while (end < n && s.charAt(end) == ' ') {
                end++;
            }
            if (end < n && numberSpace(s.charAt(i - 1), s.charAt(end))) {
                if (b == null) {
                    b = new StringBuilder(n);
                }
                b.append(s, copied, i);
                copied = end;
            }
            i = end - 1;
        }
        return b == null ? s : b.append(s, copied, n).toString();
    }

    private static boolean numberSpace(char before, char after) {
        boolean digitBefore = before >= '0' && before <= '9';
        boolean digitAfter = after >= '0' && after <= '9';
        boolean numeralBefore = CHINESE_NUMERALS.indexOf(before) >= 0;
        boolean numeralAfter = CHINESE_NUMERALS.indexOf(after) >= 0;
        return digitBefore && (digitAfter || "年月日号条章节次项个〕]".indexOf(after) >= 0)
                || digitAfter && "第年月〔[".indexOf(before) >= 0
                // 第 四 条, 第一百二十八 条 (刑事诉讼法 2018's heading): a heading's ordinal in Chinese numerals, spaced
                || numeralAfter && (before == '第' || numeralBefore) || numeralBefore && "条章节编".indexOf(after) >= 0;
    }

    private static final String CHINESE_NUMERALS = "零〇一二三四五六七八九十百千";
    /** 笫, a common misprint of 第 (农民专业合作社法 2017: 笫五十四条), before an ordinal of a part of the text. */
    private static final Pattern MISPRINTED_ORDINAL = Pattern.compile("笫(?=[" + CHINESE_NUMERALS + "]{1,8}[条章节编款项])");

    /** {@code <!-- … -->} removed in one pass; an unclosed {@code <!--} is kept as written. */
    static String dropComments(String s) {
        int open = s.indexOf("<!--");
        if (open < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (open >= 0) {
            int close = s.indexOf("-->", open + 4);
            if (close < 0) {
                break; // no later comment can close either
            }
            b.append(s, from, open);
            from = close + 3;
            open = s.indexOf("<!--", from);
        }
        return b.append(s, from, s.length()).toString();
    }

    /**
     * Runs of whitespace to one space, trimmed (by hand: this runs on every line; on a char array, as the command
     * line's C1 code makes each {@code charAt} a call).
     */
    static String collapseSpaces(String s) {
        char[] cs = s.toCharArray();
        int n = cs.length;
        boolean clean = n == 0 || (!isWhitespace(cs[0]) && !isWhitespace(cs[n - 1]));
        for (int i = 0; clean && i < n; i++) {
            char c = cs[i];
            if (c == ' ' ? i + 1 < n && cs[i + 1] == ' ' : isWhitespace(c)) {
                clean = false;
            }
        }
        if (clean) {
            return s;
        }
        int len = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (isWhitespace(c)) {
                space = len > 0;
            } else {
                if (space) {
                    cs[len++] = ' ';
                    space = false;
                }
                cs[len++] = c;
            }
        }
        return new String(cs, 0, len);
    }

    /** {@link Character#isWhitespace}, without its table lookup for the ideographs and kana above U+3000 that make up the text. */
    private static boolean isWhitespace(char c) {
        return c <= '\u3000' && Character.isWhitespace(c);
    }

    /** Full-width ASCII digits and letters to ASCII, ideographic and no-break spaces to spaces, BOM dropped. */
    public static String widthFold(String raw) {
        char[] cs = raw.toCharArray();
        int len = 0;
        boolean changed = false;
        for (char c : cs) {
            char r = c;
            if (c >= '\uFEFF') {
                if (c >= '\uFF10' && c <= '\uFF19' || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
                    r = (char) (c - 0xFEE0);
                } else if (c == '\uFF3B') {
                    r = '[';
                } else if (c == '\uFF3D') {
                    r = ']';
                } else if (c == '\uFEFF') {
                    r = 0;
                }
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\u2002' || c == '\u2003' || c == '\u200B') {
                r = ' ';
            } else if ((c == ',' || c == ';' || c == ':') && len > 0 && chinesePunctuationAfter(cs[len - 1])) {
                r = c == ',' ? '，' : c == ';' ? '；' : '：';
            }
            changed |= r != c;
            if (r != 0) {
                cs[len++] = r;
            }
        }
        return changed ? new String(cs, 0, len) : raw;
    }

    /**
     * Whether a half-width , ; or : after {@code before} is the Chinese one typed narrow (web copies of regulations write
     * 规定的,从其规定 and 履行下列职责:): after an ideograph or a closing Chinese bracket or quote, not in 1,000 or 10:30.
     */
    private static boolean chinesePunctuationAfter(char before) {
        return before >= '\u4e00' && before <= '\u9fff' || before == '）' || before == '》' || before == '”' || before == '〕';
    }

    /** All whitespace removed: the form used to compare titles, numbers and dates. */
    public static String squeeze(String s) {
        if (s.indexOf(' ') < 0 && s.indexOf('\t') < 0) {
            return s;
        }
        char[] cs = s.toCharArray();
        int len = 0;
        for (char c : cs) {
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') { // the regex \\s
                cs[len++] = c;
            }
        }
        return new String(cs, 0, len);
    }

    /** Spaces between Chinese characters removed (国 务院 → 国务院), spaces between Latin words kept. */
    public static String dropCjkSpaces(String s) {
        return s.indexOf(' ') < 0 ? s : SPACE_BETWEEN_CJK.matcher(s).replaceAll("");
    }

    /** Lines broken by the PDF joined back into running text. */
    public static String join(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            String t = dropCjkSpaces(p);
            if (t.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && isAsciiWord(b.charAt(b.length() - 1)) && isAsciiWord(t.charAt(0))) {
                b.append(' ');
            }
            b.append(t);
        }
        return b.toString();
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
