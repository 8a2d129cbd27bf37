package org.reggraph.bench;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reggraph.database.EmbeddedNeo4j;
import org.reggraph.database.Neo4jSettings;
import org.reggraph.graph.BulkImporter;
import org.reggraph.graph.CsvExporter;
import org.reggraph.graph.GraphPlan;
import org.reggraph.graph.GraphSchema;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Ingestion throughput on a synthetic extraction (not a test): graph elements (nodes + relationships) per second
 * through the Bolt writer into a fresh embedded store, and through export-csv + the import tool.
 * Run with scripts/bench-ingest.sh [documents] [articles] [citations per article].
 */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int cites = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int batchElements = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        String pageCache = System.getProperty("bench.pageCache", "512m");

        // without Spring, logback would log everything (Neo4j and driver internals) at DEBUG
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        long t0 = System.nanoTime();
        GraphPlan plan = GraphPlan.of(SyntheticCorpus.generate(documents, articles, cites, 42));
        System.out.printf("synthetic extraction: %d documents × %d articles × %d citations, planned in %.1f s%n",
                documents, articles, cites, (System.nanoTime() - t0) / 1e9);

        Path bolt = Files.createTempDirectory("reggraph-bench-bolt");
        Neo4jSettings settings = new Neo4jSettings(null, "neo4j", null, "neo4j", null);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(bolt, "127.0.0.1", 0, pageCache, "1g",
                Duration.ofSeconds(1)));
             Driver driver = GraphDatabase.driver(db.boltUri())) {
            new GraphSchema(driver, settings).apply();
            if (Boolean.getBoolean("bench.noFulltext")) {
                driver.executableQuery("DROP INDEX document_fulltext").execute();
                driver.executableQuery("DROP INDEX agency_fulltext").execute();
            }
            WriteReport r = new GraphWriter(driver, settings).write(plan,
                    new GraphWriter.Options(batchElements, 2_000, false), GraphWriter.Progress.NONE);
            GraphWriter.printProfile(System.out);
            System.out.printf("bolt writer: %d elements (%d documents, %d articles, %d relationships, %d stubs) in %.1f s"
                            + " = %.0f elements/s, %d failures%n", r.elements(), r.documents(), r.articles(),
                    r.relationCount(), r.stubs(), r.millis() / 1000.0, r.elementsPerSecond(), r.failures().size());
            long t1 = System.nanoTime();
            WriteReport again = new GraphWriter(driver, settings).write(plan,
                    new GraphWriter.Options(batchElements, 2_000, false), GraphWriter.Progress.NONE);
            System.out.printf("bolt writer, unchanged re-run: %d skipped in %.1f s%n", again.skipped(),
                    (System.nanoTime() - t1) / 1e9);
        }

        Path csv = Files.createTempDirectory("reggraph-bench-csv");
        long t2 = System.nanoTime();
        CsvExporter.Counts counts = CsvExporter.export(plan, csv);
        double export = (System.nanoTime() - t2) / 1e9;
        Path bulk = Files.createTempDirectory("reggraph-bench-bulk");
        long t3 = System.nanoTime();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int code = BulkImporter.run(bulk, csv, "neo4j", quiet, System.err);
        double load = (System.nanoTime() - t3) / 1e9;
        System.out.printf("csv: %d elements exported in %.1f s (%.0f/s), imported in %.1f s (%.0f/s, exit %d);"
                        + " export + import %.0f elements/s%n", counts.elements(), export, counts.elements() / export,
                load, counts.elements() / load, code, counts.elements() / (export + load));
    }
}
