package org.reggraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what PDF extraction and compilation layout add to regulation texts — blank lines, page numbers, URL lines,
 * tables of contents, compilation section headers — and keeps every remaining line with its input line number.
 */
public final class LineCleaner {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–－]?\\d{1,4}[-—–－]?|第\\d{1,4}页(?:共\\d{1,4}页)?|\\d{1,4}/\\d{1,4})$");
    private static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOC_ENTRY = Pattern.compile("(?:\\.{4,}|…{2,}|·{4,})\\s*\\d{1,4}$");
    private static final Pattern TOC_HEAD = Pattern.compile("^目录$");
    /** Section headers of compilations (汇编): they group documents and are not part of any. */
    private static final Pattern SECTION_HEADER = Pattern.compile(
            "^(?:国务院文件|中央文件|党中央文件|法律|行政法规|司法解释|部门规章|规范性文件|部门规章和规范性文件|部门规章及规范性文件"
                    + "|部门文件|地方性法规|地方政府规章|地方文件|法律法规|党内法规|其他|其他文件|政策文件|国务院及部门文件"
                    + "|法律、行政法规|国务院部门文件|部委文件)$");
    /** Sub-headers naming the issuing sector of the next documents: （发改委）, （生态环境部）, （财税部门）. */
    private static final Pattern SECTOR_HEADER = Pattern.compile(
            "^[（(][\\u4e00-\\u9fff、]{2,12}(?:部门|部|委|局|署|总局|办|系统|领域)[）)]$");

    /** Cleans the lines of one file; {@code raw.get(i)} is input line i+1. */
    public List<CleanLine> clean(List<String> raw) {
        List<CleanLine> out = new ArrayList<>(raw.size() / 2 + 1);
        for (int i = 0; i < raw.size(); i++) {
            TextNormalizer.Normalized n = TextNormalizer.normalizeLine(raw.get(i));
            String text = n.text();
            if (text.isEmpty()) {
                continue;
            }
            String squeezed = TextNormalizer.squeeze(text);
            if (isArtefact(squeezed, text)) {
                continue;
            }
            out.add(new CleanLine(i + 1, text, squeezed, n.heading()));
        }
        return out;
    }

    static boolean isArtefact(String squeezed, String text) {
        if (squeezed.isEmpty()) {
            return true;
        }
        char c = squeezed.charAt(0);
        if (c >= '0' && c <= '9' || c == '-' || c == '—' || c == '–' || c == '－' || c == '第') {
            if (PAGE_NUMBER.matcher(squeezed).matches()) {
                return true;
            }
        }
        if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && URL.matcher(text).matches()) {
            return true;
        }
        if (squeezed.length() <= 24 && (SECTION_HEADER.matcher(squeezed).matches() || TOC_HEAD.matcher(squeezed).matches()
                || (c == '（' || c == '(') && SECTOR_HEADER.matcher(squeezed).matches())) {
            return true;
        }
        // bounded: the pattern backtracks on long runs of dots
        return squeezed.length() > 6 && squeezed.length() < 400 && endsInDigit(squeezed)
                && TOC_ENTRY.matcher(squeezed).find();
    }

    /**
     * Whether {@link #TOC_ENTRY} can match: its {@code \\d$} needs a digit last, or before a final line terminator
     * ({@code $} allows one). A cheap test first, for the regex search costs 4 % of the extraction on every line.
     */
    private static boolean endsInDigit(String s) {
        int last = s.length() - 1;
        if (s.endsWith("\r\n")) {
            last -= 2;
        } else if ("\n\r\u0085\u2028\u2029".indexOf(s.charAt(last)) >= 0) {
            last--;
        }
        char c = s.charAt(last);
        return c >= '0' && c <= '9';
    }
}
