package org.reggraph.api.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.reggraph.api.InvalidParameterException;
import org.reggraph.api.RelType;
import org.springframework.http.ProblemDetail;

import java.lang.reflect.Method;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentServiceTest {

    @Test
    void luceneSpecialCharactersAreEscapedInsideAPhrase() {
        assertThat(DocumentService.luceneQuery("抗震")).isEqualTo("\"抗震\"");
        assertThat(DocumentService.luceneQuery("') RETURN 1 //")).isEqualTo("\"'\\) RETURN 1 \\/\\/\"");
        assertThat(DocumentService.luceneQuery("a\"b*c:d")).isEqualTo("\"a\\\"b\\*c\\:d\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-13-01", "2021/01/01", "yesterday", "') RETURN 1 //"})
    void malformedDatesAreRejected(String raw) {
        assertThatThrownBy(() -> DocumentService.date("date", raw)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void sortIsWhitelisted() {
        assertThat(DocumentService.sort("-issuedDate")).isEqualTo(DocumentQueries.Sort.ISSUED_DATE_DESC);
        assertThat(DocumentService.sort(null)).isEqualTo(DocumentQueries.Sort.TITLE);
        assertThatThrownBy(() -> DocumentService.sort("title; DROP")).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("allowed");
    }

    @Test
    void relationTypesAreWhitelisted() {
        assertThat(RelType.parseList("cites, BASED_ON", DocumentService.DOCUMENT_RELATIONS, List.of()))
                .containsExactly(RelType.CITES, RelType.BASED_ON);
        assertThatThrownBy(() -> RelType.parseList("CITES]->() RETURN 1 //", DocumentService.DOCUMENT_RELATIONS, List.of()))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("allowed");
    }

    /** Timeouts become 503, without the database's message (the handler is shared; checked here without a slow query). */
    @Test
    void timeoutsAre503() throws Exception {
        var handler = new org.reggraph.api.ApiExceptionHandler();
        Method database = handler.getClass().getDeclaredMethod("database", Neo4jException.class);
        database.setAccessible(true);
        ProblemDetail timedOut = (ProblemDetail) database.invoke(handler, new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "The transaction has been terminated"));
        assertThat(timedOut.getStatus()).isEqualTo(503);
        assertThat(timedOut.getDetail()).contains("timeout").doesNotContain("Exception");
        Method unavailable = handler.getClass().getDeclaredMethod("unavailable", Neo4jException.class);
        unavailable.setAccessible(true);
        ProblemDetail deadlock = (ProblemDetail) unavailable.invoke(handler, new TransientException(
                "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[transactionId=12] can't acquire "
                + "ExclusiveLock{owner=ForsetiClient[transactionId=9]} on NODE(42), because holders of that lock are waiting"));
        assertThat(deadlock.getStatus()).isEqualTo(503);
        assertThat(deadlock.getDetail()).doesNotContain("Forseti", "Lock", "NODE", "transactionId");
        ProblemDetail other = (ProblemDetail) database.invoke(handler, new org.neo4j.driver.exceptions.DatabaseException(
                "Neo.DatabaseError.General.UnknownError", "Expected an integer between -2147483648 and 2147483647"));
        assertThat(other.getStatus()).isEqualTo(500);
        assertThat(other.getDetail()).doesNotContain("integer", "2147483647");
    }
}
