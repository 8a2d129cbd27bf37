package org.reggraph.extract.relation;

import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.document.DocText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PROMULGATES: a notice that 印发/发布/转发 a document. The attached document is known from the pipeline
 * ({@code promulgatedBy}); when the attachment is not in the text, from the notice's title (印发《X》的通知,
 * 印发X的通知) or from an 附件：X（略） note.
 */
final class PromulgationFinder {

    private static final Pattern ISSUING_TITLE = Pattern.compile("(?:印发|发布|转发|颁布)(.+?)的(?:通知|通告|公告|决定|函|意见)$");
    private static final Pattern OMITTED_ATTACHMENT = Pattern.compile(
            "附件\\d*[:：]([^：:。；]{4,80}?)[（(]略[）)]");

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
        if (dt.text().indexOf('略') < 0 || !dt.text().contains("附件")) {
            return out;
        }
        Matcher a = OMITTED_ATTACHMENT.matcher(dt.text());
        while (a.find()) {
            String name = a.group(1).replaceAll("^[《“]|[》”]$", "");
            if (CitationFinder.isDocumentTitle(name)) {
                out.add(new Promulgation(notice.id(), name, dt.line(a.start()), a.group()));
            }
        }
        return out;
    }
}
