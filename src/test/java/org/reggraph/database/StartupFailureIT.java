package org.reggraph.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.ReggraphApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Misconfiguration stops start-up with a message that says what is wrong and how to fix it. */
class StartupFailureIT {

    @Test
    void boltPortInUseIsReported(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            assertThatThrownBy(() -> EmbeddedNeo4j.start(settings(dir, taken.getLocalPort())))
                    .isInstanceOf(DatabaseStartupException.class)
                    .hasMessageContaining("already in use")
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    @Test
    void unwritableDataDirectoryIsReported(@TempDir Path tmp) throws Exception {
        Path file = Files.createFile(tmp.resolve("not-a-dir"));
        assertThatThrownBy(() -> EmbeddedNeo4j.start(settings(file.resolve("data"), 0)))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessageContaining("Data directory")
                .hasMessageContaining("REGGRAPH_DATA_DIR");
    }

    @Test
    void unreachableExternalServerFailsStartUpWithTheUri() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        String uri = "bolt://127.0.0.1:" + closedPort;
        assertThatThrownBy(() -> new SpringApplicationBuilder(ReggraphApplication.class)
                .web(WebApplicationType.NONE)
                .run("--reggraph.neo4j.uri=" + uri, "--reggraph.ingest.startup=off"))
                .rootCause().isInstanceOf(Exception.class);
        assertThatThrownBy(() -> new SpringApplicationBuilder(ReggraphApplication.class)
                .web(WebApplicationType.NONE)
                .run("--reggraph.neo4j.uri=" + uri, "--reggraph.ingest.startup=off"))
                .hasStackTraceContaining("Cannot reach Neo4j at " + uri);
    }

    @Test
    void secondDatabaseOnALockedStoreIsReportedAsLocked(@TempDir Path dir) throws Exception {
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(settings(dir, 0))) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(settings(dir, 0)))
                    .isInstanceOf(DatabaseStartupException.class)
                    .hasMessageContaining("locked");
        }
    }

    /** A store Neo4j cannot open for another reason: the message names the root cause, not only the store. */
    @Test
    void aBrokenStoreIsReportedWithItsCause(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/databases"), "a file where the databases folder belongs");
        assertThatThrownBy(() -> EmbeddedNeo4j.start(settings(dir, 0)))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessageContaining("failed to start in " + dir)
                .hasMessageContaining("(cause: ");
    }

    private static Neo4jSettings.Embedded settings(Path dir, int port) {
        return new Neo4jSettings.Embedded(dir, "127.0.0.1", port, "32m", "128m", Duration.ofSeconds(1));
    }
}
