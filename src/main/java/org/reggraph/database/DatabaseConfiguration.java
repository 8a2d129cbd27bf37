package org.reggraph.database;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.concurrent.TimeUnit;

/**
 * Chooses the database: the embedded one when no external URI is set, else the configured server. Either way the
 * rest of the application sees one Bolt {@link Driver}; in embedded mode it is created after, and closed before,
 * the database.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${reggraph.neo4j.uri:}'.isBlank()")
    EmbeddedNeo4j embeddedNeo4j(Neo4jSettings settings, ObjectProvider<EarlyEmbeddedStart.Pending> early) {
        EarlyEmbeddedStart.Pending pending = early.getIfAvailable();
        return pending != null ? pending.await() : EmbeddedNeo4j.start(settings.embedded());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(Neo4jSettings settings, DriverSettings pool, ObjectProvider<EmbeddedNeo4j> embedded,
                       Environment environment) {
        int httpThreads = environment.getProperty("server.tomcat.threads.max", Integer.class, 200);
        if (pool.maxConnectionPoolSize() <= httpThreads) {
            log.warn("reggraph.neo4j.driver.max-connection-pool-size ({}) is not above server.tomcat.threads.max ({}): "
                     + "requests will wait for a connection, and fail after {}", pool.maxConnectionPoolSize(),
                    httpThreads, pool.connectionTimeout());
        }
        EmbeddedNeo4j db = embedded.getIfAvailable();
        String uri = db != null ? db.boltUri() : settings.uri();
        AuthToken auth = db != null || settings.password() == null || settings.password().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(settings.username(), settings.password());
        Config config = Config.builder()
                .withLogging(Logging.slf4j())
                .withConnectionTimeout(pool.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(pool.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxConnectionPoolSize(pool.maxConnectionPoolSize())
                .withMaxTransactionRetryTime(15, TimeUnit.SECONDS)
                .build();
        Driver driver = GraphDatabase.driver(uri, auth, config);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new DatabaseStartupException("Cannot reach Neo4j at " + uri + ": " + e.getMessage()
                    + (db == null ? ". Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI "
                    + "to use the embedded database." : ""), e);
        }
        log.info("Graph database: {} at {} (database '{}')", db != null ? "embedded" : "external", uri,
                settings.database());
        return driver;
    }
}
