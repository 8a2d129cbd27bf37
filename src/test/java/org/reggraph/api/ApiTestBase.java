package org.reggraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application on a random port over a fresh embedded database, loaded once per context with
 * {@code fixtures/documents-sample.cypher}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/api-${random.uuid}",
        "reggraph.ingest.startup=off",
        // the shared test machine is slow at times; the timeout itself is covered by DocumentServiceTest
        "reggraph.api.query-timeout=30s"})
public abstract class ApiTestBase extends ServiceTestBase {

    @BeforeEach
    void loadFixtureOnce() {
        loadOnce("fixtures/documents-sample.cypher");
    }

    /** Query parameters as alternating name, value. */
    protected static Map<String, String> params(String... nameValue) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put(nameValue[i], nameValue[i + 1]);
        }
        return map;
    }

    /** GET of an already encoded path with query parameters (encoded here). */
    protected ResponseEntity<String> get(String encodedPath, Map<String, String> query) {
        String qs = query.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        URI uri = URI.create("http://localhost:" + port + encodedPath + (qs.isEmpty() ? "" : "?" + qs));
        return http.exchange(uri, HttpMethod.GET, null, String.class);
    }

    protected ResponseEntity<String> get(String encodedPath) {
        return get(encodedPath, Map.of());
    }


    /** The JSON body of a GET that must answer 200. */
    protected JsonNode ok(String encodedPath, Map<String, String> query) {
        ResponseEntity<String> response = get(encodedPath, query);
        if (response.getStatusCode().value() != 200) {
            throw new AssertionError("GET " + encodedPath + " " + query + " -> " + response.getStatusCode() + ": "
                    + response.getBody());
        }
        return json(response);
    }

    protected JsonNode ok(String encodedPath) {
        return ok(encodedPath, Map.of());
    }
}
