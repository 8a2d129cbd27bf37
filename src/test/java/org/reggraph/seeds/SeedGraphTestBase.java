package org.reggraph.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.reggraph.api.ServiceTestBase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;

import java.net.URI;

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
        "reggraph.ingest.national-dir=",
        "reggraph.ingest.api-key=" + SeedGraphTestBase.API_KEY,
        "reggraph.api.query-timeout=30s"})
public abstract class SeedGraphTestBase extends ServiceTestBase {

    protected static final String API_KEY = "seed-test-key";

    /** GET a path whose Chinese segments are already encoded with {@link #enc}; the body parsed as JSON. */
    protected JsonNode get(String pathAndQuery) {
        ResponseEntity<String> response = http.getForEntity(URI.create("http://localhost:" + port + pathAndQuery), String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + pathAndQuery + " → " + response.getStatusCode() + ": " + response.getBody());
        }
        return json(response);
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

    /** The text at {@code path} in every element of a JSON array. */
    protected static java.util.List<String> texts(JsonNode array, String... path) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode item : array) {
            JsonNode v = item;
            for (String p : path) {
                v = v.path(p);
            }
            out.add(v.asText());
        }
        return out;
    }
}
