package org.reggraph.extract.relation;

import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.document.DocText;
import org.reggraph.extract.text.SourceLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PROMULGATES: a notice that 印发/发布/转发 a document. The attached document is known from the pipeline
 * ({@code promulgatedBy}); when the attachment is not in the text, from the notice's title (印发《X》的通知,
 * 印发X的通知), from an 附件：X（略） note, or from the list of attachments that closes the notice (附件：1.X 2.Y…).
 */
final class PromulgationFinder {

    private static final Pattern ISSUING_TITLE = Pattern.compile("(?:印发|发布|转发|颁布)(.+?)的(?:通知|通告|公告|决定|函|意见)$");
    private static final Pattern OMITTED_ATTACHMENT = Pattern.compile(
            "附件\\d*[:：]([^：:。；]{4,80}?)[（(]略[）)]");
    /** The line that opens a notice's list of attachments: 附件：X, 附件：1.X, 附件1：X. */
    private static final Pattern LIST_OPEN = Pattern.compile("^附件\\d*[:：](.*)$");
    /** A numbered item of the list: 2.X, 2．X, 2、X. */
    private static final Pattern ITEM = Pattern.compile("^\\d{1,2}[.．、](.+)$");
    /** A line that goes on with the item above: a note in brackets broken off its title ((2022年版), （试行）). */
    private static final Pattern NOTE_LINE = Pattern.compile("^[（(][^（）()]{1,14}[）)]$");
    /** An item the list marks as left out of the publication (…实施规定（略）): no document of the notice's. */
    private static final Pattern OMITTED = Pattern.compile("[（(]略[）)]$");
    /** How far from its end a notice's list of attachments may open. */
    private static final int LIST_REACH = 30;

    record Promulgation(String from, String target, int line, String surface) {
    }

    List<Promulgation> find(ExtractedDocument notice, DocText dt, List<ExtractedDocument> fileDocs) {
        List<Promulgation> out = new ArrayList<>();
        for (ExtractedDocument d : fileDocs) {
            if (notice.id().equals(d.promulgatedBy())) {
                out.add(new Promulgation(notice.id(), d.title(), notice.startLine(), notice.title()));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Matcher m = ISSUING_TITLE.matcher(notice.title());
        if (m.find() && !notice.title().contains("废止") && !notice.title().contains("停止执行")) {
            String named = m.group(1);
            int open = named.indexOf('《');
            if (open >= 0 && named.lastIndexOf('》') > open) {
                // 《A》和《B》: each title
                int depth = 0, st = -1;
                for (int i = 0; i < named.length(); i++) {
                    char c = named.charAt(i);
                    if (c == '《') {
                        if (depth++ == 0) {
                            st = i + 1;
                        }
                    } else if (c == '》' && --depth == 0 && CitationFinder.isIssuedName(named.substring(st, i))) {
                        out.add(new Promulgation(notice.id(), named.substring(st, i), notice.startLine(), notice.title()));
                    }
                }
            } else if (named.length() >= 4 && CitationFinder.isDocumentTitle(named)) {
                out.add(new Promulgation(notice.id(), named, notice.startLine(), notice.title()));
            }
            return out;
        }
        if (!dt.text().contains("附件")) {
            return out;
        }
        Matcher a = OMITTED_ATTACHMENT.matcher(dt.text());
        while (dt.text().indexOf('略') >= 0 && a.find()) {
            String name = a.group(1).replaceAll("^[《“]|[》”]$", "");
            if (CitationFinder.isDocumentTitle(name)) {
                out.add(new Promulgation(notice.id(), name, dt.line(a.start()), a.group()));
            }
        }
        for (Promulgation p : listedAttachments(notice)) {
            if (out.stream().noneMatch(x -> x.target().equals(p.target()))) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The documents a notice's closing list of attachments names, whose text the input does not hold (国办发〔2022〕2号:
     * 附件：法律、行政法规、国务院决定设定的行政许可事项清单 / （2022年版）, the list published apart; 国家税务总局公告2022年第19号:
     * 附件：1.税务行政许可事项清单（2022年版） 2.税务行政许可文书样式（略） 3.…审批实施规定（略）): each item a document's title (not a
     * form's, 文书样式), its bracketed note put back when the line broke before it; not an item left out (（略）), as the
     * development gold records none of its notices' omitted attachments.
     */
    private static List<Promulgation> listedAttachments(ExtractedDocument notice) {
        List<SourceLine> lines = notice.lines();
        for (int i = Math.max(0, lines.size() - LIST_REACH); i < lines.size(); i++) {
            Matcher open = LIST_OPEN.matcher(lines.get(i).text());
            if (open.find()) {
                List<Promulgation> out = new ArrayList<>();
                for (String item : listItems(open.group(1), lines, i + 1)) {
                    Matcher numbered = ITEM.matcher(item);
                    String name = (numbered.find() ? numbered.group(1) : item).replaceAll("^[《“]|[》”]$", "");
                    if (!OMITTED.matcher(name).find() && CitationFinder.isDocumentTitle(name)) {
                        out.add(new Promulgation(notice.id(), name, lines.get(i).number(), lines.get(i).text()));
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** The items of a list of attachments: {@code first} (what follows 附件：), then numbered lines, with their broken-off notes. */
    private static List<String> listItems(String first, List<SourceLine> lines, int from) {
        List<String> items = new ArrayList<>();
        if (!first.isBlank()) {
            items.add(first);
        }
        for (int j = from; j < lines.size(); j++) {
            String t = lines.get(j).text();
            if (ITEM.matcher(t).find()) {
                items.add(t);
            } else if (!items.isEmpty() && NOTE_LINE.matcher(t).matches()) {
                items.set(items.size() - 1, items.get(items.size() - 1) + t);
            } else {
                break;
            }
        }
        return items;
    }
}
