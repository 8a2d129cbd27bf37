package org.reggraph.extract.document;

import org.reggraph.extract.agency.Agencies;
import org.reggraph.extract.lexicon.AgencyShortNames;
import org.reggraph.extract.lexicon.Dates;
import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.lexicon.DocNumbers;
import org.reggraph.extract.lexicon.Titles;
import org.reggraph.extract.text.CleanLine;
import org.reggraph.extract.text.TextNormalizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clean Markdown format of the regulation corpus: {@code # TITLE}, promulgation and amendment history lines,
 * {@code <!-- INFO END -->}, then {@code ## 第X章} headings and 第X条 articles. The file name {@code TITLE(YYYY-MM-DD).md}
 * carries the date of the version.
 */
final class MarkdownLawReader {

    static final String INFO_END = "<!-- INFO END -->";
    /** How far from the top the INFO END marker may stand for a file to be in this format. */
    static final int INFO_END_REACH = 200;
    private static final Pattern FILE_DATE = Pattern.compile("\\((\\d{4})-(\\d{2})-(\\d{2})\\)\\.[A-Za-z]+$");
    private static final Pattern PROMULGATED = Pattern.compile("公布|发布|颁布|施行");
    private static final Pattern REVISED = Pattern.compile("修订|修正|修改");
    /** …修订通过, then 国务院令第706号公布: the order that published the revised text. */
    private static final Pattern PUBLISHED = Pattern.compile("公布|发布|颁布");
    /** 1988年12月17日 中华人民共和国国务院、中央军事委员会令第22号发布; 交通部令第8号发布: the order's issuers. */
    private static final Pattern ORDER_ISSUED = Pattern.compile("(?:" + DocNumbers.AFTER_DATE + "|(?<![\\u4e00-\\u9fff、0-9]))"
            + DocNumbers.orderInText("(?:(?:" + DocNumbers.PRC + ")?" + Lexicon.CJK + "{2,12}、)*(?:" + DocNumbers.PRC + ")?" + Lexicon.CJK + "{2,12}?", "令第[0-9一二三四五六七八九十百零〇]{1,8}号")
            + "(?:公布|发布|颁布)");
    /**
     * A line that names the bodies that promulgated the text without an order (1994年1月25日 公安部发布, 2022年2月25日 中共中央、国务院
     * 发布, 1953年1月2日 政务院修正公布): those bodies, as an order's ministry is (国务院批准 before it only approved).
     */
    private static final Pattern BODY_ISSUED = Pattern.compile("^" + Lexicon.DIGIT_DATE + "\\s*((?:" + Lexicon.CJK
            + "{2,20}?、)*" + Lexicon.CJK + "{2,20}?)(?:修正|修订)?(?:公布|发布|颁布)\\s*$");
    /** Words of a meeting, an order or a vote, which a promulgating body's name holds none of. */
    private static final Pattern NOT_A_BODY = Pattern.compile("令|会议|次|通过|批准|根据|决定|[0-9]");
    /** 第十届全国人民代表大会常务委员会第N次会议通过; XX省第十三届人民代表大会常务委员会第N次会议通过. */
    private static final Pattern LEGISLATURE = Pattern.compile(
            "(?:(?<=日)|(?<![\\u4e00-\\u9fff0-9]))(" + Lexicon.CJK + "{0,12}?)(?:第" + Lexicon.SMALL_NUMERAL + "{1,4}届)?((?:全国)?人民代表大会(?:常务委员会)?)第" + Lexicon.SMALL_NUMERAL
                    + "{1,4}次(?:(?:全体)?会议(?:修订)?通过|$)");
    /** Issuers of a State Council text: itself, alone or with the Central Military Commission. */
    private static final Set<String> STATE_COUNCIL = Set.of("国务院", "中华人民共和国国务院", "中央军委", "中央军事委员会");
    /** A history line that names no body: a date alone, or with a bare verb (1986年2月18日 发布). */
    private static final Pattern DATE_ONLY = Pattern.compile("\\s*" + Lexicon.DIGIT_DATE + "[\\s\u3000]*(?:发布|公布|颁布|施行)?[\\s\u3000]*");
    /** A province, city, county or autonomous area in front of a title's subject. */
    private static final Pattern LOCAL_TITLE = Pattern.compile("^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)"
            + "|^[\\u4e00-\\u9fff]{1,6}?(?<!城)(?:省|市|县|自治区|自治州|自治县|盟|旗)(?!场|容|政|民|区)");
    /** 国家互联网信息办公室2021年第20次室务会议审议通过: a ministry's rule, passed by its own meeting. */
    private static final Pattern BODY_MEETING = Pattern.compile("(?:" + DocNumbers.AFTER_DATE + "|(?<![\\u4e00-\\u9fff0-9]))(" + Lexicon.CJK
            + "{2,20}?)(?:[0-9]{4}年)?第" + Lexicon.SMALL_NUMERAL + "{1,4}次(?:部务|局务|室务|委务|署务|行务|主任办公|主任|委员|常务)会议(?:审议)?通过");
    private static final Pattern PROMULGATION_LINE = Pattern.compile("公布|发布|颁布|修订|修正");

    /** True when the raw lines use this format (an INFO END marker near the top). */
    static boolean accepts(List<String> raw) {
        for (int i = 0; i < raw.size() && i < INFO_END_REACH; i++) {
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
        String docNumber = historyNumber(history);
        LocalDate date = fileDate(fileName);
        if (date == null) {
            date = historyDate(history);
        }
        List<String> issuers = new ArrayList<>(historyIssuers(history));
        if (issuers.isEmpty() && history.stream().anyMatch(h -> h.contains("国务院"))) {
            issuers.add("国务院");
        }
        if (issuers.isEmpty()) {
            // no history: 国务院关于…的规定 (中华人民共和国国务院关于… as 国务院)
            Agencies.fromTitle(title).forEach(i -> issuers.add(DocNumbers.withoutPrc(i)));
        }
        // a history of bare dates (1985年12月30日, 1986年2月18日 发布) names no body: as none
        boolean noBody = history.stream().allMatch(h -> DATE_ONLY.matcher(h).matches());
        // made or approved by the State Council: its history says so, or, with none, its title (国务院关于…的规定)
        boolean stateCouncil = history.stream().anyMatch(h -> h.contains("国务院"))
                || noBody && issuers.stream().anyMatch(i -> i.endsWith("国务院")) && issuers.stream().allMatch(STATE_COUNCIL::contains);
        if (issuers.isEmpty() && noBody && isNationalRegulation(title)) {
            issuers.add("国务院"); // a 条例 of the state with no header: no ministry may name its rules 条例
            stateCouncil = true;
        }
        String level = DocumentLevel.of(title, Titles.kind(title), docNumber, issuers, stateCouncil);
        if (level == null && !issuers.isEmpty() && history.stream().anyMatch(h -> BODY_MEETING.matcher(h).find())) {
            level = "部门规章"; // passed by a ministry's own meeting (部务会议, 室务会议 …)
        }
        return new Parsed(title, docNumber, List.copyOf(issuers), date, historyEffective(history, date), firstIssued(history, date),
                Titles.kind(title), level,
                Math.max(titleIdx, 0), bodyIdx, history.size() > 1);
    }

    /**
     * A 条例 titled for the whole state: the State Council's (规章制定程序条例 第六条 forbids ministries the name; the
     * legislatures' 条例 carry the history line that names them). Not a local one (北京市…条例, …自治州…条例).
     */
    private static boolean isNationalRegulation(String title) {
        return Titles.kind(title).equals("条例") && !LOCAL_TITLE.matcher(title).find();
    }

    /** The version's date from the history: the last 公布/发布 or amendment line, else the last 通过 line. */
    static LocalDate historyDate(List<String> history) {
        LocalDate published = null;
        LocalDate passed = null;
        for (String h : history) {
            LocalDate d = Dates.first(h);
            if (d == null) {
                continue;
            }
            if (PROMULGATION_LINE.matcher(h).find()) {
                published = d;
            } else if (h.contains("通过")) {
                passed = d;
            }
        }
        return published != null ? published : passed;
    }

    /**
     * The day the work was first made, when this version is a later text of it: the earliest date of the history
     * (1996年3月17日 第八届全国人民代表大会第四次会议通过, above the 2009 and 2017 修正 and the 2021 修订 lines of a law revised
     * in 2021), provided it is earlier than the version's {@code date} and either a revision or amendment (修订, 修正, 修改)
     * follows it or the version's date is well after the last line: the corpus dates many amended texts by their file
     * names alone (护士条例(2020-03-27).md, whose history stops at its 2008 公布). "Well after": a month after a line that
     * put a text out, a year after an approval or adoption (国务院批准, …通过), which the publication follows by months.
     * Null for a first text (通过 then 公布 of the same text dates one version only).
     */
    static LocalDate firstIssued(List<String> history, LocalDate date) {
        LocalDate first = null;
        LocalDate last = null;
        String lastLine = null;
        for (String h : history) {
            LocalDate d = Dates.first(h);
            if (d == null) {
                continue;
            }
            first = first == null || d.isBefore(first) ? d : first;
            if (last == null || !d.isBefore(last)) {
                last = d;
                lastLine = h;
            }
        }
        if (first == null || date == null || !first.isBefore(date)) {
            return null;
        }
        for (String h : history) {
            LocalDate d = Dates.first(h);
            if (d != null && d.isAfter(first) && AMENDED.matcher(h).find()) {
                return first;
            }
        }
        LocalDate unlisted = last.plusDays(APPROVED.matcher(lastLine).find() ? 365 : 30);
        return date.isAfter(unlisted) ? first : null;
    }

    private static final Pattern AMENDED = Pattern.compile("修订|修正|修改");
    private static final Pattern APPROVED = Pattern.compile("批准|通过");

    /** 2015年3月1日 施行 in the history, when it belongs to this version (not before its date), else null. */
    static LocalDate historyEffective(List<String> history, LocalDate date) {
        LocalDate found = null;
        for (String h : history) {
            if (h.contains("施行") && !PROMULGATION_LINE.matcher(h).find() && !h.contains("通过")) {
                LocalDate d = Dates.first(h);
                if (d != null && (date == null || !d.isBefore(date))) {
                    found = d;
                }
            }
        }
        return found;
    }

    /**
     * Who issued the text: the agencies of the order that promulgated it (交通部令第8号发布 → 交通部; 国务院、中央军事委员会令 →
     * both), else the legislature that passed it (第十届全国人民代表大会常务委员会 → 全国人民代表大会常务委员会). 主席令 only signs.
     */
    static List<String> historyIssuers(List<String> history) {
        List<String> out = new ArrayList<>();
        for (String h : history) {
            Matcher o = ORDER_ISSUED.matcher(h);
            if (o.find() && !o.group(1).endsWith("主席")) {
                for (String a : o.group(1).split("、")) {
                    out.add(AgencyShortNames.issuer(DocNumbers.withoutPrc(a)));
                }
                return out;
            }
        }
        for (String h : history) {
            Matcher b = BODY_ISSUED.matcher(h.strip());
            if (b.matches() && !NOT_A_BODY.matcher(b.group(1)).find()) {
                for (String a : b.group(1).split("、")) {
                    out.add(AgencyShortNames.issuer(DocNumbers.withoutPrc(a)));
                }
                return out;
            }
        }
        for (String h : history) {
            Matcher l = LEGISLATURE.matcher(h);
            if (l.find()) {
                out.add(l.group(1) + l.group(2));
                return out;
            }
        }
        for (String h : history) {
            Matcher m = BODY_MEETING.matcher(h);
            if (m.find()) {
                out.add(AgencyShortNames.issuer(DocNumbers.withoutPrc(m.group(1))));
                return out;
            }
        }
        return out;
    }

    /**
     * The order number of the text the history lines head: the promulgating order's, or, once the text was revised,
     * the revising order's (国务院令第743号第三次修订); none when the last revision had no order of its own (a 决定).
     * The original number names the first version, which citations and repeal lists mean by it.
     */
    static String historyNumber(List<String> history) {
        String docNumber = null;
        boolean promulgated = false;
        for (String h : history) {
            Matcher om = DocNumbers.ORDER_IN_TEXT.matcher(h);
            boolean order = om.find();
            if (!promulgated && order && PROMULGATED.matcher(h).find()) {
                docNumber = DocNumbers.orderNumber(om);
                promulgated = true;
            } else if (promulgated && REVISED.matcher(h).find()) {
                docNumber = order ? DocNumbers.orderNumber(om) : null;
            } else if (promulgated && order && PUBLISHED.matcher(h).find()) {
                docNumber = DocNumbers.orderNumber(om); // the revised text published by an order of its own
            }
        }
        return docNumber;
    }

    record Parsed(String title, String docNumber, List<String> issuers, LocalDate date, LocalDate effectiveDate,
                  LocalDate firstIssued, String kind,
                  String level,
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
