package org.reggraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.reggraph.database.Neo4jSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes); every statement is idempotent. Not on the start path:
 * the service applies it once the web server answers ({@code IngestStartupRunner}, before any start-up load), every
 * write through {@code IngestService} makes sure of it first, and the commands apply it before they write.
 */
@Component
public class GraphSchema {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);
    static final String SCRIPT = "cypher/schema.cypher";

    private final Driver driver;
    private final String database;
    private volatile boolean applied;

    public GraphSchema(Driver driver, Neo4jSettings settings) {
        this.driver = driver;
        this.database = settings.database();
    }

    /** Applies the schema unless this instance has done so already. */
    public void ensureApplied() {
        if (!applied) {
            synchronized (this) {
                if (!applied) {
                    apply();
                }
            }
        }
    }

    public void apply() {
        long started = System.currentTimeMillis();
        List<String> statements = statements(readScript());
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            // schema-only statements may share one transaction: one commit instead of one per statement
            session.executeWriteWithoutResult(tx -> statements.forEach(statement -> tx.run(statement).consume()));
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        applied = true;
        log.info("Graph schema applied: {} statements from {} in {} ms", statements.size(), SCRIPT,
                System.currentTimeMillis() - started);
    }

    /** Splits a script into statements: drops // comments, splits on ';' at line ends. */
    public static List<String> statements(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String readScript() {
        try (InputStream in = GraphSchema.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
