package org.reggraph.bench;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.reggraph.database.EmbeddedNeo4j;
import org.reggraph.database.Neo4jSettings;
import org.reggraph.graph.fulfil.FulfilmentLinker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the derived fulfilment step on a store written by the real ingestion (scripts/fulfilment-sample.sh), three
 * runs (the first cold), and writes every FULFILS link and every delegation not carried out as TSV for the sample.
 * Usage: FulfilmentBench DATA_DIR OUT_DIR
 */
public final class FulfilmentBench {

    static final String LINKS = """
            MATCH (d:Document)-[f:FULFILS]->(t)
            OPTIONAL MATCH (owner:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(t:Article)
            WITH d, f, t, coalesce(owner, t) AS law
            RETURN d.id AS implementing, d.title AS implementingTitle, coalesce(d.sourceFile, '') AS implementingFile,
                   law.title AS delegatingTitle, coalesce(law.sourceFile, '') AS delegatingFile,
                   coalesce(t.label, '') AS article, f.agency AS agency, f.status AS status, f.confidence AS confidence,
                   f.evidence AS evidence,
                   head([(t)-[r:DELEGATES_TO]->(:Agency {id: f.agency}) | r.surface]) AS surface
            ORDER BY implementing, delegatingTitle, article""";

    static final String OPEN = """
            MATCH (s)-[r:DELEGATES_TO]->(g:Agency) WHERE r.status = 'NOT_CARRIED_OUT'
            OPTIONAL MATCH (owner:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(s:Article)
            WITH r, g, s, coalesce(owner, s) AS d
            WHERE coalesce(d.current, true) AND coalesce(d.status, '') <> 'REPEALED'
            RETURN d.id AS document, d.title AS title, coalesce(d.level, '') AS level, coalesce(s.label, '') AS article,
                   g.id AS agency, r.what AS what, r.surface AS surface, coalesce(d.sourceFile, '') AS file,
                   coalesce(toString(d.versionDate), toString(d.issuedDate), '') AS date
            ORDER BY document, article, agency""";

    public static void main(String[] args) throws IOException {
        Path store = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(store, "127.0.0.1", 0, "256m", "1g",
                Duration.ofSeconds(1)));
             Driver driver = GraphDatabase.driver(db.boltUri());
             Session session = driver.session()) {
            for (int i = 1; i <= 3; i++) {
                FulfilmentLinker.Result r = FulfilmentLinker.run(session);
                System.out.printf("run %d: %d delegations, %d links, %s, %d ms%n", i, r.delegations(), r.links(),
                        r.statuses(), r.millis());
            }
            dump(session, LINKS, out.resolve("links.tsv"));
            dump(session, OPEN, out.resolve("open.tsv"));
        }
    }

    private static void dump(Session session, String cypher, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        var result = session.run(cypher);
        List<String> keys = result.keys();
        lines.add(String.join("\t", keys));
        result.forEachRemaining(r -> lines.add(String.join("\t", keys.stream().map(k -> {
            var v = r.get(k);
            String s = v.isNull() ? "" : v.type().name().startsWith("LIST") ? String.join(",", v.asList(x -> x.asString()))
                    : v.type().name().equals("FLOAT") ? String.valueOf(v.asDouble()) : v.asString();
            return s.replaceAll("[\\t\\r\\n]", " ");
        }).toList())));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
