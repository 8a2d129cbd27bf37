package org.reggraph.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.util.*;
import java.util.function.Predicate;

/**
 * TEMPORARY, test scope only: serves the REST API contract of the explorer (see the issue "Graph explorer")
 * from a small hand-made graph built from the seed texts ({@code src/test/resources/explorer/*.json}), so that
 * {@code ExplorerIT} can run before the real API is merged. At merge, delete this class and its JSON and let
 * ExplorerIT run against the real API with the seed graph ingested.
 * <p>Active only with the profile {@code fake-api}, so component scanning never registers it elsewhere.
 */
@Profile("fake-api")
@RestController
@RequestMapping("/api")
public class FakeApiController {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> agencies = new LinkedHashMap<>();
    /** source, target, type; de-duplicated, in insertion order. */
    private final Set<List<String>> edges = new LinkedHashSet<>();

    @SuppressWarnings("unchecked")
    public FakeApiController(ObjectMapper json) throws IOException {
        Map<String, Object> graph = read(json, "explorer/fake-graph.json");
        List<Map<String, Object>> docs = new ArrayList<>((List<Map<String, Object>>) graph.get("documents"));
        docs.add(0, read(json, "explorer/doc-748.json"));
        for (Map<String, Object> d : docs) {
            for (String key : List.of("shortTitles", "issuers", "chapters", "articles")) d.putIfAbsent(key, List.of());
            for (String key : List.of("docNumber", "issuedDate", "effectiveDate", "statusDate", "statusChangedBy", "promulgatedBy")) {
                d.putIfAbsent(key, null);
            }
            documents.put((String) d.get("id"), d);
        }
        for (Map<String, Object> a : (List<Map<String, Object>>) graph.get("agencies")) agencies.put((String) a.get("id"), a);
        for (Map<String, Object> d : documents.values()) {
            String id = (String) d.get("id");
            for (Map<String, Object> issuer : list(d, "issuers")) edges.add(List.of(id, (String) issuer.get("id"), "ISSUED_BY"));
            if (d.get("promulgatedBy") instanceof Map<?, ?> p) edges.add(List.of((String) p.get("id"), id, "PROMULGATES"));
            for (Map<String, Object> article : list(d, "articles")) {
                for (Map<String, Object> r : list(article, "references")) edges.add(List.of(id, (String) r.get("targetId"), (String) r.get("type")));
                for (Map<String, Object> r : list(article, "responsibilities")) edges.add(List.of(id, (String) r.get("agencyId"), "RESPONSIBLE_FOR"));
                for (Map<String, Object> r : list(article, "delegations")) edges.add(List.of(id, (String) r.get("agencyId"), "DELEGATES_TO"));
            }
        }
        for (List<String> p : (List<List<String>>) graph.get("partOf")) edges.add(List.of(p.get(0), p.get(1), "PART_OF"));
    }

