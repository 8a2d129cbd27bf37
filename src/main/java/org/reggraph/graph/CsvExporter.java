package org.reggraph.graph;

import org.reggraph.extract.CitationResolution;
import org.reggraph.graph.GraphPlan.DocPlan;
import org.reggraph.graph.GraphPlan.Edge;
import org.reggraph.graph.GraphPlan.End;
import org.reggraph.graph.GraphPlan.Ref;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a {@link GraphPlan} as CSV files for {@code neo4j-admin database import} / {@code cypher/load-csv.cypher}.
 * Citations are resolved within the plan (by number, then title key), unknown targets become stubs, exactly as
 * the Bolt writer does against an empty database; status is left to the loader (it is computed from the edges).
 */
public final class CsvExporter {

    /** What was written: nodes per label and relationships per type. */
    public record Counts(Map<String, Long> nodes, Map<String, Long> relationships) {
        public long elements() {
            return nodes.values().stream().mapToLong(Long::longValue).sum()
                   + relationships.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private CsvExporter() {
    }

    public static Counts export(GraphPlan plan, Path out) {
        try {
            Files.createDirectories(out);
            return new Run(plan).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Run {
        final GraphPlan plan;
        final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        final Map<String, List<CitationResolution.Candidate>> byNumber = new HashMap<>();
        final Map<String, List<CitationResolution.Candidate>> byKey = new HashMap<>();
        final Set<String> articleIds = new HashSet<>();
        final Map<String, Set<String>> shortTitles = new HashMap<>();

        Run(GraphPlan plan) {
            this.plan = plan;
            for (DocPlan d : plan.documents()) {
                Map<String, Object> props = new HashMap<>(d.props());
                props.put("stub", false);
                documents.put(d.id(), props);
                var candidate = new CitationResolution.Candidate(d.id(), d.docNumber(), d.titleKey(), false,
                        (LocalDate) d.props().get("validFrom"));
                if (d.docNumber() != null) {
                    byNumber.computeIfAbsent(d.docNumber(), k -> new ArrayList<>()).add(candidate);
                }
                if (d.titleKey() != null) {
                    byKey.computeIfAbsent(d.titleKey(), k -> new ArrayList<>()).add(candidate);
                }
                d.articles().forEach(a -> articleIds.add((String) ((Map<?, ?>) a.get("props")).get("id")));
            }
        }

        /** {@link CitationResolution} over the plan's documents, then the stubs of earlier refs (as GraphWriter). */
        String resolve(Ref ref) {
            String key = ref.titleKey();
            var hit = CitationResolution.choose(ref.query(),
                    ref.docNumber() == null ? List.of() : byNumber.getOrDefault(ref.docNumber(), List.of()),
                    key == null ? List.of() : byKey.getOrDefault(key, List.of()));
            if (hit.isPresent()) {
                return hit.get();
            }
            String id = ref.stubId();
            Map<String, Object> stub = new HashMap<>();
            stub.put("id", id);
            stub.put("stub", true);
            stub.put("title", ref.title() != null ? ref.title() : ref.docNumber());
            stub.put("titleKey", key);
            stub.put("docNumber", ref.docNumber());
            if (documents.putIfAbsent(id, stub) == null) {
                // the writer groups one batch's unresolved refs the same way: the first stub of a number or key wins
                var candidate = new CitationResolution.Candidate(id, ref.docNumber(), key, true, null);
                if (ref.docNumber() != null) {
                    byNumber.computeIfAbsent(ref.docNumber(), k -> new ArrayList<>()).add(candidate);
                }
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
                }
            }
            return id;
        }

        Counts write(Path out) throws IOException {
            Map<List<String>, List<Map<String, Object>>> rels = new LinkedHashMap<>();
            CsvLayout.REL_FILES.forEach(f -> rels.put(f, new ArrayList<>()));
            List<Map<String, Object>> chapters = new ArrayList<>();
            List<Map<String, Object>> articles = new ArrayList<>();
            // numbered refs first, so that a title-only ref finds the stub of the same document (as the writer)
            for (DocPlan d : plan.documents()) {
                for (Edge e : d.edges()) {
                    for (End end : List.of(e.from(), e.to())) {
                        if (end.ref() != null && end.ref().docNumber() != null) {
                            resolve(end.ref());
                        }
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            for (DocPlan d : plan.documents()) {
                for (Map<String, Object> c : d.chapters()) {
                    chapters.add(node(c));
                    rels.get(List.of(GraphPlan.HAS_CHAPTER, (String) c.get("parentLabel"), "Chapter")).add(structure(c));
                }
                for (Map<String, Object> a : d.articles()) {
                    articles.add(node(a));
                    rels.get(List.of(GraphPlan.HAS_ARTICLE, (String) a.get("parentLabel"), "Article")).add(structure(a));
                }
                for (Edge e : d.edges()) {
                    String from = e.from().ref() != null ? resolve(e.from().ref()) : e.from().id();
                    String to = e.to().ref() != null ? resolve(e.to().ref()) : e.to().id();
                    if (!seen.add(e.key(from, to))) {
                        continue;
                    }
                    Map<String, Object> row = new HashMap<>(e.props());
                    String toLabel = e.to().label();
                    if (e.targetArticle() != null) {
                        if (articleIds.contains(to + "/" + e.targetArticle())) {
                            to = to + "/" + e.targetArticle();
                            toLabel = "Article";
                        } else {
                            row.put("targetArticle", e.targetArticle());
                        }
                    }
                    row.put(":START_ID", from);
                    row.put(":END_ID", to);
                    rels.get(List.of(e.type(), e.from().label(), toLabel)).add(row);
                }
                d.aliases().forEach(a -> shortTitles.computeIfAbsent(resolve(a.target()), k -> new TreeSet<>()).add(a.alias()));
            }
            shortTitles.forEach((id, titles) -> documents.get(id).put("shortTitles", List.copyOf(titles)));
            for (List<String> p : plan.partOf()) {
                rels.get(List.of("PART_OF", "Agency", "Agency")).add(Map.of(":START_ID", p.get(0), ":END_ID", p.get(1)));
            }
            for (Map<String, Object> s : plan.succession()) {
                Map<String, Object> row = new HashMap<>(s);
                row.put(":START_ID", s.get("from"));
                row.put(":END_ID", s.get("to"));
                rels.get(List.of("SUCCEEDED_BY", "Agency", "Agency")).add(row);
            }
            for (Map<String, Object> h : plan.heldBy()) {
                Map<String, Object> row = new HashMap<>(h);
                row.put(":START_ID", h.get("role"));
                row.put(":END_ID", h.get("holder"));
                rels.get(List.of("HELD_BY", "Agency", "Agency")).add(row);
            }
            Map<String, Long> nodeCounts = new TreeMap<>();
            Map<String, Long> relCounts = new TreeMap<>();
            writeNodes(out, "Document", documents.values(), nodeCounts);
            writeNodes(out, "Chapter", chapters, nodeCounts);
            writeNodes(out, "Article", articles, nodeCounts);
            writeNodes(out, "Agency", plan.agencies(), nodeCounts);
            for (var entry : rels.entrySet()) {
                List<String> f = entry.getKey();
                writeRels(out, f.get(0), f.get(1), f.get(2), entry.getValue(), relCounts);
            }
            return new Counts(nodeCounts, relCounts);
        }

        private static Map<String, Object> node(Map<String, Object> row) {
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            return props;
        }

        private static Map<String, Object> structure(Map<String, Object> row) {
            Map<String, Object> r = new HashMap<>();
            r.put(":START_ID", row.get("parent"));
            r.put(":END_ID", node(row).get("id"));
            r.put("ordinal", row.get("ordinal"));
            return r;
        }
    }

    private static void writeNodes(Path out, String label, Collection<Map<String, Object>> rows,
                                   Map<String, Long> counts) throws IOException {
        write(out.resolve(CsvLayout.nodeFile(label)), List.of("id:ID(" + label + ")", ":LABEL"),
                CsvLayout.NODE_COLUMNS.get(label), rows, row -> quote(row.get("id")) + ',' + label);
        counts.put(label, (long) rows.size());
    }

    private static void writeRels(Path out, String type, String from, String to, List<Map<String, Object>> rows,
                                  Map<String, Long> counts) throws IOException {
        write(out.resolve(CsvLayout.relFile(type, from, to)),
                List.of(":START_ID(" + from + ")", ":END_ID(" + to + ")", ":TYPE"), CsvLayout.REL_COLUMNS.get(type), rows,
                row -> quote(row.get(":START_ID")) + ',' + quote(row.get(":END_ID")) + ',' + type);
        counts.merge(type, (long) rows.size(), Long::sum);
    }

    /** One CSV file: the import tool's leading columns, then the property columns of {@link CsvLayout}. */
    private static void write(Path file, List<String> lead, List<String> columns, Collection<Map<String, Object>> rows,
                              java.util.function.Function<Map<String, Object>, String> leadValues) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(lead);
            header.addAll(columns);
            w.write(String.join(",", header));
            w.newLine();
            for (Map<String, Object> row : rows) {
                StringBuilder line = new StringBuilder(leadValues.apply(row));
                for (String c : columns) {
                    line.append(',').append(field(row.get(CsvLayout.name(c))));
                }
                w.write(line.toString());
                w.newLine();
            }
        }
    }

    /** Null → empty (no property); strings always quoted; lists joined with the array delimiter ';'. */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "" : quote(String.join(";", list.stream().map(String::valueOf).toList()));
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
            return value.toString();
        }
        return quote(value);
    }

    private static String quote(Object value) {
        return "\"" + String.valueOf(value).replace("\"", "\"\"") + "\"";
    }
}
