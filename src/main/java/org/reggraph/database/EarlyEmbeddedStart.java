package org.reggraph.database;

import org.springframework.boot.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the embedded database on a background thread as soon as the configuration is known, so that its
 * ~5 s start overlaps Spring's own bootstrap instead of following it. Its Bolt address is fixed first, so the driver
 * and every bean that uses it are created meanwhile; only {@link DatabaseGate}, just before the web server starts,
 * waits for the result (through the lazy {@code embeddedNeo4j} bean). With an external URI nothing happens here, nor
 * with {@value #ENABLED} = false: commands that must not open the store (export-csv, bulk-import, whose import tool
 * writes it) set that.
 */
public class EarlyEmbeddedStart implements SpringApplicationRunListener {

    public static final String ENABLED = "reggraph.neo4j.early-start";

    private CompletableFuture<EmbeddedNeo4j> pending;
    private String boltUri;

    public EarlyEmbeddedStart(SpringApplication application, String[] args) {
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrap, ConfigurableEnvironment environment) {
        Neo4jSettings settings = Binder.get(environment).bind("reggraph.neo4j", Neo4jSettings.class).orElse(null);
        if (settings == null || !settings.isEmbedded() || settings.embedded() == null
                || !environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        EmbeddedNeo4j.Prepared prepared;
        try {
            prepared = EmbeddedNeo4j.prepare(settings.embedded());
        } catch (DatabaseStartupException e) {
            // reported when the context asks for the database, with the failure analysis of a bean creation
            pending = CompletableFuture.failedFuture(e);
            return;
        }
        pending = CompletableFuture.supplyAsync(prepared::start);
        boltUri = prepared.boltUri();
    }

    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        if (pending != null) {
            context.getBeanFactory().registerSingleton("earlyEmbeddedNeo4j", new Pending(pending, boltUri));
        }
    }

    @Override
    public void failed(ConfigurableApplicationContext context, Throwable exception) {
        // the context never took the database over: stop it so the JVM can exit
        if (pending != null) {
            pending.thenAccept(db -> {
                if (!db.isClaimed()) {
                    db.close();
                }
            });
        }
    }

    /**
     * The database being started; {@link #await()} returns it or rethrows the start-up failure.
     *
     * @param boltUri where it will listen; null when the checks before the start failed
     */
    public record Pending(CompletableFuture<EmbeddedNeo4j> future, String boltUri) {
        EmbeddedNeo4j await() {
            try {
                EmbeddedNeo4j db = future.join();
                db.claim();
                return db;
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
