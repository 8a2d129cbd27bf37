package org.reggraph.api.versions;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.api.ServiceTestBase;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a regulation was in force on a day before the oldest text the graph holds: 土地管理法 is loaded in its 2019
 * text only, whose header dates the law from 1986 (通过), amended in 1988, 1998 and 2004; 公司法 in its 2018 and 2023
 * texts, dated from 1993. Written by the real ingestion from the national corpus shipped in import/national.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/earlier-${random.uuid}",
        "reggraph.ingest.startup=off",
        "reggraph.api.cache-version-check=0"})
class EarlierTextsIT extends ServiceTestBase {

    private static final Path FALV = Path.of("import/national/falv");
    private static final Path FAGUI = Path.of("import/national/xingzheng-fagui");
    private static final String LAND = "中华人民共和国土地管理法(2019-08-26)";
    private static final String COMPANY_2018 = "中华人民共和国公司法(2018-10-26)";
    private static final String COMPANY_2023 = "中华人民共和国公司法(2023-12-29)";
    private static final String LAND_RULES = "中华人民共和国土地管理法实施条例(2021-07-02)";

    @Autowired
    IngestService ingest;

    @BeforeEach
    void writeTheTexts(@TempDir Path folder) throws IOException {
        if (count("MATCH (d:Document {stub: false}) RETURN count(d)") > 0) {
            return;
        }
        for (Path f : List.of(FALV.resolve("土地管理法(2019-08-26).md"), FALV.resolve("公司法(2018-10-26).md"),
                FALV.resolve("公司法(2023-12-29).md"), FAGUI.resolve("土地管理法实施条例(2021-07-02).md"))) {
            Files.copy(f, folder.resolve(f.getFileName()));
        }
        WriteReport report = ingest.ingest(List.of(folder), false, GraphWriter.Progress.NONE);
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void aLawKnownByItsLatestTextWasInForceInAnEarlierOne() {
        JsonNode in2000 = get("/api/documents/" + enc(LAND) + "/in-force?date=2000-01-01");
        assertThat(in2000.path("inForce").asBoolean()).isTrue();
        assertThat(in2000.path("version").isNull()).as("no text of 2000 in the graph").isTrue();
        assertThat(in2000.path("versionInForce").asBoolean()).isFalse();
        assertThat(in2000.path("reason").asText()).contains("1986-06-25").doesNotContain("not yet issued");

        JsonNode in1980 = get("/api/documents/" + enc(LAND) + "/in-force?date=1980-01-01");
        assertThat(in1980.path("inForce").asBoolean()).isFalse();
        assertThat(in1980.path("reason").asText()).contains("not yet issued", "1986-06-25");

        JsonNode today = get("/api/documents/" + enc(LAND) + "/in-force?date=2024-01-01");
        assertThat(today.path("inForce").asBoolean()).isTrue();
        assertThat(today.path("versionInForce").asBoolean()).isTrue();
        assertThat(today.path("version").path("id").asText()).isEqualTo(LAND);
    }

    @Test
    void theWorkNamesItsFirstDayWhenNoVersionInTheGraphIsThatOld() {
        JsonNode land = get("/api/documents/" + enc(LAND) + "/versions").path("work");
        assertThat(land.path("firstIssued").asText()).isEqualTo("1986-06-25");
        JsonNode company = get("/api/documents/" + enc(COMPANY_2023) + "/versions");
        assertThat(company.path("work").path("firstIssued").asText()).isEqualTo("1993-12-29");
        assertThat(company.path("versions")).hasSize(2);
        // the implementing regulation's 1998 text is a version of its own (国务院令第256号): the versions tell its start
        JsonNode rules = get("/api/documents/" + enc(LAND_RULES) + "/versions");
        assertThat(rules.path("versions").get(0).path("versionDate").asText()).isEqualTo("1998-12-27");
        assertThat(rules.path("work").path("firstIssued").isNull()).isTrue();
    }

    @Test
    void aWorkOfSeveralVersionsDatesFromItsFirstText() {
        JsonNode in2000 = get("/api/documents/" + enc(COMPANY_2023) + "/in-force?date=2000-01-01");
        assertThat(in2000.path("inForce").asBoolean()).isTrue();
        assertThat(in2000.path("version").isNull()).isTrue();
        assertThat(in2000.path("reason").asText()).contains("1993-12-29", "applies from 2024-07-01");

        JsonNode in2024 = get("/api/documents/" + enc(COMPANY_2023) + "/in-force?date=2024-01-01");
        assertThat(in2024.path("inForce").asBoolean()).isTrue();
        assertThat(in2024.path("version").path("id").asText()).isEqualTo(COMPANY_2018);
        assertThat(in2024.path("reason").asText()).contains("since 1993-12-29");
    }

    private JsonNode get(String pathAndQuery) {
        ResponseEntity<String> response = http.getForEntity(URI.create("http://localhost:" + port + pathAndQuery), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return json(response);
    }
}
