package org.reggraph.graph.fulfil;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.api.ServiceTestBase;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;
import org.reggraph.ingest.IngestService;
import org.reggraph.ingest.NationalTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service over texts of the national corpus (import/national) written by the real ingestion: 土地管理法 (2019)
 * leaves 大中型水利水电工程建设征收土地的补偿费标准和移民安置办法 to 国务院 (第五十一条), which made
 * 大中型水利水电工程建设征地补偿和移民安置条例; its 实施条例 (2021) is based on it. The implementing texts are written
 * first and the law after them: the derived step runs after every write, whatever the order. Subclasses share one
 * context, written once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/fulfil-${random.uuid}",
        "reggraph.ingest.startup=off",
        "reggraph.api.cache-version-check=0"})
public abstract class FulfilmentGraphTestBase extends ServiceTestBase {

    protected static final Path FALV = NationalTexts.FALV;
    protected static final Path FAGUI = NationalTexts.FAGUI;
    protected static final String LAW = "中华人民共和国土地管理法";
    protected static final String RESETTLEMENT = "大中型水利水电工程建设征地补偿和移民安置条例";
    protected static final String IMPLEMENTING = "中华人民共和国土地管理法实施条例";

    @Autowired
    protected IngestService ingest;
    @Autowired
    protected GraphWriter writer;

    // the texts are only read while ingesting, so a folder per test will do
    @BeforeEach
    void writeTheTexts(@TempDir Path folder) throws IOException {
        if (count("MATCH (d:Document {title: $t, stub: false}) RETURN count(d)", Map.of("t", LAW)) > 0) {
            return;
        }
        ingest(NationalTexts.copy(folder.resolve("implementing"),
                FAGUI.resolve("大中型水利水电工程建设征地补偿和移民安置条例(2017-04-14).md"),
                FAGUI.resolve("土地管理法实施条例(2021-07-02).md")));
        assertThat(count("MATCH ()-[f:FULFILS]->() RETURN count(f)")).as("nothing to carry out yet").isZero();
        ingest(NationalTexts.copy(folder.resolve("law"), FALV.resolve("土地管理法(2019-08-26).md")));
    }

    protected String lawId() {
        return driver.executableQuery("MATCH (d:Document {title: $t, stub: false}) RETURN d.id AS id")
                .withParameters(Map.of("t", LAW)).execute().records().get(0).get("id").asString();
    }

    protected JsonNode get(String pathAndQuery) {
        ResponseEntity<String> response = http.getForEntity(URI.create(base() + pathAndQuery), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return json(response);
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    private void ingest(Path dir) {
        WriteReport report = ingest.ingest(List.of(dir), false, GraphWriter.Progress.NONE);
        assertThat(report.failures()).isEmpty();
    }
}
