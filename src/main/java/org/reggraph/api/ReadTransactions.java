package org.reggraph.api;

import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * The transactions of the API services ({@code @Transactional(readOnly = true)}): Spring Data Neo4j's transaction
 * manager, with the timeout {@code reggraph.api.query-timeout} (the database cancels the query, the client gets a 503
 * problem), and two changes for transactions the database has already ended (a timeout terminates them):
 * rolling one back is a no-op instead of an {@link IllegalStateException} that would hide the timeout, and a read-only
 * transaction ends with a rollback (nothing to commit, so a timeout that struck after the last query cannot fail it).
 */
@Configuration(proxyBeanMethods = false)
public class ReadTransactions {

    @Bean
    PlatformTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider database, ApiSettings api,
                                                  ApplicationContext context) {
        Neo4jTransactionManager neo4j = Neo4jTransactionManager.with(driver).withDatabaseSelectionProvider(database)
                .build();
        neo4j.setApplicationContext(context);
        neo4j.setDefaultTimeout((int) Math.max(1, api.queryTimeout().toSeconds()));
        return new Tolerant(neo4j);
    }

    static final class Tolerant implements PlatformTransactionManager {
        private final PlatformTransactionManager delegate;

        Tolerant(PlatformTransactionManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return delegate.getTransaction(definition);
        }

        @Override
        public void commit(TransactionStatus status) {
            if (status.isReadOnly() && status.isNewTransaction() && !status.isCompleted()) {
                rollback(status);
            } else {
                delegate.commit(status);
            }
        }

        @Override
        public void rollback(TransactionStatus status) {
            try {
                delegate.rollback(status);
            } catch (IllegalStateException alreadyEnded) {
                // the database ended the transaction (timeout): nothing to roll back; the session is already released
            }
        }
    }
}
