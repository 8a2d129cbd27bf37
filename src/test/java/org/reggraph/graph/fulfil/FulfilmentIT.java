package org.reggraph.graph.fulfil;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.reggraph.api.ServiceTestBase;
import org.reggraph.graph.GraphDump;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;
import org.reggraph.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fulfilment links over texts of the national corpus (import/national) written by the real ingestion: 土地管理法 (2019)
 * leaves 大中型水利水电工程建设征收土地的补偿费标准和移民安置办法 to 国务院 (第五十一条), which made
 * 大中型水利水电工程建设征地补偿和移民安置条例; its 实施条例 (2021) is based on it. The implementing texts are written
 * first and the law after them: the derived step runs after every write, whatever the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/fulfil-${random.uuid}",
        "reggraph.ingest.startup=off",
        "reggraph.api.cache-version-check=0"})
class FulfilmentIT extends ServiceTestBase {

    private static final Path FALV = Path.of("import/national/falv");
    private static final Path FAGUI = Path.of("import/national/xingzheng-fagui");
    private static final String LAW = "中华人民共和国土地管理法";
    private static final String RESETTLEMENT = "大中型水利水电工程建设征地补偿和移民安置条例";
    private static final String IMPLEMENTING = "中华人民共和国土地管理法实施条例";

    @Autowired
    IngestService ingest;
    @Autowired
    GraphWriter writer;

    @TempDir
    static Path folder;
    private static boolean written;

    @BeforeEach
    void writeTheTexts() throws IOException {
        if (written) {
            return;
        }
        ingest(copy("implementing", FAGUI.resolve("大中型水利水电工程建设征地补偿和移民安置条例(2017-04-14).md"),
                FAGUI.resolve("土地管理法实施条例(2021-07-02).md")));
        assertThat(count("MATCH ()-[f:FULFILS]->() RETURN count(f)")).as("nothing to carry out yet").isZero();
        ingest(copy("law", FALV.resolve("土地管理法(2019-08-26).md")));
        written = true;
    }

    @Test
    void theRegulationNamedByTheDelegationCarriesItOut() {
        Record link = fulfils(RESETTLEMENT, "第五十一条");
        assertThat(link.get("evidence").asList(v -> v.asString()))
                .contains("basis:law", "subject:title", "issuer:delegate");
        assertThat(link.get("confidence").asDouble()).isBetween(Fulfilment.THRESHOLD, 1.0);
        assertThat(link.get("status").asString()).isEqualTo("CARRIED_OUT");
    }

    @Test
    void theImplementingRegulationOfTheLawCarriesOutWhatItsBasisArticleDelegates() {
        List<String> articles = driver.executableQuery("""
                        MATCH (d:Document {title: $from})-[f:FULFILS]->(a:Article)<-[:HAS_CHAPTER|HAS_ARTICLE*1..2]-(l:Document {title: $law})
                        RETURN a.label AS label""")
                .withParameters(Map.of("from", IMPLEMENTING, "law", LAW)).execute().records().stream()
                .map(r -> r.get("label").asString()).toList();
        assertThat(articles).isNotEmpty();
        // 补偿费标准和移民安置办法 of 第五十一条 is a subject the 实施条例's title does not name
        assertThat(articles).doesNotContain("第五十一条");
    }

