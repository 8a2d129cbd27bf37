package org.reggraph.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.reggraph.graph.GraphDump;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 20 parallel uploads of 2 files each, 40 regulations of the corpus that cite each other (a citing file and the file
 * it cites never in the same upload): all succeed, and the graph equals the one of the same uploads made one by one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/concurrent-${random.uuid}",
        "reggraph.ingest.startup=off",
        "reggraph.ingest.api-key=k"})
class ConcurrentUploadsIT {

    private static final Path CORPUS = Path.of("../shared/corpus/xingzheng-fagui");
    private static final Pattern BOOK = Pattern.compile("《([^《》]{2,60})》");
    private static final Pattern DATED = Pattern.compile("\\(\\d{4}-\\d\\d-\\d\\d\\)\\.md$");
    /** The pair of the probe that left a stub beside the real document. */
    private static final String CITER = "退役士兵安置条例";
    private static final String CITED = "中国人民解放军现役士兵服役条例";

    static List<Path> files;

    @Autowired
    TestRestTemplate http;
    @Autowired
    Driver driver;

    @BeforeAll
    static void chooseFiles() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "needs ../shared/corpus");
        files = citingEachOther(40);
    }

    /** Files that cite another file of the corpus by title, with the files they cite, first the probe's pair. */
    static List<Path> citingEachOther(int count) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(CORPUS)) {
            all = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Map<String, List<Path>> byTitle = new TreeMap<>();
        all.forEach(p -> byTitle.computeIfAbsent(title(p), t -> new ArrayList<>()).add(p));
        // one version per title: which of two versions an undated citation lands on depends on which was written
        // first, in a sequential ingestion too, so the comparison would measure the order rather than the race
        byTitle.values().removeIf(v -> v.size() > 1);
        all = all.stream().filter(p -> byTitle.containsKey(title(p))).toList();
        Set<Path> chosen = new LinkedHashSet<>();
        chosen.addAll(byTitle.getOrDefault(CITER, List.of()));
        chosen.addAll(byTitle.getOrDefault(CITED, List.of()));
        for (Path p : all) {
            Matcher m = BOOK.matcher(Files.readString(p, StandardCharsets.UTF_8));
            Set<Path> cited = new LinkedHashSet<>();
            while (m.find()) {
                byTitle.getOrDefault(m.group(1), List.of()).stream().filter(c -> !c.equals(p)).forEach(cited::add);
            }
            for (Path c : cited) {
                if (chosen.size() < count) {
                    chosen.add(p);
                }
                if (chosen.size() < count) {
                    chosen.add(c);
                }
            }
        }
        return List.copyOf(chosen);
    }

    private static String title(Path p) {
        return DATED.matcher(p.getFileName().toString()).replaceAll("");
    }

    @Test
    void parallelUploadsGiveTheSequentialGraph() throws Exception {
        assertThat(files).hasSize(40);
        List<List<Path>> uploads = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // neighbours in the list (a file and what it cites) go to different uploads
            uploads.add(List.of(files.get(i), files.get(i + 20)));
        }
        GraphDump.clear(driver);
        for (List<Path> u : uploads) {
            assertThat(post(u).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        Map<String, Long> sequentialCounts = counts();
        List<String> sequentialEdges = edges();

        GraphDump.clear(driver);
        ExecutorService pool = Executors.newFixedThreadPool(uploads.size());
        try {
            List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
            for (List<Path> u : uploads) {
                answers.add(pool.submit((Callable<ResponseEntity<Map>>) () -> post(u)));
            }
            for (Future<ResponseEntity<Map>> a : answers) {
                assertThat(a.get().getStatusCode()).as("%s", a.get().getBody()).isEqualTo(HttpStatus.OK);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(counts()).isEqualTo(sequentialCounts);
        List<String> parallelEdges = edges();
        assertThat(difference(parallelEdges, sequentialEdges)).as("edges only after the parallel uploads").isEmpty();
        assertThat(difference(sequentialEdges, parallelEdges)).as("edges only after the sequential uploads").isEmpty();
        assertThat(parallelEdges).hasSameSizeAs(sequentialEdges);
        assertThat(stubsBesideTheirDocument()).isEmpty();
    }

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> post(List<Path> upload) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-API-Key", "k");
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        for (Path p : upload) {
            String name = p.getFileName().toString();
            body.add("files", new ByteArrayResource(Files.readAllBytes(p)) {
                @Override
                public String getFilename() {
                    return name;
                }
            });
        }
        return http.postForEntity("/api/ingest", new HttpEntity<>(body, headers), Map.class);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery("MATCH (n) WHERE NOT n:IngestLock RETURN labels(n)[0] AS k, count(*) AS n").execute()
                .records().forEach(r -> counts.put(r.get("k").asString(), r.get("n").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n").execute().records()
                .forEach(r -> counts.put(r.get("k").asString(), r.get("n").asLong()));
        driver.executableQuery("MATCH (d:Document) WHERE d.stub RETURN 'stubs' AS k, count(*) AS n").execute()
                .records().forEach(r -> counts.put(r.get("k").asString(), r.get("n").asLong()));
        return counts;
    }

    /** Every relationship as "from -TYPE-> to" by id, sorted. */
    private List<String> edges() {
        return driver.executableQuery("""
                        MATCH (a)-[r]->(b) WHERE NOT a:IngestLock
                        RETURN a.id + ' -' + type(r) + '-> ' + b.id AS e ORDER BY e""").execute().records().stream()
                .map(r -> r.get("e").asString()).toList();
    }

    private static List<String> difference(List<String> a, List<String> b) {
        Set<String> other = new java.util.HashSet<>(b);
        return a.stream().filter(e -> !other.contains(e)).toList();
    }

    /** Stubs that stand beside the real document of the probe's cited regulation (the race this test is about). */
    private List<String> stubsBesideTheirDocument() {
        return driver.executableQuery("""
                        MATCH (s:Document {stub: true}), (d:Document {titleKey: s.titleKey})
                        WHERE NOT coalesce(d.stub, false) AND d.title = $title
                        RETURN s.id AS id""").withParameters(Map.of("title", CITED)).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
    }
}
