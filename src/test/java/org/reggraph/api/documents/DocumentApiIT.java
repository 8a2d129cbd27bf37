package org.reggraph.api.documents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reggraph.seeds.SeedGraphTestBase;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The document endpoints over HTTP, on the graph the start-up load wrote from the seeds. */
class DocumentApiIT extends SeedGraphTestBase {

    static final String KANGZHEN = "国务院令第744号";
    static final String TUDI = "国务院令第743号";
    static final String DAQI = "财资环〔2021〕46号";
    static final String INJECTION = "') RETURN 1 //";

    static String doc(String id) {
        return "/api/documents/" + enc(id);
    }

    // ------------------------------------------------------------ one document, its articles a page at a time

    @Test
    void documentWithChaptersAndTheFirstPageOfItsArticles() {
        JsonNode d = get(doc(KANGZHEN));
        assertThat(d.get("title").asText()).isEqualTo("建设工程抗震管理条例");
        assertThat(d.get("level").asText()).isEqualTo("行政法规");
        assertThat(d.get("issuedDate").asText()).isEqualTo("2021-07-19");
        assertThat(d.get("sourceFile").asText()).isEqualTo("000_3700f5e89e50de4d.txt");
        assertThat(d.get("endLine").asInt()).isEqualTo(577);
        assertThat(texts(d.get("issuers"), "name")).containsExactly("国务院");
        assertThat(texts(d.get("chapters"), "label")).containsExactly("第一章", "第二章", "第三章", "第四章", "第五章",
                "第六章", "第七章", "第八章");
        JsonNode articles = d.get("articles");
        assertThat(articles.get("page").get("totalElements").asLong()).isEqualTo(51);
        assertThat(articles.get("page").get("size").asInt()).isEqualTo(20);
        assertThat(texts(articles.get("content"), "label")).hasSize(20).startsWith("第一条", "第二条", "第三条");
        assertThat(articles.get("content").get(0).get("chapterId").asText()).isEqualTo(KANGZHEN + "/第一章");
        assertThat(texts(articles.get("content").get(3).get("responsibilities"), "agencyName"))
                .contains("国务院住房和城乡建设主管部门");
        // each delegation of the page's articles carries its kind and role (co for a 会同 partner), as the graph stores them
        List<String> kinds = new java.util.ArrayList<>();
        articles.get("content").forEach(article -> article.get("delegations")
                .forEach(g -> kinds.add(g.get("kind").asText() + "|" + g.get("role").asText())));
        List<String> stored = driver.executableQuery("""
                MATCH (:Document {id: $id})-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(a:Article)-[r:DELEGATES_TO]->()
                WHERE a.number <= 20 RETURN r.kind AS kind, coalesce(r.role, 'null') AS role""")
                .withParameters(Map.of("id", KANGZHEN)).execute().records()
                .stream().map(r -> r.get("kind").asString() + "|" + r.get("role").asString()).toList();
        assertThat(kinds).isNotEmpty().containsExactlyInAnyOrderElementsOf(stored)
                .allMatch(k -> List.of("rulemaking", "interpretation", "entrustment", "authorisation").contains(k.split("\\|")[0]));
        assertThat(d.get("relationCounts").get("BASED_ON").get("out").asLong()).isEqualTo(2);
        assertThat(d.get("relationCounts").get("ISSUED_BY").get("out").asLong()).isEqualTo(1);
        assertThat(d.get("relationCounts").get("RESPONSIBLE_FOR").get("out").asLong())
                .isEqualTo(count("MATCH (:Document {id: $id})-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[r:RESPONSIBLE_FOR]->() "
                        + "RETURN count(r)", Map.of("id", KANGZHEN)));
        assertThat(d.get("statusChangedBy").isNull()).isTrue();
        // the same by query parameter
        assertThat(get("/api/document", "id", KANGZHEN).get("articles").get("content")).hasSize(20);
    }

