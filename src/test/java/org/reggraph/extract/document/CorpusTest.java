package org.reggraph.extract.document;

import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.RelationStage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The 683 Markdown regulations of ../shared/corpus (skipped when the shared folder is absent). */
class CorpusTest {

    private static final Path CORPUS = Path.of("../shared/corpus/xingzheng-fagui");

    @Test
    void everyCorpusFileIsOneDocumentWithTitleAndDate() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent");
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Extraction e = new Extractor(RelationStage.none()).extract(List.of(CORPUS));
        assertTrue(e.problems().isEmpty(), e.problems().toString());
        Map<String, List<ExtractedDocument>> byFile = e.documents().stream()
                .collect(Collectors.groupingBy(ExtractedDocument::sourceFile));
        assertEquals(files.size(), byFile.size());
        int titles = 0;
        int dated = 0;
        int dates = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            List<ExtractedDocument> docs = byFile.get(name);
            assertEquals(1, docs.size(), name);
            ExtractedDocument d = docs.get(0);
            String fileTitle = name.replaceAll("(\\(\\d{4}-\\d{2}-\\d{2}\\))?\\.md$", "");
            titles += norm(d.title()).equals(norm(fileTitle)) ? 1 : 0;
            LocalDate fileDate = MarkdownLawReader.fileDate(name);
            if (fileDate != null) {
                dated++;
                dates += fileDate.equals(d.date()) ? 1 : 0;
            }
        }
        assertTrue(titles >= 0.99 * files.size(), "titles " + titles + "/" + files.size());
        assertTrue(dates >= 0.95 * dated, "dates " + dates + "/" + dated);
        assertTrue(e.documents().stream().mapToInt(d -> d.articles().size()).sum() > 20000);
    }

    /** The file name drops 中华人民共和国 and writes 《执业医师法》 for 《中华人民共和国执业医师法》. */
    private static String norm(String s) {
        return s.replace("中华人民共和国", "").replaceAll("[\\s《》〈〉“”()（）]", "");
    }
}
