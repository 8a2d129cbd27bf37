package org.reggraph.bench;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reggraph.database.EmbeddedNeo4j;
import org.reggraph.database.Neo4jSettings;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Citation coverage counted on a graph written by the real ingestion (scripts/graph-coverage.sh): the share of 《》
 * citations whose target is a real (non-stub) document, and the share of 《X》第N条 citations of a document in the
 * graph that reach an Article node. With a Cypher statement as second argument, prints its rows instead.
 * Usage: GraphCoverage DATA_DIR [CYPHER]
 */
public final class GraphCoverage {

    /** Title citations (CITES/BASED_ON written with 《》) of documents and articles, by whether they reach a real document. */
    static final String TITLE_CITATIONS = """
            MATCH (s)-[c:CITES|BASED_ON]->(t)
            WHERE (s:Document OR s:Article) AND c.via = 'title'
            WITH c, CASE WHEN t:Article THEN false ELSE coalesce(t.stub, false) END AS stub
            RETURN count(c) AS total, sum(CASE WHEN stub THEN 0 ELSE 1 END) AS resolved""";

    /** 《X》第N条 whose X is a real document: on the article (resolved) or parked on X with targetArticle. */
    static final String ARTICLE_CITATIONS = """
            MATCH (s)-[c:CITES]->(t)
            WHERE (t:Article OR (c.targetArticle IS NOT NULL AND NOT coalesce(t.stub, false)))
            RETURN count(c) AS total, sum(CASE WHEN t:Article THEN 1 ELSE 0 END) AS resolved""";

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(store, "127.0.0.1", 0, "256m", "1g",
                Duration.ofSeconds(1)));
             Driver driver = GraphDatabase.driver(db.boltUri())) {
            if (args.length > 1) {
                driver.executableQuery(args[1]).execute().records().forEach(r -> System.out.println(r.asMap()));
                return;
            }
            share(driver, "《》 citations resolving to a non-stub document", TITLE_CITATIONS);
            share(driver, "《X》第N条 citations of a document in the graph resolving to an Article", ARTICLE_CITATIONS);
            driver.executableQuery("MATCH (w:Work) RETURN count(w) AS works, sum(CASE WHEN w.versions > 1 THEN 1 ELSE 0 END) AS multi")
                    .execute().records().forEach(r -> System.out.printf("works: %d, with more than one version: %d%n",
                            r.get("works").asLong(), r.get("multi").asLong()));
        }
    }

    private static void share(Driver driver, String what, String cypher) {
        var r = driver.executableQuery(cypher).execute().records().get(0);
        long total = r.get("total").asLong();
        long resolved = r.get("resolved").asLong();
        System.out.printf("%s: %d of %d = %.1f %%%n", what, resolved, total, total == 0 ? 0.0 : 100.0 * resolved / total);
    }
}
