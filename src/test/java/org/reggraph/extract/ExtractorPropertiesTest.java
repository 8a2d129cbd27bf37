package org.reggraph.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reggraph.extract.text.TextNormalizer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random sequences of the extractor's own vocabulary (brackets, numbers, kind words, verbs, comments, line breaks)
 * through the full extraction: it never fails, every relation points at a line of the file, what it quotes stands in
 * the input, and the same input gives the same result, with or without the documents' text kept.
 */
class ExtractorPropertiesTest {

    private static final List<String> VOCABULARY = List.of(
            "《", "》", "〈", "〉", "〔", "〕", "[", "]", "（", "）", "(", ")", "第", "条", "款", "项", "号", "令", "年", "月", "日",
            "国务院", "中华人民共和国", "根据", "依照", "制定本条例", "废止", "同时废止", "失效", "修订", "修改", "决定", "公告",
            "通知", "条例", "办法", "规定", "关于印发", "的", "以下简称", "“", "”", "发", "国发", "部令", "主席令", "负责", "部门",
            "人民政府", "0", "1", "2", "7", "2021", "一", "十", "百", "。", "；", "，", "、", "：", " ", "\u3000", "\n", "\n\n",
            "<!--", "-->", "<b>", "**", "# ", "- ", "第一章", "第一条", "附件", "自", "起施行", "- 1 -");

    private final Extractor extractor = new Extractor();

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(300).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void extractsAnyVocabularySequence(@ForAll("texts") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Extraction e = extractor.extract(bytes, "random.txt");
        for (ExtractionProblem p : e.problems()) {
            assertFalse(p.message().contains("failed"), () -> "a stage failed: " + p.message());
        }
        int lines = text.split("\r\n|\r|\n", -1).length;
        String input = normalized(text);
        for (Relation r : e.relations()) {
            Integer line = r.source().line();
            assertTrue(line == null || (line >= 1 && line <= lines), () -> "line " + line + " of " + lines + ": " + r);
            String surface = r.source().surface();
            assertTrue(surface == null || isSubsequence(TextNormalizer.squeeze(surface), input),
                    () -> "surface not in the input: " + r);
        }
        Extraction again = extractor.extract(bytes, "random.txt");
        ExtractionExport export = new ExtractionExport();
        assertEquals(export.toTree(e), export.toTree(again));
        Extraction lean = extractor.withoutText().extract(bytes, "random.txt");
        assertEquals(export.toTree(e), export.toTree(lean), "the export does not need the documents' text");
        assertTrue(lean.documents().stream().allMatch(d -> d.lines().isEmpty()
                && d.articles().stream().allMatch(a -> a.text().isEmpty() && a.lines().isEmpty())));
    }

    /** The input as the extractor reads it: each line normalised, whitespace removed. */
    private static String normalized(String text) {
        StringBuilder b = new StringBuilder();
        for (String l : text.split("\r\n|\r|\n", -1)) {
            b.append(TextNormalizer.squeeze(TextNormalizer.normalizeLine(l).text()));
        }
        return b.toString();
    }

    /** Lines may be dropped (page numbers, blank lines), so a quote stands in the input in order, perhaps not adjacent. */
    private static boolean isSubsequence(String part, String whole) {
        int k = 0;
        for (int i = 0; i < whole.length() && k < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(k)) {
                k++;
            }
        }
        return k == part.length();
    }
}
