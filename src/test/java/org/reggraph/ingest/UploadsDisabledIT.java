package org.reggraph.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured key the endpoint refuses every upload and says how to enable it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/noupload-${random.uuid}",
        "reggraph.ingest.startup=off",
        "reggraph.ingest.api-key="})
class UploadsDisabledIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void noKeyConfiguredGives403WithHowTo() {
        var response = http.postForEntity("/api/ingest",
                IngestControllerIT.upload("anything", "a.txt", "标题\n".getBytes(StandardCharsets.UTF_8)), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) response.getBody().get("detail")).contains("REGGRAPH_API_KEY").contains("reggraph.ingest.api-key");
    }
}
