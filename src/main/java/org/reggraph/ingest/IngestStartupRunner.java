package org.reggraph.ingest;

import org.reggraph.graph.GraphSchema;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.util.List;

/**
 * Loads {@code reggraph.ingest.corpus-dir} once the context (and with it the schema) is up: until one load of that
 * folder has completed ({@code on-empty}, the default: an empty graph, or a load cut short by a crash, is loaded
 * again) or every time ({@code always}). Either way unchanged documents are skipped by hash, so a rerun is cheap.
 * Not even created with {@code startup=off}, so commands that only need the reader start no database.
 */
@Component
@ConditionalOnExpression("'${reggraph.ingest.startup:on-empty}'.toLowerCase() != 'off'")
class IngestStartupRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestStartupRunner.class);

    private final IngestService service;
    private final IngestProperties properties;

    // GraphSchema is injected so that the schema is applied before the first write
    IngestStartupRunner(IngestService service, IngestProperties properties, GraphSchema schema) {
        this.service = service;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.startup() == IngestProperties.Startup.OFF) {
            return;
        }
        if (!Files.isDirectory(properties.corpusDir())) {
            log.info("No corpus folder {}: nothing loaded at start-up", properties.corpusDir().toAbsolutePath());
            return;
        }
        String corpus = properties.corpusDir().toAbsolutePath().normalize().toString();
        if (properties.startup() == IngestProperties.Startup.ON_EMPTY && service.corpusLoadCompleted(corpus)) {
            log.info("{} was loaded before: start-up load skipped (reggraph.ingest.startup=on-empty)", corpus);
            return;
        }
        log.info("Loading {} (reggraph.ingest.startup={})", corpus,
                properties.startup().name().toLowerCase().replace('_', '-'));
        WriteReport report = service.ingest(List.of(properties.corpusDir()), false, GraphWriter.Progress.NONE);
        service.markCorpusLoaded(corpus, report);
    }
}
