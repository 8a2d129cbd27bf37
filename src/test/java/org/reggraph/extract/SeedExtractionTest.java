package org.reggraph.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed compilations in import/corpus, against facts of the hand-checked gold. */
class SeedExtractionTest {

    private static Map<String, ExtractedDocument> byTitle;
    private static Extraction extraction;

    @BeforeAll
    static void extract() {
        extraction = new Extractor(RelationRecorderHolder.recorder()).extract(List.of(Path.of("import/corpus")));
        byTitle = extraction.documents().stream()
                .collect(Collectors.toMap(ExtractedDocument::title, Function.identity(), (a, b) -> a));
    }

    @Test
    void everySeedIsReadWithoutProblems() {
        assertTrue(extraction.problems().isEmpty(), extraction.problems().toString());
        assertEquals(22, count("000_3700f5e89e50de4d.txt"));
        assertEquals(17, count("002_ac350408269d5a04.txt"));
        assertEquals(5, RelationRecorderHolder.calls(), "the relation stage runs once per file");
    }

    private static long count(String file) {
        return extraction.documents().stream().filter(d -> d.sourceFile().equals(file)).count();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "建设工程抗震管理条例|国务院令第744号|2021-07-19|2021-09-01|8|51|1",
            "中华人民共和国土地管理法实施条例|国务院令第743号|2021-07-02|2021-09-01|7|67|578",
            "关于加强金属非金属地下矿山外包工程安全管理的若干规定||2021-07-05|2021-10-01|0|18|2977",
            "水污染防治资金管理办法||2021-06-02|2021-06-02|0|23|4801",
            "大气污染防治资金管理办法||2021-06-09|2021-06-09|0|24|5049",
            "自然资源部关于部本级应用电子矿产资源勘查许可证、采矿许可证有关事项的公告|2021年第41号|2021-06-30|2021-07-01|0|0|2445",
            "人力资源社会保障部教育部关于深化实验技术人才职称制度改革的指导意见||2021-08-09||0|0|3479",
            "知识产权强国建设纲要（2021－2035年）||2021-09-22||0|0|387",
            "工业和信息化部关于深化“证照分离”改革的通告|工信部政法函〔2021〕159号|2021-06-29|2021-07-01|0|0|3855",
    })
    void goldFacts(String title, String docNumber, LocalDate date, LocalDate effective, int chapters, int articles, int start) {
        ExtractedDocument d = byTitle.get(title);
        assertNotNull(d, title);
        assertEquals(docNumber, d.docNumber());
        assertEquals(date, d.date());
        assertEquals(effective, d.effectiveDate());
        assertEquals(chapters, d.chapters().stream().filter(c -> !c.section()).count());
        assertEquals(articles, d.articles().size());
        assertEquals(start, d.startLine());
    }

    @Test
    void attachmentsPointToTheirNotice() {
        ExtractedDocument plan = byTitle.get("“十四五”循环经济发展规划");
        ExtractedDocument notice = byTitle.get("国家发展改革委关于印发“十四五”循环经济发展规划的通知");
        assertEquals(notice.id(), plan.promulgatedBy());
        assertEquals(List.of("国家发展改革委"), plan.issuers());
        assertEquals(10, byTitle.get("5G应用“扬帆”行动计划（2021-2023年）").issuers().size());
    }

    @Test
    void idsAreUniqueAndStable() {
        List<String> ids = extraction.documents().stream().map(ExtractedDocument::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
        Extraction again = new Extractor(RelationStage.none()).extract(List.of(Path.of("import/corpus")));
        assertEquals(ids, again.documents().stream().map(ExtractedDocument::id).toList());
    }

    @Test
    void everyDocumentKeepsItsSourceLines() {
        for (ExtractedDocument d : extraction.documents()) {
            assertTrue(d.startLine() <= d.endLine(), d.title());
            assertEquals(d.startLine(), d.lines().get(0).number(), d.title());
            assertEquals(d.endLine(), d.lines().get(d.lines().size() - 1).number(), d.title());
        }
    }

    /** Counts relation-stage calls; the extractor reads files on several threads, so the count is atomic (an int lost updates). */
    static final class RelationRecorderHolder {
        private static final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        static RelationStage recorder() {
            calls.set(0);
            return docs -> {
                calls.incrementAndGet();
                return RelationStage.Result.empty();
            };
        }

        static int calls() {
            return calls.get();
        }
    }
}
