package org.reggraph.extract.document;

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

/**
 * The clean Markdown format of the regulation corpus: {@code # TITLE}, promulgation and amendment history lines,
 * {@code <!-- INFO END -->}, then {@code ## 第X章} headings and 第X条 articles. The file name {@code TITLE(YYYY-MM-DD).md}
 * carries the date of the version.
 */
final class MarkdownLawReader {

    static final String INFO_END = "<!-- INFO END -->";
    private static final Pattern FILE_DATE = Pattern.compile("\\((\\d{4})-(\\d{2})-(\\d{2})\\)\\.[A-Za-z]+$");
    private static final Pattern PROMULGATED = Pattern.compile("公布|发布|颁布|施行");

    /** True when the raw lines use this format (an INFO END marker near the top). */
    static boolean accepts(List<String> raw) {
        for (int i = 0; i < raw.size() && i < 200; i++) {
            if (raw.get(i).trim().equals(INFO_END)) {
                return true;
            }
        }
        return false;
    }

    /** The one document of a corpus file; {@code header} gets effective date and kind the usual way. */
    Parsed read(List<String> raw, List<CleanLine> lines, String fileName) {
        int infoEnd = 0;
        while (infoEnd < raw.size() && !raw.get(infoEnd).trim().equals(INFO_END)) {
            infoEnd++;
        }
        int infoEndNumber = infoEnd + 1;
        int titleIdx = -1;
        int bodyIdx = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (titleIdx < 0 && lines.get(i).heading()) {
                titleIdx = i;
            }
            if (lines.get(i).number() > infoEndNumber) {
                bodyIdx = i;
                break;
            }
        }
        if (titleIdx < 0 && !lines.isEmpty()) {
            titleIdx = 0;
        }
        String title = titleIdx >= 0 ? TextNormalizer.squeeze(lines.get(titleIdx).text()) : stripExtension(fileName);
        List<String> history = new ArrayList<>();
        for (int i = titleIdx + 1; i < bodyIdx; i++) {
            history.add(lines.get(i).squeezed());
        }
        String docNumber = null;
        LocalDate lastDate = null;
        for (String h : history) {
            Matcher om = DocNumbers.ORDER_IN_TEXT.matcher(h);
            if (docNumber == null && om.find() && PROMULGATED.matcher(h).find()) {
                docNumber = om.group(1) + "第" + om.group(2) + "号";
            }
            LocalDate d = Dates.first(h);
            if (d != null) {
                lastDate = d;
            }
        }
        LocalDate date = fileDate(fileName);
        if (date == null) {
            date = lastDate;
        }
        List<String> issuers = new ArrayList<>();
        String issuer = DocNumbers.issuerPart(docNumber);
        if (issuer != null) {
            issuers.add(issuer);
        } else if (history.stream().anyMatch(h -> h.contains("国务院"))) {
            issuers.add("国务院");
        }
        // approved or promulgated by the State Council (also 国务院批准 … 交通部令发布): an administrative regulation
        String level = history.stream().anyMatch(h -> h.contains("国务院")) ? "行政法规"
                : docNumber != null ? "部门规章" : null;
        if (title.startsWith("中华人民共和国") && Titles.kind(title).equals("法")) {
            level = "法律";
        }
        return new Parsed(title, docNumber, List.copyOf(issuers), date, Titles.kind(title), level,
                Math.max(titleIdx, 0), bodyIdx, history.size() > 1);
    }

    /**
     * @param amended true when the history lists amendments: the text is one version, not the original instrument
     */
    record Parsed(String title, String docNumber, List<String> issuers, LocalDate date, String kind, String level,
                  int start, int bodyStart, boolean amended) {
    }

    static LocalDate fileDate(String fileName) {
        Matcher m = FILE_DATE.matcher(fileName);
        if (!m.find()) {
            return null;
        }
        return Dates.of(m.group(1), m.group(2), m.group(3));
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
