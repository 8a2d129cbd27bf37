package org.reggraph.extract.relation;

import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.text.TextNormalizer;
import org.reggraph.extract.document.DocText;
import org.reggraph.extract.lexicon.ChineseNumbers;
import org.reggraph.extract.lexicon.Dates;
import org.reggraph.extract.lexicon.DocNumbers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AMENDS. History lines in a document's header (根据2014年7月29日《国务院关于修改部分行政法规的决定》第二次修订;
 * 2021年7月2日中华人民共和国国务院令第743号第三次修订): the amended document is the document itself, with the instrument,
 * its number, date and ordinal. Body statements (对《X》作如下修改, 将《X》第N条修改为, 决定修改《X》) amend X; planned
 * revisions (加快修订…, 推动修订…) are no amendments.
 */
final class AmendmentFinder {

    /**
     * 第N次修订 after its instrument or date; or, where a text was amended once (local regulations, most rules), 修正/修订
     * right after the instrument that did it: 根据2019年11月27日…《关于修改〈北京市生活垃圾管理条例〉的决定》修正,
     * 2023年4月27日中华人民共和国国务院令第760号修订 (not 修订的/修订后/修订工作).
     */
    private static final Pattern HISTORY = Pattern.compile("第(" + Lexicon.SMALL_NUMERAL + "{1,3})次(?:修订|修正|修改)|(?<=[》号])(?:修订|修正)(?![的后稿工草意版])");
    /** An order without its date: a short issuer, so that the words of the line before it stay out (根据…国务院令第256号). */
    private static final Pattern ORDER = Pattern.compile(DocNumbers.orderInText(Lexicon.CJK + "{1,8}?", DocNumbers.ORDER_NO));
    /** An order right after its date: its issuer may be long (2015年4月2日国家安全生产监督管理总局令第77号). */
    private static final Pattern DATED_ORDER = Pattern.compile(
            DocNumbers.AFTER_DATE + DocNumbers.orderInText(Lexicon.CJK + "{1," + DocNumbers.ORDER_ISSUER_MAX + "}?", DocNumbers.ORDER_NO));
    private static final Pattern BODY_AFTER = Pattern.compile("^(?:[（(][^（）()]{0,30}[）)])?(?:的?部分条款|第[一二三四五六七八九十百\\d]+条[^。；]{0,20}?)?(?:作|进行)?(?:如下|以下)(?:修改|修订|修正)|^(?:第[一二三四五六七八九十百\\d]+条)[^。；]{0,30}?修改为");
    private static final Pattern BODY_BEFORE = Pattern.compile("(?:修改|修订|修正)$");
    /** Planned or proposed revisions (加快修订《X》, 适时对《X》进行修订): no amendment by this document. */
    private static final Pattern PLANNED = Pattern.compile("(?:加快|推动|研究|适时|抓紧|推进|启动|做好|及时|积极|建议|提出|组织|配合|列入|纳入|计划|拟|争取|完善|加强|促进|需要|要|应当|应|将(?=对))(?:对)?(?:[^，。；]{0,8}年印发的)?$");
    /** 对《X》 / 对2012年印发的《X》: the object of a revision stated after the title. */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("对(?:" + Lexicon.CJK + "{0,4}(?:\\d{4}年)?(?:" + Lexicon.CJK + "{0,3}月)?(?:印发|发布|公布|出台)的)?$");
    /** …（No.）进行了修订 / 作了修改 / 开展全面修订，形成《Y》 after 对《X》. */
    private static final Pattern REVISED_AFTER = Pattern.compile("^(?:[（(][^（）()]{0,40}[）)])?(?:的?部分条款|部分内容)?(?:进行了|作了|做了|开展了?|予以|进行)(?:全面|系统|部分)?(?:修订|修改|修正)");
    /** (我们|我部)修订了《X》 / 现修订《X》. */
    private static final Pattern REVISED_BEFORE = Pattern.compile("(?:我们|我部|我委|我局|我署|我行|本部|本委|现|已|重新)(?:全面)?(?:修订|修改)了?$");
    private static final Pattern DECIDED_BEFORE = Pattern.compile("(?:决定|现|予以|特此)(?:修改|修订|修正)$");
    /** 《…关于印发〈X〉的通知》: the revised document is the attachment X. */
    private static final Pattern ATTACHMENT = Pattern.compile("(?:印发|发布|颁发|修订)《([^《》]+)》的(?:通知|公告|通告)$");
    private static final Pattern CHANGED_ARTICLE = Pattern.compile(
            "将(第" + Lexicon.ARTICLE_NUMERAL + "+条)[^。；]{0,30}?修改为|删去(第" + Lexicon.ARTICLE_NUMERAL + "+条)|(第" + Lexicon.ARTICLE_NUMERAL + "+条)(?:第" + Lexicon.ARTICLE_NUMERAL + "+款)?(?:中)?增加");

