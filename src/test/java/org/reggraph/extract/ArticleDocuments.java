package org.reggraph.extract;

import org.reggraph.extract.text.SourceLine;

import java.util.ArrayList;
import java.util.List;

/** Test documents built the way the document stage builds them, for the relation and agency stages. */
public final class ArticleDocuments {

    private ArticleDocuments() {
    }

    /** A 条-structured document: a title line, then one article per sentence group (lines 2 …). */
    public static ExtractedDocument doc(String title, String docNumber, String... articleTexts) {
        List<SourceLine> lines = new ArrayList<>();
        lines.add(new SourceLine(1, title));
        List<ExtractedArticle> arts = new ArrayList<>();
        int n = 2;
        for (int i = 0; i < articleTexts.length; i++) {
            String label = "第" + "一二三四五六七八九十".charAt(i) + "条";
            List<SourceLine> al = new ArrayList<>();
            // break the text across two lines, as PDF extraction does
            String t = label + " " + articleTexts[i];
            int cut = t.length() / 2;
            al.add(new SourceLine(n, t.substring(0, cut)));
            al.add(new SourceLine(n + 1, t.substring(cut)));
            lines.addAll(al);
            arts.add(new ExtractedArticle(i + 1, label, null, articleTexts[i], n, n + 1, al));
            n += 2;
        }
        return new ExtractedDocument(docNumber != null ? docNumber : title, title, docNumber, List.of("国务院"), null, null, "条例",
                null, null, "t.txt", 1, n - 1, List.of(), arts, lines);
    }

    /**
     * A law in the corpus Markdown format, extracted as a file would be: its title, the header's history lines (one
     * paragraph each), then one article; {@code date} is the version date of the file name.
     */
    public static Extraction markdownLaw(String title, List<String> history, String date) {
        String md = "# " + title + "\n\n" + String.join("\n\n", history) + "\n\n<!-- INFO END -->\n\n第一条 为了测试，制定本办法。\n";
        return new Extractor().extract(md.getBytes(java.nio.charset.StandardCharsets.UTF_8), title + "(" + date + ").md");
    }

    /** A notice without articles: a title line, then the paragraphs as lines (2 …). */
    public static ExtractedDocument notice(String title, String docNumber, String... paragraphs) {
        List<SourceLine> lines = new ArrayList<>();
        lines.add(new SourceLine(1, title));
        for (int i = 0; i < paragraphs.length; i++) {
            lines.add(new SourceLine(i + 2, paragraphs[i]));
        }
        return new ExtractedDocument(docNumber, title, docNumber, List.of("国务院安委会办公室"), null, null, "意见",
                null, null, "t.txt", 1, paragraphs.length + 1, List.of(), List.of(), lines);
    }
}
