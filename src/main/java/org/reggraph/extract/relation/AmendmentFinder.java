package org.reggraph.extract.relation;

import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.document.DocText;
import org.reggraph.extract.lexicon.ChineseNumbers;
import org.reggraph.extract.lexicon.Dates;
import org.reggraph.extract.lexicon.DocNumbers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AMENDS. History lines in a document's header (根据2014年7月29日《国务院关于修改部分行政法规的决定》第二次修订;
 * 2021年7月2日中华人民共和国国务院令第743号第三次修订): the amended document is the document itself, with the instrument,
 * its number, date and ordinal. Body statements (对《X》作如下修改, 将《X》第N条修改为, 决定修改《X》) amend X; planned
 * revisions (加快修订…, 推动修订…) are no amendments.
 */
final class AmendmentFinder {

    private static final Pattern HISTORY = Pattern.compile("第(" + Lexicon.SMALL_NUMERAL + "{1,3})次(?:修订|修正|修改)");
    private static final Pattern ORDER = Pattern.compile("((?:中华人民共和国)?" + Lexicon.CJK + "{1,8}?令第(\\d{1,5})号)");
    private static final Pattern BODY_AFTER = Pattern.compile("^(?:[（(][^（）()]{0,30}[）)])?(?:的?部分条款|第[一二三四五六七八九十百\\d]+条[^。；]{0,20}?)?(?:作|进行)?(?:如下|以下)(?:修改|修订|修正)|^(?:第[一二三四五六七八九十百\\d]+条)[^。；]{0,30}?修改为");
    private static final Pattern BODY_BEFORE = Pattern.compile("(?:决定|现|予以|特此)?(?:修改|修订|修正)$");
    private static final Pattern PLANNED = Pattern.compile("(?:加快|推动|研究|适时|抓紧|推进|启动|开展|做好|及时|积极|建议|提出|组织|配合|列入|纳入|计划|拟|争取|完善|加强|促进|需要|抓紧|将)$");

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
            int cut = Math.max(seg.lastIndexOf("根据"), Math.max(seg.lastIndexOf("公布"), seg.lastIndexOf("发布")));
            cut = Math.max(cut, Math.max(seg.lastIndexOf('（'), seg.lastIndexOf("通过")));
            int segStart = from + (cut >= 0 ? cut : 0);
            String instrument = null, number = null;
            int instrumentAt = -1;
            for (Citation c : citations) {
                if (c.title() != null && c.start() >= segStart && c.titleEnd() <= m.start()) {
                    instrument = c.title();
                    number = c.docNumber();
                    instrumentAt = c.start();
                }
            }
            if (instrument == null) {
                Matcher o = ORDER.matcher(s);
                o.region(segStart, m.start());
                while (o.find()) {
                    instrument = o.group(1);
                    number = DocNumbers.parseLine(instrument.replaceFirst("^中华人民共和国", ""));
                    instrumentAt = o.start();
                }
            }
            LocalDate date = null;
            Matcher d = Dates.DATE.matcher(s);
            d.region(segStart, m.start());
            if (d.find()) {
                date = Dates.of(d);
            }
            int ordinal = ChineseNumbers.parse(m.group(1));
            if (instrument != null || date != null) {
                int at = instrumentAt >= 0 && s.charAt(instrumentAt) == '《' ? instrumentAt
                        : date != null ? d.start() : Math.max(instrumentAt, segStart);
                out.add(new History(at, m.end(), instrument, number, date, ordinal));
            }
            prevEnd = m.end();
        }
        return out;
    }

    /** True when the sentence states that this document amends the cited one. */
    boolean amendsInBody(DocText dt, Citation c) {
        String s = dt.text();
        String after = s.substring(c.end(), Math.min(s.length(), c.end() + 60));
        if (BODY_AFTER.matcher(after).find()) {
            String before = s.substring(Math.max(0, c.start() - 8), c.start());
            return !PLANNED.matcher(before.replaceFirst("对$", "")).find();
        }
        String before = s.substring(Math.max(0, c.start() - 12), c.start());
        Matcher b = BODY_BEFORE.matcher(before);
        if (b.find()) {
            String pre = before.substring(0, b.start());
            return !PLANNED.matcher(pre).find() && !pre.endsWith("制") && (before.endsWith("决定修改") || before.endsWith("现修改")
                    || before.endsWith("予以修改") || before.endsWith("决定修订") || before.endsWith("决定修正"));
        }
        return false;
    }
}
