package org.reggraph.api.documents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reggraph.api.ApiTestBase;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The document endpoints over real HTTP against the embedded database loaded with the sample fixture. */
class DocumentApiIT extends ApiTestBase {

    static final String KANGZHEN = "国务院令第744号";
    static final String TUDI = "国务院令第743号";
    static final String DAQI = "财资环〔2021〕46号";
    static final String INJECTION = "') RETURN 1 //";

    static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    // ------------------------------------------------------------ search

    @Test
    void searchByTitleFragment() {
        JsonNode page = ok("/api/documents", params("q", "抗震管理"));
        assertThat(ids(page.get("items"))).containsExactly(KANGZHEN);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("title").asText()).isEqualTo("建设工程抗震管理条例");
        assertThat(item.get("docNumber").asText()).isEqualTo(KANGZHEN);
        assertThat(item.get("issuedDate").asText()).isEqualTo("2021-07-19");
        assertThat(item.get("effectiveDate").asText()).isEqualTo("2021-09-01");
        assertThat(item.get("stub").asBoolean()).isFalse();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
    }

    @Test
    void searchByDocNumberAndByShortTitle() {
        assertThat(ids(ok("/api/documents", params("q", "财资环〔2021〕46")).get("items"))).containsExactly(DAQI);
        assertThat(ids(ok("/api/documents", params("docNumber", DAQI)).get("items"))).containsExactly(DAQI);
        assertThat(ids(ok("/api/documents", params("q", "土地管理法实施条例")).get("items"))).contains(TUDI);
    }

    @Test
    void searchByFullTextFragmentOfAnArticle() {
        // only in the text of 第四条 of 建设工程抗震管理条例, not in any title
        JsonNode page = ok("/api/documents", params("q", "统一监督管理"));
        assertThat(ids(page.get("items"))).containsExactly(KANGZHEN);
        // in the text of 第一条 of 土地管理法实施条例
        assertThat(ids(ok("/api/documents", params("q", "以下简称")).get("items"))).contains(TUDI);
    }

    @Test
    void searchFiltersAndSorts() {
        JsonNode byIssuer = ok("/api/documents", params("issuer", "国务院", "sort", "-issuedDate"));
        assertThat(ids(byIssuer.get("items"))).containsExactly(KANGZHEN, TUDI);
        JsonNode repealed = ok("/api/documents", params("status", "REPEALED", "sort", "issuedDate"));
        assertThat(ids(repealed.get("items"))).containsExactly("财建〔2015〕226号", "财资环〔2019〕10号", "财建〔2018〕578号"); // no date: last
        JsonNode range = ok("/api/documents", params("from", "2021-06-01", "to", "2021-06-30", "kind", "通知"));
        assertThat(ids(range.get("items"))).containsExactlyInAnyOrder(DAQI, "财资环〔2021〕36号");
        JsonNode newest = ok("/api/documents", params("sort", "-issuedDate", "size", "3"));
        assertThat(ids(newest.get("items"))).containsExactly(KANGZHEN, TUDI, DAQI);
        JsonNode paged = ok("/api/documents", params("size", "2", "page", "1"));
        assertThat(paged.get("items")).hasSize(2);
        assertThat(paged.get("total").asLong()).isGreaterThan(4);
        JsonNode levels = ok("/api/documents", params("level", "法律"));
        assertThat(levels.get("items")).allSatisfy(item -> assertThat(item.get("stub").asBoolean()).isTrue());
    }

    @Test
    void injectionStringsAreData() {
        JsonNode page = ok("/api/documents", params("q", INJECTION));
        assertThat(page.get("items")).isEmpty();
        assertThat(page.get("total").asLong()).isZero();
        assertThat(ok("/api/documents", params("q", "\" OR title:*", "kind", INJECTION)).get("items")).isEmpty();
        assertThat(ok("/api/suggest", params("q", INJECTION))).isEmpty();
        ResponseEntity<String> byParam = get("/api/document", params("id", INJECTION));
        assertThat(byParam.getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> byPath = get("/api/documents/" + enc("x' OR '1'='1") + "/references");
        assertThat(byPath.getStatusCode().value()).isEqualTo(404);
        assertThat(json(byPath).get("detail").asText()).contains("x' OR '1'='1");
        // the graph is unchanged
        assertThat(ok("/api/documents", params("size", "200")).get("total").asLong()).isEqualTo(14);
    }

    @Test
    void suggestDocumentsAndAgencies() {
        JsonNode all = ok("/api/suggest", params("q", "国务院"));
        List<String> types = new ArrayList<>();
        all.forEach(s -> types.add(s.get("type").asText() + ":" + s.get("id").asText()));
        assertThat(types).contains("agency:国务院", "document:国务院关于修改部分行政法规的决定");
        JsonNode byNumber = ok("/api/suggest", params("q", "第744号", "limit", "3"));
        assertThat(byNumber.get(0).get("id").asText()).isEqualTo(KANGZHEN);
        assertThat(byNumber.get(0).get("label").asText()).isEqualTo("建设工程抗震管理条例");
        JsonNode byAlias = ok("/api/suggest", params("q", "环境保护部"));
        assertThat(byAlias.findValuesAsText("id")).contains("生态环境部");
    }

    // ------------------------------------------------------------ one document

    @Test
    void documentWithChaptersArticlesAndRelations() {
        JsonNode d = ok("/api/documents/" + enc(KANGZHEN));
        assertThat(d.get("title").asText()).isEqualTo("建设工程抗震管理条例");
        assertThat(d.get("level").asText()).isEqualTo("行政法规");
        assertThat(d.get("sourceFile").asText()).isEqualTo("000_3700f5e89e50de4d.txt");
        assertThat(d.get("endLine").asInt()).isEqualTo(577);
        assertThat(d.get("issuers").findValuesAsText("name")).containsExactly("国务院");
        assertThat(d.get("chapters").findValuesAsText("label")).containsExactly("第一章", "第二章", "第八章");
        assertThat(d.get("articles").findValuesAsText("label"))
                .containsExactly("第一条", "第二条", "第四条", "第九条", "第五十一条");
        JsonNode first = d.get("articles").get(0);
        assertThat(first.get("chapterId").asText()).isEqualTo("国务院令第744号/第一章");
        assertThat(first.get("references").findValuesAsText("targetId"))
                .containsExactlyInAnyOrder("中华人民共和国建筑法", "中华人民共和国防震减灾法");
        JsonNode fourth = d.get("articles").get(2);
        assertThat(fourth.get("responsibilities").findValuesAsText("agencyName"))
                .contains("国务院住房和城乡建设主管部门");
        assertThat(d.get("relationCounts").get("CITES").get("out").asLong()).isEqualTo(2);
        assertThat(d.get("relationCounts").get("RESPONSIBLE_FOR").get("out").asLong()).isEqualTo(2);
        assertThat(d.get("relationCounts").get("ISSUED_BY").get("out").asLong()).isEqualTo(1);
        assertThat(d.get("statusChangedBy").isNull()).isTrue();
        assertThat(d.get("promulgatedBy").isNull()).isTrue();
        // the same by query parameter
        assertThat(ok("/api/document", params("id", KANGZHEN)).get("articles")).hasSize(5);
    }

    @Test
    void promulgatedRepealedAndArticleTargets() {
        JsonNode m = ok("/api/documents/" + enc("大气污染防治资金管理办法"));
        assertThat(m.get("promulgatedBy").get("id").asText()).isEqualTo(DAQI);
        JsonNode ref = m.get("articles").get(0).get("references").get(0);
        assertThat(ref.get("targetId").asText()).isEqualTo(TUDI);
        assertThat(ref.get("targetArticle").asText()).isEqualTo("第一条");
        JsonNode old = ok("/api/documents/" + enc("财建〔2018〕578号"));
        assertThat(old.get("status").asText()).isEqualTo("REPEALED");
        assertThat(old.get("statusDate").asText()).isEqualTo("2021-06-09");
        assertThat(old.get("statusChangedBy").get("id").asText()).isEqualTo(DAQI);
        assertThat(old.get("relationCounts").get("REPEALS").get("in").asLong()).isEqualTo(1);
    }

    // ------------------------------------------------------------ references

    @Test
    void basedOnAppearsInReferences() {
        JsonNode refs = ok("/api/documents/" + enc(TUDI) + "/references");
        assertThat(refs.get("root").get("title").asText()).isEqualTo("中华人民共和国土地管理法实施条例");
        assertThat(refs.get("edges")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("BASED_ON");
            assertThat(e.get("from").get("id").asText()).isEqualTo(TUDI);
            assertThat(e.get("to").get("id").asText()).isEqualTo("中华人民共和国土地管理法");
            assertThat(e.get("depth").asInt()).isEqualTo(1);
            assertThat(e.get("surface").asText()).contains("《中华人民共和国土地管理法》");
        });
        JsonNode in = ok("/api/documents/" + enc(TUDI) + "/references", params("direction", "in", "types", "AMENDS"));
        assertThat(in.get("edges").findValuesAsText("type")).containsOnly("AMENDS").hasSize(2);
    }

    @Test
    void articleLevelReferencesAndDepth() {
        JsonNode out = ok("/api/documents/" + enc(KANGZHEN) + "/references", params("article", "1", "types", "cites"));
        assertThat(out.get("edges")).hasSize(2).allSatisfy(e -> {
            assertThat(e.get("from").get("label").asText()).isEqualTo("第一条");
            assertThat(e.get("type").asText()).isEqualTo("CITES");
        });
        assertThat(ok("/api/documents/" + enc(KANGZHEN) + "/references", params("article", "4")).get("edges")).isEmpty();
        // 绩效评价办法 -> 财资环〔2019〕10号 -> 财建〔2015〕226号: the second hop only with depth 2
        String perf = "/api/documents/" + enc("水污染防治资金绩效评价办法") + "/references";
        assertThat(ok(perf).get("edges")).hasSize(1);
        JsonNode two = ok(perf, params("depth", "2", "types", "CITES,REPEALS"));
        assertThat(two.get("edges").findValuesAsText("depth")).containsExactlyInAnyOrder("1", "2", "2");
        JsonNode both = ok("/api/documents/" + enc("财资环〔2019〕10号") + "/references", params("direction", "both"));
        assertThat(both.get("edges").findValuesAsText("type")).containsExactlyInAnyOrder("CITES", "REPEALS", "CITES", "REPEALS");
    }

    // ------------------------------------------------------------ replacements and validity

    @Test
    void replacedBy() {
        JsonNode r = ok("/api/documents/" + enc("财建〔2018〕578号") + "/replacements");
        assertThat(r.get("status").asText()).isEqualTo("REPEALED");
        assertThat(r.get("inForce").asBoolean()).isFalse();
        assertThat(r.get("replacedBy").findValuesAsText("id")).containsExactly(DAQI);
        assertThat(r.get("chain")).hasSize(1);
        assertThat(r.get("chain").get(0).get("date").asText()).isEqualTo("2021-06-09");
        assertThat(r.get("chain").get(0).get("partial").asBoolean()).isFalse();
    }

    @Test
    void replacementChainBothWays() {
        JsonNode middle = ok("/api/documents/" + enc("财资环〔2019〕10号") + "/replacements");
        assertThat(middle.get("replacedBy").findValuesAsText("id")).containsExactly("财资环〔2021〕36号");
        List<String> links = new ArrayList<>();
        middle.get("chain").forEach(l -> links.add(l.get("from").get("id").asText() + ">" + l.get("to").get("id").asText()));
        assertThat(links).containsExactlyInAnyOrder("财资环〔2021〕36号>财资环〔2019〕10号", "财资环〔2019〕10号>财建〔2015〕226号");
        JsonNode oldest = ok("/api/documents/" + enc("财建〔2015〕226号") + "/replacements");
        assertThat(oldest.get("chain")).hasSize(2);
        JsonNode newest = ok("/api/documents/" + enc("财资环〔2021〕36号") + "/replacements");
        assertThat(newest.get("inForce").asBoolean()).isTrue();
        assertThat(newest.get("replacedBy")).isEmpty();
        assertThat(newest.get("chain")).hasSize(2);
        JsonNode amended = ok("/api/documents/" + enc(TUDI) + "/replacements");
        assertThat(amended.get("inForce").asBoolean()).isTrue();
        assertThat(amended.get("chain").findValuesAsText("type")).containsOnly("AMENDS").hasSize(2);
    }

    @Test
    void inForceAsOfDates() {
        String path = "/api/documents/" + enc(KANGZHEN) + "/in-force";
        JsonNode before = ok(path, params("date", "2021-07-01"));
        assertThat(before.get("inForce").asBoolean()).isFalse();
        assertThat(before.get("reason").asText()).contains("not yet issued");
        JsonNode between = ok(path, params("date", "2021-08-01"));
        assertThat(between.get("inForce").asBoolean()).isFalse();
        assertThat(between.get("reason").asText()).contains("not yet effective").contains("2021-09-01");
        JsonNode after = ok(path, params("date", "2021-09-01"));
        assertThat(after.get("inForce").asBoolean()).isTrue();
        assertThat(after.get("date").asText()).isEqualTo("2021-09-01");
        String old = "/api/documents/" + enc("财建〔2018〕578号") + "/in-force";
        assertThat(ok(old, params("date", "2021-06-08")).get("inForce").asBoolean()).isTrue();
        JsonNode repealed = ok(old, params("date", "2021-06-09"));
        assertThat(repealed.get("inForce").asBoolean()).isFalse();
        assertThat(repealed.get("reason").asText()).contains("repealed on 2021-06-09 by 财资环〔2021〕46号");
    }

    // ------------------------------------------------------------ errors

    static Stream<Arguments> badRequests() {
        String doc = "/api/documents/" + enc(KANGZHEN);
        return Stream.of(
                Arguments.of(doc + "/references", params("depth", "0"), "depth"),
                Arguments.of(doc + "/references", params("depth", "99"), "depth"),
                Arguments.of(doc + "/references", params("depth", "two"), "depth"),
                Arguments.of(doc + "/references", params("types", "CITES,LIKES"), "types"),
                Arguments.of(doc + "/references", params("types", "ISSUED_BY"), "types"),
                Arguments.of(doc + "/references", params("types", INJECTION), "types"),
                Arguments.of(doc + "/references", params("direction", "sideways"), "direction"),
                Arguments.of(doc + "/references", params("direction", INJECTION), "direction"),
                Arguments.of(doc + "/references", params("article", "0"), "article"),
                Arguments.of(doc + "/in-force", params("date", "2021-13-01"), "date"),
                Arguments.of(doc + "/in-force", params("date", "yesterday"), "date"),
                Arguments.of(doc + "/in-force", params("date", INJECTION), "date"),
                Arguments.of("/api/documents", params("size", "1000000"), "size"),
                Arguments.of("/api/documents", params("size", "0"), "size"),
                Arguments.of("/api/documents", params("page", "-1"), "page"),
                Arguments.of("/api/documents", params("sort", "population"), "sort"),
                Arguments.of("/api/documents", params("sort", INJECTION), "sort"),
                Arguments.of("/api/documents", params("status", "ALIVE"), "status"),
                Arguments.of("/api/documents", params("from", "2021/01/01"), "from"),
                Arguments.of("/api/documents", params("from", "2022-01-01", "to", "2021-01-01"), "from"),
                Arguments.of("/api/documents", params("q", "法".repeat(201)), "q"),
                Arguments.of("/api/suggest", params("q", "法", "limit", "1000"), "limit"),
                Arguments.of("/api/reports/dangling-references", params("size", "1000000"), "size"),
                Arguments.of("/api/reports/dangling-references", params("page", "-1"), "page"),
                Arguments.of("/api/document", Map.of(), "id"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badRequests")
    void badParametersAre400ProblemDetails(String path, Map<String, String> query, String parameter) {
        ResponseEntity<String> response = get(path, query);
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.path("parameter").asText()).isEqualTo(parameter);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    static Stream<String> unknownDocumentPaths() {
        String unknown = enc("国务院令第999号");
        return Stream.of("/api/documents/" + unknown, "/api/documents/" + unknown + "/references",
                "/api/documents/" + unknown + "/replacements", "/api/documents/" + unknown + "/in-force",
                "/api/document?id=" + unknown, "/api/documents/" + enc(INJECTION.replace("/", "")));
    }

    @ParameterizedTest
    @MethodSource("unknownDocumentPaths")
    void unknownIdsAre404(String path) {
        ResponseEntity<String> response = get(path);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(404);
        assertThat(json(response).get("title").asText()).isEqualTo("Not found");
        assertThat(response.getBody()).doesNotContain("Exception");
    }
}