    /** Every type and direction of relationCounts, against a count of the relationships of the document and its articles. */
    @ParameterizedTest
    @MethodSource("countedDocuments")
    void relationCountsCountEveryRelationshipOfTheDocumentAndItsArticles(String id) {
        JsonNode counts = get(doc(id)).get("relationCounts");
        assertThat(counts.size()).isEqualTo(9);
        String nodes = "MATCH (:Document {id: $id})-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->(n) WITH DISTINCT n ";
        long total = 0;
        for (var type : (Iterable<Map.Entry<String, JsonNode>>) counts::fields) {
            Map<String, Object> params = Map.of("id", id, "type", type.getKey());
            long out = type.getValue().get("out").asLong();
            assertThat(out).as(type.getKey() + " out")
                    .isEqualTo(count(nodes + "MATCH (n)-[r]->() WHERE type(r) = $type RETURN count(r)", params));
            assertThat(type.getValue().get("in").asLong()).as(type.getKey() + " in")
                    .isEqualTo(count(nodes + "MATCH (n)<-[r]-() WHERE type(r) = $type RETURN count(r)", params));
            total += out;
        }
        assertThat(total).as("something to count").isPositive();
    }

    static Stream<String> countedDocuments() {
        return Stream.of(KANGZHEN, TUDI, DAQI, "大气污染防治资金管理办法");
    }

    @Test
    void furtherArticlesComePageByPage() {
        JsonNode last = get(doc(KANGZHEN), "articlePage", "2").get("articles");
        assertThat(texts(last.get("content"), "label")).hasSize(11).endsWith("第五十一条");
        assertThat(last.get("page").get("number").asInt()).isEqualTo(2);
        JsonNode page = get(doc(KANGZHEN) + "/articles", "page", "1", "size", "25");
        assertThat(texts(page.get("content"), "label")).hasSize(25).startsWith("第二十六条");
        assertThat(page.get("page").get("totalPages").asInt()).isEqualTo(3);
        JsonNode all = get(doc(KANGZHEN), "articleSize", "200").get("articles");
        assertThat(all.get("content")).hasSize(51);
    }

    @Test
    void promulgatedDocumentAndItsArticleCitations() {
        JsonNode m = get(doc("大气污染防治资金管理办法"));
        assertThat(m.get("promulgatedBy").get("id").asText()).isEqualTo(DAQI);
        JsonNode first = m.get("articles").get("content").get(0);
        assertThat(first.get("label").asText()).isEqualTo("第一条");
        assertThat(texts(first.get("references"), "targetId")).contains("中华人民共和国预算法");
    }

    @Test
    void aRepealedRuleKnownOnlyFromCitationsNamesWhatRepealedIt() {
        JsonNode old = get(doc("财建〔2018〕578号"));
        assertThat(old.get("stub").asBoolean()).isTrue();
        assertThat(old.get("status").asText()).isEqualTo("REPEALED");
        assertThat(old.get("statusDate").asText()).isEqualTo("2021-06-09");
        assertThat(old.get("statusChangedBy").get("id").asText()).isEqualTo("大气污染防治资金管理办法");
        assertThat(old.get("relationCounts").get("REPEALS").get("in").asLong()).isEqualTo(1);
        assertThat(old.get("articles").get("content")).isEmpty();
    }

    // ------------------------------------------------------------ references

    @Test
    void theFirstHopIsDetailed() {
        JsonNode refs = get(doc(TUDI) + "/references", "types", "BASED_ON");
        assertThat(refs.get("root").get("title").asText()).isEqualTo("中华人民共和国土地管理法实施条例");
        assertThat(refs.get("edges")).singleElement().satisfies(e -> {
            assertThat(e.get("from").get("id").asText()).isEqualTo(TUDI);
            assertThat(e.get("to").get("id").asText()).isEqualTo("中华人民共和国土地管理法");
            assertThat(e.get("depth").asInt()).isEqualTo(1);
            assertThat(e.get("surface").asText()).isEqualTo("《中华人民共和国土地管理法》");
            assertThat(e.get("count").asLong()).isEqualTo(1);
        });
        JsonNode in = get(doc(TUDI) + "/references", "direction", "in", "types", "AMENDS");
        assertThat(texts(in.get("edges"), "type")).containsOnly("AMENDS").hasSize((int) count(
                "MATCH (:Document {id: $id})<-[r:AMENDS]-() RETURN count(r)", Map.of("id", TUDI)));
    }

