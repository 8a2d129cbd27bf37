package org.reggraph.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The service as a user starts it: a fresh embedded database that the start-up load fills from {@code import/corpus}
 * (the five seeds) through the real extractor and writer. Subclasses share one context (same configuration), so the
 * seeds are loaded once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/seeds-${random.uuid}",
        "reggraph.ingest.startup=on-empty",
        "reggraph.ingest.corpus-dir=import/corpus",
        "reggraph.ingest.api-key=" + SeedGraphTestBase.API_KEY,
        "reggraph.api.query-timeout=30s"})
public abstract class SeedGraphTestBase {

    protected static final String API_KEY = "seed-test-key";
    protected static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    protected Driver driver;
    @Autowired
    protected TestRestTemplate http;
    @LocalServerPort
    protected int port;

    /** GET a path whose Chinese segments are already encoded with {@link #enc}; the body parsed as JSON. */
    protected JsonNode get(String pathAndQuery) {
        ResponseEntity<String> response = http.getForEntity(URI.create("http://localhost:" + port + pathAndQuery), String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + pathAndQuery + " → " + response.getStatusCode() + ": " + response.getBody());
        }
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Uploads {@code seeds/dangling-test.txt} through {@code POST /api/ingest}: a 2022 notice that still cites
     * 财建〔2018〕578号, repealed in 2021 — the case the dangling-references report exists for. Idempotent.
     */
    protected void uploadNoticeCitingARepealedRule() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        headers.set("X-API-Key", API_KEY);
        org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
        body.add("files", new org.springframework.core.io.ClassPathResource("seeds/dangling-test.txt"));
        ResponseEntity<String> response = http.postForEntity("http://localhost:" + port + "/api/ingest",
                new org.springframework.http.HttpEntity<>(body, headers), String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("upload failed: " + response.getStatusCode() + " " + response.getBody());
        }
    }

    protected long count(String cypher) {
        return count(cypher, java.util.Map.of());
    }

    protected long count(String cypher, java.util.Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).get(0).asLong();
    }

    protected static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
