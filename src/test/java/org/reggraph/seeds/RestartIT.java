package org.reggraph.seeds;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reggraph.ReggraphApplication;
import org.reggraph.database.EmbeddedNeo4j;
import org.reggraph.extract.Extractor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service started, stopped and started again on the same store, as a user does: the second start keeps the data
 * and duplicates nothing, and an outside Bolt client sees one Document per extracted document.
 */
class RestartIT {

    private static final String COUNTS = """
            MATCH (n) WITH count(n) AS nodes
            MATCH ()-[r]->() WITH nodes, count(r) AS rels
            MATCH (d:Document) WITH nodes, rels, count(d) AS docs, count(DISTINCT d.id) AS ids
            RETURN [nodes, rels, docs, ids] AS c""";

    @Test
    void restartKeepsTheGraphAndDuplicatesNothing() {
        String dataDir = "target/it-data/restart-" + UUID.randomUUID();
        List<Object> first;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            first = counts(app);
        }
        List<Object> second;
        try (ConfigurableApplicationContext app = start(dataDir, "--reggraph.ingest.startup=always")) {
            second = counts(app);
            long expected = new Extractor().extract(List.of(Path.of("import/corpus"))).documents().size();
            try (Driver bolt = GraphDatabase.driver(app.getBean(EmbeddedNeo4j.class).boltUri(), AuthTokens.none())) {
                long real = bolt.executableQuery("MATCH (d:Document) WHERE NOT coalesce(d.stub, false) RETURN count(d) AS n")
                        .execute().records().get(0).get("n").asLong();
                assertThat(real).isEqualTo(expected);
            }
        }
        assertThat(first.get(0)).as("nodes").isNotEqualTo(0L);
        assertThat(second).as("nodes, relationships, documents, distinct ids after a restart that loads again")
                .isEqualTo(first);
        assertThat(second.get(2)).as("one node per document id").isEqualTo(second.get(3));
    }

    private static ConfigurableApplicationContext start(String dataDir, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--reggraph.neo4j.embedded.bolt-port=0",
                "--reggraph.neo4j.embedded.data-dir=" + dataDir,
                "--reggraph.ingest.corpus-dir=import/corpus", "--reggraph.ingest.national-dir="));
        args.addAll(List.of(extra));
        return SpringApplication.run(ReggraphApplication.class, args.toArray(String[]::new));
    }

    private static List<Object> counts(ConfigurableApplicationContext app) {
        Driver driver = app.getBean(Driver.class);
        return driver.executableQuery(COUNTS).execute().records().get(0).get("c").asList();
    }
}
