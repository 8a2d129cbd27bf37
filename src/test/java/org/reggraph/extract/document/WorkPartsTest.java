package org.reggraph.extract.document;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.RelationStage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A work the corpus splits into a file per part (民法典's 编) is one document: the parts in the order of their articles,
 * read once whichever of them a folder walk or the command line names.
 */
class WorkPartsTest {

    private static final Path CIVIL_CODE = Path.of("../shared/corpus/falv");

    private final Extractor extractor = new Extractor(RelationStage.none());

    /** A part file as the corpus writes them: title, part, history, INFO END, body. */
    private static String part(String name, String body) {
        return "# 中华人民共和国民法典\n\n# " + name + "\n\n2020年5月28日 第十三届全国人民代表大会第三次会议通过\n\n2021年1月1日 施行\n\n"
                + "<!-- INFO END -->\n\n" + body + "\n";
    }

    private static final String GENERAL = part("总则", "## 第一章  基本规定\n\n第一条 为了保护民事主体的合法权益，根据宪法，制定本法。\n\n"
            + "第二条 民法调整平等主体的自然人、法人和非法人组织之间的人身关系和财产关系。");
    private static final String PROPERTY = part("物权编", "## 第一分编  通则\n\n### 第一章  一般规定\n\n第三条 本编调整因物的归属和利用产生的民事关系。");
    private static final String FINAL = part("附则", "##\n\n第四条 本法自2021年1月1日起施行。《中华人民共和国物权法》同时废止。");

    @Test
    void partsMergeInTheOrderOfTheirArticles() {
        String work = WorkParts.merge(List.of(FINAL, PROPERTY, GENERAL));
        assertThat(work).startsWith("# 中华人民共和国民法典\n");
        assertThat(work.substring(0, work.indexOf("<!-- INFO END -->"))).doesNotContain("总则"); // the header is the work's
        assertThat(work.indexOf("第一条")).isLessThan(work.indexOf("# 物权编"));
        assertThat(work.indexOf("# 物权编")).isLessThan(work.indexOf("第三条"));
        assertThat(work.indexOf("第三条")).isLessThan(work.indexOf("# 附则"));
        assertThat(work.indexOf("# 附则")).isLessThan(work.indexOf("第四条"));
    }

    @Test
    void partsOfAnotherFormatAreNotMerged() {
        assertThat(WorkParts.merge(List.of(GENERAL, "第一条 为了规范…，制定本办法。"))).isNull();
    }

    @Test
    void aFolderReadsTheWorkAsOneDocument(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("中华人民共和国民法典__附则.md"), FINAL);
        Files.writeString(dir.resolve("中华人民共和国民法典__物权编.md"), PROPERTY);
        Files.writeString(dir.resolve("中华人民共和国民法典__总则.md"), GENERAL);
        Files.writeString(dir.resolve("土地管理法实施条例(2021-07-02).md"), "# 中华人民共和国土地管理法实施条例\n\n"
                + "2021年7月2日 中华人民共和国国务院令第743号第三次修订\n\n<!-- INFO END -->\n\n第一条 根据《中华人民共和国土地管理法》，制定本条例。\n");

        assertThat(Extractor.inputFiles(dir)).hasSize(2);
        Extraction e = extractor.extract(List.of(dir), 1);
        assertThat(e.problems()).isEmpty();
        ExtractedDocument code = e.documents().stream().filter(d -> d.title().equals("中华人民共和国民法典")).findFirst().orElseThrow();
        assertThat(code.articles()).extracting(ExtractedArticle::number).containsExactly(1, 2, 3, 4);
        assertThat(code.sourceFile()).isEqualTo("中华人民共和国民法典__*.md");
        assertThat(code.effectiveDate()).hasToString("2021-01-01");
        assertThat(code.articles().get(1).text()).doesNotContain("物权编"); // the part's heading is no article text
        assertThat(e.documents()).hasSize(2);

        // named one by one, and with the folder: still one document
        Extraction named = extractor.extract(List.of(dir.resolve("中华人民共和国民法典__物权编.md"),
                dir.resolve("中华人民共和国民法典__总则.md"), dir), 2);
        assertThat(named.documents()).extracting(ExtractedDocument::title)
                .containsExactlyInAnyOrder("中华人民共和国民法典", "中华人民共和国土地管理法实施条例");
    }

    @Test
    void aPartWithoutSiblingsIsReadAsItself(@TempDir Path dir) throws IOException {
        Path alone = dir.resolve("中华人民共和国民法典__物权编.md");
        Files.writeString(alone, PROPERTY);
        Extraction e = extractor.extract(List.of(alone), 1);
        assertThat(e.documents()).singleElement().satisfies(d -> {
            assertThat(d.sourceFile()).isEqualTo("中华人民共和国民法典__物权编.md");
            assertThat(d.articles()).extracting(ExtractedArticle::number).containsExactly(3);
        });
    }

    /** The corpus's civil code: its 1 260 articles in one document, 侵权责任编's 第一千一百六十五条 among them. */
    @Test
    void theCivilCodeOfTheCorpusIsOneDocument() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CIVIL_CODE.resolve("中华人民共和国民法典__总则.md")), "../shared/corpus not present");
        List<Path> parts = WorkParts.parts(CIVIL_CODE.resolve("中华人民共和国民法典__侵权责任编.md"));
        assertThat(parts).hasSize(8);
        Extraction e = extractor.extract(List.of(parts.get(3)), 1);
        assertThat(e.documents()).singleElement().satisfies(d -> {
            assertThat(d.articles()).hasSize(1260);
            assertThat(d.articles()).extracting(ExtractedArticle::number).contains(1165).doesNotHaveDuplicates().isSorted();
        });
    }
}
