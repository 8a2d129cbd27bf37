package org.reggraph.api;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.reggraph.database.Neo4jSettings;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The version of the graph, a counter every reggraph writer bumps in the transaction that changes the graph
 * ({@code (:GraphVersion {id: 'graph'}).version}, see {@code GraphWriter}). Read at most once per
 * {@code reggraph.api.cache-version-check} (one index lookup), so that cached answers never outlive a write, whichever
 * process made it.
 */
@Component
public class GraphVersion {

    static final String READ = "MATCH (v:GraphVersion {id: $id}) RETURN v.version AS version";
    public static final String ID = "graph";

    private final Driver driver;
    private final QueryConfig config;
    private final long intervalNanos;
    private volatile long version = -1;
    private volatile long readAt;

    public GraphVersion(Driver driver, Neo4jSettings neo4j, ApiSettings api) {
        this.driver = driver;
        this.config = QueryConfig.builder().withDatabase(neo4j.database()).withRouting(RoutingControl.READ).build();
        this.intervalNanos = api.cacheVersionCheck().toNanos();
    }

    /** The version as last read, read again when that was longer ago than the check interval. */
    public long current() {
        if (version < 0 || System.nanoTime() - readAt >= intervalNanos) {
            refresh();
        }
        return version;
    }

    /** Reads the version now (0 for a graph no reggraph writer has written to). */
    public synchronized long refresh() {
        var records = driver.executableQuery(READ).withParameters(Map.of("id", ID)).withConfig(config).execute().records();
        version = records.isEmpty() || records.get(0).get("version").isNull() ? 0 : records.get(0).get("version").asLong();
        readAt = System.nanoTime();
        return version;
    }
}
