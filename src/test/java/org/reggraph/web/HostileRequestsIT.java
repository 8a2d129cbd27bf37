package org.reggraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests an attacker or a careless client sends: out-of-range and malformed parameters, broken URLs and headers,
 * wrong methods and media types, uploads without the key, too large or with too many files. None may be answered
 * with a 5xx or a body other than an RFC 9457 problem without internals; every answer carries the security headers.
 * The graph holds a seed compilation uploaded through the real endpoint, so the queries have data to run on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/hostile-${random.uuid}",
        "reggraph.ingest.startup=off",
        "reggraph.ingest.api-key=s3cret",
        "reggraph.ingest.max-file-size=1MB",
        "reggraph.ingest.max-request-size=2MB",
        "reggraph.ingest.max-files=3",
        "spring.cache.type=none",
        "reggraph.api.query-timeout=30s"})
class HostileRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("import/corpus/000_3700f5e89e50de4d.txt");
    /** 500 characters, percent-encoded: within Tomcat's 8 KB request head. */
    private static final String LONG = "%E6%8A%97".repeat(500);
    private static boolean loaded;

    @LocalServerPort
    int port;

    @BeforeEach
    void uploadASeedOnce() throws IOException {
        if (!loaded) {
            RawHttp.Response r = upload("s3cret", part("files", "seed.txt", Files.readAllBytes(SEED)));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            loaded = true;
        }
    }

    static Stream<Arguments> hostileGets() {
        return Stream.of(
                "/api/reports/dangling-references?page=2147483647",
                "/api/reports/dangling-references?page=2147483647&size=200",
                "/api/reports/dangling-references?size=2147483647",
                "/api/reports/dangling-references?page=-1",
                "/api/reports/dangling-references?page=99999999999",
                "/api/documents?page=2147483647&size=200",
                "/api/documents?size=-5",
                "/api/documents?from=2021-13-45&to=x",
                "/api/documents?sort=title%3BDROP&status=%27%20OR%201%3D1",
                "/api/documents?q=" + LONG,
                "/api/documents?q=%22%5C%20AND%20OR%20(*~%5E%5B",
                "/api/agencies?page=2147483647&size=200",
                "/api/agencies?size=abc",
                "/api/suggest?q=%E6%8A%97&limit=2147483647",
                "/api/graph?id=x&depth=2147483647&limit=-1",
                "/api/graph",
                "/api/paths?from=a&to=b&maxLength=2147483647",
                "/api/export?id=x&format=exe",
                "/api/documents/%E5%9B%BD/references?depth=99999999999&direction=up",
                "/api/documents/x/in-force?date=notadate",
                "/api/documents/" + "%E6%8A%97".repeat(2000), // 18 KB: beyond Tomcat's limit of the request head
                "/api/nonexistent",
                "/error",
                "/api/documents/%",
                "/api/documents/%ZZ",
                "/api/documents/a%00b",
                "/api/../../etc/passwd",
                "/api/documents?q=%zz").map(Arguments::of);
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("hostileGets")
    void hostileGetIsAProblemNotAFailure(String path) throws IOException {
        assertNotAFailure(RawHttp.get(port, path));
    }

    static Stream<Arguments> hostileRequests() {
        return Stream.of(
                Arguments.of("DELETE /api/documents HTTP/1.1", null),
                Arguments.of("POST /api/documents HTTP/1.1\r\nContent-Type: application/json", "{}".getBytes()),
                Arguments.of("GET /api/documents HTTP/1.1\r\nX-Big: " + "a".repeat(20_000), null),
                Arguments.of("GET /api/doc<uments> HTTP/1.1", null),
                Arguments.of("GET /api/documents HTTP/1.1 trailing-garbage", null),
                Arguments.of("GET /api/documents HTTP/1.1\r\nAccept: text/html\r\nX-Q: 1", null),
                Arguments.of("POST /api/ingest HTTP/1.1\r\nX-API-Key: s3cret\r\nContent-Type: application/json",
                        "{}".getBytes()),
                Arguments.of("POST /api/ingest HTTP/1.1\r\nX-API-Key: s3cret\r\n"
                             + "Content-Type: multipart/form-data; boundary=xyz", "--xyz\r\ngarbage".getBytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void hostileRequestIsAProblemNotAFailure(String head, byte[] body) throws IOException {
        assertNotAFailure(RawHttp.send(port, head, body));
    }

    @Test
    void uploadWithoutTheKeyIsRefusedBeforeTheBodyIsRead() throws IOException {
        for (String key : new String[] {null, "wrong"}) {
            RawHttp.Response r = upload(key, part("files", "a.txt", new byte[1_500_000]));
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.bodySent()).as("the 1.5 MB body was never asked for").isFalse();
            assertCleanProblem(r);
        }
    }

    @Test
    void uploadAnnouncingMoreThanTheRequestLimitIsRefusedBeforeTheBodyIsRead() throws IOException {
        RawHttp.Response r = upload("s3cret", part("files", "big.txt", new byte[2_200_000]));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.bodySent()).isFalse();
        assertThat(assertCleanProblem(r).get("detail").asText()).contains("2MB").contains("REGGRAPH_MAX_UPLOAD_REQUEST");
    }

    @Test
    void fileAboveTheFileLimitIs413WithProblemDetails() throws IOException {
        byte[] text = "第一条 为了测试。\n".repeat(60_000).getBytes(StandardCharsets.UTF_8); // 1.5 MB < 2 MB request
        RawHttp.Response r = upload("s3cret", part("files", "big.txt", text));
        assertThat(r.status()).isEqualTo(413);
        assertThat(assertCleanProblem(r).get("detail").asText()).contains("1MB").contains("REGGRAPH_MAX_UPLOAD");
    }

    @Test
    void moreFilesThanTheLimitIs413WithProblemDetails() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < 4; i++) {
            body.writeBytes(part("files", "f" + i + ".txt", ("第" + i + "条 测试。\n").getBytes(StandardCharsets.UTF_8)));
        }
        RawHttp.Response r = upload("s3cret", body.toByteArray());
        assertThat(r.status()).isEqualTo(413);
        assertThat(assertCleanProblem(r).get("title").asText()).isEqualTo("Too many files");
    }

    @Test
    void theExplorerPageCarriesTheSecurityHeadersToo() throws IOException {
        RawHttp.Response r = RawHttp.get(port, "/");
        assertThat(r.status()).isEqualTo(200);
        assertSecurityHeaders(r);
    }

    /** Never a 5xx; a refusal is a clean problem; an answer (the input was harmless after all) is JSON. */
    static void assertNotAFailure(RawHttp.Response r) throws IOException {
        assertThat(r.status()).as(r.body()).isLessThan(500);
        if (r.status() >= 400) {
            assertCleanProblem(r);
        } else {
            assertThat(r.header("content-type")).startsWith("application/json");
            assertSecurityHeaders(r);
        }
    }

    /** A 4xx problem+json with status, title and detail, nothing internal in it, and the security headers. */
    static JsonNode assertCleanProblem(RawHttp.Response r) throws IOException {
        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        assertThat(r.header("content-type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(r.status());
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "at org.", "\tat ", "Neo.", "neo4j", "bolt", "Tomcat",
                Path.of("").toAbsolutePath().toString());
        assertSecurityHeaders(r);
        return problem;
    }

    static void assertSecurityHeaders(RawHttp.Response r) {
        assertThat(r.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(r.header("x-frame-options")).isEqualTo("DENY");
        assertThat(r.header("referrer-policy")).isEqualTo("no-referrer");
        assertThat(r.header("content-security-policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
    }

    private RawHttp.Response upload(String key, byte[] parts) throws IOException {
        byte[] body = concat(parts, "--xyz--\r\n".getBytes(StandardCharsets.UTF_8));
        return RawHttp.send(port, "POST /api/ingest HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=xyz"
                                  + (key == null ? "" : "\r\nX-API-Key: " + key), body);
    }

    private static byte[] part(String field, String fileName, byte[] content) {
        String head = "--xyz\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                      + "\"\r\nContent-Type: text/plain\r\n\r\n";
        return concat(concat(head.getBytes(StandardCharsets.UTF_8), content), "\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
