package org.reggraph.database;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.reggraph.ReggraphApplication;
import org.reggraph.graph.GraphSchema;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external mode: NEO4J_URI points at a server (here a second, separately started embedded instance), no
 * embedded database starts, and the same code (schema, queries) runs against it, with bolt:// and neo4j:// URIs.
 */
class ExternalDatabaseIT {

    // deleted by JUnit after @AfterAll, so after the server has stopped
    @TempDir
    static Path dir;
    static EmbeddedNeo4j server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(dir, "127.0.0.1", 0, "64m", "256m",
                java.time.Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void boltUriUsesTheServerAndStartsNoEmbeddedDatabase() {
        runAgainst(server.boltUri());
    }

    @Test
    void routingUriWorksToo() {
        runAgainst(server.boltUri().replace("bolt://", "neo4j://"));
    }

    private void runAgainst(String uri) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReggraphApplication.class)
                .web(WebApplicationType.NONE)
                .run("--reggraph.neo4j.uri=" + uri, "--reggraph.ingest.startup=off")) {
            assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
            Driver driver = context.getBean(Driver.class);
            context.getBean(GraphSchema.class).apply();
            long constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")
                    .execute().records().get(0).get("n").asLong();
            assertThat(constraints).isGreaterThanOrEqualTo(4);
            // the server sees what the application wrote: both talk about the same store
            driver.executableQuery("MERGE (:Probe {id: 'external'})").execute();
            long seen = server.managementService().database("neo4j")
                    .executeTransactionally("MATCH (p:Probe {id: 'external'}) RETURN count(p) AS n", java.util.Map.of(),
                            r -> (Long) r.next().get("n"));
            assertThat(seen).isEqualTo(1L);
        }
    }
}
