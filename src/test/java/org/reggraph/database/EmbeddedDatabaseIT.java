package org.reggraph.database;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.reggraph.graph.GraphSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The default mode: Neo4j in-process, reached over Bolt on loopback like any server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/embedded-${random.uuid}",
        "reggraph.ingest.startup=off",
        "reggraph.ingest.api-key=health-key"})
class EmbeddedDatabaseIT {

    @Autowired
    EmbeddedNeo4j embedded;
    @Autowired
    org.neo4j.driver.Driver driver;
    @Autowired
    GraphSchema schema;
    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @Test
    void schemaConstraintsExistForEveryKeyedLabel() {
        List<String> labels = driver.executableQuery(
                        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
                                + "WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label")
                .execute().records().stream().map(r -> r.get("label").asString()).toList();
        assertThat(labels).contains("Document", "Chapter", "Article", "Agency");
        List<String> fulltext = driver.executableQuery(
                        "SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state").execute().records().stream()
                .map(r -> r.get("name").asString() + ":" + r.get("state").asString()).toList();
        assertThat(fulltext).contains("document_fulltext:ONLINE");
    }

    @Test
    void schemaCanBeAppliedAgainWithoutChange() {
        long before = countSchemaObjects();
        schema.apply();
        assertThat(countSchemaObjects()).isEqualTo(before);
    }

    @Test
    void anyBoltClientCanRoundTripThroughTheEmbeddedConnector() {
        assertThat(embedded.boltUri()).startsWith("bolt://127.0.0.1:");
        try (var client = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none());
             var session = client.session()) {
            session.run("CREATE (:RoundTrip {value: $v})", Map.of("v", "回环")).consume();
            String read = session.run("MATCH (n:RoundTrip) RETURN n.value AS v").single().get("v").asString();
            assertThat(read).isEqualTo("回环");
            session.run("MATCH (n:RoundTrip) DELETE n").consume();
        }
    }

    @Test
    void healthReportsNeo4jUpToACallerWithTheKey() {
        var headers = new HttpHeaders();
        headers.set("X-API-Key", "health-key");
        @SuppressWarnings("unchecked")
        Map<String, Object> health = http.exchange("http://localhost:" + port + "/actuator/health",
                HttpMethod.GET, new HttpEntity<>(headers), Map.class)
                .getBody();
        assertThat(health).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> neo4j = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("neo4j");
        assertThat(neo4j).containsEntry("status", "UP");
    }

    @Test
    void anonymousHealthIsTheStatusOnly() {
        for (String key : new String[] {null, "wrong-key"}) {
            var headers = new HttpHeaders();
            if (key != null) {
                headers.set("X-API-Key", key);
            }
            String body = http.exchange("http://localhost:" + port + "/actuator/health",
                    HttpMethod.GET, new HttpEntity<>(headers),
                    String.class).getBody();
            // no store path, Neo4j version or Bolt address for a caller without the key: the status and the names
            // of the probe groups (liveness, readiness), nothing else
            assertThat(body).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
            assertThat(body).doesNotContain("components", "details", "bolt", "/");
        }
    }

    private long countSchemaObjects() {
        return driver.executableQuery("SHOW INDEXES YIELD name RETURN count(*) AS n").execute()
                .records().get(0).get("n").asLong();
    }
}
