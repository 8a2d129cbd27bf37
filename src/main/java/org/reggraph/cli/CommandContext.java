package org.reggraph.cli;

import org.reggraph.ReggraphApplication;
import org.reggraph.database.DatabaseStartupException;
import org.reggraph.database.EarlyEmbeddedStart;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** True when every path exists; otherwise the first missing one is reported on stderr. */
    static boolean allExist(List<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("No such file or folder: " + p);
                return false;
            }
        }
        return true;
    }

    /** Exit code 3 with the one-line reason when the database could not start; any other failure goes on up. */
    static int databaseFailure(String command, RuntimeException e) {
        DatabaseStartupException startup = startupFailure(e);
        if (startup == null) {
            throw e;
        }
        System.err.println("reggraph " + command + ": " + startup.getMessage());
        return 3;
    }

    /** The database start-up failure in a cause chain, if that is what went wrong. */
    private static DatabaseStartupException startupFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseStartupException d) {
                return d;
            }
        }
        return null;
    }
}
