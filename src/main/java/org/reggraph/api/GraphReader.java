package org.reggraph.api;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.reggraph.database.Neo4jSettings;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs parameterised read-only queries for the API: a read transaction (routed to readers in a cluster) with the
 * configured timeout. User input only ever travels as parameters.
 */
@Component
public class GraphReader {

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final TransactionConfig txConfig;

    public GraphReader(Driver driver, Neo4jSettings neo4j, ApiSettings api) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.builder().withDatabase(neo4j.database())
                .withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build();
        this.txConfig = TransactionConfig.builder().withTimeout(api.queryTimeout()).build();
    }

    /**
     * All records of a query, each mapped. One attempt, not the driver's managed retry: retrying an unreachable
     * database for the driver's retry time would hold the request far beyond the query timeout; a 503 comes at once.
     */
    public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        try (var session = driver.session(sessionConfig); var tx = session.beginTransaction(txConfig)) {
            return tx.run(cypher, parameters).list(mapper::apply);
        }
    }

    /** The first record of a query, mapped, or null when there is none. */
    public <T> T single(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        List<T> all = list(cypher, parameters, mapper);
        return all.isEmpty() ? null : all.get(0);
    }
}
