package org.reggraph.database;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Neo4j Community started in-process with its Bolt connector on loopback, so the driver (and any Bolt client
 * such as cypher-shell or Neo4j Browser) talks to it exactly as to a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final Path home;
    private final String boltUri;
    private volatile boolean claimed;

    private EmbeddedNeo4j(DatabaseManagementService dbms, Path home, String boltUri) {
        this.dbms = dbms;
        this.home = home;
        this.boltUri = boltUri;
    }

    /** Starts the database or fails with a {@link DatabaseStartupException} that says why. */
    public static EmbeddedNeo4j start(Neo4jSettings.Embedded settings) {
        return prepare(settings).start();
    }

    /**
     * The checks that take no time (writable folder, free port; a port of 0 picks one), so that the Bolt address is
     * known before the database has started: the driver can be built meanwhile.
     */
    public static Prepared prepare(Neo4jSettings.Embedded settings) {
        Path home = settings.dataDir().toAbsolutePath().normalize();
        checkWritable(home);
        int port = settings.boltPort() == 0 ? freePort(settings.boltAddress()) : settings.boltPort();
        checkPortFree(settings.boltAddress(), port);
        return new Prepared(settings, home, port);
    }

    /** A checked configuration with its port: {@link #start()} starts the database on it. */
    public record Prepared(Neo4jSettings.Embedded settings, Path home, int port) {

        public String boltUri() {
            return "bolt://" + hostForUri(settings.boltAddress()) + ":" + port;
        }

        public EmbeddedNeo4j start() {
            long started = System.nanoTime();
            DatabaseManagementService dbms;
            try {
                dbms = new DatabaseManagementServiceBuilder(home)
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, new SocketAddress(settings.boltAddress(), port))
                        .setConfig(BoltConnector.advertised_address, new SocketAddress(settings.boltAddress(), port))
                        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                        .setConfig(HttpConnector.enabled, false)
                        .setConfig(GraphDatabaseSettings.auth_enabled, false)
                        .setConfig(GraphDatabaseSettings.udc_enabled, false)
                        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(settings.txMemory()))
                        .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
                        // Bolt's Netty loop otherwise waits ~10 s on shutdown
                        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, settings.shutdownTimeout())
                        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, settings.shutdownTimeout())
                        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, settings.shutdownTimeout())
                        .build();
            } catch (RuntimeException e) {
                throw new DatabaseStartupException(explain(home, e), e);
            }
            log.info("Embedded Neo4j started in {} ms: store {}, Bolt listening on {}",
                    (System.nanoTime() - started) / 1_000_000, home, boltUri());
            return new EmbeddedNeo4j(dbms, home, boltUri());
        }
    }

    /** Marks the database as owned by an application context, which will close it. */
    void claim() {
        claimed = true;
    }

    boolean isClaimed() {
        return claimed;
    }

    public String boltUri() {
        return boltUri;
    }

    public Path home() {
        return home;
    }

    public DatabaseManagementService managementService() {
        return dbms;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static void checkWritable(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new DatabaseStartupException("Data directory " + home + " cannot be created: " + e.getMessage()
                    + ". Set reggraph.neo4j.embedded.data-dir (env REGGRAPH_DATA_DIR) to a writable folder.", e);
        }
        if (!Files.isDirectory(home) || !Files.isWritable(home)) {
            throw new DatabaseStartupException("Data directory " + home + " is not a writable folder. "
                    + "Set reggraph.neo4j.embedded.data-dir (env REGGRAPH_DATA_DIR) to a writable folder.", null);
        }
    }

    private static void checkPortFree(String address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new DatabaseStartupException("Bolt port " + address + ":" + port + " is already in use "
                    + "(another Neo4j or reggraph running?). Stop it, or choose another port with "
                    + "reggraph.neo4j.embedded.bolt-port (env REGGRAPH_BOLT_PORT).", e);
        }
    }

    private static int freePort(String address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DatabaseStartupException("No free port on " + address + ": " + e.getMessage(), e);
        }
    }

    private static String explain(Path home, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            // the store lock held ("Lock file has been locked by another process"), not any lock failure: a store Neo4j cannot
            // create fails in its LockerLifecycleAdapter with a FileLockException too ("Unable to create path for dir")
            if (message.contains("locked by another process") || message.contains("Unable to obtain lock")) {
                return "The embedded database in " + home + " is locked by another process: is the reggraph "
                        + "service (or another ingest) running? Stop it first, or point NEO4J_URI at the running "
                        + "service's Bolt port to work against it.";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // Neo4j's own message names only the store ("Error starting Neo4j database server at …"); the root says why
        return "Embedded Neo4j failed to start in " + home + ": " + e.getMessage()
                + (root == e ? "" : " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
    }

    private static String hostForUri(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
