package org.reggraph.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says once, when the web server is up, which database mode is in use and where HTTP and Bolt listen. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Neo4jSettings settings;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    StartupReport(Neo4jSettings settings, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.settings = settings;
        this.embedded = embedded;
    }

    @EventListener
    void onWebServerReady(WebServerInitializedEvent event) {
        EmbeddedNeo4j db = embedded.getIfAvailable();
        String mode = db != null
                ? "embedded Neo4j, store " + db.home() + ", Bolt " + db.boltUri()
                : "external Neo4j at " + settings.uri();
        log.info("reggraph listening on http://localhost:{} ({})", event.getWebServer().getPort(), mode);
    }
}
