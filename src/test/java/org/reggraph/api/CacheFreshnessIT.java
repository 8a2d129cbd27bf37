package org.reggraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reggraph.database.EmbeddedNeo4j;
import org.reggraph.seeds.SeedGraphTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer cache never serves an answer older than the last write (the service runs with the cache on, the graph
 * version checked on every request): a write through the service is seen by the next read, cached or not; a write
 * by another process that bumps the graph version, as every reggraph writer does, is seen by the next cached read.
 */
class CacheFreshnessIT extends SeedGraphTestBase {

    static final String WATER = "国务院令第748号";

    @Autowired
    EmbeddedNeo4j embedded;

    @Test
    void aWriteThroughTheServiceIsSeenByTheNextReadCachedOrNot() {
        String title = "关于做好" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "批次节能资金监督检查工作的通知";
        JsonNode before = get("/api/documents", "q", title);
        assertThat(before.get("content")).isEmpty();
        assertThat(get("/api/documents", "q", title).get("content")).as("the same answer, from the cache").isEmpty();
        upload(title + "\n各省、自治区、直辖市财政厅（局）：\n为做好资金监督检查工作，请按照《大气污染防治资金管理办法》的规定开展检查。\n财政部\n2022年3月1日\n");
        JsonNode after = get("/api/documents", "q", title);
        assertThat(texts(after.get("content"), "title")).containsExactly(title);
        assertThat(after.get("content").get(0).get("match").asText()).isEqualTo("title");
    }

    @Test
    void aWriteByAnotherProcessThatBumpsTheVersionIsSeenByTheNextCachedRead() {
        String path = "/api/documents/" + enc(WATER);
        String title = get(path).path("title").asText();
        assertThat(get(path).path("title").asText()).isEqualTo(title); // cached now
        try (Driver other = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
            try {
                writeAsAnotherWriter(other, title + "（修订）");
                assertThat(get(path).path("title").asText()).isEqualTo(title + "（修订）");
                assertThat(texts(get("/api/documents", "q", title + "（修订）").get("content"), "id")).startsWith(WATER);
            } finally {
                writeAsAnotherWriter(other, title);
            }
            assertThat(get(path).path("title").asText()).isEqualTo(title);
        }
    }

    /** A write that bypasses every reggraph writer (no version bump) is not seen by cached answers: by design. */
    @Test
    void aWriteThatDoesNotBumpTheVersionLeavesCachedAnswersAlone() {
        String path = "/api/documents/" + enc(WATER) + "/in-force";
        JsonNode cached = get(path, "date", "2030-01-01");
        try (Driver other = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
            other.executableQuery("MATCH (d:Document {id: $id}) SET d.effectiveDate = date('2031-01-01')")
                    .withParameters(Map.of("id", WATER)).execute();
            try {
                assertThat(get(path, "date", "2030-01-01")).isEqualTo(cached);
                // a question not asked before is answered from the graph: the write is there
                assertThat(get(path, "date", "2030-01-02").get("reason").asText()).contains("2031-01-01");
            } finally {
                other.executableQuery("MATCH (d:Document {id: $id}) SET d.effectiveDate = date('2021-12-01')")
                        .withParameters(Map.of("id", WATER)).execute();
                other.executableQuery("MATCH (v:GraphVersion) SET v.version = v.version + 1").execute();
            }
        }
        assertThat(get(path, "date", "2030-01-02").get("inForce").asBoolean()).isTrue();
    }

    /** What a reggraph writer in another process does: change the graph and bump the version, in one transaction. */
    private static void writeAsAnotherWriter(Driver other, String title) {
        try (var session = other.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("MATCH (d:Document {id: $id}) SET d.title = $title", Map.of("id", WATER, "title", title)).consume();
                tx.run("MERGE (v:GraphVersion {id: 'graph'}) SET v.version = coalesce(v.version, 0) + 1").consume();
            });
        }
    }

    private void upload(String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-API-Key", API_KEY);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("files", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "notice.txt";
            }
        });
        var response = http.postForEntity("http://localhost:" + port + "/api/ingest", new HttpEntity<>(body, headers),
                String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
