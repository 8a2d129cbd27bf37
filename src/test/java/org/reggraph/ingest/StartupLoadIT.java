package org.reggraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.reggraph.ReggraphApplication;
import org.reggraph.graph.GraphChanged;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up load as a user meets it on a first start: the seeds, then a national folder (three laws of
 * {@code import/national}, copied to a temporary folder to keep the test quick), while the service already answers.
 * Liveness and the root health are UP and readiness OUT_OF_SERVICE while it loads, readiness UP once it is done;
 * the laws are in the graph and the seeds' citations have reached them; a restart on the same store skips both
 * folders, and a start on a store whose marks name another extractor (an upgrade) loads both again, to the same graph.
 */
class StartupLoadIT {

    private static final List<String> LAWS = List.of("建筑法(2019-04-23).md", "防震减灾法(2008-12-27).md", "水法(2016-07-02).md");
    private static final List<String> TITLES = List.of("中华人民共和国建筑法", "中华人民共和国防震减灾法", "中华人民共和国水法");

    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void readinessFollowsTheLoadAndARestartSkipsIt(@TempDir Path national) throws Exception {
        Files.createDirectories(national.resolve("falv"));
        for (String law : LAWS) {
            Files.copy(Path.of("import/national/falv", law), national.resolve("falv").resolve(law));
        }
        int port = freePort();
        String[] args = {"--server.port=" + port, "--reggraph.neo4j.embedded.bolt-port=0",
                "--reggraph.neo4j.embedded.data-dir=target/it-data/startup-" + UUID.randomUUID(),
                "--reggraph.ingest.startup=on-empty", "--reggraph.ingest.corpus-dir=import/corpus",
                "--reggraph.ingest.national-dir=" + national, "--reggraph.api.query-timeout=30s"};

        List<ReadinessState> readinessWhileWriting = Collections.synchronizedList(new ArrayList<>());
        List<String> probes = new ArrayList<>();
        Map<String, Object> marks;
        try (ConfigurableApplicationContext app = startWatching(args, port, readinessWhileWriting, probes)) {
            assertThat(probe(port, "/actuator/health/readiness")).isEqualTo("200 UP");
            assertThat(probe(port, "/actuator/health/liveness")).isEqualTo("200 UP");
            Driver driver = app.getBean(Driver.class);
            assertThat(driver.executableQuery("""
                            MATCH (d:Document) WHERE d.title IN $titles AND NOT coalesce(d.stub, false)
                            RETURN count(DISTINCT d.title) AS n""")
                    .withParameters(Map.of("titles", TITLES)).execute().records().get(0).get("n").asLong())
                    .as("the three laws, real documents").isEqualTo(3);
            // 建设工程抗震管理条例 (a seed) is based on 建筑法: loaded first, its citation now ends at the law, not a stub
            assertThat(driver.executableQuery("""
                            MATCH (:Document {id: '国务院令第744号'})-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->()
                                  -[:BASED_ON]->(law:Document {title: '中华人民共和国建筑法'})
                            RETURN DISTINCT law.stub AS stub""").execute().records())
                    .singleElement().satisfies(r -> assertThat(r.get("stub").isNull() || !r.get("stub").asBoolean()).isTrue());
            marks = loadMarks(driver);
        }
        assertThat(probes).as("liveness and the root health UP, readiness OUT_OF_SERVICE while loading")
                .contains("200 UP | 503 OUT_OF_SERVICE | 200 UP");
        assertThat(readinessWhileWriting).as("readiness when the seeds, then the laws were written")
                .containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.REFUSING_TRAFFIC);
        assertThat(marks).as("one completed load per folder").hasSize(2);

        readinessWhileWriting.clear();
        long elements;
        try (ConfigurableApplicationContext app = startWatching(args, port, readinessWhileWriting, new ArrayList<>())) {
            assertThat(readinessWhileWriting).as("nothing written on a restart").isEmpty();
            Driver driver = app.getBean(Driver.class);
            assertThat(loadMarks(driver)).as("the marks of the first load, untouched").isEqualTo(marks);
            assertThat(probe(port, "/actuator/health/readiness")).isEqualTo("200 UP");
            elements = elements(driver);
            // as a store loaded by an older build is: its marks name another extractor
            driver.executableQuery("MATCH (m:CorpusLoad) SET m.extractor = 'an older extractor'").execute();
        }

        try (ConfigurableApplicationContext app = startWatching(args, port, readinessWhileWriting, new ArrayList<>())) {
            assertThat(readinessWhileWriting).as("both folders loaded again by the new extractor").hasSize(2);
            Driver driver = app.getBean(Driver.class);
            assertThat(loadMarks(driver)).as("new marks").hasSize(2)
                    .allSatisfy((folder, completed) -> assertThat(completed).isNotEqualTo(marks.get(folder)));
            assertThat(driver.executableQuery("MATCH (m:CorpusLoad) RETURN collect(DISTINCT m.extractor) AS e")
                    .execute().records().get(0).get("e").asList(v -> v.asString()))
                    .as("the marks name the running extractor").containsExactly(ExtractorFingerprint.current());
            assertThat(elements(driver)).as("the same extraction wrote the same graph").isEqualTo(elements);
        }
    }

    private static long elements(Driver driver) {
        return driver.executableQuery("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r) AS n")
                .execute().records().get(0).get("n").asLong();
    }

    /** Starts the service on another thread and probes liveness, readiness and the root health until it is ready. */
    private ConfigurableApplicationContext startWatching(String[] args, int port, List<ReadinessState> readinessWhileWriting,
                                                         List<String> probes) throws Exception {
        SpringApplication application = new SpringApplication(ReggraphApplication.class);
        application.addListeners((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof GraphChanged) {
                ApplicationContext context = (ApplicationContext) event.getSource();
                readinessWhileWriting.add(context.getBean(ApplicationAvailability.class).getReadinessState());
            }
        });
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() -> application.run(args));
        while (!started.isDone()) {
            probes.add(probe(port, "/actuator/health/liveness") + " | " + probe(port, "/actuator/health/readiness")
                    + " | " + probe(port, "/actuator/health"));
            Thread.sleep(50);
        }
        return started.get(5, TimeUnit.MINUTES);
    }

    /** "status body-status" of a health endpoint; "-" when nothing answers yet. */
    private String probe(int port, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher status = STATUS.matcher(response.body());
            return response.statusCode() + " " + (status.find() ? status.group(1) : response.body());
        } catch (IOException e) {
            return "-";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "-";
        }
    }

    private static Map<String, Object> loadMarks(Driver driver) {
        return driver.executableQuery("MATCH (m:CorpusLoad) RETURN collect([m.id, toString(m.completed)]) AS marks")
                .execute().records().get(0).get("marks").asList(v -> v.asList(Object::toString)).stream()
                .collect(Collectors.toMap(l -> l.get(0), l -> (Object) l.get(1)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
