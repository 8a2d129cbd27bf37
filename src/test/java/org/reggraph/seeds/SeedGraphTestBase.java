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
        "reggraph.api.query-timeout=30s",
        // cached answers checked against the graph version on every request: a write is seen by the next request
        "reggraph.api.cache-version-check=0"})
public abstract class SeedGraphTestBase extends ServiceTestBase {

    protected static final String API_KEY = "seed-test-key";

    /** GET a path whose Chinese segments are already encoded with {@link #enc}; the body parsed as JSON. */
    protected JsonNode get(String pathAndQuery) {
        ResponseEntity<String> response = response(pathAndQuery);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + pathAndQuery + " → " + response.getStatusCode() + ": " + response.getBody());
        }
        return json(response);
    }

    /** GET path?k=v&… with every value percent-encoded (pairs as "k", "v", …); the body parsed as JSON, 2xx required. */
    protected JsonNode get(String path, String... params) {
        return get(path + query(params));
    }

    /** The raw response of a GET (for error answers); the path must be encoded already. */
    protected ResponseEntity<String> response(String pathAndQuery) {
        return http.getForEntity(URI.create("http://localhost:" + port + pathAndQuery), String.class);
    }

    protected ResponseEntity<String> response(String path, String... params) {
        return response(path + query(params));
    }

    /** "?k=v&…", values percent-encoded; "" without parameters. */
    protected static String query(String... params) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append(q.length() == 0 ? "?" : "&").append(enc(params[i])).append('=').append(enc(params[i + 1]));
        }
        return q.toString();
    }

    /** The values at a path (field names) inside each element of an array. */
    protected static java.util.List<String> texts(JsonNode array, String... path) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode item : array) {
            JsonNode v = item;
            for (String p : path) {
                v = v.path(p);
            }
            out.add(v.isNull() || v.isMissingNode() ? null : v.asText());
        }
        return out;
    }

    /**
     * Uploads {@code seeds/dangling-test.txt} through {@code POST /api/ingest}: a 2022 notice that still cites
     * 财建〔2018〕578号, repealed in 2021 — the case the dangling-references report exists for. Idempotent.
     */
    protected void uploadNoticeCitingARepealedRule() {
        uploadResource("seeds/dangling-test.txt");
    }

    /** Uploads a test resource through {@code POST /api/ingest} (the real ingestion); its write report. Idempotent. */
    protected JsonNode uploadResource(String resource) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        headers.set("X-API-Key", API_KEY);
        org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
        body.add("files", new org.springframework.core.io.ClassPathResource(resource));
        ResponseEntity<String> response = http.postForEntity("http://localhost:" + port + "/api/ingest",
                new org.springframework.http.HttpEntity<>(body, headers), String.class);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("upload failed: " + response.getStatusCode() + " " + response.getBody());
        }
        return json(response);
    }
}
