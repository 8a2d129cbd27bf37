package org.reggraph.api;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the API's parameterised queries with Spring Data Neo4j's {@link Neo4jClient} and a row mapper, inside the
 * read-only transaction of the calling service ({@code @Transactional(readOnly = true)}, routed to readers in a
 * cluster, with the timeout {@code reggraph.api.query-timeout}): one transaction per answer, however many queries it
 * takes. Calling it outside such a transaction is a programming error. One attempt, not the driver's managed retry:
 * retrying an unreachable database for the driver's retry time would hold the request far beyond the query timeout;
 * a 503 comes at once. User input only ever travels as parameters.
 */
@Component
@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
public class GraphReader {

    private final Neo4jClient client;

    public GraphReader(Neo4jClient client) {
        this.client = client;
    }

    /** All records of a query, each mapped. */
    public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        return client.query(cypher).bindAll(parameters).fetchAs(Object.class)
                .mappedBy((types, record) -> mapper.apply(record)).all().stream().map(GraphReader::<T>cast).toList();
    }

    /** The first record of a query, mapped, or null when there is none. */
    public <T> T single(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        return client.query(cypher).bindAll(parameters).fetchAs(Object.class)
                .mappedBy((types, record) -> mapper.apply(record)).first().map(GraphReader::<T>cast).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