    @GetMapping("/suggest")
    public List<Map<String, Object>> suggest(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "10") int limit) {
        List<Map<String, Object>> out = new ArrayList<>();
        documents.values().stream().filter(matches(q)).forEach(d -> out.add(ordered(
                "type", "document", "id", d.get("id"), "label", d.get("title"),
                "detail", Objects.toString(d.get("docNumber") == null ? d.get("level") : d.get("docNumber"), ""))));
        agencies.values().stream().filter(a -> !q.isBlank() && (contains(a.get("name"), q) || contains(a.get("aliases"), q)))
                .forEach(a -> out.add(ordered("type", "agency", "id", a.get("id"), "label", a.get("name"), "detail", a.get("kind"))));
        return out.subList(0, Math.min(limit, out.size()));
    }

    @GetMapping("/documents")
    public Map<String, Object> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        List<Map<String, Object>> hits = documents.values().stream().filter(matches(q)).map(this::summary).toList();
        int from = Math.min(page * size, hits.size());
        return ordered("items", hits.subList(from, Math.min(from + size, hits.size())), "page", page, "size", size, "total", hits.size());
    }

    @GetMapping("/documents/{id}")
    public ResponseEntity<?> document(@PathVariable String id) {
        Map<String, Object> d = documents.get(id);
        if (d == null) return notFound("没有这个文件 (no such document): " + id);
        Map<String, Object> out = new LinkedHashMap<>(d);
        Map<String, Object> counts = new TreeMap<>();
        for (List<String> e : edges) {
            if (!e.get(0).equals(id) && !e.get(1).equals(id)) continue;
            @SuppressWarnings("unchecked")
            Map<String, Integer> c = (Map<String, Integer>) counts.computeIfAbsent(e.get(2), t -> new LinkedHashMap<>(Map.of("out", 0, "in", 0)));
            c.merge(e.get(0).equals(id) ? "out" : "in", 1, Integer::sum);
        }
        out.put("relationCounts", counts);
        return ResponseEntity.ok(out);
    }

    @GetMapping("/documents/{id}/replacements")
    public ResponseEntity<?> replacements(@PathVariable String id) {
        Map<String, Object> d = documents.get(id);
        if (d == null) return notFound("没有这个文件 (no such document): " + id);
        List<Map<String, Object>> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(id));
        String current = id;
        for (boolean more = true; more; ) {
            more = false;
            for (List<String> e : edges) {
                if (e.get(1).equals(current) && e.get(2).equals("REPEALS") && seen.add(e.get(0))) {
                    chain.add(ordered("from", ref(current), "to", ref(e.get(0)), "type", "REPEALS",
                            "date", documents.get(e.get(0)).get("effectiveDate"), "partial", false));
                    current = e.get(0);
                    more = true;
                    break;
                }
            }
        }
        List<Map<String, Object>> replacedBy = edges.stream().filter(e -> e.get(1).equals(id) && e.get(2).equals("REPEALS"))
                .map(e -> ref(e.get(0))).toList();
        return ResponseEntity.ok(ordered("document", ref(id), "status", d.get("status"), "inForce", "IN_FORCE".equals(d.get("status")),
                "statusDate", d.get("statusDate"), "replacedBy", replacedBy, "chain", chain));
    }

    @GetMapping("/graph")
    public ResponseEntity<?> graph(@RequestParam String id, @RequestParam(defaultValue = "1") int depth,
                                   @RequestParam(required = false) List<String> types, @RequestParam(defaultValue = "200") int limit) {
        if (!documents.containsKey(id) && !agencies.containsKey(id)) return notFound("图中没有这个节点 (no such node): " + id);
        Set<String> reached = new LinkedHashSet<>(List.of(id));
        List<List<String>> kept = new ArrayList<>();
        Set<String> frontier = Set.of(id);
        boolean truncated = false;
        for (int level = 0; level < Math.max(0, Math.min(depth, 3)) && !frontier.isEmpty(); level++) {
            Set<String> next = new LinkedHashSet<>();
            for (List<String> e : edges) {
                if (types != null && !types.isEmpty() && !types.contains(e.get(2))) continue;
                if (!frontier.contains(e.get(0)) && !frontier.contains(e.get(1))) continue;
                for (String end : e.subList(0, 2)) {
                    if (!reached.contains(end)) {
                        if (reached.size() >= limit) { truncated = true; continue; }
                        reached.add(end);
                        next.add(end);
                    }
                }
                if (reached.contains(e.get(0)) && reached.contains(e.get(1)) && !kept.contains(e)) kept.add(e);
            }
            frontier = next;
        }
        List<Map<String, Object>> nodes = reached.stream().map(n -> {
            Map<String, Object> d = documents.get(n);
            return d != null
                    ? ordered("id", n, "label", d.get("title"), "kind", "Document", "stub", d.get("stub"), "status", d.get("status"))
                    : ordered("id", n, "label", agencies.get(n).get("name"), "kind", "Agency", "stub", false, "status", null);
        }).toList();
        List<Map<String, Object>> edgeList = kept.stream().map(e -> ordered(
                "id", e.get(0) + "|" + e.get(2) + "|" + e.get(1), "source", e.get(0), "target", e.get(1), "type", e.get(2))).toList();
        return ResponseEntity.ok(ordered("nodes", nodes, "edges", edgeList, "truncated", truncated));
    }

    @GetMapping("/agencies/{id}")
    public ResponseEntity<?> agency(@PathVariable String id) {
        Map<String, Object> a = agencies.get(id);
        if (a == null) return notFound("没有这个机构 (no such agency): " + id);
        Map<String, Object> out = new LinkedHashMap<>(a);
        out.put("parents", edges.stream().filter(e -> e.get(2).equals("PART_OF") && e.get(0).equals(id)).map(e -> agencyRef(e.get(1))).toList());
        out.put("children", edges.stream().filter(e -> e.get(2).equals("PART_OF") && e.get(1).equals(id)).map(e -> agencyRef(e.get(0))).toList());
        out.put("issued", documents.values().stream()
                .filter(d -> list(d, "issuers").stream().anyMatch(i -> id.equals(i.get("id")))).map(this::summary).toList());
        List<Map<String, Object>> responsibilities = new ArrayList<>();
        List<Map<String, Object>> delegations = new ArrayList<>();
        for (Map<String, Object> d : documents.values()) {
            for (Map<String, Object> article : list(d, "articles")) {
                Map<String, Object> where = ordered("id", article.get("id"), "label", article.get("label"));
                for (Map<String, Object> r : list(article, "responsibilities")) {
                    if (id.equals(r.get("agencyId"))) responsibilities.add(ordered("document", ref((String) d.get("id")), "article", where,
                            "role", r.get("role"), "surface", r.get("surface")));
                }
                for (Map<String, Object> r : list(article, "delegations")) {
                    if (id.equals(r.get("agencyId"))) delegations.add(ordered("document", ref((String) d.get("id")), "article", where,
                            "what", r.get("what"), "surface", r.get("surface")));
                }
            }
        }
        out.put("responsibilities", responsibilities);
        out.put("delegations", delegations);
        return ResponseEntity.ok(out);
    }

    @GetMapping("/reports/dangling-references")
    public Map<String, Object> dangling() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> d : documents.values()) {
            if (!"IN_FORCE".equals(d.get("status"))) continue;
            for (Map<String, Object> article : list(d, "articles")) {
                for (Map<String, Object> r : list(article, "references")) {
                    Map<String, Object> cited = documents.get((String) r.get("targetId"));
                    if (!"CITES".equals(r.get("type")) || cited == null || !"REPEALED".equals(cited.get("status"))) continue;
                    items.add(ordered("citing", ref((String) d.get("id")),
                            "article", ordered("id", article.get("id"), "label", article.get("label")),
                            "cited", ordered("id", cited.get("id"), "title", cited.get("title"), "status", cited.get("status")),
                            "repealedBy", cited.get("statusChangedBy"), "surface", r.get("surface")));
                }
            }
        }
        return ordered("items", items, "total", items.size());
    }

    private Map<String, Object> summary(Map<String, Object> d) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (String key : List.of("id", "title", "docNumber", "kind", "level", "status", "issuedDate", "effectiveDate", "stub")) {
            s.put(key, d.get(key));
        }
        return s;
    }

    private Map<String, Object> ref(String documentId) {
        return ordered("id", documentId, "title", documents.get(documentId).get("title"));
    }

    private Map<String, Object> agencyRef(String agencyId) {
        return ordered("id", agencyId, "name", agencies.get(agencyId).get("name"));
    }

    private Predicate<Map<String, Object>> matches(String q) {
        return d -> !q.isBlank() && (contains(d.get("title"), q) || contains(d.get("docNumber"), q) || contains(d.get("shortTitles"), q)
                || list(d, "issuers").stream().anyMatch(i -> contains(i.get("name"), q)));
    }

    private static boolean contains(Object value, String q) {
        if (value instanceof Collection<?> c) return c.stream().anyMatch(v -> contains(v, q));
        return value != null && value.toString().toLowerCase(Locale.ROOT).contains(q.trim().toLowerCase(Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) map.put((String) keyValues[i], keyValues[i + 1]);
        return map;
    }

    private static ResponseEntity<ProblemDetail> notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not Found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, Object> read(ObjectMapper json, String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, MAP);
        }
    }
}
