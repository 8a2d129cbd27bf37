package org.reggraph.api.documents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.seeds.SeedGraphTestBase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Document search as users type it (issue 15), on the graph the start-up load wrote from the seeds: every spelling
 * finds its document in the top 3, exact numbers and titles first; results say how and where they matched; an empty
 * result says what might help; every filter of the README works, dates as dates.
 */
class SearchIT extends SeedGraphTestBase {

    private JsonNode search(String... params) {
        return get("/api/documents", params);
    }

    private static List<String> ids(JsonNode page) {
        return texts(page.get("content"), "id");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "国办发〔2021〕26号        | 国办发〔2021〕26号 | docNumber",
            "国办发[2021]26号          | 国办发〔2021〕26号 | docNumber",
            "国办发（2021）26号        | 国办发〔2021〕26号 | docNumber",
            "国办发(2021)26号          | 国办发〔2021〕26号 | docNumber",
            "国办发〔2021〕26 号       | 国办发〔2021〕26号 | docNumber",
            "国办发〔２０２１〕２６号  | 国办发〔2021〕26号 | docNumber",
            "国务院令748号             | 国务院令第748号    | docNumber",
            "国务院令第 748 号         | 国务院令第748号    | docNumber",
            "财建〔2018〕578号         | 财建〔2018〕578号  | docNumber",
            "地下水管理条例            | 国务院令第748号    | title",
            "地下水管理條例            | 国务院令第748号    | title",
            "《地下水管理条例》        | 国务院令第748号    | title",
            "地下水条例                | 国务院令第748号    | shortTitle",
            "地下水管理条列            | 国务院令第748号    | fuzzyTitle",
            "土地管理法实施条例        | 国务院令第743号    | shortTitle",
            "建设工程抗震管理条例      | 国务院令第744号    | title",
    })
    void everySpellingFindsItsDocumentFirst(String typed, String id, String match) {
        JsonNode page = search("q", typed, "size", "3");
        assertThat(ids(page)).as(typed).first().isEqualTo(id);
        JsonNode top = page.get("content").get(0);
        assertThat(top.get("match").asText()).isEqualTo(match);
        assertThat(top.get("status").asText()).isNotBlank();
        assertThat(top.has("docNumber")).isTrue();
        JsonNode snippet = top.get("snippet");
        JsonNode highlight = snippet.get("highlights").get(0);
        assertThat(highlight.get("end").asInt()).isGreaterThan(highlight.get("start").asInt());
        assertThat(snippet.get("text").asText().length()).isGreaterThanOrEqualTo(highlight.get("end").asInt());
    }

    @Test
    void theDocumentItselfRanksAboveTheDocumentThatCitesIt() {
        JsonNode page = search("q", "财建〔2018〕578号");
        assertThat(ids(page)).startsWith("财建〔2018〕578号").contains("大气污染防治资金管理办法");
        JsonNode citing = page.get("content").get(ids(page).indexOf("大气污染防治资金管理办法"));
        assertThat(citing.get("match").asText()).isEqualTo("text");
        JsonNode snippet = citing.get("snippet");
        assertThat(snippet.get("field").asText()).isEqualTo("text");
        assertThat(snippet.get("article").asText()).startsWith("第");
        JsonNode h = snippet.get("highlights").get(0);
        assertThat(snippet.get("text").asText().substring(h.get("start").asInt(), h.get("end").asInt()))
                .isEqualTo("财建〔2018〕578号");
    }

    @Test
    void exactTitleFirstThenTitlesContainingIt() {
        JsonNode page = search("q", "水污染防治资金管理办法");
        assertThat(ids(page)).first().isEqualTo("水污染防治资金管理办法");
        assertThat(page.get("content").get(0).get("match").asText()).isEqualTo("title");
        // the notice that 印发 it contains the title: after it
        assertThat(ids(page)).contains("财资环〔2021〕36号");
    }

    @Test
    void fullTextMatchesShowWhereTheyMatched() {
        JsonNode page = search("q", "统一监督管理");
        assertThat(ids(page)).contains("国务院令第744号");
        JsonNode hit = page.get("content").get(ids(page).indexOf("国务院令第744号"));
        assertThat(hit.get("match").asText()).isEqualTo("text");
        assertThat(hit.get("snippet").get("article").asText()).isEqualTo("第四条");
        JsonNode h = hit.get("snippet").get("highlights").get(0);
        assertThat(hit.get("snippet").get("text").asText().substring(h.get("start").asInt(), h.get("end").asInt()))
                .isEqualTo("统一监督管理");
    }

    @Test
    void anEmptyResultGivesAHint() {
        JsonNode nothing = search("q", "完全不存在的文件名称");
        assertThat(nothing.get("content")).isEmpty();
        assertThat(nothing.get("page").get("totalElements").asLong()).isZero();
        assertThat(nothing.get("hint").get("message").asText()).contains("No document matches").contains("国办发〔2021〕26号");
        // filters that exclude every match: the hint says how many match without them
        JsonNode filtered = search("q", "地下水管理条例", "status", "REPEALED");
        assertThat(filtered.get("content")).isEmpty();
        assertThat(filtered.get("hint").get("withoutFilters").asLong()).isPositive();
        assertThat(filtered.get("hint").get("message").asText()).contains("status");
        // results carry no hint
        assertThat(search("q", "地下水管理条例").has("hint")).isFalse();
    }

    // ------------------------------------------------------------ filters, each against the graph itself

    @Test
    void theReadmeExampleFindsTheStateCouncilsDocumentsOf2021() {
        JsonNode page = search("issuer", "国务院", "from", "2021-01-01", "to", "2021-12-31", "size", "50");
        long expected = count("""
                MATCH (d:Document)-[:ISSUED_BY]->(:Agency {id: '国务院'})
                WHERE d.issuedDate >= date('2021-01-01') AND d.issuedDate <= date('2021-12-31') RETURN count(d)""");
        assertThat(expected).isGreaterThanOrEqualTo(3);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(expected);
        assertThat(ids(page)).contains("国务院令第744号", "国务院令第743号", "国务院令第748号");
        for (String date : texts(page.get("content"), "issuedDate")) {
            assertThat(LocalDate.parse(date)).isBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        }
    }

    @Test
    void dateBoundsAreInclusive() {
        JsonNode day = search("from", "2021-07-19", "to", "2021-07-19");
        assertThat(ids(day)).contains("国务院令第744号");
        assertThat(texts(day.get("content"), "issuedDate")).containsOnly("2021-07-19");
        assertThat(ids(search("from", "2021-07-20", "to", "2021-07-20"))).doesNotContain("国务院令第744号");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "kind      | 条例       | MATCH (d:Document) WHERE d.kind = '条例' RETURN count(d)",
            "kind      | 通知       | MATCH (d:Document) WHERE d.kind = '通知' RETURN count(d)",
            "level     | 行政法规   | MATCH (d:Document) WHERE d.level = '行政法规' RETURN count(d)",
            "status    | REPEALED   | MATCH (d:Document) WHERE d.status = 'REPEALED' RETURN count(d)",
            "status    | amended    | MATCH (d:Document) WHERE d.status = 'AMENDED' RETURN count(d)",
            "issuer    | 财政部     | MATCH (d:Document)-[:ISSUED_BY]->(:Agency {id: '财政部'}) RETURN count(DISTINCT d)",
            "docNumber | 国务院令748号 | MATCH (d:Document {docNumber: '国务院令第748号'}) RETURN count(d)",
            "from      | 2022-01-01 | MATCH (d:Document) WHERE d.issuedDate >= date('2022-01-01') RETURN count(d)",
            "to        | 2021-06-30 | MATCH (d:Document) WHERE d.issuedDate <= date('2021-06-30') RETURN count(d)",
    })
    void everyFilterSelectsWhatTheGraphHolds(String parameter, String value, String cypher) {
        long expected = count(cypher);
        assertThat(expected).as(cypher).isPositive();
        JsonNode page = search(parameter, value, "size", "200");
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(expected);
    }

    @Test
    void filtersCombineWithAQuery() {
        JsonNode page = search("q", "管理", "kind", "条例", "issuer", "国务院", "size", "200");
        assertThat(ids(page)).contains("国务院令第744号", "国务院令第748号").allSatisfy(id -> assertThat(count(
                "MATCH (d:Document {id: $id, kind: '条例'})-[:ISSUED_BY]->(:Agency {id: '国务院'}) RETURN count(d)",
                Map.of("id", id))).isEqualTo(1));
    }

    @Test
    void sortsAndPages() {
        JsonNode newest = search("sort", "-issuedDate", "size", "5");
        List<String> dates = texts(newest.get("content"), "issuedDate");
        assertThat(dates).doesNotContainNull().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode oldest = search("sort", "issuedDate", "size", "5");
        assertThat(texts(oldest.get("content"), "issuedDate")).doesNotContainNull().isSorted();
        JsonNode titles = search("sort", "title", "size", "200");
        assertThat(texts(titles.get("content"), "title")).isSorted();
        JsonNode first = search("size", "2");
        JsonNode second = search("size", "2", "page", "1");
        assertThat(ids(first)).hasSize(2).doesNotContainAnyElementsOf(ids(second));
        assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
        assertThat(second.get("page").get("totalElements").asLong()).isEqualTo(count("MATCH (d:Document) RETURN count(d)"));
        JsonNode byDate = search("q", "条例", "sort", "-issuedDate", "size", "10");
        assertThat(texts(byDate.get("content"), "issuedDate").stream().filter(java.util.Objects::nonNull).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    // ------------------------------------------------------------ suggestions, injection

    @Test
    void suggestionsUseTheSameNormaliser() {
        assertThat(texts(get("/api/suggest", "q", "地下水管理"), "id")).contains("国务院令第748号");
        JsonNode byNumber = get("/api/suggest", "q", "国务院令744号", "limit", "3");
        assertThat(byNumber.get(0).get("id").asText()).isEqualTo("国务院令第744号");
        assertThat(byNumber.get(0).get("label").asText()).isEqualTo("建设工程抗震管理条例");
        assertThat(texts(get("/api/suggest", "q", "地下水條例"), "id")).contains("国务院令第748号");
        JsonNode agencies = get("/api/suggest", "q", "国家发展改革委");
        assertThat(texts(agencies, "id")).contains("国家发展和改革委员会");
    }

    /** 安全生产 is in the names of many bodies of the seeds; the documents titled with it are suggested beside them. */
    @Test
    void suggestionsKeepTheDocumentsBesideAgenciesThatContainTheText() {
        JsonNode both = get("/api/suggest", "q", "安全生产", "limit", "4");
        assertThat(texts(both, "type")).contains("document", "agency");
        assertThat(both.get(0).get("type").asText()).isEqualTo("document");
        // an agency named exactly still comes before documents that merely contain its name
        JsonNode named = get("/api/suggest", "q", "应急管理部", "limit", "3");
        assertThat(named.get(0).get("type").asText()).isEqualTo("agency");
        assertThat(named.get(0).get("id").asText()).isEqualTo("应急管理部");
    }

    @Test
    void injectionStringsAreData() {
        long nodes = count("MATCH (n) RETURN count(n)");
        for (String text : List.of("') RETURN 1 //", "\" OR title:*", "*:*", "title:地下水 OR text:*", "\\")) {
            assertThat(search("q", text).get("content")).as(text).isEmpty();
            assertThat(get("/api/suggest", "q", text)).as(text).isEmpty();
        }
        assertThat(search("kind", "') RETURN 1 //").get("content")).isEmpty();
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    }
}
