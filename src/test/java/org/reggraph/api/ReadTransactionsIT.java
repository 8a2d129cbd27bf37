package org.reggraph.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A read that outlives {@code reggraph.api.query-timeout} is cancelled by the database and reported as such (503),
 * not hidden behind a failed rollback of the transaction the database already ended; the next read works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/tx-${random.uuid}",
        "reggraph.ingest.startup=off",
        "reggraph.api.query-timeout=1s"})
class ReadTransactionsIT {

    /** Ten billion rows: far longer than a second. */
    static final String SLOW = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n";

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    GraphReader reader;

    @Test
    void aTimedOutReadIsA503AndTheNextReadWorks() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Throwable failure = catchThrowable(() -> readOnly.execute(status ->
                reader.single(SLOW, Map.of(), r -> r.get("n").asLong())));
        assertThat(failure).isInstanceOf(DataAccessException.class);
        assertThat(new ApiExceptionHandler().springData((RuntimeException) failure).getStatus()).isEqualTo(503);
        for (int i = 0; i < 3; i++) {
            Long one = readOnly.execute(status -> reader.single("RETURN 1 AS one", Map.of(), r -> r.get("one").asLong()));
            assertThat(one).isEqualTo(1L);
        }
    }
}
