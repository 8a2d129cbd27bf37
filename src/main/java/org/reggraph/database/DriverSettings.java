package org.reggraph.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The Bolt driver's connection pool ({@code reggraph.neo4j.driver.*}).
 *
 * @param connectionTimeout      longest wait to open a connection, and to get one from the pool; by default the
 *                               query timeout, so that an unreachable database is answered 503 within it
 * @param maxConnectionPoolSize  connections kept open; at least the HTTP worker threads (each request uses one at a
 *                               time) plus a few for the start-up load and the health check
 */
@ConfigurationProperties("reggraph.neo4j.driver")
public record DriverSettings(@DefaultValue("5s") Duration connectionTimeout,
                             @DefaultValue("24") int maxConnectionPoolSize) {
}
