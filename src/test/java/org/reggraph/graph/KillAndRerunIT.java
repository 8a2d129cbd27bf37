package org.reggraph.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reggraph.bench.SyntheticCorpus;
import org.reggraph.database.EmbeddedNeo4j;
import org.reggraph.database.Neo4jSettings;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in the middle of an ingest, re-run it: the graph equals that of an uninterrupted run. The ingest runs in
 * a child JVM (so the kill is real: no shutdown hooks, store recovery on the next start).
 */
class KillAndRerunIT {

    static final int DOCUMENTS = 300;
    static final Neo4jSettings SETTINGS = new Neo4jSettings(null, "neo4j", null, "neo4j", null);

    @Test
    void rerunAfterKillEqualsACleanRun(@TempDir Path killed, @TempDir Path cleanStore) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), KillTarget.class.getName(), killed.toString(),
                String.valueOf(DOCUMENTS)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        int done = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("DONE ")) {
                    done = Integer.parseInt(line.substring(5).strip());
                    if (done >= DOCUMENTS / 3) {
                        child.destroyForcibly(); // SIGKILL
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(done).as("killed mid-run").isBetween(1, DOCUMENTS - 1);

        GraphPlan plan = GraphPlan.of(SyntheticCorpus.generate(DOCUMENTS, 5, 2, 7));
        List<String> rerun;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(KillTarget.settings(killed));
             Driver driver = GraphDatabase.driver(db.boltUri())) {
            long partial = driver.executableQuery("MATCH (d:Document {stub: false}) RETURN count(d) AS n").execute()
                    .records().get(0).get("n").asLong();
            assertThat(partial).isBetween(1L, DOCUMENTS - 1L);
            new GraphSchema(driver, SETTINGS).apply();
            WriteReport report = new GraphWriter(driver, SETTINGS).write(plan, new GraphWriter.Options(1_000, 10, false),
                    GraphWriter.Progress.NONE);
            assertThat(report.skipped()).isEqualTo(partial);
            rerun = GraphDump.of(driver);
        }
        List<String> clean;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(KillTarget.settings(cleanStore));
             Driver driver = GraphDatabase.driver(db.boltUri())) {
            new GraphSchema(driver, SETTINGS).apply();
            new GraphWriter(driver, SETTINGS).write(plan, new GraphWriter.Options(1_000, 10, false), GraphWriter.Progress.NONE);
            clean = GraphDump.of(driver);
        }
        assertThat(rerun).hasSize(clean.size());
        assertThat(rerun).isEqualTo(clean);
    }
}
