package org.reggraph.ingest;

import org.reggraph.graph.GraphSchema;
import org.reggraph.graph.WriteReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the service does once it answers: the graph schema, then the start-up load: {@code reggraph.ingest.corpus-dir}
 * (the seeds), then {@code national-dir} (the national laws and regulations), each folder until one load of it has
 * completed with this extractor ({@code on-empty}, the default: an empty graph, a load cut short by a crash, or a graph
 * an older extractor wrote is loaded again) or every time ({@code always}), never with {@code off}; unchanged documents
 * are skipped by hash.
 *
 * <p>It runs as an {@link ApplicationRunner}, that is after the web server has started: the service answers (and
 * liveness is UP) meanwhile, and Spring Boot declares readiness ({@code ReadinessState.ACCEPTING_TRAFFIC},
 * {@code /actuator/health/readiness} UP) only once the runners have returned, so readiness means "loaded".
 * Only in the web service: the commands (no web server) apply the schema and load what they are asked to.
 *
 * <p>Last, whatever {@code startup} says, the derived fulfilment step ingestion ends with runs when the graph needs
 * it ({@link IngestService#linkFulfilmentsIfStale}): a graph loaded by other means — {@code cypher/load-csv.cypher},
 * which marks it — gets its FULFILS links and delegation statuses when the service starts on it.
 */
@Component
@ConditionalOnWebApplication
class IngestStartupRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestStartupRunner.class);
    private static final long PROGRESS_INTERVAL_MILLIS = 5_000;

    private final IngestService service;
    private final IngestProperties properties;
    private final GraphSchema schema;
    private volatile boolean closing;

    IngestStartupRunner(IngestService service, IngestProperties properties, GraphSchema schema) {
        this.service = service;
        this.properties = properties;
        this.schema = schema;
    }

    @Override
    public void run(ApplicationArguments args) {
        schema.ensureApplied();
        if (properties.startup() != IngestProperties.Startup.OFF && !loadFolders()) {
            return;
        }
        if (!closing) {
            deriveIfStale();
        }
    }

    /** The start-up folders that need it, one after the other; false when a load stopped. */
    private boolean loadFolders() {
        List<Path> folders = properties.startupFolders().stream().map(IngestStartupRunner::located).filter(this::needsLoad).toList();
        if (folders.isEmpty()) {
            return true;
        }
        long started = System.currentTimeMillis();
        for (Path folder : folders) {
            if (closing || !load(folder)) {
                return false;
            }
        }
        log.info("Start-up load finished in {} ms: the service is ready", System.currentTimeMillis() - started);
        return true;
    }

    /** A relative folder under the working directory, else beside the application (started from elsewhere). */
    private static Path located(Path folder) {
        Path found = StartupFolders.locate(folder, Path.of("").toAbsolutePath(),
                () -> new ApplicationHome(IngestStartupRunner.class).getDir().toPath().toAbsolutePath());
        if (!found.equals(folder)) {
            log.info("No folder {} under the working directory: using {} beside the application", folder, found);
        }
        return found;
    }

    private void deriveIfStale() {
        try {
            if (service.linkFulfilmentsIfStale()) {
                log.info("Fulfilment links derived at start-up (the graph was written by other means since the last run)");
            }
        } catch (RuntimeException e) {
            log.error("Fulfilment links not derived at start-up; the next ingestion derives them", e);
        }
    }

    private boolean needsLoad(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.info("No corpus folder {}: nothing loaded from it at start-up", folder.toAbsolutePath());
            return false;
        }
        if (properties.startup() != IngestProperties.Startup.ON_EMPTY) {
            return true;
        }
        Optional<String> loadedBy = service.corpusLoadExtractor(key(folder));
        if (loadedBy.isEmpty()) {
            return true;
        }
        if (loadedBy.get().equals(ExtractorFingerprint.current())) {
            log.info("{} was loaded before: start-up load skipped (reggraph.ingest.startup=on-empty)", key(folder));
            return false;
        }
        log.info("{} was loaded by another version of the extractor: loading it again (documents whose extraction "
                + "is unchanged are skipped)", key(folder));
        return true;
    }

    /**
     * Loads one folder, streamed (the next chunk of files is read while the one before is written); false when the
     * load stopped (shutdown, database gone) and the rest must wait for the next start.
     */
    private boolean load(Path folder) {
        List<Path> files = IngestService.files(List.of(folder));
        log.info("Loading {} ({} files, reggraph.ingest.startup={}); the service answers meanwhile, readiness "
                + "follows the load", key(folder), files.size(), properties.startup().name().toLowerCase().replace('_', '-'));
        try {
            WriteReport report = service.ingestFiles(files, false,
                    new LoggedProgress(log, folder.getFileName().toString(), PROGRESS_INTERVAL_MILLIS));
            service.markCorpusLoaded(key(folder), report);
            return true;
        } catch (RuntimeException e) {
            if (closing) {
                log.info("Start-up load of {} interrupted by shutdown; the next start resumes it", key(folder));
            } else {
                log.error("Start-up load of {} failed; the service answers with what is loaded, the next start "
                        + "resumes the load", key(folder), e);
            }
            return false;
        }
    }

    /** A folder's "loaded" mark is its absolute path. */
    private static String key(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }
}
