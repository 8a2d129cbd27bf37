package org.reggraph.cli;

import org.reggraph.ReggraphApplication;
import org.reggraph.database.DatabaseStartupException;
import org.reggraph.database.EarlyEmbeddedStart;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context of a command: no web server, no start-up ingestion, quiet logs, and lazy beans, so that the
 * database (embedded ./data by default, NEO4J_URI when set: the service's configuration) starts only when a
 * command asks for it.
 */
final class CommandContext {

    private CommandContext() {
    }

    /** A context for a command that works on the database: the embedded one starts while Spring boots. */
    static ConfigurableApplicationContext start() {
        return start(true);
    }

    /**
     * @param database false for commands that must leave the embedded store closed (the import tool writes it) or
     *                 do not need it; a bean that needs the database still starts it on first use
     */
    static ConfigurableApplicationContext start(boolean database) {
        return new SpringApplicationBuilder(ReggraphApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .lazyInitialization(true)
                .properties("logging.level.root=WARN", "logging.level.org.reggraph.cli=INFO",
                        "logging.level.org.neo4j=ERROR",
                        // a failed start is reported by the command in one line (no stack trace, no banner)
                        "logging.level.org.springframework=OFF")
                // as an argument, so that it wins over application.yml and REGGRAPH_INGEST_STARTUP
                .run("--reggraph.ingest.startup=off", "--management.health.neo4j.enabled=false",
                        "--" + EarlyEmbeddedStart.ENABLED + "=" + database);
    }

    /** The database start-up failure in a cause chain, if that is what went wrong. */
    static DatabaseStartupException startupFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseStartupException d) {
                return d;
            }
        }
        return null;
    }
}
