package org.reggraph.api.reports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reggraph.graph.fulfil.Fulfilment;
import org.reggraph.seeds.SeedGraphTestBase;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Delegation status over the seeds alone, as the start-up load wrote them (the national laws are stubs here). */
class DelegationReportIT extends SeedGraphTestBase {

    private static final Set<String> STATUSES = new HashSet<>(Arrays.stream(Fulfilment.Status.values()).map(Enum::name).toList());

    @Test
    void everyRuleMakingDelegationOfACurrentTextIsInTheReportWithAStatus() {
        long expected = count("""
                MATCH (s)-[r:DELEGATES_TO]->(:Agency) WHERE r.kind = 'rulemaking' AND r.what <> '规定'
                OPTIONAL MATCH (o:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(s:Article)
                WITH r, coalesce(o, s) AS d WHERE coalesce(d.current, true) AND coalesce(d.status, '') <> 'REPEALED'
                RETURN count(r)""");
        assertThat(expected).isPositive();
        JsonNode first = get("/api/reports/delegations", "size", "200");
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(expected);
        Integer previous = null;
        for (JsonNode item : first.get("content")) {
            assertThat(STATUSES).contains(item.get("status").asText());
            assertThat(item.get("document").get("id").asText()).isNotBlank();
            // not carried out first, the longest open first
            if (item.get("status").asText().equals("NOT_CARRIED_OUT") && !item.get("yearsOpen").isNull()) {
                int years = item.get("yearsOpen").asInt();
                assertThat(previous == null || previous >= years).isTrue();
                previous = years;
            }
        }
        assertThat(get("/api/reports/delegations", "status", "LOCAL", "size", "200").get("content"))
                .allSatisfy(i -> assertThat(i.get("status").asText()).isEqualTo("LOCAL"));
    }

    @Test
    void linksCarryTheirEvidenceAndConfidence() {
        List<JsonNode> links = driver.executableQuery("""
                        MATCH (d:Document)-[f:FULFILS]->(t)
                        RETURN f.confidence AS confidence, f.evidence AS evidence, f.status AS status""")
                .execute().records().stream().map(r -> (JsonNode) JSON.valueToTree(r.asMap())).toList();
        for (JsonNode link : links) {
            assertThat(link.get("confidence").asDouble()).isBetween(Fulfilment.THRESHOLD, 1.0);
            assertThat(link.get("evidence")).isNotEmpty();
            assertThat(STATUSES).contains(link.get("status").asText());
        }
        assertThat(count("""
                MATCH ()-[r:DELEGATES_TO]->() WHERE r.fulfilledBy IS NOT NULL
                  AND NOT EXISTS { MATCH (:Document {id: r.fulfilledBy})-[:FULFILS]->() }
                RETURN count(r)""")).as("a delegation's implementing text has its FULFILS link").isZero();
    }

    @Test
    void theDocumentAgenciesViewCarriesTheStatusOfRuleMakingDelegations() {
        String id = driver.executableQuery("""
                        MATCH (d:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(:Article)-[r:DELEGATES_TO]->()
                        WHERE r.status IS NOT NULL RETURN d.id AS id ORDER BY id LIMIT 1""")
                .execute().records().get(0).get("id").asString();
        JsonNode view = get("/api/documents/" + enc(id) + "/agencies");
        List<String> statuses = view.get("articles").findValues("status").stream()
                .filter(v -> !v.isNull()).map(JsonNode::asText).toList();
        assertThat(statuses).isNotEmpty();
        assertThat(STATUSES).containsAll(statuses);
    }

    @Test
    void anUnknownStatusIsAProblemNamingTheParameter() {
        JsonNode problem = assertProblem(response("/api/reports/delegations", "status", "DONE"), 400);
        assertThat(problem.toString()).contains("status", "NOT_CARRIED_OUT");
        assertProblem(response("/api/reports/delegations", "size", "0"), 400);
    }
}
