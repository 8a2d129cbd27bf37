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
 * ~5 s start overlaps Spring's own bootstrap instead of following it. The {@code embeddedNeo4j} bean then only
 * waits for the result. With an external URI nothing happens here, nor with {@value #ENABLED} = false: commands
 * that must not open the store (export-csv, bulk-import, whose import tool writes it) set that.
 */
public class EarlyEmbeddedStart implements SpringApplicationRunListener {

    public static final String ENABLED = "reggraph.neo4j.early-start";

    private CompletableFuture<EmbeddedNeo4j> pending;

    public EarlyEmbeddedStart(SpringApplication application, String[] args) {
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrap, ConfigurableEnvironment environment) {
        Neo4jSettings settings = Binder.get(environment).bind("reggraph.neo4j", Neo4jSettings.class).orElse(null);
        if (settings == null || !settings.isEmbedded() || settings.embedded() == null
                || !environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        pending = CompletableFuture.supplyAsync(() -> EmbeddedNeo4j.start(settings.embedded()));
    }

    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        if (pending != null) {
            context.getBeanFactory().registerSingleton("earlyEmbeddedNeo4j", new Pending(pending));
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

    /** The database being started; {@link #await()} returns it or rethrows the start-up failure. */
    public record Pending(CompletableFuture<EmbeddedNeo4j> future) {
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