    @Test
    void articleLevelEdgesNameTheirArticle() {
        JsonNode out = get(doc(TUDI) + "/references", "article", "52", "types", "cites");
        assertThat(out.get("edges")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("from").get("label").asText()).isEqualTo("第五十二条");
            assertThat(e.get("type").asText()).isEqualTo("CITES");
        });
        assertThat(texts(out.get("edges"), "to", "id")).contains("中华人民共和国土地管理法");
    }

    /** Further hops come from the writer's document-level projection; each edge stands for the edges it counts. */
    @Test
    void furtherHopsAreDocumentLevelEdgesOfTheProjection() {
        JsonNode refs = get(doc(TUDI) + "/references", "depth", "3", "direction", "both");
        List<JsonNode> deeper = new java.util.ArrayList<>();
        refs.get("edges").forEach(e -> {
            if (e.get("depth").asInt() > 1) {
                deeper.add(e);
            }
        });
        assertThat(deeper).isNotEmpty();
        for (JsonNode e : deeper) {
            assertThat(e.get("from").get("label").isNull() && e.get("to").get("label").isNull()).isTrue();
            long raw = count("""
                    MATCH (a:Document {id: $from})-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[r]->()
                          <-[:HAS_CHAPTER|HAS_ARTICLE*0..2]-(b:Document {id: $to})
                    WHERE type(r) = $type RETURN count(r)""", Map.of("from", e.get("from").get("id").asText(),
                    "to", e.get("to").get("id").asText(), "type", e.get("type").asText()));
            assertThat(e.get("count").asLong()).as(e.toString()).isEqualTo(raw).isPositive();
        }
        // no document pair and type twice
        assertThat(deeper.stream().map(e -> e.get("from").get("id").asText() + ">" + e.get("to").get("id").asText()
                + ":" + e.get("type").asText())).doesNotHaveDuplicates();
    }

    /** A limit keeps the nearest edges and says that some were left out; without one nothing is cut here. */
    @Test
    void limitKeepsTheNearestEdgesAndSaysWhenEdgesWereLeftOut() {
        JsonNode all = get(doc(TUDI) + "/references", "depth", "3", "direction", "both", "limit", "5000");
        assertThat(all.get("truncated").asBoolean()).isFalse();
        int total = all.get("edges").size();
        assertThat(total).isGreaterThan(3);
        JsonNode cut = get(doc(TUDI) + "/references", "depth", "3", "direction", "both", "limit", "3");
        assertThat(cut.get("truncated").asBoolean()).isTrue();
        assertThat(cut.get("edges")).hasSize(3);
        List<String> allEdges = new java.util.ArrayList<>();
        all.get("edges").forEach(e -> allEdges.add(e.toString()));
        cut.get("edges").forEach(e -> {
            assertThat(e.get("depth").asInt()).isEqualTo(1);
            assertThat(allEdges).contains(e.toString());
        });
        JsonNode exact = get(doc(TUDI) + "/references", "depth", "3", "direction", "both", "limit",
                String.valueOf(total));
        assertThat(exact.get("edges")).hasSize(total);
        exact.get("edges").forEach(e -> assertThat(allEdges).contains(e.toString()));
    }

    // ------------------------------------------------------------ replacements and validity

    @Test
    void replacedByTheRuleANoticePromulgated() {
        JsonNode r = get(doc("财资环〔2019〕10号") + "/replacements");
        assertThat(r.get("status").asText()).isEqualTo("REPEALED");
        assertThat(r.get("inForce").asBoolean()).isFalse();
        JsonNode by = r.get("replacedBy").get(0);
        assertThat(by.get("id").asText()).isEqualTo("水污染防治资金管理办法");
        assertThat(by.get("promulgatedBy").get("docNumber").asText()).isEqualTo("财资环〔2021〕36号");
        assertThat(texts(r.get("chain"), "type")).contains("REPEALS");
    }

    @Test
    void inForceAsOfDates() {
        String path = doc(KANGZHEN) + "/in-force";
        JsonNode before = get(path, "date", "2021-07-01");
        assertThat(before.get("inForce").asBoolean()).isFalse();
        assertThat(before.get("reason").asText()).contains("not yet issued");
        JsonNode between = get(path, "date", "2021-08-01");
        assertThat(between.get("inForce").asBoolean()).isFalse();
        assertThat(between.get("reason").asText()).contains("not yet effective").contains("2021-09-01");
        assertThat(get(path, "date", "2021-09-01").get("inForce").asBoolean()).isTrue();
        String old = doc("财建〔2018〕578号") + "/in-force";
        assertThat(get(old, "date", "2021-06-08").get("inForce").asBoolean()).isTrue();
        JsonNode repealed = get(old, "date", "2021-06-09");
        assertThat(repealed.get("inForce").asBoolean()).isFalse();
        assertThat(repealed.get("reason").asText()).contains("repealed on 2021-06-09 by 大气污染防治资金管理办法");
    }

    // ------------------------------------------------------------ errors

    static Stream<Arguments> badRequests() {
        String doc = doc(KANGZHEN);
        return Stream.of(
                Arguments.of(doc + "/references", List.of("depth", "0"), "depth"),
                Arguments.of(doc + "/references", List.of("depth", "99"), "depth"),
                Arguments.of(doc + "/references", List.of("depth", "two"), "depth"),
                Arguments.of(doc + "/references", List.of("types", "CITES,LIKES"), "types"),
                Arguments.of(doc + "/references", List.of("types", "ISSUED_BY"), "types"),
                Arguments.of(doc + "/references", List.of("types", INJECTION), "types"),
                Arguments.of(doc + "/references", List.of("direction", "sideways"), "direction"),
                Arguments.of(doc + "/references", List.of("article", "0"), "article"),
                Arguments.of(doc + "/references", List.of("limit", "0"), "limit"),
                Arguments.of(doc + "/references", List.of("limit", "5001"), "limit"),
                Arguments.of(doc + "/in-force", List.of("date", "2021-13-01"), "date"),
                Arguments.of(doc + "/in-force", List.of("date", INJECTION), "date"),
                Arguments.of(doc, List.of("articleSize", "201"), "size"),
                Arguments.of(doc, List.of("articlePage", "-1"), "page"),
                Arguments.of(doc + "/articles", List.of("page", "2147483647"), "page"),
                Arguments.of("/api/documents", List.of("size", "1000000"), "size"),
                Arguments.of("/api/documents", List.of("size", "0"), "size"),
                Arguments.of("/api/documents", List.of("page", "-1"), "page"),
                Arguments.of("/api/documents", List.of("page", "2147483647"), "page"),
                Arguments.of("/api/documents", List.of("page", "2147483648"), "page"),
                Arguments.of("/api/documents", List.of("page", "5001", "size", "200"), "page"),
                Arguments.of("/api/documents", List.of("sort", "population"), "sort"),
                Arguments.of("/api/documents", List.of("sort", INJECTION), "sort"),
                Arguments.of("/api/documents", List.of("status", "ALIVE"), "status"),
                Arguments.of("/api/documents", List.of("from", "2021/01/01"), "from"),
                Arguments.of("/api/documents", List.of("from", "2022-01-01", "to", "2021-01-01"), "from"),
                Arguments.of("/api/documents", List.of("q", "法".repeat(201)), "q"),
                Arguments.of("/api/suggest", List.of("q", "法", "limit", "1000"), "limit"),
                Arguments.of("/api/reports/dangling-references", List.of("size", "1000000"), "size"),
                Arguments.of("/api/reports/dangling-references", List.of("page", "-1"), "page"),
                Arguments.of("/api/reports/dangling-references", List.of("page", "2147483647"), "page"),
                Arguments.of("/api/agencies", List.of("page", "2147483647", "size", "200"), "page"),
                Arguments.of("/api/document", List.of(), "id"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badRequests")
    void badParametersAre400ProblemDetails(String path, List<String> query, String parameter) {
        ResponseEntity<String> response = response(path, query.toArray(String[]::new));
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    static Stream<String> unknownDocumentPaths() {
        String unknown = enc("国务院令第999号");
        return Stream.of("/api/documents/" + unknown, "/api/documents/" + unknown + "/references",
                "/api/documents/" + unknown + "/articles", "/api/documents/" + unknown + "/replacements",
                "/api/documents/" + unknown + "/in-force", "/api/document?id=" + unknown,
                "/api/documents/" + enc(INJECTION.replace("/", "")));
    }

    @ParameterizedTest
    @MethodSource("unknownDocumentPaths")
    void unknownIdsAre404(String path) {
        JsonNode problem = assertProblem(response(path), 404);
        assertThat(problem.get("title").asText()).isEqualTo("Not found");
    }
}
