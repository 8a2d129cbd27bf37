package org.reggraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reggraph.bench.SyntheticCorpus;
import org.reggraph.database.EmbeddedNeo4j;
import org.reggraph.database.Neo4jSettings;

import java.nio.file.Path;
import java.time.Duration;

/** Child process of {@link KillAndRerunIT}: ingests the synthetic corpus in small batches until it is killed. */
public final class KillTarget {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int documents = Integer.parseInt(args[1]);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(settings(dir));
             Driver driver = GraphDatabase.driver(db.boltUri())) {
            Neo4jSettings settings = new Neo4jSettings(null, "neo4j", null, "neo4j", null);
            new GraphSchema(driver, settings).apply();
            GraphPlan plan = GraphPlan.of(SyntheticCorpus.generate(documents, 5, 2, 7));
            new GraphWriter(driver, settings).write(plan, new GraphWriter.Options(1_000, 10, false),
                    (done, total, elements, relations) -> {
                        System.out.println("DONE " + done);
                        System.out.flush();
                    });
            System.out.println("FINISHED");
        }
    }

    static Neo4jSettings.Embedded settings(Path dir) {
        return new Neo4jSettings.Embedded(dir, "127.0.0.1", 0, "64m", "256m", Duration.ofSeconds(1));
    }
}
