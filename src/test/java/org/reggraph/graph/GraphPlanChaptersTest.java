package org.reggraph.graph;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes whose chapter numbering restarts in every part (编) get one Chapter node per chapter: with duplicate ids the
 * document could not be written at all (the id constraint refuses it). Real texts of the shipped national corpus.
 */
class GraphPlanChaptersTest {

    @ParameterizedTest
    @CsvSource({
            "import/national/falv/刑法.md, 中华人民共和国刑法",
            "import/national/falv/刑事诉讼法(2018-10-26).md, 中华人民共和国刑事诉讼法",
            "import/national/falv/安全生产法(2021-06-10).md, 中华人民共和国安全生产法"})
    void everyChapterOfADocumentHasItsOwnIdAndEveryArticleItsChapter(String file, String title) {
        Extraction extraction = new Extractor().extract(List.of(Path.of(file)));
        assertThat(extraction.documents()).singleElement().extracting(d -> d.title()).isEqualTo(title);
        GraphPlan.DocPlan doc = GraphPlan.of(extraction).documents().get(0);

        List<String> ids = doc.chapters().stream().map(GraphPlanChaptersTest::id).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates()
                .hasSize(extraction.documents().get(0).chapters().size())
                .allMatch(id -> id.startsWith(doc.id() + "/"));
        Set<String> parents = new HashSet<>(ids);
        parents.add(doc.id());
        assertThat(doc.articles()).allMatch(a -> parents.contains((String) a.get("parent")));
        assertThat(doc.chapters()).allMatch(c -> parents.contains((String) c.get("parent")));
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> row) {
        return (String) ((Map<String, Object>) row.get("props")).get("id");
    }
}
