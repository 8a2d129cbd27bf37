package org.reggraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The agency endpoints against the embedded database holding the seed fixture. */
class AgenciesApiIT extends ApiFixtureBase {

    private JsonNode ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode entryOf(JsonNode articles, String label) {
        return StreamSupport.stream(articles.spliterator(), false)
                .filter(a -> label == null ? a.get("article").isNull()
                        : !a.get("article").isNull() && label.equals(a.get("article").get("label").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for " + label + " in " + articles));
    }

    @Test
    void article4OfTheSeismicRegulationMakesTheHousingDepartmentResponsible() {
        JsonNode body = ok(get("/api/documents/" + enc("国务院令第744号") + "/agencies"));
        assertThat(body.get("document").get("id").asText()).isEqualTo("国务院令第744号");
        assertThat(body.get("document").get("title").asText()).isEqualTo("建设工程抗震管理条例");
        JsonNode article4 = entryOf(body.get("articles"), "第四条");
        assertThat(article4.get("article").get("id").asText()).isEqualTo("国务院令第744号/第四条");
        JsonNode lead = StreamSupport.stream(article4.get("responsible").spliterator(), false)
                .filter(r -> r.get("agencyId").asText().equals("国务院住房和城乡建设主管部门")).findFirst().orElseThrow();
        assertThat(lead.get("agencyName").asText()).isEqualTo("国务院住房和城乡建设主管部门");
        assertThat(lead.get("role").asText()).isEqualTo("lead");
        assertThat(lead.get("surface").asText()).contains("统一监督管理");
        assertThat(field(article4.get("responsible"), "agencyId"))
                .contains("县级以上地方人民政府住房和城乡建设主管部门");
        JsonNode article9 = entryOf(body.get("articles"), "第九条");
        assertThat(field(article9.get("delegates"), "agencyId")).containsExactly("国务院有关部门和国务院标准化行政主管部门");
        assertThat(field(article9.get("delegates"), "what")).containsExactly("抗震设防强制性标准");
        // in article order
        List<String> labels = StreamSupport.stream(body.get("articles").spliterator(), false)
                .map(a -> a.get("article").get("label").asText()).toList();
        assertThat(labels).containsExactly("第四条", "第九条", "第五十条");
    }

    @Test
    void groundwaterRegulationDelegatesAndMakesTheWaterDepartmentResponsible() {
        JsonNode body = ok(get("/api/documents/" + enc("国务院令第748号") + "/agencies"));
        assertThat(field(entryOf(body.get("articles"), "第四条").get("responsible"), "agencyId"))
                .containsExactlyInAnyOrder("国务院水行政主管部门", "国务院生态环境主管部门");
        assertThat(field(entryOf(body.get("articles"), "第二十二条").get("delegates"), "agencyId"))
                .containsExactly("省、自治区、直辖市人民政府水行政主管部门");
    }

    @Test
    void documentLevelDutiesHaveANullArticle() {
        JsonNode body = ok(get("/api/documents/" + enc("财资环〔2021〕36号") + "/agencies"));
        JsonNode documentLevel = entryOf(body.get("articles"), null);
        assertThat(field(documentLevel.get("responsible"), "agencyId")).containsExactly("生态环境部");
        assertThat(documentLevel.get("delegates")).isEmpty();
    }

    @Test
    void aDocumentWithoutAgenciesHasNoEntries() {
        JsonNode body = ok(get("/api/documents/" + enc("中华人民共和国水法") + "/agencies"));
        assertThat(body.get("articles")).isEmpty();
    }

    @Test
    void aliasSearchFindsTheFullName() {
        JsonNode body = ok(get("/api/agencies", "q", "国家发展改革委"));
        assertThat(field(body.get("items"), "id")).first().isEqualTo("国家发展和改革委员会");
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("name").asText()).isEqualTo("国家发展和改革委员会");
        assertThat(item.get("level").asText()).isEqualTo("国家");
        assertThat(item.get("kind").asText()).isEqualTo("部委");
        assertThat(item.get("generic").asBoolean()).isFalse();
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(20);
    }

    @Test
    void fullTextFindsSeparatedWords() {
        // no name contains "发展 改革" literally; the full-text index matches both words
        JsonNode body = ok(get("/api/agencies", "q", "发展 改革"));
        assertThat(field(body.get("items"), "id")).contains("国家发展和改革委员会");
    }

    @Test
    void containsSearchFindsFragmentsAndPages() {
        JsonNode first = ok(get("/api/agencies", "q", "水行政", "size", "1"));
        assertThat(first.get("total").asLong()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(1);
        JsonNode second = ok(get("/api/agencies", "q", "水行政", "size", "1", "page", "1"));
        assertThat(second.get("items")).hasSize(1);
        assertThat(List.of(field(first.get("items"), "id").get(0), field(second.get("items"), "id").get(0)))
                .containsExactlyInAnyOrder("国务院水行政主管部门", "省、自治区、直辖市人民政府水行政主管部门");
        JsonNode beyond = ok(get("/api/agencies", "q", "水行政", "size", "1", "page", "5"));
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void withoutQueryAllAgenciesAreListed() {
        JsonNode body = ok(get("/api/agencies", "size", "200"));
        assertThat(body.get("total").asLong()).isEqualTo(body.get("items").size()).isGreaterThan(10);
    }

    @Test
    void ministryOfEcologyIsPartOfTheStateCouncil() {
        JsonNode body = ok(get("/api/agencies/" + enc("生态环境部")));
        assertThat(body.get("name").asText()).isEqualTo("生态环境部");
        assertThat(body.get("aliases").get(0).asText()).isEqualTo("环境保护部");
        assertThat(field(body.get("parents"), "id")).containsExactly("国务院");
        assertThat(body.get("children")).isEmpty();
        JsonNode responsibilities = body.get("responsibilities");
        assertThat(responsibilities).hasSize(2);
        JsonNode documentLevel = StreamSupport.stream(responsibilities.spliterator(), false)
                .filter(r -> r.get("article").isNull()).findFirst().orElseThrow();
        assertThat(documentLevel.get("document").get("id").asText()).isEqualTo("财资环〔2021〕36号");
        assertThat(documentLevel.get("role").asText()).isEqualTo("implement");
        JsonNode articleLevel = StreamSupport.stream(responsibilities.spliterator(), false)
                .filter(r -> !r.get("article").isNull()).findFirst().orElseThrow();
        assertThat(articleLevel.get("document").get("title").asText()).isEqualTo("水污染防治资金管理办法");
        assertThat(articleLevel.get("article").get("label").asText()).isEqualTo("第六条");
    }

    @Test
    void parentsAreTheChainUpToTheRoot() {
        JsonNode body = ok(get("/api/agencies/" + enc("国家矿山安全监察局")));
        assertThat(field(body.get("parents"), "id")).containsExactly("应急管理部", "国务院");
        assertThat(field(body.get("parents"), "name")).containsExactly("应急管理部", "国务院");
    }

    @Test
    void stateCouncilIssuedBothRegulationsAndHasChildren() {
        JsonNode body = ok(get("/api/agencies/" + enc("国务院")));
        assertThat(body.get("parents")).isEmpty();
        assertThat(field(body.get("children"), "id")).contains("生态环境部", "水利部", "自然资源部", "国家发展和改革委员会");
        assertThat(field(body.get("issued"), "id")).containsExactly("国务院令第748号", "国务院令第744号");
        JsonNode seismic = body.get("issued").get(1);
        assertThat(seismic.get("title").asText()).isEqualTo("建设工程抗震管理条例");
        assertThat(seismic.get("docNumber").asText()).isEqualTo("国务院令第744号");
        assertThat(seismic.get("kind").asText()).isEqualTo("条例");
        assertThat(seismic.get("level").asText()).isEqualTo("行政法规");
        assertThat(seismic.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(seismic.get("issuedDate").asText()).isEqualTo("2021-07-19");
        assertThat(seismic.get("effectiveDate").asText()).isEqualTo("2021-09-01");
        assertThat(seismic.get("stub").asBoolean()).isFalse();
    }

    @Test
    void waterDepartmentResponsibilitiesAndProvincialDelegations() {
        JsonNode water = ok(get("/api/agencies/" + enc("国务院水行政主管部门")));
        assertThat(water.get("generic").asBoolean()).isTrue();
        assertThat(StreamSupport.stream(water.get("responsibilities").spliterator(), false)
                .map(r -> r.get("document").get("id").asText() + " " + r.get("article").get("label").asText()
                        + " " + r.get("role").asText()).toList())
                .containsExactly("国务院令第748号 第四条 lead", "国务院令第748号 第十五条 co");
        JsonNode provincial = ok(get("/api/agencies/" + enc("省、自治区、直辖市人民政府水行政主管部门")));
        JsonNode delegation = provincial.get("delegations").get(0);
        assertThat(delegation.get("document").get("title").asText()).isEqualTo("地下水管理条例");
        assertThat(delegation.get("article").get("id").asText()).isEqualTo("国务院令第748号/第二十二条");
        assertThat(delegation.get("what").asText()).isEqualTo("取水规模");
        assertThat(delegation.get("surface").asText()).contains("制定、公布");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/documents/NO-SUCH-DOC/agencies | 404",
            "/api/documents/%27)%20RETURN%201%20--/agencies | 404",
            "/api/agencies/NO-SUCH-AGENCY | 404",
            "/api/agencies/%27%7D)%20MATCH%20(n)%20DETACH%20DELETE%20n%20-- | 404",
            "/api/agencies?size=0 | 400",
            "/api/agencies?size=201 | 400",
            "/api/agencies?size=1000000 | 400",
            "/api/agencies?page=-1 | 400",
            "/api/agencies?page=abc | 400",
            "/api/agencies?size=99999999999 | 400",
            "/api/agencies?page=2147483647&size=200 | 400",
    })
    void badRequestsAreProblemDetails(String path, int status) {
        ResponseEntity<String> response = http.getForEntity(java.net.URI.create("http://localhost:" + port + path),
                String.class);
        assertProblem(response, status);
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`') RETURN 1 //`", "`\"`", "`\\`", "`*`", "`AND OR NOT`", "`+-&&||!(){}[]^\"~*?:\\/`",
            "`a`", "`' OR 1=1 --`"})
    void searchTreatsAnyTextAsData(String q) {
        ResponseEntity<String> response = get("/api/agencies", "q", q);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(json(response).get("total").asLong()).isZero();
    }

    @Test
    void quotesAndOperatorsInTheQueryAreText() {
        // the quote cannot close the phrase, OR is a word (an English stop word to the CJK analyzer), not an operator
        JsonNode body = json(get("/api/agencies", "q", "国务院\" OR \"", "size", "200"));
        assertThat(field(body.get("items"), "name")).isNotEmpty().allMatch(n -> n.contains("国务院"));
    }

    @Test
    void overlongQueryIsRejected() {
        ResponseEntity<String> response = get("/api/agencies", "q", "国".repeat(201));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("q");
    }
}
