package org.reggraph.ingest;

import org.neo4j.driver.Driver;
import org.reggraph.graph.GraphChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.reggraph.database.Neo4jSettings;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.ExtractionProblem;
import org.reggraph.extract.document.WorkParts;
import org.reggraph.graph.CsvExporter;
import org.reggraph.graph.GraphPlan;
import org.reggraph.graph.GraphSchema;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Files → extraction → graph. Used at start-up, by the upload endpoint and by the {@code ingest} command. */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    /** An uploaded file. */
    public record Upload(String fileName, byte[] content) {
    }

    private final CorpusReader reader;
    private final GraphWriter writer;
    private final IngestProperties properties;
    private final Driver driver;
    private final String database;
    private final ApplicationEventPublisher events;
    private final GraphSchema schema;

    // the reader (the extractor and its tables) is built on first use, not while the service starts
    // the database beans as lazy proxies: export-csv uses this service and must leave the embedded store closed
    public IngestService(@Lazy CorpusReader reader, @Lazy GraphWriter writer, @Lazy GraphSchema schema,
                         IngestProperties properties, @Lazy Driver driver, Neo4jSettings settings,
                         ApplicationEventPublisher events) {
        this.events = events;
        this.schema = schema;
        this.reader = reader;
        this.writer = writer;
        this.properties = properties;
        this.driver = driver;
        this.database = settings.database();
    }

    /**
     * Expands folders (recursively, sorted) into the files to read, by the extractor's listing ({@link Extractor#inputFiles}):
     * the CLI, the CSV export and the start-up load see the same files.
     */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Extractor.isEmptyPath(path) && Files.isDirectory(path)) {
                try {
                    files.addAll(Extractor.inputFiles(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(path);
            }
        }
        // a work split into parts is read whole from any of its parts: one part per work, or a chunk boundary between two
        // named parts would read it twice
        return WorkParts.onePerWork(files);
    }

    public Extraction read(List<Path> files) {
        return reader.read(files);
    }

    public WriteReport ingest(List<Path> paths, boolean force, GraphWriter.Progress progress) {
        return ingestFiles(files(paths), force, progress);
    }

    /**
     * Files (already expanded by {@link #files}) → extraction → graph, {@code reggraph.ingest.read-chunk-files} at a
     * time: the pipeline the CLI and the start-up load share.
     */
    public WriteReport ingestFiles(List<Path> files, boolean force, GraphWriter.Progress progress) {
        return withFulfilments(streamed(force, properties.readChunkFiles()).run(files, progress));
    }

    /**
     * Once everything is written: the derived fulfilment links (graph.fulfil), over the whole graph. The step bumps the
     * graph version, which cached answers are checked against; no second GraphChanged for the same ingestion.
     */
    private WriteReport withFulfilments(WriteReport report) {
        linkFulfilmentsIfStale();
        return report;
    }

    /**
     * The derived fulfilment step (graph.fulfil) over the whole graph, when documents were written since its last run
     * or some rule-making delegation has no status: after an ingestion, and when the service starts on a graph loaded
     * by other means (cypher/load-csv.cypher). True when it ran.
     */
    public boolean linkFulfilmentsIfStale() {
        return writer.linkFulfilmentsIfStale();
    }

    StreamedIngestion streamed(boolean force, int chunkFiles) {
        return new StreamedIngestion(reader::read, (extraction, p) -> write(extraction, force, p), chunkFiles);
    }

    /**
     * Files → CSV files for the bulk loaders (one plan of all files: the CSVs hold each node once). Static, with the
     * reader given: it needs no database, and the embedded store must stay closed for the import tool.
     */
    public static CsvExporter.Counts exportCsv(CorpusReader reader, List<Path> files, Path out,
                                               List<ExtractionProblem> problems) {
        GraphPlan plan = GraphPlan.of(reader.read(files));
        problems.addAll(plan.problems());
        return CsvExporter.export(plan, out);
    }

    public WriteReport ingestUploads(List<Upload> uploads) {
        List<Extraction> parts = uploads.stream().map(u -> reader.read(u.fileName(), u.content())).toList();
        return withFulfilments(write(concat(parts), false, GraphWriter.Progress.NONE));
    }

    public WriteReport write(Extraction extraction, boolean force, GraphWriter.Progress progress) {
        schema.ensureApplied();
        WriteReport report;
        try {
            report = writer.write(GraphPlan.of(extraction), options(force), progress);
        } finally {
            events.publishEvent(new GraphChanged(extraction.documents().size())); // even a failed run may have written some
        }
        log.info("Ingested {} documents ({} unchanged, {} failed): {} articles, {} relations, {} stubs in {} ms",
                report.documents(), report.skipped(), report.failures().size(), report.articles(),
                report.relationCount(), report.stubs(), report.millis());
        report.failures().forEach(f -> log.warn("Not ingested: {}", f));
        return report;
    }

    public GraphWriter.Options options(boolean force) {
        return new GraphWriter.Options(properties.batchElements(), properties.batchDocuments(), force);
    }

    /**
     * The extractor fingerprint of the last start-up load of this corpus folder that ran to its end; empty when none
     * did (a crash mid-load leaves no mark), "" for a mark written before marks kept it.
     */
    public Optional<String> corpusLoadExtractor(String corpus) {
        List<org.neo4j.driver.Record> records = driver.executableQuery(
                        "MATCH (m:CorpusLoad {id: $corpus}) RETURN coalesce(m.extractor, '') AS extractor")
                .withParameters(java.util.Map.of("corpus", corpus))
                .withConfig(org.neo4j.driver.QueryConfig.builder().withDatabase(database).build())
                .execute().records();
        return records.stream().findFirst().map(r -> r.get("extractor").asString());
    }

    /**
     * Marks a corpus folder as loaded by this extractor; documents that failed are not counted as loaded, so they are
     * retried.
     */
    public void markCorpusLoaded(String corpus, WriteReport report) {
        if (!report.failures().isEmpty()) {
            return;
        }
        driver.executableQuery("""
                        MERGE (m:CorpusLoad {id: $corpus})
                        SET m.completed = datetime(), m.documents = $docs, m.extractor = $extractor""")
                .withParameters(java.util.Map.of("corpus", corpus, "docs", report.documents() + report.skipped(),
                        "extractor", ExtractorFingerprint.current()))
                .withConfig(org.neo4j.driver.QueryConfig.builder().withDatabase(database).build())
                .execute();
    }

    static Extraction concat(List<Extraction> parts) {
        List<org.reggraph.extract.ExtractedDocument> docs = new ArrayList<>();
        List<org.reggraph.extract.Relation> rels = new ArrayList<>();
        List<org.reggraph.extract.ExtractedAgency> agencies = new ArrayList<>();
        List<org.reggraph.extract.ExtractionProblem> problems = new ArrayList<>();
        for (Extraction e : parts) {
            docs.addAll(e.documents());
            rels.addAll(e.relations());
            agencies.addAll(e.agencies());
            problems.addAll(e.problems());
        }
        return new Extraction(docs, rels, agencies, problems);
    }
}
