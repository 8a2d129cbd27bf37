package org.reggraph.api.documents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.reggraph.api.InvalidParameterException;
import org.reggraph.api.Params;
import org.reggraph.api.RelType;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.http.ProblemDetail;

import java.lang.reflect.Method;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentServiceTest {

    @Test
    void luceneSpecialCharactersAreEscaped() {
        assertThat(DocumentSearch.phrase("抗震")).isEqualTo("\"抗震\"");
        assertThat(DocumentSearch.phrase("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(DocumentSearch.terms("') return 1 //")).isEqualTo("'\\) return 1 \\/\\/");
        assertThat(DocumentSearch.terms("a\"b*c:d")).isEqualTo("a\\\"b\\*c\\:d");
        assertThat(DocumentSearch.phrase("*")).isNull();
        assertThat(DocumentSearch.terms("法")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-13-01", "2021/01/01", "yesterday", "') RETURN 1 //"})
    void malformedDatesAreRejected(String raw) {
        assertThatThrownBy(() -> Params.date("date", raw)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void sortIsWhitelistedAndRelevanceIsTheDefaultWithAQuery() {
        assertThat(DocumentSearch.sort("-issuedDate", false)).isEqualTo(SearchQueries.Sort.ISSUED_DATE_DESC);
        assertThat(DocumentSearch.sort(null, false)).isEqualTo(SearchQueries.Sort.TITLE);
        assertThat(DocumentSearch.sort(null, true)).isEqualTo(SearchQueries.Sort.RELEVANCE);
        assertThatThrownBy(() -> DocumentSearch.sort("title; DROP", true)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("allowed");
    }

    @Test
    void aTextSnippetHighlightsTheMatchInItsWindow() {
        String text = "为了加强地下水管理，防治地下水超采和污染，保障地下水质量和可持续利用，推进生态文明建设，根据《中华人民共和国水法》"
                + "和《中华人民共和国水污染防治法》等法律，制定本条例。";
        DocumentDtos.Snippet s = DocumentSearch.textSnippet(text, "中华人民共和国水法", "第一条");
        DocumentDtos.Highlight h = s.highlights().get(0);
        assertThat(s.text().substring(h.start(), h.end())).isEqualTo("中华人民共和国水法");
        assertThat(s.text()).startsWith("…").doesNotEndWith("…").endsWith("制定本条例。");
        assertThat(s.article()).isEqualTo("第一条");
        // the query folded: traditional characters still find the simplified text
        DocumentDtos.Snippet folded = DocumentSearch.textSnippet(text, "地下水超采", null);
        assertThat(folded.text().substring(folded.highlights().get(0).start(), folded.highlights().get(0).end()))
                .isEqualTo("地下水超采");
    }

    @Test
    void relationTypesAreWhitelisted() {
        assertThat(RelType.parseList("cites, BASED_ON", DocumentService.DOCUMENT_RELATIONS, List.of()))
                .containsExactly(RelType.CITES, RelType.BASED_ON);
        assertThatThrownBy(() -> RelType.parseList("CITES]->() RETURN 1 //", DocumentService.DOCUMENT_RELATIONS, List.of()))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("allowed");
    }

    /**
     * Timeouts become 503, without the database's message, also when Spring Data wraps them (the handler is shared;
     * checked here without a slow query).
     */
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
        // Spring Data Neo4j wraps the driver's exceptions
        Method springData = handler.getClass().getDeclaredMethod("springData", RuntimeException.class);
        springData.setAccessible(true);
        ProblemDetail wrapped = (ProblemDetail) springData.invoke(handler, new InvalidDataAccessResourceUsageException(
                "wrapped", new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                        "The transaction has been terminated")));
        assertThat(wrapped.getStatus()).isEqualTo(503);
    }
}
