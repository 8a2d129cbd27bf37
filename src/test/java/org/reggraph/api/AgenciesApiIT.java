package org.reggraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.seeds.SeedGraphTestBase;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The agency endpoints against the embedded database holding the seed fixture. */
class AgenciesApiIT extends SeedGraphTestBase {

    private static JsonNode entryOf(JsonNode articles, String label) {
        return StreamSupport.stream(articles.spliterator(), false)
                .filter(a -> label == null ? a.get("article").isNull()
                        : !a.get("article").isNull() && label.equals(a.get("article").get("label").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for " + label + " in " + articles));
    }

    @Test
    void article4OfTheSeismicRegulationMakesTheHousingDepartmentResponsible() {
        JsonNode body = get("/api/documents/" + enc("国务院令第744号") + "/agencies");
        assertThat(body.get("document").get("id").asText()).isEqualTo("国务院令第744号");
        assertThat(body.get("document").get("title").asText()).isEqualTo("建设工程抗震管理条例");
        JsonNode article4 = entryOf(body.get("articles"), "第四条");
        assertThat(article4.get("article").get("id").asText()).isEqualTo("国务院令第744号/第四条");
        JsonNode housing = StreamSupport.stream(article4.get("responsible").spliterator(), false)
                .filter(r -> r.get("agencyId").asText().equals("国务院住房和城乡建设主管部门")).findFirst().orElseThrow();
        assertThat(housing.get("agencyName").asText()).isEqualTo("国务院住房和城乡建设主管部门");
        assertThat(housing.get("surface").asText()).contains("统一监督管理");
        assertThat(housing.get("role").asText()).isEqualTo(driver.executableQuery("""
                MATCH (:Article {id: '国务院令第744号/第四条'})-[r:RESPONSIBLE_FOR]->(:Agency {id: '国务院住房和城乡建设主管部门'})
                RETURN r.role AS role""").execute().records().get(0).get("role").asString());
        // a list delegates to each of its members
        assertThat(texts(entryOf(body.get("articles"), "第九条").get("delegates"), "agencyId"))
                .containsExactlyInAnyOrder("国务院有关部门", "国务院标准化行政主管部门");
        // one entry per article that names an agency, in article order
        List<String> expected = driver.executableQuery("""
                MATCH (:Document {id: '国务院令第744号'})-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(a:Article)
                WHERE EXISTS { (a)-[:RESPONSIBLE_FOR|DELEGATES_TO]->(:Agency) }
                RETURN a.label AS label ORDER BY a.number""").execute().records().stream()
                .map(r -> r.get("label").asString()).toList();
        assertThat(texts(body.get("articles"), "article", "label")).containsExactlyElementsOf(expected).hasSizeGreaterThan(5);
    }

    @Test
    void groundwaterRegulationDelegatesAndMakesTheWaterDepartmentResponsible() {
        JsonNode body = get("/api/documents/" + enc("国务院令第748号") + "/agencies");
        assertThat(texts(entryOf(body.get("articles"), "第四条").get("responsible"), "agencyId"))
                .contains("国务院水行政主管部门", "国务院生态环境主管部门");
        JsonNode article17 = entryOf(body.get("articles"), "第十七条");
        // 国务院水行政主管部门或者其授权的流域管理机构: the authorised body keeps who authorised it in its name
        assertThat(texts(article17.get("delegates"), "agencyId")).containsExactly("国务院水行政主管部门授权的流域管理机构");
        assertThat(texts(article17.get("delegates"), "kind")).containsExactly("authorisation");
        assertThat(texts(article17.get("responsible"), "agencyId")).contains("省、自治区、直辖市人民政府水行政主管部门");
    }

    /** 各省级财政部门应当会同自然资源等部门…制定…实施细则: both make the rules; the partner's delegation says so (role co). */
    @Test
    void aRuleMakingPartnerIsMarked() {
        JsonNode body = get("/api/documents/" + enc("重点生态保护修复治理资金管理办法") + "/agencies");
        JsonNode delegates = entryOf(body.get("articles"), "第十五条").get("delegates");
        JsonNode lead = StreamSupport.stream(delegates.spliterator(), false)
                .filter(d -> d.get("agencyId").asText().equals("省级财政部门")).findFirst().orElseThrow();
        JsonNode partner = StreamSupport.stream(delegates.spliterator(), false)
                .filter(d -> d.get("agencyId").asText().equals("自然资源部门")).findFirst().orElseThrow();
        assertThat(lead.get("role").isNull()).isTrue();
        assertThat(partner.get("role").asText()).isEqualTo("co");
        assertThat(partner.get("what").asText()).isEqualTo(lead.get("what").asText());
    }

    @Test
    void documentLevelDutiesHaveANullArticle() {
        JsonNode body = get("/api/documents/" + enc("国办发〔2021〕26号") + "/agencies");
        JsonNode documentLevel = entryOf(body.get("articles"), null);
        assertThat(texts(documentLevel.get("responsible"), "agencyId")).contains("科学技术部");
        assertThat(documentLevel.get("delegates")).isEmpty();
    }

    @Test
    void aDocumentWithoutAgenciesHasNoEntries() {
        JsonNode body = get("/api/documents/" + enc("中华人民共和国水法") + "/agencies");
        assertThat(body.get("articles")).isEmpty();
    }

    @Test
    void aliasSearchFindsTheFullName() {
        JsonNode body = get("/api/agencies", "q", "国家发展改革委");
        assertThat(texts(body.get("content"), "id")).first().isEqualTo("国家发展和改革委员会");
        JsonNode item = body.get("content").get(0);
        assertThat(item.get("name").asText()).isEqualTo("国家发展和改革委员会");
        assertThat(item.get("generic").asBoolean()).isFalse();
        assertThat(body.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(body.get("page").get("number").asInt()).isZero();
        assertThat(body.get("page").get("size").asInt()).isEqualTo(20);
    }

    /** Short names of the alias table that the texts never wrote (发改委, 住建部) find the body too. */
    @Test
    void everyShortNameOfTheTableFindsTheBody() {
        assertThat(texts(get("/api/agencies", "q", "发改委").get("content"), "id")).first().isEqualTo("国家发展和改革委员会");
        assertThat(texts(get("/api/agencies", "q", "住建部").get("content"), "id")).first().isEqualTo("住房和城乡建设部");
    }

    @Test
    void fullTextFindsSeparatedWords() {
        // no name contains "发展 改革" literally; the full-text index matches both words
        assertThat(texts(get("/api/agencies", "q", "发展 改革").get("content"), "id")).contains("国家发展和改革委员会");
    }

    @Test
    void containsSearchFindsFragmentsAndPages() {
        JsonNode first = get("/api/agencies", "q", "水行政", "size", "1");
        long total = first.get("page").get("totalElements").asLong();
        assertThat(total).isGreaterThanOrEqualTo(count("""
                MATCH (a:Agency) WHERE a.name CONTAINS '水行政' OR any(x IN a.aliases WHERE x CONTAINS '水行政')
                RETURN count(a)""")).isGreaterThan(2);
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (int page = 0; page < total; page++) {
            JsonNode one = get("/api/agencies", "q", "水行政", "size", "1", "page", String.valueOf(page));
            assertThat(one.get("content")).hasSize(1);
            seen.add(one.get("content").get(0).get("id").asText());
        }
        assertThat(seen).hasSize((int) total).contains("国务院水行政主管部门", "省、自治区、直辖市人民政府水行政主管部门");
        JsonNode beyond = get("/api/agencies", "q", "水行政", "size", "1", "page", String.valueOf(total));
        assertThat(beyond.get("content")).isEmpty();
        assertThat(beyond.get("page").get("totalElements").asLong()).isEqualTo(total);
    }

    @Test
    void withoutQueryAllAgenciesAreListed() {
        JsonNode body = get("/api/agencies", "size", "200");
        assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(count("MATCH (a:Agency) RETURN count(a)"))
                .isGreaterThan(10);
    }

    @Test
    void ministryOfEcologyIsPartOfTheStateCouncil() {
        JsonNode body = get("/api/agencies/" + enc("生态环境部"));
        assertThat(body.get("name").asText()).isEqualTo("生态环境部");
        assertThat(texts(body.get("parents"), "id")).containsExactly("国务院");
        assertThat(texts(body.get("children"), "id")).contains("生态环境部办公厅");
        assertThat(body.get("responsibilities")).hasSize((int) count(
                "MATCH (s)-[r:RESPONSIBLE_FOR]->(:Agency {id: '生态环境部'}) WHERE s:Document OR s:Article RETURN count(r)"));
        JsonNode articleLevel = StreamSupport.stream(body.get("responsibilities").spliterator(), false)
                .filter(r -> r.get("document").get("id").asText().equals("大气污染防治资金管理办法")).findFirst().orElseThrow();
        assertThat(articleLevel.get("article").get("label").asText()).isEqualTo("第六条");
        assertThat(StreamSupport.stream(body.get("responsibilities").spliterator(), false)
                .filter(r -> r.get("article").isNull())).isNotEmpty();
    }

    @Test
    void parentsAreTheChainUpToTheRoot() {
        JsonNode body = get("/api/agencies/" + enc("生态环境部办公厅"));
        assertThat(texts(body.get("parents"), "id")).containsExactly("生态环境部", "国务院");
        assertThat(texts(body.get("parents"), "name")).containsExactly("生态环境部", "国务院");
    }

    @Test
    void stateCouncilIssuedTheRegulationsAndHasChildren() {
        JsonNode body = get("/api/agencies/" + enc("国务院"));
        assertThat(body.get("parents")).isEmpty();
        assertThat(texts(body.get("children"), "id")).contains("生态环境部", "国家发展和改革委员会");
        List<String> issued = texts(body.get("issued"), "id");
        assertThat(issued).contains("国务院令第748号", "国务院令第744号", "国务院令第743号")
                .hasSize((int) count("MATCH (d:Document)-[:ISSUED_BY]->(:Agency {id: '国务院'}) RETURN count(DISTINCT d)"));
        assertThat(texts(body.get("issued"), "issuedDate").stream().filter(java.util.Objects::nonNull).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode seismic = body.get("issued").get(issued.indexOf("国务院令第744号"));
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
    void waterDepartmentResponsibilitiesArticleByArticle() {
        JsonNode water = get("/api/agencies/" + enc("国务院水行政主管部门"));
        assertThat(water.get("generic").asBoolean()).isTrue();
        List<String> expected = driver.executableQuery("""
                MATCH (d:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(a:Article)-[r:RESPONSIBLE_FOR]->(:Agency {id: '国务院水行政主管部门'})
                RETURN d.id + ' ' + a.label + ' ' + r.role AS line ORDER BY d.id, a.number""").execute().records()
                .stream().map(r -> r.get("line").asString()).toList();
        assertThat(StreamSupport.stream(water.get("responsibilities").spliterator(), false)
                .map(r -> r.get("document").get("id").asText() + " " + r.get("article").get("label").asText()
                        + " " + r.get("role").asText()).toList())
                .containsExactlyElementsOf(expected).contains("国务院令第748号 第四条 supervise");
        JsonNode basin = get("/api/agencies/" + enc("国务院水行政主管部门授权的流域管理机构"));
        JsonNode delegation = basin.get("delegations").get(0);
        assertThat(delegation.get("document").get("title").asText()).isEqualTo("地下水管理条例");
        assertThat(delegation.get("article").get("id").asText()).isEqualTo("国务院令第748号/第十七条");
        assertThat(delegation.get("what").asText()).isEqualTo("授权");
        assertThat(delegation.get("kind").asText()).isEqualTo("authorisation");
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
            "/api/agencies?page=2147483647 | 400",
    })
    void badRequestsAreProblemDetails(String path, int status) {
        ResponseEntity<String> response = response(path);
        assertProblem(response, status);
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`') RETURN 1 //`", "`\"`", "`\\`", "`*`", "`AND OR NOT`", "`+-&&||!(){}[]^\"~*?:\\/`",
            "`a`", "`' OR 1=1 --`"})
    void searchTreatsAnyTextAsData(String q) {
        ResponseEntity<String> response = response("/api/agencies", "q", q);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(json(response).get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void quotesAndOperatorsInTheQueryAreText() {
        // the quote cannot close the phrase, OR is a word (an English stop word to the CJK analyzer), not an operator
        JsonNode body = get("/api/agencies", "q", "国务院\" OR \"", "size", "200");
        assertThat(texts(body.get("content"), "id")).isNotEmpty().allSatisfy(id -> assertThat(count("""
                MATCH (a:Agency {id: $id}) WHERE a.name CONTAINS '国务院' OR any(x IN a.aliases WHERE x CONTAINS '国务院')
                RETURN count(a)""", java.util.Map.of("id", id))).as(id).isEqualTo(1));
    }

    @Test
    void overlongQueryIsRejected() {
        ResponseEntity<String> response = response("/api/agencies", "q", "国".repeat(201));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(json(response).get("parameter").asText()).isEqualTo("q");
    }
}
