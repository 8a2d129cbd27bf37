package org.reggraph.bench;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark data (test scope, used by {@code scripts/bench-api.sh --synthetic}): writes a synthetic graph of N
 * documents, each citing about C others, over Bolt in UNWIND batches, then measures a 3-hop citation query (both
 * directions) directly over Bolt, and writes a sample of ids (URL-encoded) for wrk.
 *
 * <pre>java -cp target/test-classes:$(cat target/bench-classpath.txt) org.reggraph.bench.SyntheticGraph \
 *     --uri bolt://127.0.0.1:7687 --documents 100000 --citations 5 --ids target/bench-ids.txt</pre>
 *
 * Every synthetic document has id SYN-nnnnnn and the label Document (stub false, status IN_FORCE); a tenth of the
 * citations come from an article (SYN-nnnnnn/第一条) rather than from the document, as in the real corpus.
 * Citation targets are uniform over the other documents, with a fixed seed, so the graph is the same every run.
 */
public final class SyntheticGraph {

    static final String HOP3 = """
            MATCH (d:Document {id: $id})
            MATCH (d)-[:HAS_ARTICLE|HAS_CHAPTER*0..2]->(s)
            MATCH (s)-[:CITES*1..3]-(o:Document)
            RETURN count(DISTINCT o) AS n""";

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = options(args);
        String uri = opt.getOrDefault("uri", "bolt://127.0.0.1:7687");
        int n = Integer.parseInt(opt.getOrDefault("documents", "100000"));
        int c = Integer.parseInt(opt.getOrDefault("citations", "5"));
        int batch = Integer.parseInt(opt.getOrDefault("batch", "10000"));
        int probes = Integer.parseInt(opt.getOrDefault("probes", "300"));
        Path ids = Path.of(opt.getOrDefault("ids", "target/bench-ids.txt"));
        boolean skipWrite = opt.containsKey("skip-write");
        Random random = new Random(42);
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none());
             var session = driver.session(SessionConfig.forDatabase(opt.getOrDefault("database", "neo4j")))) {
            if (!skipWrite) {
                long t0 = System.nanoTime();
                for (int from = 0; from < n; from += batch) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int i = from; i < Math.min(n, from + batch); i++) {
                        rows.add(Map.of("id", id(i), "title", "合成规章第" + i + "号", "date",
                                String.format("20%02d-%02d-%02d", 1 + i % 24, 1 + i % 12, 1 + i % 28)));
                    }
                    session.executeWriteWithoutResult(tx -> tx.run("""
                            UNWIND $rows AS row
                            MERGE (d:Document {id: row.id})
                            SET d.title = row.title, d.docNumber = row.id, d.kind = '规定', d.level = '部门规章',
                                d.status = 'IN_FORCE', d.issuedDate = row.date, d.stub = false, d.titleKey = row.title
                            MERGE (a:Article {id: row.id + '/第一条'})
                            SET a.number = 1, a.label = '第一条', a.text = '合成条文', a.startLine = 1
                            MERGE (d)-[:HAS_ARTICLE {ordinal: 1}]->(a)""", Map.of("rows", rows)).consume());
                }
                long t1 = System.nanoTime();
                System.out.printf("documents: %d in %.1f s%n", n, (t1 - t0) / 1e9);
                long edges = 0;
                for (int from = 0; from < n; from += batch) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int i = from; i < Math.min(n, from + batch); i++) {
                        // c-1 .. c+1 citations, mean c
                        int k = Math.max(0, c - 1 + random.nextInt(3));
                        for (int j = 0; j < k; j++) {
                            int t = random.nextInt(n - 1);
                            if (t >= i) {
                                t++;
                            }
                            rows.add(Map.of("from", id(i) + (random.nextInt(10) == 0 ? "/第一条" : ""), "to", id(t)));
                        }
                    }
                    edges += rows.size();
                    session.executeWriteWithoutResult(tx -> tx.run("""
                            UNWIND $rows AS row
                            MATCH (t:Document {id: row.to})
                            CALL {
                              WITH row MATCH (s:Document {id: row.from}) RETURN s
                              UNION
                              WITH row MATCH (s:Article {id: row.from}) RETURN s
                            }
                            CREATE (s)-[:CITES {surface: '《' + t.title + '》', via: 'title', line: 1}]->(t)""",
                            Map.of("rows", rows)).consume());
                }
                System.out.printf("citations: %d in %.1f s%n", edges, (System.nanoTime() - t1) / 1e9);
                // what the writer derives from the edges: status, and the document links multi-hop references walk
                long t2 = System.nanoTime();
                new org.reggraph.graph.GraphWriter(driver, new org.reggraph.database.Neo4jSettings(null, "neo4j", null,
                        opt.getOrDefault("database", "neo4j"), null)).recomputeDerived();
                System.out.printf("status and document links: %.1f s%n", (System.nanoTime() - t2) / 1e9);
            }
            // ids for wrk, URL-encoded
            List<String> sample = new ArrayList<>();
            Random pick = new Random(7);
            for (int i = 0; i < 1000; i++) {
                sample.add(URLEncoder.encode(id(pick.nextInt(n)), StandardCharsets.UTF_8));
            }
            Files.createDirectories(ids.toAbsolutePath().getParent());
            Files.write(ids, sample);
            // direct 3-hop query over Bolt: warm-up, then timed probes
            for (int i = 0; i < 100; i++) {
                String id = id(pick.nextInt(n));
                session.executeRead(tx -> tx.run(HOP3, Map.of("id", id)).single().get("n").asLong());
            }
            long[] nanos = new long[probes];
            long reached = 0;
            for (int i = 0; i < probes; i++) {
                String id = id(pick.nextInt(n));
                long t = System.nanoTime();
                reached += session.executeRead(tx -> tx.run(HOP3, Map.of("id", id)).single().get("n").asLong());
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("direct Bolt 3-hop CITES (both directions, incl. article citations), %d probes: "
                            + "p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  (mean %d documents reached)%n",
                    probes, nanos[probes / 2] / 1e6, nanos[probes * 9 / 10] / 1e6, nanos[probes * 99 / 100] / 1e6,
                    nanos[probes - 1] / 1e6, reached / probes);
        }
    }

    static String id(int i) {
        return String.format("SYN-%06d", i);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                opt.put(key, flag ? "true" : args[++i]);
            }
        }
        return opt;
    }
}