    @Test
    void everyRuleMakingDelegationHasAStatusAndTheReportListsThem() {
        long delegations = count("""
                MATCH ()-[r:DELEGATES_TO]->() WHERE r.kind = 'rulemaking' AND r.what <> '规定' RETURN count(r)""");
        assertThat(delegations).isPositive();
        assertThat(count("MATCH ()-[r:DELEGATES_TO]->() WHERE r.status IS NOT NULL RETURN count(r)")).isEqualTo(delegations);

        JsonNode open = get("/api/reports/delegations?status=NOT_CARRIED_OUT&size=200");
        assertThat(open.get("page").get("totalElements").asLong()).isPositive();
        for (JsonNode item : open.get("content")) {
            assertThat(item.get("status").asText()).isEqualTo("NOT_CARRIED_OUT");
            LocalDate since = LocalDate.parse(item.get("document").get("date").asText());
            assertThat(item.get("yearsOpen").asLong()).isEqualTo(Period.between(since, LocalDate.now()).getYears());
            assertThat(item.get("fulfilledBy").isNull()).isTrue();
        }
        JsonNode done = get("/api/reports/delegations?status=carried_out&size=200");
        JsonNode resettlement = null;
        for (JsonNode item : done.get("content")) {
            if (item.get("article").get("label").asText().equals("第五十一条")) {
                resettlement = item;
            }
        }
        assertThat(resettlement).as(done.toString()).isNotNull();
        assertThat(resettlement.get("fulfilledBy").get("title").asText()).isEqualTo(RESETTLEMENT);
        assertThat(resettlement.get("fulfilledBy").get("evidence").toString()).contains("subject:title");
        assertThat(resettlement.get("agency").get("id").asText()).isEqualTo("国务院");

        long all = get("/api/reports/delegations?size=1").get("page").get("totalElements").asLong();
        assertThat(all).isEqualTo(delegations);
        assertThat(get("/api/reports/delegations?page=" + all + "&size=1").get("content")).isEmpty();
    }

    @Test
    void theDocumentAgenciesViewGivesEachDelegationItsStatus() {
        String id = driver.executableQuery("MATCH (d:Document {title: $t, stub: false}) RETURN d.id AS id")
                .withParameters(Map.of("t", LAW)).execute().records().get(0).get("id").asString();
        JsonNode view = get("/api/documents/" + enc(id) + "/agencies");
        JsonNode delegate = null;
        for (JsonNode article : view.get("articles")) {
            if (!article.get("article").isNull() && article.get("article").get("label").asText().equals("第五十一条")) {
                delegate = article.get("delegates").get(0);
            }
        }
        assertThat(delegate).as(view.toString()).isNotNull();
        assertThat(delegate.get("status").asText()).isEqualTo("CARRIED_OUT");
        assertThat(delegate.get("fulfilledBy").get("title").asText()).isEqualTo(RESETTLEMENT);
        assertThat(view.toString()).contains("\"status\":\"NOT_CARRIED_OUT\"");
    }

    @Test
    void anUnknownStatusIsAProblem() {
        ResponseEntity<String> response = http.getForEntity(
                URI.create("http://localhost:" + port + "/api/reports/delegations?status=DONE"), String.class);
        assertThat(assertProblem(response, 400).toString()).contains("status");
    }

    @Test
    void theStepIsIdempotent() {
        List<String> before = GraphDump.of(driver);
        List<Record> links = allLinks();
        writer.recomputeDerived();
        assertThat(allLinks()).hasSameSizeAs(links);
        assertThat(allLinks().toString()).isEqualTo(links.toString());
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    private List<Record> allLinks() {
        return driver.executableQuery("""
                MATCH (d:Document)-[f:FULFILS]->(t)
                RETURN d.id AS from, t.id AS to, f.confidence AS confidence, f.evidence AS evidence, f.status AS status
                ORDER BY from, to""").execute().records();
    }

    private Record fulfils(String from, String article) {
        List<Record> rows = driver.executableQuery("""
                        MATCH (d:Document {title: $from})-[f:FULFILS]->(a:Article {label: $article})
                              <-[:HAS_CHAPTER|HAS_ARTICLE*1..2]-(:Document {title: $law})
                        RETURN f.evidence AS evidence, f.confidence AS confidence, f.status AS status""")
                .withParameters(Map.of("from", from, "article", article, "law", LAW)).execute().records();
        assertThat(rows).as(from + " → " + article).hasSize(1);
        return rows.get(0);
    }

    private JsonNode get(String pathAndQuery) {
        ResponseEntity<String> response = http.getForEntity(URI.create("http://localhost:" + port + pathAndQuery), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return json(response);
    }

    private void ingest(Path dir) {
        WriteReport report = ingest.ingest(List.of(dir), false, GraphWriter.Progress.NONE);
        assertThat(report.failures()).isEmpty();
    }

    private static Path copy(String name, Path... files) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(name));
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }
}
