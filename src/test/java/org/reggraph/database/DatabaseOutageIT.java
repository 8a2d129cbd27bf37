package org.reggraph.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.ReggraphApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external Neo4j that goes away while the service runs (its Bolt port then refuses connections): each query is
 * answered 503 with a problem detail at once, not after the driver's transaction retry time (15 s), and the answer
 * names neither the server nor the driver's message.
 */
class DatabaseOutageIT {

    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

    @Test
    void queriesAgainstAStoppedExternalServerAre503WithinTheQueryTimeout(@TempDir Path dir) throws Exception {
        EmbeddedNeo4j server = EmbeddedNeo4j.start(new Neo4jSettings.Embedded(dir, "127.0.0.1", 0, "32m", "128m",
                Duration.ofSeconds(1)));
        String boltUri = server.boltUri();
        boolean stopped = false;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ReggraphApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--reggraph.neo4j.uri=" + boltUri, "--reggraph.ingest.startup=off",
                        "--reggraph.api.query-timeout=" + QUERY_TIMEOUT.toSeconds() + "s", "--spring.cache.type=none")) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String search = base + "/api/documents?q=" + URLEncoder.encode("抗震", StandardCharsets.UTF_8);
            // the service answers while the server runs (a fresh process on a busy machine may need a few tries)
            int status = 0;
            for (long end = System.nanoTime() + Duration.ofSeconds(60).toNanos(); status != 200 && System.nanoTime() < end; ) {
                status = get(search).statusCode();
            }
            assertThat(status).isEqualTo(200);

            server.close();
            stopped = true;

            for (String url : new String[] {search, base + "/api/agencies", base + "/api/reports/dangling-references"}) {
                long start = System.nanoTime();
                HttpResponse<String> response = get(url);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                JsonNode problem = new ObjectMapper().readTree(response.body());
                assertThat(problem.get("title").asText()).isEqualTo("Graph database unavailable");
                assertThat(response.body()).doesNotContain(boltUri.substring("bolt://".length()), "Exception",
                        "Connection refused");
                assertThat(took).as("answered within the query timeout").isLessThan(QUERY_TIMEOUT);
            }
        } finally {
            if (!stopped) {
                server.close();
            }
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
