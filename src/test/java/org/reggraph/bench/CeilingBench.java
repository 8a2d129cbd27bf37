package org.reggraph.bench;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.reggraph.database.EmbeddedNeo4j;
import org.reggraph.database.Neo4jSettings;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ceiling of Cypher writes over Bolt on this machine, for comparison with the writer (not a test): 20 000
 * article-shaped nodes per transaction (id, ordinal, a text of {@code textLength} characters of regulation Chinese)
 * with one CREATE statement, 20 000 relationships to agencies looked up by id, and the same nodes with MERGE; six
 * rounds in one JVM so that the later ones are warm. {@code ft} adds the CJK full-text index that reggraph keeps on
 * article text. Run with {@code scripts/bench-ingest.sh ceiling [ft|noft] [textLength]}.
 */
public final class CeilingBench {

    private CeilingBench() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        boolean fulltext = args.length > 0 && args[0].equals("ft");
        int textLen = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String text = "第一条为了规范行政执法行为，保护公民、法人和其他组织的合法权益，根据有关法律，制定本条例。".repeat(10).substring(0, textLen);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(Files.createTempDirectory("ceil"), "127.0.0.1", 0, "512m", "2g", Duration.ofSeconds(1)));
             Driver driver = GraphDatabase.driver(db.boltUri()); Session s = driver.session()) {
            s.run("CREATE CONSTRAINT FOR (a:Article) REQUIRE a.id IS UNIQUE").consume();
            s.run("CREATE CONSTRAINT FOR (a:Agency) REQUIRE a.id IS UNIQUE").consume();
            if (fulltext) {
                s.run("CREATE FULLTEXT INDEX ft FOR (n:Article) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}").consume();
            }
            s.run("UNWIND range(0, 999) AS i CREATE (:Agency {id: 'ag' + i})").consume();
            for (int round = 0; round < 6; round++) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < 20_000; i++) {
                    rows.add(Map.of("id", "r" + round + "/a" + i, "text", text, "ordinal", i, "ag", "ag" + (i % 1000)));
                }
                long t = System.nanoTime();
                s.executeWriteWithoutResult(tx -> {
                    tx.run("UNWIND $rows AS row CREATE (n:Article {id: row.id, text: row.text, ordinal: row.ordinal})", Map.of("rows", rows)).consume();
                });
                double a = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                s.executeWriteWithoutResult(tx -> {
                    tx.run("UNWIND $rows AS row MATCH (n:Article {id: row.id}) MATCH (g:Agency {id: row.ag}) CREATE (n)-[:RESPONSIBLE_FOR]->(g)", Map.of("rows", rows)).consume();
                });
                double b = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                s.executeWriteWithoutResult(tx -> {
                    tx.run("UNWIND $rows AS row MERGE (n:Article {id: row.id + 'm'}) SET n.text = row.text, n.ordinal = row.ordinal", Map.of("rows", rows)).consume();
                });
                double c = (System.nanoTime() - t) / 1e9;
                System.out.printf("round %d: create 20k nodes %.2f s (%.0f/s); 20k rels by lookup %.2f s (%.0f/s); merge 20k %.2f s (%.0f/s)%n",
                        round, a, 20000 / a, b, 20000 / b, c, 20000 / c);
            }
        }
    }
}
