package org.reggraph.ingest;

import org.reggraph.extract.Extraction;
import org.reggraph.graph.GraphSchema;
import org.reggraph.graph.WriteReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the service does once it answers: the graph schema, then the start-up load: {@code reggraph.ingest.corpus-dir}
 * (the seeds), then {@code national-dir} (the national laws and regulations), each folder until one load of it has
 * completed ({@code on-empty}, the default: an empty graph, or a load cut short by a crash, is loaded again) or every
 * time ({@code always}), never with {@code off}; unchanged documents are skipped by hash.
 *
 * <p>It runs as an {@link ApplicationRunner}, that is after the web server has started: the service answers (and
 * liveness is UP) meanwhile, and Spring Boot declares readiness ({@code ReadinessState.ACCEPTING_TRAFFIC},
 * {@code /actuator/health/readiness} UP) only once the runners have returned, so readiness means "loaded".
 * Only in the web service: the commands (no web server) apply the schema and load what they are asked to.
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
        if (properties.startup() == IngestProperties.Startup.OFF) {
            return;
        }
        long started = System.currentTimeMillis();
        for (Path folder : properties.startupFolders()) {
            if (closing || !load(folder)) {
                return;
            }
        }
        log.info("Start-up load finished in {} ms: the service is ready", System.currentTimeMillis() - started);
    }

    /** Loads one folder; false when the load stopped (shutdown, database gone) and the next folders must wait. */
    private boolean load(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.info("No corpus folder {}: nothing loaded from it at start-up", folder.toAbsolutePath());
            return true;
        }
        String corpus = folder.toAbsolutePath().normalize().toString();
        try {
            if (properties.startup() == IngestProperties.Startup.ON_EMPTY && service.corpusLoadCompleted(corpus)) {
                log.info("{} was loaded before: start-up load skipped (reggraph.ingest.startup=on-empty)", corpus);
                return true;
            }
            List<Path> files = IngestService.files(List.of(folder));
            log.info("Loading {} ({} files, reggraph.ingest.startup={}); the service answers meanwhile, readiness "
                    + "follows the load", corpus, files.size(), properties.startup().name().toLowerCase().replace('_', '-'));
            long started = System.currentTimeMillis();
            Extraction extraction = service.read(files);
            log.info("{}: {} documents extracted in {} ms, writing", folder.getFileName(), extraction.documents().size(),
                    System.currentTimeMillis() - started);
            WriteReport report = service.write(extraction, false,
                    new LoggedProgress(log, folder.getFileName().toString(), PROGRESS_INTERVAL_MILLIS));
            service.markCorpusLoaded(corpus, report);
            return true;
        } catch (RuntimeException e) {
            if (closing) {
                log.info("Start-up load of {} interrupted by shutdown; the next start resumes it", corpus);
            } else {
                log.error("Start-up load of {} failed; the service answers with what is loaded, the next start "
                        + "resumes the load", corpus, e);
            }
            return false;
        }
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }
}
