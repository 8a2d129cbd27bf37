package org.reggraph.graph.fulfil;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.reggraph.graph.GraphDump;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Fulfilment links, delegation status and the report over the texts of {@link FulfilmentGraphTestBase}. */
class FulfilmentIT extends FulfilmentGraphTestBase {

    @Test
    void theRegulationNamedByTheDelegationCarriesItOut() {
        Record link = fulfils(RESETTLEMENT, "第五十一条");
        assertThat(link.get("evidence").asList(v -> v.asString()))
                .contains("basis:law", "subject:title", "issuer:delegate");
        assertThat(link.get("confidence").asDouble()).isBetween(Fulfilment.THRESHOLD, 1.0);
        assertThat(link.get("status").asString()).isEqualTo("CARRIED_OUT");
    }

    @Test
    void theImplementingRegulationOfTheLawCarriesOutWhatItsBasisArticleDelegates() {
        List<String> articles = driver.executableQuery("""
                        MATCH (d:Document {title: $from})-[f:FULFILS]->(a:Article)<-[:HAS_CHAPTER|HAS_ARTICLE*1..2]-(l:Document {title: $law})
                        RETURN a.label AS label""")
                .withParameters(Map.of("from", IMPLEMENTING, "law", LAW)).execute().records().stream()
                .map(r -> r.get("label").asString()).toList();
        // 第六十三条 (集体经营性建设用地, 具体办法由国务院制定): the 国务院 itself cites it where it makes those rules
        assertThat(articles).contains("第六十三条");
        assertThat(fulfils(IMPLEMENTING, "第六十三条").get("evidence").asList(v -> v.asString()))
                .contains("cites:article", "issuer:delegate");
        // 补偿费标准和移民安置办法 of 第五十一条 is a subject the 实施条例's title does not name; 第五十五条 leaves the
        // use of the fee to 国务院财政部门: the 实施条例 cites it, but a State Council text carries out a rule left to a
        // ministry only when its legal basis names the article
        assertThat(articles).doesNotContain("第五十一条", "第五十五条");
    }

    @Test
    void everyRuleMakingDelegationHasAStatusAndTheReportListsThem() {
        long delegations = count("""
                MATCH ()-[r:DELEGATES_TO]->() WHERE r.kind = 'rulemaking' AND r.what <> '规定' RETURN count(r)""");
        assertThat(delegations).isPositive();
        assertThat(count("MATCH ()-[r:DELEGATES_TO]->() WHERE r.status IS NOT NULL RETURN count(r)")).isEqualTo(delegations);

        JsonNode open = get("/api/reports/delegations?status=NOT_CARRIED_OUT&size=200");
        assertThat(open.get("page").get("totalElements").asLong()).isPositive();
        for (JsonNode item : open.get("content")) {
            assertThat(item.get("status").asText()).isEqualTo("NOT_CARRIED_OUT");
            LocalDate since = LocalDate.parse(item.get("document").get("date").asText());
            assertThat(item.get("yearsOpen").asLong()).isEqualTo(Period.between(since, LocalDate.now()).getYears());
            assertThat(item.get("fulfilledBy").isNull()).isTrue();
        }
        JsonNode done = get("/api/reports/delegations?status=carried_out&size=200");
        JsonNode resettlement = null;
        for (JsonNode item : done.get("content")) {
            if (item.get("article").get("label").asText().equals("第五十一条")) {
                resettlement = item;
            }
        }
        assertThat(resettlement).as(done.toString()).isNotNull();
        assertThat(resettlement.get("fulfilledBy").get("title").asText()).isEqualTo(RESETTLEMENT);
        assertThat(resettlement.get("fulfilledBy").get("evidence").toString()).contains("subject:title");
        assertThat(resettlement.get("agency").get("id").asText()).isEqualTo("国务院");

        long all = get("/api/reports/delegations?size=1").get("page").get("totalElements").asLong();
        assertThat(all).isEqualTo(delegations);
        assertThat(get("/api/reports/delegations?page=" + all + "&size=1").get("content")).isEmpty();
    }

    @Test
    void theDocumentAgenciesViewGivesEachDelegationItsStatus() {
        JsonNode view = get("/api/documents/" + enc(lawId()) + "/agencies");
        JsonNode delegate = null;
        for (JsonNode article : view.get("articles")) {
            if (!article.get("article").isNull() && article.get("article").get("label").asText().equals("第五十一条")) {
                delegate = article.get("delegates").get(0);
            }
        }
        assertThat(delegate).as(view.toString()).isNotNull();
        assertThat(delegate.get("status").asText()).isEqualTo("CARRIED_OUT");
        assertThat(delegate.get("fulfilledBy").get("title").asText()).isEqualTo(RESETTLEMENT);
        assertThat(view.toString()).contains("\"status\":\"NOT_CARRIED_OUT\"");
    }

    @Test
    void anUnknownStatusIsAProblem() {
        ResponseEntity<String> response = http.getForEntity(
                URI.create(base() + "/api/reports/delegations?status=DONE"), String.class);
        assertThat(assertProblem(response, 400).toString()).contains("status");
    }

    @Test
    void theStepIsIdempotent() {
        List<String> before = GraphDump.of(driver);
        List<Record> links = allLinks();
        writer.recomputeDerived();
        assertThat(allLinks()).hasSameSizeAs(links);
        assertThat(allLinks().toString()).isEqualTo(links.toString());
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    private List<Record> allLinks() {
        return driver.executableQuery("""
                MATCH (d:Document)-[f:FULFILS]->(t)
                RETURN d.id AS from, t.id AS to, f.confidence AS confidence, f.evidence AS evidence, f.status AS status
                ORDER BY from, to""").execute().records();
    }

    private Record fulfils(String from, String article) {
        List<Record> rows = driver.executableQuery("""
                        MATCH (d:Document {title: $from})-[f:FULFILS]->(a:Article {label: $article})
                              <-[:HAS_CHAPTER|HAS_ARTICLE*1..2]-(:Document {title: $law})
                        RETURN f.evidence AS evidence, f.confidence AS confidence, f.status AS status""")
                .withParameters(Map.of("from", from, "article", article, "law", LAW)).execute().records();
        assertThat(rows).as(from + " → " + article).hasSize(1);
        return rows.get(0);
    }
}
