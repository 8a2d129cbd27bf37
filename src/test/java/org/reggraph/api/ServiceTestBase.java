package org.reggraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What every test of the running service shares: the Bolt driver, an HTTP client on the random port, JSON and the
 * problem-details check. Subclasses carry the {@code @SpringBootTest} configuration.
 */
public abstract class ServiceTestBase {

    protected static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    protected Driver driver;
    @Autowired
    protected TestRestTemplate http;
    @LocalServerPort
    protected int port;

    /** Percent-encodes one path segment or query value (UTF-8, space as %20). */
    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    protected static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RFC 9457 problem with this status, and no stack trace in it; returns the problem for further checks. */
    protected static JsonNode assertProblem(ResponseEntity<String> response, int status) {
        org.assertj.core.api.Assertions.assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(response.getHeaders().getContentType().toString())
                .startsWith("application/problem+json");
        JsonNode problem = json(response);
        org.assertj.core.api.Assertions.assertThat(problem.get("status").asInt()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(response.getBody()).doesNotContain("Exception", "at org.", "\tat ");
        return problem;
    }

    protected long count(String cypher) {
        return count(cypher, java.util.Map.of());
    }

    protected long count(String cypher, java.util.Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).get(0).asLong();
    }
}
