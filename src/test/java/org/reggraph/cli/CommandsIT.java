package org.reggraph.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reggraph.database.EmbeddedNeo4j;
import org.reggraph.database.Neo4jSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands as a user runs them, on the seeds: {@code ingest} into one fresh store, {@code export-csv} then
 * {@code bulk-import} into another; both stores hold the same graph.
 */
class CommandsIT {

    private static final String DATA_DIR = "reggraph.neo4j.embedded.data-dir";
    private static final String BOLT_PORT = "reggraph.neo4j.embedded.bolt-port";

    @AfterEach
    void clearProperties() {
        System.clearProperty(DATA_DIR);
        System.clearProperty(BOLT_PORT);
    }

    @Test
    void ingestAndTheBulkPathBuildTheSameGraph(@TempDir Path dir) throws Exception {
        Path ingested = dir.resolve("ingested");
        Path bulk = dir.resolve("bulk");
        Path csv = dir.resolve("csv");
        System.setProperty(BOLT_PORT, "0");

        System.setProperty(DATA_DIR, ingested.toString());
        assertThat(ReggraphCommand.run(new String[]{"ingest", "import/corpus"})).isZero();

        System.setProperty(DATA_DIR, bulk.toString());
        assertThat(ReggraphCommand.run(new String[]{"export-csv", "import/corpus", "--out", csv.toString()})).isZero();
        // export-csv needs no database: it must not create (or lock) the store the import tool is about to write
        assertThat(bulk.resolve("data")).doesNotExist();
        assertThat(csv.resolve("nodes-Article.csv")).isNotEmptyFile();
        assertThat(ReggraphCommand.run(new String[]{"bulk-import", "--csv", csv.toString()})).isZero();

        Map<String, Long> viaBolt = counts(ingested);
        assertThat(viaBolt.get("Document")).isGreaterThan(50);
        assertThat(viaBolt.get("Article")).isGreaterThan(500);
        assertThat(counts(bulk)).isEqualTo(viaBolt);
    }

    @Test
    void bulkImportWithoutCsvFolderSaysWhatToRun(@TempDir Path dir) {
        System.setProperty(DATA_DIR, dir.toString());
        assertThat(ReggraphCommand.run(new String[]{"bulk-import", "--csv", dir.resolve("none").toString()})).isEqualTo(2);
        assertThat(dir.resolve("data")).doesNotExist();
    }

    private static Map<String, Long> counts(Path store) {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(store, "127.0.0.1", 0, "64m", "256m",
                Duration.ofSeconds(1)));
             Driver driver = GraphDatabase.driver(db.boltUri())) {
            Map<String, Long> counts = new TreeMap<>();
            driver.executableQuery("MATCH (n) WHERE NOT n:IngestLock RETURN labels(n)[0] AS k, count(*) AS n").execute().records()
                    .forEach(r -> counts.put(r.get("k").asString(), r.get("n").asLong()));
            driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n").execute().records()
                    .forEach(r -> counts.put(r.get("k").asString(), r.get("n").asLong()));
            driver.executableQuery("MATCH (d:Document) RETURN 'status ' + d.status AS k, count(*) AS n").execute()
                    .records().forEach(r -> counts.put(r.get("k").asString(), r.get("n").asLong()));
            driver.executableQuery("MATCH (d:Document) WHERE d.stub RETURN 'stubs' AS k, count(*) AS n").execute()
                    .records().forEach(r -> counts.put(r.get("k").asString(), r.get("n").asLong()));
            return counts;
        }
    }
}
