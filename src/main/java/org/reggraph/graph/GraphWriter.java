package org.reggraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.SummaryCounters;
import org.reggraph.database.Neo4jSettings;
import org.reggraph.extract.CitationResolution;
import org.reggraph.extract.Extraction;
import org.reggraph.graph.GraphPlan.DocPlan;
import org.reggraph.graph.GraphPlan.Edge;
import org.reggraph.graph.GraphPlan.End;
import org.reggraph.graph.GraphPlan.Ref;
import org.reggraph.graph.fulfil.FulfilmentCypher;
import org.reggraph.graph.fulfil.FulfilmentLinker;
import org.reggraph.graph.versions.VersionCypher;
import org.reggraph.graph.versions.VersionLinker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes extractions into Neo4j over Bolt. Documents go in batches, one transaction per batch; when a batch fails
 * its documents are retried one per transaction, so a broken document rolls back alone and the run goes on.
 * Within a transaction a document's owned subgraph is deleted and re-created (CREATE, fast), shared nodes
 * (agencies, cited documents) are MERGEd. An unchanged document (same {@code textHash}) is skipped, which also
 * makes an interrupted run resumable: committed batches are complete and are skipped on the re-run.
 */
@Component
public class GraphWriter {

    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

    /** Called after each committed batch. */
    @FunctionalInterface
    public interface Progress {
        void update(long documentsDone, long documentsTotal, long elementsWritten, long relationsWritten);

        /** As above, with a total that is only an estimate until the last files are read (a streamed ingestion). */
        default void update(long documentsDone, long documentsTotal, boolean totalEstimated, long elementsWritten,
                            long relationsWritten) {
            update(documentsDone, documentsTotal, elementsWritten, relationsWritten);
        }

        Progress NONE = (d, t, e, r) -> { };
    }

    /**
     * @param batchElements flush a batch when its documents hold this many nodes + relationships
     * @param batchDocuments flush a batch at this many documents
     * @param force          rewrite documents even when their hash is unchanged
     */
    public record Options(int batchElements, int batchDocuments, boolean force) {
        public static Options defaults() {
            return new Options(20_000, 500, false);
        }
    }

    private final Driver driver;
    private final String database;

    public GraphWriter(Driver driver, Neo4jSettings settings) {
        this.driver = driver;
        this.database = settings.database();
    }

    public WriteReport write(Extraction extraction) {
        return write(GraphPlan.of(extraction), Options.defaults(), Progress.NONE);
    }

