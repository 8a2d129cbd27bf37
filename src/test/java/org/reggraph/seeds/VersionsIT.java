package org.reggraph.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reggraph.graph.GraphDump;
import org.reggraph.graph.GraphWriter;
import org.reggraph.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Works, versions and status on the seed graph as the start-up load writes it: the history questions of issue 13
 * (国务院令第743号 and its 1998 original 国务院令第256号, the 印花税 list, 发改体改规〔2020〕1880号, 国税发〔2006〕183号).
 */
class VersionsIT extends SeedGraphTestBase {

    private static final String LAND_2021 = "国务院令第743号";
    private static final String LAND_1998 = "国务院令第256号";

    @Autowired
    IngestService ingest;

    @Test
    void theLandRegulationIsOneWorkWhose2021RevisionIsCurrent() {
        JsonNode v = get("/api/documents/" + enc(LAND_2021) + "/versions");
        assertThat(v.path("work").path("title").asText()).isEqualTo("中华人民共和国土地管理法实施条例");
        assertThat(v.path("work").path("status").asText()).isEqualTo("IN_FORCE");
        assertThat(v.path("work").path("currentVersion").asText()).isEqualTo(LAND_2021);
        assertThat(texts(v.path("versions"), "id")).containsExactly(LAND_1998, LAND_2021);
        JsonNode current = v.path("versions").get(1);
        assertThat(current.path("current").asBoolean()).isTrue();
        assertThat(current.path("validTo").isNull()).isTrue();
        assertThat(current.path("versionDate").asText()).isEqualTo("2021-07-02");
        assertThat(current.path("madeBy").path("id").asText()).isEqualTo(LAND_2021);
        JsonNode original = v.path("versions").get(0);
        assertThat(original.path("current").asBoolean()).isFalse();
        assertThat(original.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(original.path("validTo").asText()).isEqualTo(current.path("validFrom").asText());
    }

    @Test
    void theRevisedTextIsInForceAndNotAmendedByItself() {
        JsonNode doc = get("/api/documents/" + enc(LAND_2021));
        assertThat(doc.path("status").asText()).isEqualTo("IN_FORCE");
        assertThat(doc.path("statusChangedBy").isNull()).isTrue();
        assertThat(count("MATCH (d:Document)-[:AMENDS]->(d) RETURN count(d)")).isZero();
        JsonNode replacements = get("/api/documents/" + enc(LAND_2021) + "/replacements");
        assertThat(replacements.path("inForce").asBoolean()).isTrue();
        assertThat(texts(replacements.path("chain"), "from", "id")).doesNotContain(LAND_2021);
    }

    @Test
    void theOriginalIsSupersededTodayButWasTheTextInForceIn2010() {
        JsonNode today = get("/api/documents/" + enc(LAND_1998) + "/in-force");
        assertThat(today.path("inForce").asBoolean()).isTrue(); // the regulation is, in its 2021 text
        assertThat(today.path("versionInForce").asBoolean()).isFalse();
        assertThat(today.path("version").path("id").asText()).isEqualTo(LAND_2021);
        // the regulation dates from its first version (1998), not from the 2021 text now in force
        assertThat(today.path("reason").asText()).contains("1998-12-27").doesNotContain("in force since 2021");
        assertThat(get("/api/documents/" + enc(LAND_1998)).path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(get("/api/documents/" + enc(LAND_1998) + "/replacements").path("inForce").asBoolean()).isFalse();

        JsonNode in2010 = get("/api/documents/" + enc(LAND_2021) + "/in-force?date=2010-01-01");
        assertThat(in2010.path("inForce").asBoolean()).isTrue();
        assertThat(in2010.path("version").path("id").asText()).isEqualTo(LAND_1998);
        assertThat(in2010.path("versionInForce").asBoolean()).isFalse();
        assertThat(in2010.path("reason").asText()).doesNotContain("not yet issued").contains(LAND_1998);
        assertThat(get("/api/documents/" + enc(LAND_2021) + "/versions?date=2010-01-01").path("inForceOn").path("id")
                .asText()).isEqualTo(LAND_1998);
    }

    @Test
    void noInternalIdInAnyAnswer() {
        assertThat(count("MATCH (d:Document) WHERE d.id CONTAINS '~' RETURN count(d)")).isZero();
        for (String path : List.of("/api/documents/" + enc(LAND_2021), "/api/documents/" + enc(LAND_2021) + "/replacements",
                "/api/documents/" + enc(LAND_2021) + "/versions", "/api/documents/" + enc(LAND_2021) + "/references?direction=both",
                "/api/documents/" + enc("企业安全生产费用提取和使用管理办法") + "/versions")) {
            assertThat(get(path).toString()).as(path).doesNotContain("~superseded-by~");
        }
    }

    @Test
    void aListOfRepealedFilesIsNotItselfRepealed() {
        String list = "全文废止和部分条款废止的印花税文件目录";
        assertThat(count("MATCH (:Document)-[:REPEALS]->(d:Document {title: $t}) RETURN count(d)", Map.of("t", list))).isZero();
        assertThat(count("MATCH (d:Document {title: $t}) WHERE d.status IN ['REPEALED', 'PARTIALLY_REPEALED'] RETURN count(d)",
                Map.of("t", list))).isZero();
    }

    @Test
    void the2020MarketAccessListIsRepealedByThe2022One() {
        JsonNode r = get("/api/documents/" + enc("发改体改规〔2020〕1880号") + "/replacements");
        assertThat(r.path("status").asText()).isEqualTo("REPEALED");
        assertThat(r.path("statusDate").asText()).isEqualTo("2022-03-12");
        assertThat(texts(r.path("replacedBy"), "id")).containsExactly("发改体改规〔2022〕397号");
        assertThat(get("/api/documents/" + enc("发改体改规〔2020〕1880号") + "/in-force?date=2022-03-11")
                .path("inForce").asBoolean()).isTrue();
    }

    @Test
    void item1OfArticle6Of183HaoIsRepealed() {
        String id = "国税发〔2006〕183号";
        JsonNode r = get("/api/documents/" + enc(id) + "/replacements");
        assertThat(r.path("status").asText()).isEqualTo("PARTIALLY_REPEALED");
        assertThat(r.path("statusDate").asText()).isEqualTo("2022-11-01");
        assertThat(r.path("inForce").asBoolean()).isTrue();
        assertThat(r.path("chain").get(0).path("partial").asBoolean()).isTrue();
        List<Object> articles = driver.executableQuery("MATCH (:Document)-[r:REPEALS]->(:Document {id: $id}) RETURN r.articles AS a")
                .withParameters(Map.of("id", id)).execute().records().get(0).get("a").asList();
        assertThat(articles).containsExactly("第六条第一项");
    }

    @Test
    void reIngestingTheSeedsChangesNothing() {
        List<String> before = GraphDump.of(driver);
        var report = ingest.ingest(List.of(Path.of("import/corpus")), false, GraphWriter.Progress.NONE);
        assertThat(report.documents()).isZero();
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }
}
