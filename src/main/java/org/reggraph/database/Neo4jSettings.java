package org.reggraph.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the graph lives. With an empty {@code uri} the service starts Neo4j in-process (embedded mode);
 * with a {@code bolt://} or {@code neo4j://} uri it uses that server instead.
 *
 * @param uri      external server URI (env NEO4J_URI); empty for the embedded database
 * @param username external server user (env NEO4J_USERNAME)
 * @param password external server password (env NEO4J_PASSWORD)
 * @param database database name (env NEO4J_DATABASE)
 * @param embedded settings of the embedded database
 */
@ConfigurationProperties("reggraph.neo4j")
public record Neo4jSettings(String uri,
                            @DefaultValue("neo4j") String username,
                            String password,
                            @DefaultValue("neo4j") String database,
                            @DefaultValue Embedded embedded) {

    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }

    /**
     * @param dataDir         where the embedded store lives
     * @param boltAddress     interface the Bolt connector binds to (loopback by default: nothing is exposed)
     * @param boltPort        Bolt port; 0 picks a free one (tests)
     * @param pageCache       page cache size, e.g. 128m
     * @param txMemory        cap on memory for one transaction's state, e.g. 256m
     * @param shutdownTimeout how long Bolt waits for open connections on shutdown
     */
    public record Embedded(@DefaultValue("./data") Path dataDir,
                           @DefaultValue("127.0.0.1") String boltAddress,
                           @DefaultValue("7687") int boltPort,
                           @DefaultValue("128m") String pageCache,
                           @DefaultValue("512m") String txMemory,
                           @DefaultValue("1s") Duration shutdownTimeout) {
    }
}