    public WriteReport write(GraphPlan plan, Options options, Progress progress) {
        long started = System.currentTimeMillis();
        Stats total = new Stats();
        plan.problems().forEach(p -> total.failures.add(new WriteReport.Failure(p.file(), p.line(), null, p.message())));
        BatchAgencies agencies = new BatchAgencies(plan);
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            if (plan.documents().isEmpty() && agencies.hasAgenciesOfItsOwn()) {
                total.merge(session.executeWrite(tx -> {
                    run(tx, GraphCypher.TAKE_INGEST_LOCK, Map.of());
                    Stats tables = writeAgencies(tx, agencies.rowsFor(List.of()));
                    run(tx, GraphCypher.BUMP_VERSION, Map.of());
                    return tables;
                }));
                agencies.committed();
            }
            List<DocPlan> batch = new ArrayList<>();
            long batchElements = 0;
            long done = 0;
            for (DocPlan doc : plan.documents()) {
                batch.add(doc);
                batchElements += doc.elements();
                if (batchElements >= options.batchElements() || batch.size() >= options.batchDocuments()) {
                    done += batch.size();
                    writeBatch(session, batch, options, total, agencies);
                    progress.update(done, plan.documents().size(), total.elements, total.relationCount());
                    batch = new ArrayList<>();
                    batchElements = 0;
                }
            }
            if (!batch.isEmpty()) {
                done += batch.size();
                writeBatch(session, batch, options, total, agencies);
                progress.update(done, plan.documents().size(), total.elements, total.relationCount());
            }
        }
        return total.report(System.currentTimeMillis() - started);
    }

    /**
     * Links works and versions and computes what the writer derives from the graph, for every document: status and
     * the document links (after a bulk import or by hand); bumps the graph version.
     */
    public void recomputeDerived() {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            List<String> keys = session.run(VersionCypher.ALL_WORK_KEYS).list(r -> r.get("key").asString());
            for (List<String> chunk : chunks(keys, 5_000)) {
                session.executeWriteWithoutResult(tx -> VersionLinker.link(tx, chunk));
            }
            List<String> ids = session.run(GraphCypher.ALL_DOCUMENT_IDS).list(r -> r.get("id").asString());
            for (int i = 0; i < ids.size(); i += 10_000) {
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 10_000));
                session.executeWriteWithoutResult(tx -> {
                    tx.run(GraphCypher.RECOMPUTE_STATUS, Map.of("ids", chunk)).consume();
                    refreshLinks(tx, chunk);
                });
            }
            for (List<String> chunk : chunks(keys, 5_000)) {
                session.executeWriteWithoutResult(tx -> VersionLinker.finish(tx, chunk));
            }
            linkFulfilments(session); // bumps the graph version
        }
    }

    /**
     * The derived FULFILS links and delegation statuses, when documents were written since they were last computed
     * (or never were): called once an ingestion is written, not per chunk or batch, since a new text may carry out,
     * or be carried out by, any text already there. Returns whether it ran.
     */
    public boolean linkFulfilmentsIfStale() {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            if (!FulfilmentLinker.stale(session)) {
                return false;
            }
            linkFulfilments(session);
            return true;
        }
    }

    /** The derived FULFILS links and delegation statuses, recomputed over the whole graph (see FulfilmentLinker). */
    private static void linkFulfilments(Session session) {
        FulfilmentLinker.Result r = FulfilmentLinker.run(session);
        log.info("Fulfilment: {} delegations, {} FULFILS links, {} in {} ms", r.delegations(), r.links(), r.statuses(),
                r.millis());
    }

    /** Document links of these documents, both directions, recomputed from the edges (see GraphCypher.CREATE_LINKS). */
    private static void refreshLinks(TransactionContext tx, List<String> ids) {
        run(tx, GraphCypher.DELETE_LINKS, Map.of("ids", ids));
        run(tx, GraphCypher.CREATE_LINKS, Map.of("ids", ids));
    }

    /** One managed transaction (the driver retries transient failures such as deadlocks with the same body). */
    private void writeBatch(Session session, List<DocPlan> batch, Options options, Stats total, BatchAgencies agencies) {
        try {
            long started = PROFILING ? System.nanoTime() : 0;
            total.merge(session.executeWrite(tx -> {
                long body = PROFILING ? System.nanoTime() : 0;
                run(tx, GraphCypher.TAKE_INGEST_LOCK, Map.of());
                Stats tables = writeAgencies(tx, agencies.rowsFor(batch));
                Stats stats = writeDocuments(tx, batch, options);
                stats.merge(tables);
                run(tx, GraphCypher.BUMP_VERSION, Map.of());
                if (stats.documents > 0) {
                    run(tx, FulfilmentCypher.MARK_STALE, Map.of()); // until the derived step has run over them
                }
                profile("(transaction body)", body);
                return stats;
            }));
            agencies.committed();
            profile("(whole transaction, with commit)", started);
        } catch (RuntimeException batchFailure) {
            if (batch.size() == 1) {
                DocPlan doc = batch.get(0);
                log.warn("Document {} ({}:{}) not written: {}", doc.id(), doc.file(), doc.line(), batchFailure.getMessage());
                total.failures.add(new WriteReport.Failure(doc.file(), doc.line(), doc.id(), message(batchFailure)));
                return;
            }
            log.debug("Batch of {} failed ({}); writing its documents one by one", batch.size(), batchFailure.getMessage());
            for (DocPlan doc : batch) {
                writeBatch(session, List.of(doc), options, total, agencies);
            }
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /**
     * The agencies and PART_OF of a transaction (committed with its documents or not at all), and the succession
     * tables when they changed. Reports what it created: the agencies a batch names are merged again with every
     * batch, and counting the rows would count an agency once per chunk of a streamed ingestion.
     */
    private static Stats writeAgencies(TransactionContext tx, BatchAgencies.Rows rows) {
        Stats stats = new Stats();
        for (List<Map<String, Object>> chunk : chunks(rows.agencies(), 5_000)) {
            stats.agencies += created(tx, GraphCypher.MERGE_AGENCIES, Map.of("rows", chunk)).nodesCreated();
        }
        for (List<List<String>> chunk : chunks(rows.partOf(), 5_000)) {
            SummaryCounters c = created(tx, GraphCypher.MERGE_PART_OF, Map.of("rows", chunk));
            stats.agencies += c.nodesCreated();
            stats.add("PART_OF", c.relationshipsCreated());
        }
        stats.elements += stats.agencies + stats.relations.getOrDefault("PART_OF", 0L);
        if (!rows.succession().isEmpty() || !rows.heldBy().isEmpty()) {
            // written once per version of the tables: a graph that holds this version is left as it is, so that an
            // upload or a chunk of the start-up load reports only what it changed
            String hash = GraphPlan.tablesHash(rows.succession(), rows.heldBy());
            Value stored = tx.run(GraphCypher.SUCCESSION_TABLES).single().get("hash");
            if (!hash.equals(stored.asString(null))) {
                writeSuccession(tx, rows.succession(), rows.heldBy());
                run(tx, GraphCypher.SET_SUCCESSION_TABLES, Map.of("hash", hash));
                stats.add("SUCCEEDED_BY", rows.succession().size());
                stats.add("HELD_BY", rows.heldBy().size());
                stats.elements += rows.succession().size() + rows.heldBy().size();
            }
        }
        return stats;
    }

    /**
     * The succession tables, whole: edges merged on their key, rows gone from a table deleted, and predecessors that
     * an older alias table merged into their successor taken out of its aliases.
     */
    static void writeSuccession(TransactionContext tx, List<Map<String, Object>> succession,
                                List<Map<String, Object>> heldBy) {
        run(tx, GraphCypher.MERGE_SUCCEEDED_BY, Map.of("rows", succession));
        run(tx, GraphCypher.DELETE_STALE_SUCCEEDED_BY, Map.of("keys",
                succession.stream().map(r -> r.get("from") + "\t" + r.get("to")).toList()));
        run(tx, GraphCypher.MERGE_HELD_BY, Map.of("rows", heldBy));
        run(tx, GraphCypher.DELETE_STALE_HELD_BY, Map.of("keys",
                heldBy.stream().map(r -> r.get("role") + "\t" + r.get("holder") + "\t" + r.get("from")).toList()));
    }

    /** One transaction: everything for these documents, or nothing. Re-runnable (the driver retries). */
    private Stats writeDocuments(TransactionContext tx, List<DocPlan> all, Options options) {
        Stats stats = new Stats();
        Map<String, String> existing = new HashMap<>();
        Set<String> present = new HashSet<>();
        query(tx, GraphCypher.FIND_EXISTING, Map.of("ids", all.stream().map(DocPlan::id).toList())).forEach(r -> {
            present.add(r.get("id").asString());
            if (!r.get("stub").asBoolean()) {
                existing.put(r.get("id").asString(), r.get("hash").asString(null));
            }
        });
        List<DocPlan> unchanged = all.stream()
                .filter(d -> !options.force() && existing.get(d.id()) != null && existing.get(d.id()).equals(d.hash()))
                .toList();
        Set<String> skip = new HashSet<>(unchanged.stream().map(DocPlan::id).toList());
        skip.removeAll(staleLinks(tx, unchanged));
        List<DocPlan> docs = all.stream().filter(d -> !skip.contains(d.id())).toList();
        stats.skipped = all.size() - docs.size();
        if (docs.isEmpty()) {
            return stats;
        }
        List<String> ids = docs.stream().map(DocPlan::id).toList();
        // documents with a node already (a former version, a stub under the same id, or a claimed stub): only these
        // own edges, articles or incoming citations to clean up; a first load skips that work
        Set<String> before = new LinkedHashSet<>(ids.stream().filter(present::contains).toList());
        before.addAll(claimStubs(tx, docs, present));
        List<String> old = List.copyOf(before);

        Set<String> statusIds = new LinkedHashSet<>(ids);
        List<String> oldStubs = List.of();
        if (!old.isEmpty()) {
            query(tx, GraphCypher.OLD_STATUS_TARGETS, Map.of("ids", old)).forEach(r -> statusIds.add(r.get("id").asString()));
            oldStubs = query(tx, GraphCypher.STUB_TARGETS, Map.of("ids", old)).stream().map(r -> r.get("id").asString()).toList();
            run(tx, GraphCypher.PARK_ARTICLE_CITATIONS, Map.of("ids", old));
            run(tx, GraphCypher.DELETE_OWNED, Map.of("ids", old));
        }
        run(tx, GraphCypher.UPSERT_DOCUMENTS, Map.of("rows", docs.stream().map(DocPlan::props).toList()));
        stats.documents = docs.size();
        stats.elements += docs.size();

        createStructure(tx, docs, stats);
        if (!old.isEmpty()) {
            run(tx, GraphCypher.ATTACH_ARTICLE_CITATIONS, Map.of("ids", old));
        }

        // resolve cited documents (existing, else stub), then the edges
        Map<Ref, String> resolved = resolve(tx, docs, stats);
        createEdges(tx, docs, resolved, statusIds, stats);
        addShortTitles(tx, docs, resolved);
        run(tx, GraphCypher.DELETE_LINKS, Map.of("ids", ids)); // before orphan stubs go: no link keeps them
        if (!oldStubs.isEmpty()) {
            run(tx, GraphCypher.DELETE_ORPHAN_STUBS, Map.of("ids", oldStubs));
        }
        if (!old.isEmpty()) {
            run(tx, GraphCypher.DELETE_ORPHAN_AGENCIES, Map.of()); // names a rewritten document's old extraction read
        }
        List<String> works = VersionLinker.keys(tx, ids);
        Set<String> versions = VersionLinker.link(tx, works);
        statusIds.addAll(versions);
        // linking versions moves citations between the versions of these works: their links are recomputed too
        Set<String> linked = new LinkedHashSet<>(ids);
        linked.addAll(versions);
        refreshLinks(tx, List.copyOf(linked));
        run(tx, GraphCypher.RECOMPUTE_STATUS, Map.of("ids", List.copyOf(statusIds)));
        VersionLinker.finish(tx, works);
        return stats;
    }

    /**
     * Unchanged documents are not rewritten unless their links are stale: a citation on a stub that a real document
     * now stands for, or a stub that they would claim. A re-upload so repairs what an earlier run left.
     */
    private static Set<String> staleLinks(TransactionContext tx, List<DocPlan> unchanged) {
        Set<String> stale = new HashSet<>();
        if (unchanged.isEmpty()) {
            return stale;
        }
        query(tx, GraphCypher.STALE_LINKS, Map.of("ids", unchanged.stream().map(DocPlan::id).toList()))
                .forEach(r -> stale.add(r.get("id").asString()));
        query(tx, GraphCypher.STALE_CLAIMS, Map.of("rows", claimRows(unchanged)))
                .forEach(r -> stale.add(r.get("id").asString()));
        return stale;
    }

    /** Chapters before sections before articles, parents first. */
    private static void createStructure(TransactionContext tx, List<DocPlan> docs, Stats stats) {
        List<Map<String, Object>> chapters = docs.stream().flatMap(d -> d.chapters().stream()).toList();
        List<Map<String, Object>> articles = docs.stream().flatMap(d -> d.articles().stream()).toList();
        createChildren(tx, "Chapter", GraphPlan.HAS_CHAPTER, chapters, "Document");
        createChildren(tx, "Chapter", GraphPlan.HAS_CHAPTER, chapters, "Chapter");
        createChildren(tx, "Article", GraphPlan.HAS_ARTICLE, articles, "Document");
        createChildren(tx, "Article", GraphPlan.HAS_ARTICLE, articles, "Chapter");
        stats.chapters = chapters.size();
        stats.articles = articles.size();
        stats.add(GraphPlan.HAS_CHAPTER, chapters.size());
        stats.add(GraphPlan.HAS_ARTICLE, articles.size());
        stats.elements += 2L * (chapters.size() + articles.size());
    }

    /** One statement per pair of end labels (the type is a value); REPEALS/AMENDS targets need their status again. */
    private static void createEdges(TransactionContext tx, List<DocPlan> docs, Map<Ref, String> resolved,
                                    Set<String> statusIds, Stats stats) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (DocPlan doc : docs) {
            for (Edge e : doc.edges()) {
                String from = e.from().ref() != null ? resolved.get(e.from().ref()) : e.from().id();
                String to = e.to().ref() != null ? resolved.get(e.to().ref()) : e.to().id();
                if (from == null || to == null || !seen.add(e.key(from, to))) {
                    continue;
                }
                if (e.type().equals("REPEALS") || e.type().equals("AMENDS")) {
                    statusIds.add(to);
                }
                Map<String, Object> row = new HashMap<>();
                row.put("type", e.type());
                row.put("from", from);
                row.put("to", to);
                row.put("props", e.props());
                row.put("targetArticle", e.targetArticle());
                String key = e.from().label() + ":" + e.to().label() + ":" + (e.targetArticle() != null);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
                stats.add(e.type(), 1);
            }
        }
        groups.forEach((key, rows) -> {
            String[] k = key.split(":");
            String cypher = Boolean.parseBoolean(k[2]) ? GraphCypher.createArticleCitations(k[0])
                    : GraphCypher.createEdges(k[0], k[1]);
            run(tx, cypher, Map.of("rows", rows));
            stats.elements += rows.size();
        });
    }

    private static void addShortTitles(TransactionContext tx, List<DocPlan> docs, Map<Ref, String> resolved) {
        Map<String, Set<String>> aliases = new TreeMap<>();
        for (DocPlan doc : docs) {
            doc.aliases().forEach(a -> {
                String target = resolved.get(a.target());
                if (target != null) {
                    aliases.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(a.alias());
                }
            });
        }
        if (!aliases.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            aliases.forEach((id, titles) -> rows.add(Map.of("id", id, "aliases", List.copyOf(titles))));
            run(tx, GraphCypher.ADD_SHORT_TITLES, Map.of("rows", rows));
        }
    }

    private static void createChildren(TransactionContext tx, String label, String relType,
                                       List<Map<String, Object>> rows, String parentLabel) {
        List<Map<String, Object>> selected = rows.stream().filter(r -> parentLabel.equals(r.get("parentLabel"))).toList();
        for (List<Map<String, Object>> chunk : chunks(selected, 20_000)) {
            run(tx, GraphCypher.createChildren(label, relType, parentLabel), Map.of("rows", chunk));
        }
    }

    /**
     * A real document takes over the stubs that stand for it (same number, or same title key): the first stub is
     * renamed to the document's id when no node has that id yet; otherwise the stub's edges move to the document.
     *
     * @return the documents that claimed a stub
     */
    private static Set<String> claimStubs(TransactionContext tx, List<DocPlan> docs, Set<String> present) {
        List<Map<String, Object>> rows = claimRows(docs);
        Set<String> claimed = new HashSet<>();
        Set<String> claimers = new LinkedHashSet<>();
        List<Map<String, Object>> renames = new ArrayList<>();
        List<Map<String, Object>> merges = new ArrayList<>();
        for (Record r : query(tx, GraphCypher.FIND_CLAIMABLE_STUBS, Map.of("rows", rows))) {
            String id = r.get("id").asString();
            String stub = r.get("stub").asString();
            if (claimed.add(stub)) {
                (present.add(id) ? renames : merges).add(Map.of("stub", stub, "id", id));
                claimers.add(id);
            }
        }
        if (!renames.isEmpty()) {
            run(tx, GraphCypher.RENAME_STUBS, Map.of("pairs", renames));
        }
        if (!merges.isEmpty()) {
            Map<String, Object> params = Map.of("pairs", merges, "types", GraphCypher.DOCUMENT_EDGE_TYPES);
            run(tx, GraphCypher.MOVE_STUB_EDGES_IN, params);
            run(tx, GraphCypher.MOVE_STUB_EDGES_OUT, params);
            run(tx, GraphCypher.DELETE_MERGED_STUBS, Map.of("pairs", merges));
        }
        return claimers;
    }

    private static List<Map<String, Object>> claimRows(List<DocPlan> docs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DocPlan d : docs) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", d.id());
            row.put("docNumber", d.docNumber());
            row.put("titleKey", d.titleKey());
            row.put("validFrom", d.props().get("validFrom"));
            rows.add(row);
        }
        return rows;
    }

    private static Map<Ref, String> resolve(TransactionContext tx, List<DocPlan> docs, Stats stats) {
        Map<Ref, String> keys = new LinkedHashMap<>();
        for (DocPlan doc : docs) {
            for (Edge e : doc.edges()) {
                for (End end : List.of(e.from(), e.to())) {
                    if (end.ref() != null) {
                        keys.putIfAbsent(end.ref(), String.valueOf(keys.size()));
                    }
                }
            }
            doc.aliases().forEach(a -> keys.putIfAbsent(a.target(), String.valueOf(keys.size())));
        }
        Map<Ref, String> resolved = new HashMap<>();
        if (keys.isEmpty()) {
            return resolved;
        }
        Map<String, Ref> byKey = new HashMap<>();
        List<Map<String, Object>> refs = new ArrayList<>();
        keys.forEach((ref, key) -> {
            byKey.put(key, ref);
            Map<String, Object> row = new HashMap<>();
            row.put("key", key);
            row.put("docNumber", ref.docNumber());
            row.put("titleKey", ref.titleKey());
            row.put("exclude", ref.exclude());
            refs.add(row);
        });
        query(tx, GraphCypher.REF_CANDIDATES, Map.of("refs", refs)).forEach(r -> {
            Ref ref = byKey.get(r.get("key").asString());
            List<CitationResolution.Candidate> candidates = r.get("candidates").asList(c -> new CitationResolution.Candidate(
                    c.get("id").asString(), c.get("docNumber").asString(null), c.get("titleKey").asString(null),
                    c.get("stub").asBoolean(), c.get("validFrom").isNull() ? null : c.get("validFrom").asLocalDate()));
            CitationResolution.choose(ref.query(), candidates, candidates).ifPresent(id -> resolved.put(ref, id));
        });
        // unresolved refs that name the same document (same number, else same title key) share one stub, as in
        // CsvExporter: numbered refs first, so that a title-only citation lands on the numbered stub of that title
        Map<String, Map<String, Object>> stubs = new LinkedHashMap<>();
        Map<String, String> stubByKey = new HashMap<>();
        List<Ref> unresolved = keys.keySet().stream().filter(r -> !resolved.containsKey(r))
                .sorted(java.util.Comparator.comparing((Ref r) -> r.docNumber() == null)).toList();
        for (Ref ref : unresolved) {
            String id = ref.docNumber() != null ? stubByKey.get("N:" + ref.docNumber()) : null;
            if (id == null && ref.titleKey() != null) {
                id = stubByKey.get("K:" + ref.titleKey());
            }
            if (id == null || id.equals(ref.exclude())) {
                id = ref.stubId();
                Map<String, Object> row = new HashMap<>();
                row.put("id", id);
                row.put("title", ref.title() != null ? ref.title() : ref.docNumber());
                row.put("titleKey", ref.titleKey());
                row.put("docNumber", ref.docNumber());
                stubs.putIfAbsent(id, row);
            }
            resolved.put(ref, id);
            if (ref.docNumber() != null) {
                stubByKey.putIfAbsent("N:" + ref.docNumber(), id);
            }
            if (ref.titleKey() != null) {
                stubByKey.putIfAbsent("K:" + ref.titleKey(), id);
            }
        }
        if (!stubs.isEmpty()) {
            long started = PROFILING ? System.nanoTime() : 0;
            int created = tx.run(GraphCypher.MERGE_STUBS, Map.of("rows", List.copyOf(stubs.values())))
                    .consume().counters().nodesCreated();
            profile(GraphCypher.MERGE_STUBS, started);
            stats.stubs += created;
            stats.elements += created;
        }
        return resolved;
    }

    /** Per-statement wall time, printed at the end of a run when -Dreggraph.writer.profile=true (benchmarks). */
    static final Map<String, long[]> PROFILE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final boolean PROFILING = Boolean.getBoolean("reggraph.writer.profile");

    private static void run(TransactionContext tx, String cypher, Map<String, Object> params) {
        created(tx, cypher, params);
    }

    private static SummaryCounters created(TransactionContext tx, String cypher, Map<String, Object> params) {
        long started = PROFILING ? System.nanoTime() : 0;
        SummaryCounters counters = tx.run(cypher, params).consume().counters();
        profile(cypher, started);
        return counters;
    }

    private static List<Record> query(TransactionContext tx, String cypher, Map<String, Object> params) {
        long started = PROFILING ? System.nanoTime() : 0;
        List<Record> records = tx.run(cypher, params).list();
        profile(cypher, started);
        return records;
    }

    static void profile(String cypher, long started) {
        if (PROFILING) {
            long[] p = PROFILE.computeIfAbsent(cypher.strip().lines().limit(3).reduce("", (a, b) -> a + " " + b.strip()),
                    k -> new long[2]);
            p[0] += System.nanoTime() - started;
            p[1]++;
        }
    }

    public static void resetProfile() {
        PROFILE.clear();
    }

    public static void printProfile(java.io.PrintStream out) {
        if (!PROFILING) {
            return;
        }
        out.printf("%8.1f s in statements%n", PROFILE.entrySet().stream().filter(e -> !e.getKey().startsWith(" ("))
                .mapToLong(e -> e.getValue()[0]).sum() / 1e9);
        PROFILE.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(40)
                .forEach(e -> out.printf("%8.1f s %6d× %s%n", e.getValue()[0] / 1e9, e.getValue()[1],
                        e.getKey().substring(0, Math.min(140, e.getKey().length()))));
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }

    /** Counters of one transaction, merged into the run's totals once it committed. */
    private static final class Stats {
        long documents;
        long skipped;
        long chapters;
        long articles;
        long agencies;
        long stubs;
        long elements;
        final Map<String, Long> relations = new TreeMap<>();
        final List<WriteReport.Failure> failures = new ArrayList<>();

        long relationCount() {
            return relations.values().stream().mapToLong(Long::longValue).sum();
        }

        void add(String type, long n) {
            if (n > 0) {
                relations.merge(type, n, Long::sum);
            }
        }

        void merge(Stats s) {
            documents += s.documents;
            skipped += s.skipped;
            chapters += s.chapters;
            articles += s.articles;
            agencies += s.agencies;
            stubs += s.stubs;
            elements += s.elements;
            s.relations.forEach(this::add);
        }

        WriteReport report(long millis) {
            return new WriteReport(documents, skipped, chapters, articles, agencies, Map.copyOf(relations), stubs,
                    List.copyOf(failures), elements, millis);
        }
    }
}
