package org.reggraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.seeds.SeedGraphTestBase;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Graph view, paths and export against the embedded database holding the seed fixture. */
class GraphApiIT extends SeedGraphTestBase {

    private static JsonNode node(JsonNode view, String id) {
        return StreamSupport.stream(view.get("nodes").spliterator(), false)
                .filter(n -> n.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + view.get("nodes")));
    }

    private static List<String> edges(JsonNode view) {
        return StreamSupport.stream(view.get("edges").spliterator(), false)
                .map(e -> e.get("source").asText() + " -" + e.get("type").asText() + "-> " + e.get("target").asText())
                .toList();
    }

    @Test
    void neighbourhoodOfTheSeismicRegulationLiftsArticleEdgesToTheDocument() {
        JsonNode view = get("/api/graph", "id", "国务院令第744号");
        assertThat(view.get("truncated").asBoolean()).isFalse();
        assertThat(edges(view)).containsExactlyInAnyOrderElementsOf(liftedEdges("国务院令第744号")).contains(
                "国务院令第744号 -ISSUED_BY-> 国务院",
                "国务院令第744号 -BASED_ON-> 中华人民共和国建筑法",
                "国务院令第744号 -BASED_ON-> 中华人民共和国防震减灾法",
                "国务院令第744号 -CITES-> 中华人民共和国防震减灾法",
                "国务院令第744号 -CITES-> 建设工程质量管理条例",
                "国务院令第744号 -RESPONSIBLE_FOR-> 国务院住房和城乡建设主管部门",
                "国务院令第744号 -RESPONSIBLE_FOR-> 县级以上地方人民政府住房和城乡建设主管部门",
                "国务院令第744号 -DELEGATES_TO-> 国务院有关部门",
                "国务院令第744号 -DELEGATES_TO-> 国务院标准化行政主管部门",
                "国务院令第744号 -DELEGATES_TO-> 中央军事委员会");
        JsonNode centre = node(view, "国务院令第744号");
        assertThat(centre.get("label").asText()).isEqualTo("建设工程抗震管理条例");
        assertThat(centre.get("kind").asText()).isEqualTo("Document");
        assertThat(centre.get("stub").asBoolean()).isFalse();
        assertThat(centre.get("status").asText()).isEqualTo("IN_FORCE");
        JsonNode stub = node(view, "建设工程质量管理条例");
        assertThat(stub.get("stub").asBoolean()).isTrue();
        assertThat(node(view, "国务院").get("kind").asText()).isEqualTo("Agency");
        assertThat(node(view, "国务院").get("label").asText()).isEqualTo("国务院");
        assertThat(texts(view.get("nodes"), "kind")).doesNotContain("Article", "Chapter");
        assertThat(view.get("nodes")).hasSize(1 + (int) liftedEdges("国务院令第744号").stream()
                .map(e -> e.substring(e.indexOf("-> ") + 3)).distinct().count());
        Set<String> edgeIds = new HashSet<>(texts(view.get("edges"), "id"));
        assertThat(edgeIds).hasSize(view.get("edges").size());
    }

    /**
     * Every relationship of the graph view's types (not structure, not works and versions, which the explorer's
     * timeline shows) of a node and of its articles, articles lifted to their document, as "source -TYPE-> target":
     * what the depth-1 graph view must show, computed from the graph itself.
     */
    private List<String> liftedEdges(String id) {
        return driver.executableQuery("""
                MATCH (n:Document {id: $id})-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->(m)-[r]-(o)
                WHERE type(r) IN $types
                WITH DISTINCT r, startNode(r) AS s, endNode(r) AS t
                WITH type(r) AS type,
                     CASE WHEN s:Article THEN head([(x:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(s) | x]) ELSE s END AS s,
                     CASE WHEN t:Article THEN head([(x:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(t) | x]) ELSE t END AS t
                WHERE s <> t
                RETURN DISTINCT s.id + ' -' + type + '-> ' + t.id AS edge""").withParameters(java.util.Map.of("id", id,
                        "types", java.util.Arrays.stream(org.reggraph.api.RelType.values()).map(Enum::name).toList()))
                .execute().records().stream().map(r -> r.get("edge").asString()).toList();
    }

    @Test
    void successionAndRoleHoldersAreRelationTypesOfTheGraphView() {
        JsonNode saws = get("/api/graph", "id", "国家安全生产监督管理总局", "types", "SUCCEEDED_BY");
        assertThat(edges(saws)).contains("国家安全生产监督管理总局 -SUCCEEDED_BY-> 应急管理部");
        JsonNode role = get("/api/graph", "id", "国务院生态环境主管部门", "types", "held_by");
        assertThat(edges(role)).contains("国务院生态环境主管部门 -HELD_BY-> 环境保护部",
                "国务院生态环境主管部门 -HELD_BY-> 生态环境部");
        assertThat(texts(role.get("edges"), "type")).containsOnly("HELD_BY");
        // all types by default: the role's holders come with the rest
        assertThat(edges(get("/api/graph", "id", "国务院生态环境主管部门")))
                .contains("国务院生态环境主管部门 -HELD_BY-> 生态环境部");
    }

    @Test
    void depthTwoReachesTheOtherRegulationThroughTheStateCouncil() {
        JsonNode view = get("/api/graph", "id", "国务院令第744号", "depth", "2", "types", "ISSUED_BY,PART_OF");
        assertThat(texts(view.get("nodes"), "id")).contains("国务院令第744号", "国务院", "国务院令第748号", "生态环境部");
        assertThat(edges(view)).contains("国务院令第748号 -ISSUED_BY-> 国务院", "生态环境部 -PART_OF-> 国务院");
        assertThat(view.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void typesFilterTheEdges() {
        JsonNode view = get("/api/graph", "id", "国务院令第744号", "types", "cites");
        assertThat(edges(view)).containsExactlyInAnyOrder(
                "国务院令第744号 -CITES-> 中华人民共和国防震减灾法", "国务院令第744号 -CITES-> 建设工程质量管理条例");
    }

    @Test
    void incomingArticleEdgesAreLiftedToo() {
        JsonNode view = get("/api/graph", "id", "中华人民共和国水污染防治法");
        assertThat(edges(view)).containsExactlyInAnyOrderElementsOf(liftedEdges("中华人民共和国水污染防治法")).contains(
                "国务院令第748号 -BASED_ON-> 中华人民共和国水污染防治法",
                "国务院令第748号 -CITES-> 中华人民共和国水污染防治法",
                "水污染防治资金管理办法 -BASED_ON-> 中华人民共和国水污染防治法");
    }

    @Test
    void anArticleIdStandsForItsDocument() {
        JsonNode view = get("/api/graph", "id", "国务院令第744号/第四条", "types", "RESPONSIBLE_FOR");
        assertThat(edges(view)).contains("国务院令第744号 -RESPONSIBLE_FOR-> 国务院住房和城乡建设主管部门");
    }

    @Test
    void agencyNeighbourhood() {
        JsonNode view = get("/api/graph", "id", "国务院水行政主管部门");
        assertThat(edges(view)).containsExactlyInAnyOrder("国务院令第748号 -RESPONSIBLE_FOR-> 国务院水行政主管部门",
                "国务院水行政主管部门 -PART_OF-> 国务院");
        assertThat(node(view, "国务院水行政主管部门").get("kind").asText()).isEqualTo("Agency");
        assertThat(node(view, "国务院水行政主管部门").get("stub").isNull()).isTrue();
    }

    @Test
    void theLimitTruncatesAndKeepsOnlyEdgesBetweenKeptNodes() {
        JsonNode view = get("/api/graph", "id", "国务院令第744号", "depth", "3", "limit", "3");
        assertThat(view.get("truncated").asBoolean()).isTrue();
        assertThat(view.get("nodes")).hasSize(3);
        Set<String> ids = new HashSet<>(texts(view.get("nodes"), "id"));
        assertThat(ids).contains("国务院令第744号");
        for (JsonNode e : view.get("edges")) {
            assertThat(ids).contains(e.get("source").asText(), e.get("target").asText());
        }
        assertThat(view.get("edges")).isNotEmpty();
    }

    @Test
    void pathBetweenTwoDocumentsThroughACitedLaw() {
        JsonNode body = get("/api/paths", "from", "国务院令第748号", "to", "水污染防治资金管理办法",
                "types", "CITES,BASED_ON");
        assertThat(body.get("paths")).isNotEmpty();
        JsonNode path = body.get("paths").get(0);
        List<String> ids = texts(path.get("nodes"), "id");
        assertThat(ids).first().isEqualTo("国务院令第748号");
        assertThat(ids).last().isEqualTo("水污染防治资金管理办法");
        // the legal basis (根据《水污染防治法》…制定) stands on the first article of both, as the texts say it
        assertThat(ids).containsExactly("国务院令第748号", "国务院令第748号/第一章", "国务院令第748号/第一条",
                "中华人民共和国水污染防治法", "水污染防治资金管理办法/第一条", "水污染防治资金管理办法");
        assertThat(texts(path.get("nodes"), "kind"))
                .containsExactly("Document", "Chapter", "Article", "Document", "Article", "Document");
        assertThat(texts(path.get("nodes"), "label")).containsSubsequence("地下水管理条例", "第一条",
                "中华人民共和国水污染防治法", "第一条", "水污染防治资金管理办法");
        assertThat(StreamSupport.stream(path.get("edges").spliterator(), false)
                .map(e -> e.get("source").asText() + " -" + e.get("type").asText() + "-> " + e.get("target").asText()))
                .containsExactly("国务院令第748号 -HAS_CHAPTER-> 国务院令第748号/第一章",
                        "国务院令第748号/第一章 -HAS_ARTICLE-> 国务院令第748号/第一条",
                        "国务院令第748号/第一条 -BASED_ON-> 中华人民共和国水污染防治法",
                        "水污染防治资金管理办法/第一条 -BASED_ON-> 中华人民共和国水污染防治法",
                        "水污染防治资金管理办法 -HAS_ARTICLE-> 水污染防治资金管理办法/第一条");
    }

    @Test
    void pathBetweenTwoRegulationsThroughTheirIssuer() {
        JsonNode body = get("/api/paths", "from", "国务院令第744号", "to", "国务院令第748号");
        assertThat(body.get("paths")).hasSize(1);
        assertThat(texts(body.get("paths").get(0).get("nodes"), "id"))
                .containsExactly("国务院令第744号", "国务院", "国务院令第748号");
    }

    @Test
    void pathFromADocumentToAnAgencyGoesThroughTheArticle() {
        JsonNode body = get("/api/paths", "from", "国务院令第744号", "to", "国务院住房和城乡建设主管部门",
                "types", "RESPONSIBLE_FOR");
        List<String> ids = texts(body.get("paths").get(0).get("nodes"), "id");
        assertThat(ids).containsExactly("国务院令第744号", "国务院令第744号/第一章", "国务院令第744号/第四条",
                "国务院住房和城乡建设主管部门");
        assertThat(texts(body.get("paths").get(0).get("nodes"), "kind"))
                .containsExactly("Document", "Chapter", "Article", "Agency");
    }

    @Test
    void noPathWithinTheLengthIsAnEmptyList() {
        JsonNode body = get("/api/paths", "from", "国务院令第748号", "to", "水污染防治资金管理办法", "maxLength", "2");
        assertThat(body.get("paths")).isEmpty();
        JsonNode unrelated = get("/api/paths", "from", "中华人民共和国建筑法", "to", "中华人民共和国预算法",
                "types", "CITES");
        assertThat(unrelated.get("paths")).isEmpty();
    }

    @Test
    void exportAsJsonIsTheGraphView() {
        JsonNode view = get("/api/graph", "id", "国务院令第744号", "limit", "500");
        ResponseEntity<String> response = response("/api/export", "id", "国务院令第744号", "format", "json");
        assertThat(json(response)).isEqualTo(view);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/json");
    }

    @Test
    void exportAsGraphMlParsesWithAnXmlParser() throws Exception {
        JsonNode view = get("/api/graph", "id", "国务院令第744号", "depth", "2", "limit", "500");
        ResponseEntity<String> response = response("/api/export", "id", "国务院令第744号", "depth", "2", "format", "graphml");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/graphml+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getBody().getBytes(StandardCharsets.UTF_8)));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(ns);
        Set<String> keys = new HashSet<>();
        NodeList keyList = xml.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            keys.add(k.getAttribute("for") + ":" + k.getAttribute("attr.name"));
        }
        assertThat(keys).containsExactlyInAnyOrder("node:label", "node:kind", "node:stub", "node:status", "edge:type");
        NodeList nodes = xml.getElementsByTagNameNS(ns, "node");
        NodeList edgeList = xml.getElementsByTagNameNS(ns, "edge");
        assertThat(nodes.getLength()).isEqualTo(view.get("nodes").size());
        assertThat(edgeList.getLength()).isEqualTo(view.get("edges").size());
        List<String> nodeIds = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        assertThat(nodeIds).contains("国务院令第744号", "国务院", "国务院令第748号");
        Set<String> declared = new HashSet<>();
        keyList = xml.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            declared.add(((Element) keyList.item(i)).getAttribute("id"));
        }
        NodeList data = xml.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(declared).contains(((Element) data.item(i)).getAttribute("key"));
        }
        Element first = (Element) edgeList.item(0);
        assertThat(nodeIds).contains(first.getAttribute("source"), first.getAttribute("target"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/graph?id=NO-SUCH-ID | 404",
            "/api/graph?id=%27)%20RETURN%201%20%2F%2F | 404",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&depth=0 | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&depth=99 | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&depth=-1 | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&depth=x | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&limit=1000000 | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&limit=0 | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&limit=501 | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&types=HAS_ARTICLE | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&types=CITES,NOPE | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&types=%27)%20RETURN%201%20%2F%2F | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&types=CITES%7C%5B*%5D | 400",
            "/api/graph?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&types=, | 400",
            "/api/graph | 400",
            "/api/paths?from=%E5%9B%BD%E5%8A%A1%E9%99%A2 | 400",
            "/api/paths?from=NO-SUCH&to=%E5%9B%BD%E5%8A%A1%E9%99%A2 | 404",
            "/api/paths?from=%E5%9B%BD%E5%8A%A1%E9%99%A2&to=%27)%20RETURN%201%20%2F%2F | 404",
            "/api/paths?from=%E5%9B%BD%E5%8A%A1%E9%99%A2&to=%E5%9B%BD%E5%8A%A1%E9%99%A2 | 400",
            "/api/paths?from=%E5%9B%BD%E5%8A%A1%E9%99%A2&to=%E6%B0%B4%E5%88%A9%E9%83%A8&maxLength=99 | 400",
            "/api/paths?from=%E5%9B%BD%E5%8A%A1%E9%99%A2&to=%E6%B0%B4%E5%88%A9%E9%83%A8&maxLength=9 | 400",
            "/api/paths?from=%E5%9B%BD%E5%8A%A1%E9%99%A2&to=%E6%B0%B4%E5%88%A9%E9%83%A8&maxLength=0 | 400",
            "/api/paths?from=%E5%9B%BD%E5%8A%A1%E9%99%A2&to=%E6%B0%B4%E5%88%A9%E9%83%A8&types=FOO | 400",
            "/api/paths?from=%E5%9B%BD%E5%8A%A1%E9%99%A2&to=%E6%B0%B4%E5%88%A9%E9%83%A8&types=%27)%20RETURN%201%20%2F%2F | 400",
            "/api/export?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&format=csv | 400",
            "/api/export?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&format=%27)%20RETURN%201%20%2F%2F | 400",
            "/api/export?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&depth=99 | 400",
            "/api/export?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&limit=1000000 | 400",
            "/api/export?id=%E5%9B%BD%E5%8A%A1%E9%99%A2&types=NOPE&format=graphml | 400",
            "/api/export?id=NO-SUCH-ID&format=graphml | 404",
            "/api/export?id=%27)%20RETURN%201%20%2F%2F | 404",
    })
    void badRequestsAreProblemDetails(String path, int status) {
        ResponseEntity<String> response = response(path);
        assertProblem(response, status);
    }

    @Test
    void openApiDescribesTheEndpoints() {
        JsonNode api = get("/v3/api-docs");
        assertThat(api.get("paths").has("/api/graph")).isTrue();
        assertThat(api.get("paths").has("/api/paths")).isTrue();
        assertThat(api.get("paths").has("/api/export")).isTrue();
        assertThat(api.get("paths").has("/api/agencies")).isTrue();
        assertThat(api.get("paths").has("/api/agencies/{id}")).isTrue();
        assertThat(api.get("paths").has("/api/documents/{id}/agencies")).isTrue();
        assertThat(api.get("paths").get("/api/paths").get("get").get("summary").asText()).contains("Shortest paths");
    }

    @Test
    void theGraphIsUnchangedByInjectionAttempts() {
        long before = driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0)
                .get("n").asLong();
        response("/api/graph", "id", "x'}) MATCH (n) DETACH DELETE n //");
        response("/api/paths", "from", "x') DETACH DELETE a //", "to", "国务院");
        response("/api/agencies", "q", "\") DETACH DELETE node //");
        long after = driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0)
                .get("n").asLong();
        assertThat(after).isEqualTo(before);
    }
}
