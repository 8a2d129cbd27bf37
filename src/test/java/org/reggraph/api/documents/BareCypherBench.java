package org.reggraph.api.documents;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bare Cypher of two API answers, for {@code scripts/bench-api.sh}, which runs it beside wrk in the same run on
 * the same machine: the statements of {@link DocumentQueries} in one read transaction per question, over Bolt, from
 * N client threads for a while, rotating over the same ids as wrk. What the API adds (HTTP, Spring, mapping, JSON)
 * is the difference between the two.
 *
 * <pre>java -cp target/test-classes:$(cat target/bench-classpath.txt) org.reggraph.api.documents.BareCypherBench \
 *     --uri bolt://127.0.0.1:7687 --ids ids.txt --question lookup|refs3 --threads 16 --seconds 20</pre>
 *
 * lookup: the document, its first page of articles (20) and its relation counts ({@code GET /api/documents/{id}});
 * refs3: the first hop in detail and two more on the document links, both directions, up to the answer's default
 * edge limit ({@code GET /api/documents/{id}/references?depth=3&direction=both}).
 */
public final class BareCypherBench {

    private static final List<String> TYPES = List.of("CITES", "BASED_ON", "AMENDS", "REPEALS", "PROMULGATES");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String question = opt.getOrDefault("question", "lookup");
        int threads = Integer.parseInt(opt.getOrDefault("threads", "16"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "5"));
        List<String> ids = Files.readAllLines(Path.of(opt.get("ids"))).stream().filter(l -> !l.isBlank())
                .map(l -> URLDecoder.decode(l.strip(), StandardCharsets.UTF_8)).toList();
        Config config = Config.builder().withLogging(Logging.none()).withMaxConnectionPoolSize(threads * 2).build();
        try (Driver driver = GraphDatabase.driver(opt.getOrDefault("uri", "bolt://127.0.0.1:7687"), AuthTokens.none(), config)) {
            SessionConfig session = SessionConfig.forDatabase(opt.getOrDefault("database", "neo4j"));
            long warm = run(driver, session, question, ids, threads, warmup, -1);
            run(driver, session, question, ids, threads, seconds, warm);
        }
    }

    /**
     * Asks the question on {@code threads} threads for {@code seconds}; reports the run unless {@code warmedWith} is
     * negative (a warm-up), else with that many warm-up questions, which the service CPU of the whole process covers.
     * Returns the number of questions answered.
     */
    private static long run(Driver driver, SessionConfig session, String question, List<String> ids, int threads,
                            int seconds, long warmedWith) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] mine = new long[300_000];
            latencies.add(mine);
            int offset = t * 7919;
            Thread worker = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < deadline && n < mine.length) {
                    String id = ids.get((offset + n) % ids.size());
                    long t0 = System.nanoTime();
                    try (Session s = driver.session(session)) {
                        s.executeRead(tx -> question.equals("refs3") ? refs3(tx, id) : lookup(tx, id));
                        mine[n++] = System.nanoTime() - t0;
                    } catch (RuntimeException e) {
                        if (errors.getAndIncrement() == 0) {
                            System.err.println("first error: " + e);
                        }
                    }
                }
                mine[mine.length - 1] = n; // the count, in the last slot
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long total = latencies.stream().mapToLong(l -> l[l.length - 1]).sum();
        if (warmedWith < 0) {
            return total;
        }
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] l : latencies) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, k, n);
            k += n;
        }
        Arrays.sort(all);
        System.out.printf("bare Cypher %-6s %d threads, %d s: %9.0f req/s   p50 %7.2f ms   p99 %7.2f ms   requests %d"
                        + "   errors %d   warm-up %d%n", question, threads, seconds, total / (double) seconds,
                at(all, 0.50) / 1e6, at(all, 0.99) / 1e6, total, errors.get(), warmedWith);
        return total;
    }

    private static long at(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }

    /** GET /api/documents/{id}: the document, the first page of its articles, its relation counts. */
    static int lookup(TransactionContext tx, String id) {
        return tx.run(DocumentQueries.DOCUMENT, Map.of("id", id, "skip", 0L, "limit", 20L)).list().size();
    }

    /** GET /api/documents/{id}/references?depth=3&direction=both: the same statements, hop by hop. */
    static int refs3(TransactionContext tx, String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("types", TYPES);
        params.put("article", null);
        params.put("limit", DocumentService.REFERENCE_EDGES + 1);
        params.put("out", true);
        params.put("in", true);
        params.put("asOf", null);
        Record first = tx.run(DocumentQueries.REFERENCES_FIRST, params).single();
        Set<String> visited = new HashSet<>(Set.of(id));
        List<String> others = first.get("edges").asList(e -> e.get("otherId").asString());
        int rows = others.size();
        for (int level = 2; level <= 3 && rows <= DocumentService.REFERENCE_EDGES; level++) {
            Set<String> next = new LinkedHashSet<>(others);
            next.removeAll(visited);
            visited.addAll(next);
            if (next.isEmpty()) {
                break;
            }
            params.put("frontier", List.copyOf(next));
            others = tx.run(DocumentQueries.REFERENCES_NEXT, params).list(r -> r.get("otherId").asString());
            rows += others.size();
        }
        return rows;
    }
}