    record History(int offset, int end, String instrument, String instrumentDocNumber, LocalDate date, int ordinal) {
    }

    /** History lines before the first article (or in the first lines of an unstructured document). */
    List<History> history(DocText dt, List<Citation> citations) {
        List<History> out = new ArrayList<>();
        int limit = Math.min(dt.firstArticleOffset(), 1200);
        String s = dt.text();
        Matcher m = HISTORY.matcher(s);
        m.region(0, Math.min(s.length(), limit));
        int prevEnd = 0;
        while (m.find()) {
            int from = Math.max(prevEnd, m.start() - 140);
            String seg = s.substring(from, m.start());
            int cut = Math.max(seg.lastIndexOf("根据"), Math.max(lastVerb(seg, "公布"), lastVerb(seg, "发布")));
            cut = Math.max(cut, Math.max(seg.lastIndexOf('（'), seg.lastIndexOf("通过")));
            int segStart = from + (cut >= 0 ? cut : 0);
            String instrument = null, number = null;
            int instrumentAt = -1;
            int instrumentEnd = -1;
            for (Citation c : citations) {
                if (c.title() != null && c.start() >= segStart && c.titleEnd() <= m.start()) {
                    instrument = c.title();
                    number = c.docNumber();
                    instrumentAt = c.start();
                    instrumentEnd = c.titleEnd();
                }
            }
            if (instrument == null) {
                MatchResult o = lastOrder(s, segStart, m.start());
                if (o != null) {
                    instrument = o.group();
                    number = DocNumbers.parseLine(DocNumbers.withoutPrc(instrument));
                    instrumentAt = o.start();
                    instrumentEnd = o.end();
                }
            }
            // the last date before the instrument: an earlier line with no ordinal (…第十八次会议修订) has a date of its own
            LocalDate date = null;
            int dateAt = -1;
            Matcher d = Dates.DATE.matcher(s);
            d.region(segStart, instrumentAt > segStart ? instrumentAt : m.start());
            while (d.find()) {
                date = Dates.of(d);
                dateAt = d.start();
            }
            boolean bare = m.group(1) == null;
            if (bare && !(date != null && instrumentEnd == m.start()
                    && (s.charAt(instrumentAt) != '《' || instrument.endsWith("决定")))) {
                prevEnd = m.end();
                continue; // a bare 修订 counts only right after a dated decision or order
            }
            int ordinal = bare ? (out.isEmpty() ? 1 : out.get(out.size() - 1).ordinal() + 1) : ChineseNumbers.parse(m.group(1));
            if (instrument != null || date != null) {
                int at = instrumentAt >= 0 && s.charAt(instrumentAt) == '《' ? instrumentAt
                        : date != null ? dateAt : Math.max(instrumentAt, segStart);
                out.add(new History(at, m.end(), instrument, number, date, ordinal));
            }
            prevEnd = m.end();
        }
        return out;
    }

