package org.reggraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An application on a fresh embedded database holding {@code fixtures/agencies-sample.cypher} (a real slice of the
 * seeds), with helpers for GET requests. The fixture is loaded once per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/api-${random.uuid}",
        "reggraph.ingest.startup=off"})
public abstract class ApiFixtureBase extends ServiceTestBase {

    public static final String FIXTURE = "fixtures/agencies-sample.cypher";

    @BeforeEach
    void loadFixtureOnce() {
        loadOnce(FIXTURE);
    }

    /** GET path?k=v&… with every value percent-encoded; pairs as "k", "v", "k2", "v2". */
    protected ResponseEntity<String> get(String path, String... params) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            query.put(params[i], params[i + 1]);
        }
        String q = query.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        URI uri = URI.create("http://localhost:" + port + path + (q.isEmpty() ? "" : "?" + q));
        return http.getForEntity(uri, String.class);
    }

    /** The values of one field over an array of objects. */
    protected static List<String> field(JsonNode array, String name) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.path(name).isNull() ? null : n.path(name).asText()).toList();
    }
}
