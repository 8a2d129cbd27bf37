package org.reggraph.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions of the query-service issue, answered from the seed texts themselves (extracted, written and read back
 * over Bolt and HTTP): nothing here comes from a hand-made fixture.
 */
class SeedAcceptanceIT extends SeedGraphTestBase {

    @Test
    void everyExtractedDocumentIsInTheGraphOnce() {
        Extraction extraction = new Extractor().extract(List.of(Path.of("import/corpus")));
        long real = count("MATCH (d:Document) WHERE NOT coalesce(d.stub, false) AND d.sourceFile STARTS WITH '00' RETURN count(d)");
        assertThat(real).isEqualTo(extraction.documents().size()).isGreaterThan(100);
        assertThat(count("MATCH (d:Document) WITH d.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)")).isZero();
        // articles of the seed files (other tests of this context upload documents with articles of their own)
        assertThat(count("MATCH (d:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(a:Article) "
                + "WHERE d.sourceFile STARTS WITH '00' RETURN count(DISTINCT a)"))
                .isEqualTo(extraction.documents().stream().mapToLong(d -> d.articles().size()).sum());
    }

    @Test
    void theDocumentRepealedBy46HaoReportsItsReplacement() {
        // 财资环〔2021〕46号 印发《大气污染防治资金管理办法》, whose last article repeals 财建〔2018〕578号
        JsonNode r = get("/api/documents/" + enc("财建〔2018〕578号") + "/replacements");
        assertThat(r.path("status").asText()).isEqualTo("REPEALED");
        assertThat(r.path("inForce").asBoolean()).isFalse();
        assertThat(r.path("statusDate").asText()).isEqualTo("2021-06-09");
        JsonNode by = r.path("replacedBy").get(0);
        assertThat(by.path("title").asText()).isEqualTo("大气污染防治资金管理办法");
        assertThat(by.path("promulgatedBy").path("docNumber").asText()).isEqualTo("财资环〔2021〕46号");
        assertThat(texts(r.path("chain"), "type")).containsExactly("REPEALS");
    }

    @Test
    void inForceOnADateFollowsTheRepealDate() {
        String path = "/api/documents/" + enc("财建〔2018〕578号") + "/in-force?date=";
        assertThat(get(path + "2021-06-08").path("inForce").asBoolean()).isTrue();
        JsonNode after = get(path + "2021-06-09");
        assertThat(after.path("inForce").asBoolean()).isFalse();
        assertThat(after.path("reason").asText()).contains("2021-06-09");
    }

    @Test
    void theLandAdministrationRegulationIsBasedOnTheLandAdministrationLaw() {
        JsonNode refs = get("/api/documents/" + enc("国务院令第743号") + "/references?types=BASED_ON");
        assertThat(refs.path("root").path("title").asText()).isEqualTo("中华人民共和国土地管理法实施条例");
        assertThat(texts(refs.path("edges"), "to", "title")).contains("中华人民共和国土地管理法");
        assertThat(texts(refs.path("edges"), "type")).containsOnly("BASED_ON");
    }

    @Test
    void theGroundwaterRegulationStatesItsLegalBasesInArticle1() {
        JsonNode refs = get("/api/documents/" + enc("国务院令第748号") + "/references?article=1&types=BASED_ON");
        assertThat(texts(refs.path("edges"), "to", "title"))
                .contains("中华人民共和国水法", "中华人民共和国水污染防治法");
        assertThat(texts(refs.path("edges"), "from", "label")).containsOnly("第一条");
    }

    @Test
    void theHousingAuthorityIsResponsibleUnderArticle4OfTheSeismicRegulation() {
        JsonNode agencies = get("/api/documents/" + enc("国务院令第744号") + "/agencies");
        assertThat(agencies.path("document").path("title").asText()).isEqualTo("建设工程抗震管理条例");
        JsonNode article4 = null;
        for (JsonNode a : agencies.path("articles")) {
            if (a.path("article").path("label").asText().equals("第四条")) {
                article4 = a;
            }
        }
        assertThat(article4).as("article 4 makes agencies responsible").isNotNull();
        assertThat(texts(article4.path("responsible"), "agencyId")).contains("国务院住房和城乡建设主管部门");

        JsonNode agency = get("/api/agencies/" + enc("国务院住房和城乡建设主管部门"));
        assertThat(agency.path("generic").asBoolean()).isTrue();
        assertThat(texts(agency.path("parents"), "id")).contains("国务院");
        assertThat(texts(agency.path("responsibilities"), "article", "id")).contains("国务院令第744号/第四条");
    }

    @Test
    void aNewVersionWithTheTitleOfTheRuleItRepealsStaysInForce() {
        // 财资〔2022〕136号 印发 a new 企业安全生产费用提取和使用管理办法 that repeals the 2012 one of the same title
        JsonNode found = get("/api/documents?q=" + enc("企业安全生产费用提取和使用管理办法") + "&size=50");
        JsonNode current = null;
        for (JsonNode d : found.path("content")) {
            if (d.path("title").asText().equals("企业安全生产费用提取和使用管理办法") && !d.path("stub").asBoolean()) {
                current = d;
            }
        }
        assertThat(current).isNotNull();
        assertThat(current.path("status").asText()).isEqualTo("IN_FORCE");
        JsonNode r = get("/api/documents/" + enc(current.path("id").asText()) + "/replacements");
        assertThat(texts(r.path("chain"), "to", "id")).contains("财企〔2012〕16号")
                .doesNotContain(current.path("id").asText());
        assertThat(count("MATCH (d:Document)-[:REPEALS|AMENDS]->(d) RETURN count(d)")).as("self-repeals").isZero();
    }

    @Test
    void aNoticeCitingARepealedRuleIsADanglingReferenceButRepealStatementsAreNot() {
        uploadNoticeCitingARepealedRule();
        JsonNode report = get("/api/reports/dangling-references?size=200");
        assertThat(texts(report.path("content"), "citing", "title")).contains("关于做好大气污染防治资金监督检查工作的通知");
        assertThat(texts(report.path("content"), "cited", "id")).contains("财建〔2018〕578号");
        for (JsonNode item : report.path("content")) {
            String citing = item.path("citing").path("id").asText();
            String cited = item.path("cited").path("id").asText();
            assertThat(count("MATCH (:Document {id: $citing})-[:REPEALS]->(:Document {id: $cited}) RETURN count(*)",
                    java.util.Map.of("citing", citing, "cited", cited))).isZero();
        }
    }

    @Test
    void searchFindsByNumberTitleAndFullText() {
        assertThat(texts(get("/api/documents?docNumber=" + enc("国务院令第748号")).path("content"), "title"))
                .containsExactly("地下水管理条例");
        assertThat(texts(get("/api/documents?q=" + enc("地下水超采") + "&size=50").path("content"), "id"))
                .contains("国务院令第748号");
        assertThat(texts(get("/api/suggest?q=" + enc("地下水管理")), "id")).contains("国务院令第748号");
    }
}
