package org.reggraph.api;

import org.reggraph.graph.GraphSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
public abstract class ApiFixtureBase {

    public static final String FIXTURE = "fixtures/agencies-sample.cypher";
    protected static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    protected Driver driver;
    @Autowired
    protected TestRestTemplate http;
    @LocalServerPort
    protected int port;

    @BeforeEach
    void loadFixtureOnce() {
        long loaded = driver.executableQuery("MATCH (d:Document {id: '国务院令第744号'}) RETURN count(d) AS n")
                .execute().records().get(0).get("n").asLong();
        if (loaded == 0) {
            loadFixture(driver);
        }
    }

    /** Runs the fixture script in one write transaction. */
    public static void loadFixture(Driver driver) {
        List<String> statements = GraphSchema.statements(resource(FIXTURE));
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> statements.forEach(s -> tx.run(s).consume()));
        }
    }

    static String resource(String name) {
        try (InputStream in = ApiFixtureBase.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Percent-encodes one path segment or query value (UTF-8, space as %20). */
    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
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

    protected static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of one field over an array of objects. */
    protected static List<String> field(JsonNode array, String name) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.path(name).isNull() ? null : n.path(name).asText()).toList();
    }
}
