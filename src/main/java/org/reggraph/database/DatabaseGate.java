package org.reggraph.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Opens the web server only once the embedded database, started in the background while the beans were created,
 * has started (or fails the start-up with its reason). Runs in a lifecycle phase before the web server's
 * ({@code Integer.MAX_VALUE - 2048}). Nothing to wait for with an external server (the driver bean has verified it)
 * or when no early start was made (commands that keep the store closed).
 */
@Component
class DatabaseGate implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGate.class);
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private final ObjectProvider<EarlyEmbeddedStart.Pending> early;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private volatile boolean running;

    DatabaseGate(ObjectProvider<EarlyEmbeddedStart.Pending> early, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.early = early;
        this.embedded = embedded;
    }

    @Override
    public void start() {
        if (early.getIfAvailable() != null) {
            long started = System.currentTimeMillis();
            embedded.getObject();
            log.debug("Waited {} ms for the embedded database", System.currentTimeMillis() - started);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
