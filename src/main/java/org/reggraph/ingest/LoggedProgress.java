package org.reggraph.ingest;

import org.reggraph.graph.GraphWriter;
import org.slf4j.Logger;

import java.util.function.LongSupplier;

/**
 * Writer progress as a log line at most every {@code intervalMillis} (and at the end): documents done / total,
 * relations, documents and elements per second, ETA. For loads nobody watches on a terminal (start-up, CI).
 */
public final class LoggedProgress implements GraphWriter.Progress {

    private final Logger log;
    private final String label;
    private final long intervalMillis;
    private final LongSupplier clock;
    private final long started;
    private long lastLogged;

    public LoggedProgress(Logger log, String label, long intervalMillis) {
        this(log, label, intervalMillis, System::currentTimeMillis);
    }

    LoggedProgress(Logger log, String label, long intervalMillis, LongSupplier clock) {
        this.log = log;
        this.label = label;
        this.intervalMillis = intervalMillis;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastLogged = started;
    }

    @Override
    public void update(long done, long total, long elements, long relations) {
        update(done, total, false, elements, relations);
    }

    @Override
    public void update(long done, long total, boolean estimated, long elements, long relations) {
        long now = clock.getAsLong();
        if (now - lastLogged < intervalMillis && done < total) {
            return;
        }
        lastLogged = now;
        log.info("{}: {}", label, line(done, total, estimated, elements, relations, now - started));
    }

    /** The line; an estimated total reads ~N (it shrinks or grows as the files still to read turn out). */
    static String line(long done, long total, boolean estimated, long elements, long relations, long elapsedMillis) {
        double seconds = Math.max(0.001, elapsedMillis / 1000.0);
        double docsPerSecond = done / seconds;
        String eta = done >= total ? "0 s" : docsPerSecond == 0 ? "?" : Math.round((total - done) / docsPerSecond) + " s";
        return String.format("%d/%s%d documents (%d %%), %d relations, %.0f documents/s, %d elements/s, ETA %s",
                done, estimated ? "~" : "", total, total == 0 ? 100 : done * 100 / total, relations, docsPerSecond,
                Math.round(elements / seconds), eta);
    }
}
