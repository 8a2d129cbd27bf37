package org.reggraph.ingest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Upload endpoint: API key, content checks (RFC 9457 problems), summary. Also: start-up load of the corpus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/upload-${random.uuid}",
        "reggraph.ingest.startup=on-empty",
        "reggraph.ingest.corpus-dir=import/corpus",
        "reggraph.ingest.national-dir=",
        "reggraph.ingest.api-key=s3cret",
        "reggraph.ingest.max-file-size=1KB"})
class IngestControllerIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    org.neo4j.driver.Driver driver;

    static HttpEntity<MultiValueMap<String, Object>> upload(String key, String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (key != null) {
            headers.set("X-API-Key", key);
        }
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("files", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return new HttpEntity<>(body, headers);
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> post(String key, String name, byte[] content) {
        return http.postForEntity("/api/ingest", upload(key, name, content), Map.class);
    }

    @Test
    void startupLoadedTheCorpusIntoTheEmptyGraph() {
        var row = driver.executableQuery("""
                MATCH (d:Document) WHERE d.sourceFile STARTS WITH '00'
                RETURN count(DISTINCT d.sourceFile) AS files, count(d) AS docs""")
                .execute().records().get(0);
        assertThat(row.get("files").asLong()).isEqualTo(5);
        assertThat(row.get("docs").asLong()).as("compilations hold many documents each").isGreaterThan(50);
    }

    @Test
    void uploadWithKeyIsIngestedAndSummarised() {
        byte[] text = "地下水管理条例（测试）\n第一条 为了加强地下水管理……\n".getBytes(StandardCharsets.UTF_8);
        var response = post("s3cret", "upload-test.txt", text);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("files", 1).containsEntry("documents", 1);
        var again = post("s3cret", "upload-test.txt", text);
        assertThat(again.getBody()).containsEntry("documents", 0).containsEntry("skipped", 1);
    }

    @Test
    void gbkUploadIsDecodedNotRefused() {
        byte[] gbk = "国家节水条例（GBK测试）\n第一条 为了节约用水，制定本条例。\n"
                .getBytes(java.nio.charset.Charset.forName("GB18030"));
        var response = post("s3cret", "gbk-test.txt", gbk);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String title = driver.executableQuery("MATCH (d:Document {sourceFile: 'gbk-test.txt'}) RETURN d.title AS t")
                .execute().records().get(0).get("t").asString();
        assertThat(title).isEqualTo("国家节水条例（GBK测试）");
    }

    @Test
    void missingOrWrongKeyIs401() {
        byte[] text = "标题\n".getBytes(StandardCharsets.UTF_8);
        assertThat(post(null, "a.txt", text).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        var wrong = post("nope", "a.txt", text);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.getHeaders().getContentType().toString()).contains("application/problem+json");
    }

    @Test
    void emptyBinaryAndTooLargeFilesAreRefused() {
        var empty = post("s3cret", "empty.txt", new byte[0]);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).containsEntry("title", "Empty file").containsEntry("status", 400);
        var binary = post("s3cret", "x.bin", new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 7, 0, 0, 1, 2});
        assertThat(binary.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(binary.getBody()).containsEntry("title", "Not a text file");
        assertThat((String) binary.getBody().get("detail")).contains("x.bin").contains("send plain text");
        var brokenPdf = post("s3cret", "x.pdf", new byte[]{'%', 'P', 'D', 'F', '-', 0, 1, 2});
        assertThat(brokenPdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(brokenPdf.getBody()).containsEntry("title", "Unreadable document");
        assertThat((String) brokenPdf.getBody().get("detail")).contains("x.pdf").contains("valid PDF");
        var large = post("s3cret", "big.txt", "条".repeat(1000).getBytes(StandardCharsets.UTF_8));
        assertThat(large.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
