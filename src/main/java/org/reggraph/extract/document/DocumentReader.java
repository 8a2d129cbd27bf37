package org.reggraph.extract.document;

import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.lexicon.Titles;
import org.reggraph.extract.text.CleanLine;
import org.reggraph.extract.text.SourceLine;
import org.reggraph.extract.text.TextNormalizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The document stage: the cleaned lines of one file → its documents (segment → header → structure), or the one
 * document of a Markdown corpus file.
 */
public final class DocumentReader {

    private final DocumentSegmenter segmenter = new DocumentSegmenter();
    private final HeaderParser headers = new HeaderParser();
    private final StructureParser structure = new StructureParser();
    private final MarkdownLawReader markdown = new MarkdownLawReader();

    /**
     * @param raw     the file's lines as read ({@code raw.get(i)} is input line i+1)
     * @param lines   the same lines cleaned
     * @param usedIds ids taken by earlier files of the batch; the ids given here are added
     */
    public List<ExtractedDocument> read(List<String> raw, List<CleanLine> lines, String name, Set<String> usedIds) {
        return MarkdownLawReader.accepts(raw)
                ? List.of(markdownDocument(raw, lines, name, usedIds))
                : compilationDocuments(lines, name, usedIds);
    }

    private List<ExtractedDocument> compilationDocuments(List<CleanLine> lines, String name, Set<String> usedIds) {
        List<DocumentSegmenter.Segment> segments = segmenter.segment(lines);
        List<ExtractedDocument> docs = new ArrayList<>(segments.size());
        List<Header> parsed = new ArrayList<>(segments.size());
        for (DocumentSegmenter.Segment seg : segments) {
            Header parent = seg.parent() >= 0 ? parsed.get(seg.parent()) : null;
            Header h = headers.parse(lines, seg, parent);
            parsed.add(h);
            StructureParser.Structure st = structure.parse(lines, h.bodyStart(), seg.end());
            String title = h.title().isEmpty() ? stripExtension(name) : h.title();
            String id = uniqueId(h.docNumber() != null ? h.docNumber() : title, h.date(), usedIds);
            String promulgatedBy = seg.parent() >= 0 ? docs.get(seg.parent()).id() : null;
            if (parent != null && parent.date() == null && h.date() != null) {
                docs.set(seg.parent(), withDate(docs.get(seg.parent()), h.date())); // the notice's date stood under its attachment
            }
            if (parent != null && h.effectiveDate() != null && h.effectiveDate().equals(docs.get(seg.parent()).effectiveDate())
                    && parent.title().contains("印发")) {
                // 现予印发，自印发之日起施行: the notice says when the rules it issues take effect, and they say it again
                docs.set(seg.parent(), withEffectiveDate(docs.get(seg.parent()), null));
            }
            docs.add(new ExtractedDocument(id, title, h.docNumber(), h.issuers(), h.date(), h.effectiveDate(), h.firstIssued(), h.kind(),
                    h.level(), promulgatedBy, name, lines.get(seg.start()).number(), lines.get(seg.end() - 1).number(),
                    st.chapters(), st.articles(), sources(lines, seg.start(), seg.end())));
        }
        return docs;
    }

    private ExtractedDocument markdownDocument(List<String> raw, List<CleanLine> cleaned, String name, Set<String> usedIds) {
        List<CleanLine> lines = ArticleRuns.split(cleaned);
        MarkdownLawReader.Parsed p = markdown.read(raw, lines, name);
        if (lines.isEmpty()) {
            return new ExtractedDocument(uniqueId(p.title(), p.date(), usedIds), p.title(), null, p.issuers(), p.date(),
                    null, p.firstIssued(), p.kind(), p.level(), null, name, 1, raw.size(), List.of(), List.of(), List.of());
        }
        DocumentSegmenter.Segment whole = new DocumentSegmenter.Segment(0, lines.size(), p.start(), p.start() + 1, -1,
                DocumentSegmenter.Kind.WHOLE, -1);
        StructureParser.Structure st = structure.parse(lines, p.bodyStart(), lines.size(), true);
        String key = p.docNumber() != null && !p.amended() ? p.docNumber() : p.title() + (p.date() != null ? "(" + p.date() + ")" : "");
        return new ExtractedDocument(uniqueId(key, p.date(), usedIds), p.title(), p.docNumber(), p.issuers(), p.date(),
                p.effectiveDate() != null ? p.effectiveDate() : HeaderParser.effectiveDate(lines, whole, p.date(), Titles.kindSuffix(p.title())),
                p.firstIssued(), p.kind(), p.level(), null, name,
                lines.get(0).number(), lines.get(lines.size() - 1).number(), st.chapters(), st.articles(),
                sources(lines, 0, lines.size()));
    }

    private static ExtractedDocument withEffectiveDate(ExtractedDocument d, LocalDate effective) {
        return new ExtractedDocument(d.id(), d.title(), d.docNumber(), d.issuers(), d.date(), effective, d.firstIssued(), d.kind(),
                d.level(), d.promulgatedBy(), d.sourceFile(), d.startLine(), d.endLine(), d.chapters(), d.articles(), d.lines());
    }

    private static ExtractedDocument withDate(ExtractedDocument d, LocalDate date) {
        return new ExtractedDocument(d.id(), d.title(), d.docNumber(), d.issuers(), date, d.effectiveDate(), d.firstIssued(), d.kind(),
                d.level(), d.promulgatedBy(), d.sourceFile(), d.startLine(), d.endLine(), d.chapters(), d.articles(), d.lines());
    }

    /** The id is the document number or title; a repeat within one batch gets its date, then a counter. */
    private static String uniqueId(String key, LocalDate date, Set<String> used) {
        String id = TextNormalizer.squeeze(key);
        if (used.add(id)) {
            return id;
        }
        if (date != null && used.add(id + "@" + date)) {
            return id + "@" + date;
        }
        for (int i = 2; ; i++) {
            if (used.add(id + "#" + i)) {
                return id + "#" + i;
            }
        }
    }

    private static List<SourceLine> sources(List<CleanLine> lines, int from, int to) {
        List<SourceLine> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(lines.get(i).source());
        }
        return out;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
