package org.reggraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reggraph.database.EmbeddedNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the cache off (REGGRAPH_API_CACHE=none) every answer is one read transaction on the graph as it is: a write by
 * another process (a separate driver, no version bump) is seen by the very next read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/uncached-${random.uuid}",
        "reggraph.ingest.startup=off",
        "spring.cache.type=none"})
class UncachedReadsIT extends ServiceTestBase {

    static final String ID = "国务院令第748号";

    @Autowired
    EmbeddedNeo4j embedded;

    @Test
    void aWriteByAnotherProcessIsSeenByTheNextRead() {
        String path = "/api/documents/" + enc(ID);
        assertProblem(http.getForEntity(URI.create("http://localhost:" + port + path), String.class), 404);
        try (Driver other = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
            other.executableQuery("CREATE (:Document {id: $id, title: '地下水管理条例', docNumber: $id, status: 'IN_FORCE', "
                    + "issuedDate: date('2021-10-21'), stub: false})").withParameters(Map.of("id", ID)).execute();
            assertThat(read(path).get("title").asText()).isEqualTo("地下水管理条例");
            assertThat(read("/api/documents?q=" + enc("国务院令748号")).get("content").get(0).get("id").asText()).isEqualTo(ID);
            other.executableQuery("MATCH (d:Document {id: $id}) SET d.title = '地下水管理条例（修订）'")
                    .withParameters(Map.of("id", ID)).execute();
            assertThat(read(path).get("title").asText()).isEqualTo("地下水管理条例（修订）");
            assertThat(read("/api/documents?from=2021-10-21&to=2021-10-21").get("page").get("totalElements").asLong())
                    .isEqualTo(1);
        }
    }

    private JsonNode read(String pathAndQuery) {
        var response = http.getForEntity(URI.create("http://localhost:" + port + pathAndQuery), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json(response);
    }
}
