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
        if (args.length > 0 && args[0].equals("ceiling")) {
            CeilingBench.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("corpus")) {
            corpus(args.length > 1 ? Integer.parseInt(args[1]) : 3,
                    args.length > 2 ? Integer.parseInt(args[2]) : GraphWriter.Options.defaults().batchElements());
            return;
        }
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int cites = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int batchElements = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        String pageCache = System.getProperty("bench.pageCache", "512m");

        // without Spring, logback would log everything (Neo4j and driver internals) at DEBUG
        quietLogs();
        long t0 = System.nanoTime();
        GraphPlan plan = GraphPlan.of(SyntheticCorpus.generate(documents, articles, cites, 42));
        System.out.printf("synthetic extraction: %d documents × %d articles × %d citations, planned in %.1f s%n",
                documents, articles, cites, (System.nanoTime() - t0) / 1e9);

        if (Boolean.getBoolean("bench.csvOnly")) {
            bulk(plan);
            return;
        }
        Path bolt = Files.createTempDirectory("reggraph-bench-bolt");
        Neo4jSettings settings = new Neo4jSettings(null, "neo4j", null, "neo4j", null);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(bolt, "127.0.0.1", 0, pageCache, "1g",
                Duration.ofSeconds(1)));
             Driver driver = GraphDatabase.driver(db.boltUri())) {
            new GraphSchema(driver, settings).apply();
            dropFulltextIfAsked(driver);
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

        bulk(plan);
    }

    /**
     * The seeds ({@code import/corpus}) plus {@code ../shared/corpus/xingzheng-fagui} when present, written into a
     * fresh embedded store {@code rounds} times in one JVM: the first round is cold (JIT, query plans), later rounds
     * show the steady state.
     */
    static void corpus(int rounds, int batchElements) throws Exception {
        quietLogs();
        java.util.List<Path> paths = new java.util.ArrayList<>(java.util.List.of(Path.of("import/corpus")));
        Path shared = Path.of("../shared/corpus/xingzheng-fagui");
        if (Files.isDirectory(shared)) {
            paths.add(shared);
        }
        long t0 = System.nanoTime();
        GraphPlan plan = GraphPlan.of(new org.reggraph.extract.Extractor().extract(paths));
        System.out.printf("extracted and planned %s in %.1f s%n", paths, (System.nanoTime() - t0) / 1e9);
        Neo4jSettings settings = new Neo4jSettings(null, "neo4j", null, "neo4j", null);
        for (int round = 1; round <= rounds; round++) {
            Path store = Files.createTempDirectory("reggraph-bench-corpus");
            try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(store, "127.0.0.1", 0, "512m", "1g",
                    Duration.ofSeconds(1)));
                 Driver driver = GraphDatabase.driver(db.boltUri())) {
                new GraphSchema(driver, settings).apply();
                dropFulltextIfAsked(driver);
                GraphWriter.resetProfile();
                WriteReport r = new GraphWriter(driver, settings).write(plan,
                        new GraphWriter.Options(batchElements, GraphWriter.Options.defaults().batchDocuments(), false),
                        GraphWriter.Progress.NONE);
                long t1 = System.nanoTime();
                driver.executableQuery("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").execute();
                double refresh = (System.nanoTime() - t1) / 1e9;
                GraphWriter.printProfile(System.out);
                System.out.printf("round %d: %d elements (%d documents, %d relationships) in %.2f s = %.0f elements/s;"
                                + " + %.2f s until the full-text index is refreshed; %d failures%n", round, r.elements(),
                        r.documents(), r.relationCount(), r.millis() / 1000.0, r.elementsPerSecond(), refresh,
                        r.failures().size());
            }
        }
        bulk(plan);
    }

    /** -Dbench.noFulltext=true: what the full-text indexes cost at commit. */
    private static void dropFulltextIfAsked(Driver driver) {
        if (Boolean.getBoolean("bench.noFulltext")) {
            driver.executableQuery("DROP INDEX document_fulltext").execute();
            driver.executableQuery("DROP INDEX agency_fulltext").execute();
        }
    }

    private static void quietLogs() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    static void bulk(GraphPlan plan) throws Exception {
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
        // what bulk-import does next: start the database on the new store, build the indexes, compute status
        long t4 = System.nanoTime();
        Neo4jSettings settings = new Neo4jSettings(null, "neo4j", null, "neo4j", null);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(bulk, "127.0.0.1", 0, "512m", "1g",
                Duration.ofSeconds(1)));
             Driver driver = GraphDatabase.driver(db.boltUri())) {
            new GraphSchema(driver, settings).apply();
            new GraphWriter(driver, settings).recomputeDerived();
        }
        double finish = (System.nanoTime() - t4) / 1e9;
        System.out.printf("csv: database start, indexes and status %.1f s; export to queryable graph %.1f s = %.0f elements/s%n",
                finish, export + load + finish, counts.elements() / (export + load + finish));
    }
}