    /** The last {@code verb} of {@code seg} that ends a history entry: not 公布的《决定》, the order that published the instrument. */
    private static int lastVerb(String seg, String verb) {
        int at = seg.lastIndexOf(verb);
        while (at >= 0 && seg.startsWith("的", at + verb.length())) {
            at = seg.lastIndexOf(verb, at - 1);
        }
        return at;
    }

    /** The last order in {@code [from, to)}: written after its date if one is, else any (…国务院令第256号). */
    private static MatchResult lastOrder(String s, int from, int to) {
        for (Pattern order : List.of(DATED_ORDER, ORDER)) {
            Matcher o = order.matcher(s).region(from, to).useTransparentBounds(true);
            MatchResult last = null;
            while (o.find()) {
                last = o.toMatchResult();
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    /**
     * A body statement that this document revises the cited one.
     *
     * @param target   the revised document: the cited title, or the attachment 〈X〉 when the title names the notice that
     *                 issued it (对《…关于印发〈X〉的通知》（No.）进行了修订)
     * @param articles the articles an amendment decision changes (将第N条修改为, 删去第N条), in text order
     */
    record Revision(String target, List<String> articles) {
    }

    /** The revision this sentence states of the cited document, or null (planned revisions, 新修订的《X》). */
    Revision revision(DocText dt, Citation c, String selfTitle) {
        String s = dt.text();
        int ss = dt.sentenceStart(c.start());
        String before = s.substring(Math.max(ss, c.start() - 24), c.start());
        String after = s.substring(c.end(), Math.min(s.length(), c.end() + 60));
        if (PLANNED.matcher(before).find() || before.endsWith("新修订的") || before.endsWith("新修正的")) {
            return null;
        }
        boolean decisionTitle = before.endsWith("关于修改") && after.startsWith("的决定") && selfTitle != null
                && selfTitle.contains("修改《" + c.title() + "》的决定");
        boolean revised = decisionTitle
                || (OBJECT_BEFORE.matcher(before).find() && (REVISED_AFTER.matcher(after).find() || BODY_AFTER.matcher(after).find()))
                || BODY_AFTER.matcher(after).find() && !after.startsWith("的")
                || REVISED_BEFORE.matcher(before).find()
                || BODY_BEFORE.matcher(before).find() && DECIDED_BEFORE.matcher(before).find();
        if (!revised) {
            return null;
        }
        Matcher att = ATTACHMENT.matcher(c.title());
        String target = att.find() ? att.group(1) : c.title();
        return new Revision(target, decisionTitle || BODY_AFTER.matcher(after).find() ? changedArticles(s, c.end()) : List.of());
    }

    /**
     * The number of the earlier edition of {@code title}, as a document the notice issues cites it (《X》（财企〔2012〕16号）同时废止,
     * 《…印发〈X〉的通知》（财建〔2019〕29号）), or null.
     */
    static String earlierNumber(String title, ExtractedDocument notice, List<ExtractedDocument> fileDocs) {
        Pattern p = Pattern.compile(Pattern.quote(title) + "[》〉>›](?:的通知》)?[（(]([^（）()]{4,30}?号)[）)]");
        for (ExtractedDocument doc : fileDocs) {
            if (!notice.id().equals(doc.promulgatedBy())) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            doc.lines().forEach(l -> b.append(TextNormalizer.squeeze(l.text())));
            Matcher m = p.matcher(b);
            if (m.find()) {
                String n = DocNumbers.parseLine(m.group(1));
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    /** 将第N条修改为, 第N条增加一款, 删去第N条 after a decision's 作如下修改: the articles changed, in order. */
    private static List<String> changedArticles(String s, int from) {
        List<String> out = new ArrayList<>();
        Matcher m = CHANGED_ARTICLE.matcher(s);
        m.region(from, s.length());
        while (m.find()) {
            String a = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }
}
