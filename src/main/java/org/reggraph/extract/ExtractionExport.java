package org.reggraph.extract;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an {@link Extraction} in the JSON shape of GRAPH_MODEL.md ("Extraction export"), which the scorer and the
 * gold files share: documents with chapter and article counts and their source span, relations as found, agencies.
 */
public final class ExtractionExport {

    /**
     * Streaming, not an ObjectMapper: the tree holds only maps, lists, strings, numbers, booleans, enums and records,
     * and jackson-databind's ~370 classes cost the command line a third of a second of start (same bytes as
     * {@code ObjectMapper} with {@code INDENT_OUTPUT}: the default pretty printer, records by component order).
     */
    private static final JsonFactory JSON = new JsonFactory();

    public void write(Extraction extraction, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(extraction, out);
        }
    }

    public void write(Extraction extraction, OutputStream out) throws IOException {
        Map<String, Object> tree = toTree(extraction);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            for (Map.Entry<String, Object> e : tree.entrySet()) {
                g.writeFieldName(e.getKey());
                if (e.getValue() instanceof List<?> list && list.size() >= 2 * CHUNK) {
                    g.writeStartArray();
                    g.flush();
                    writeInChunks(list, out);
                    g.writeEndArray(); // " ]" whether the generator saw values or not
                } else {
                    value(g, e.getValue());
                }
            }
            g.writeEndObject();
        }
    }

    /**
     * Items of a long list are written in chunks on every core (the export was a tenth of the command's time, on one
     * core); each chunk is written as the whole list would write it, at the depth of the root's fields.
     */
    private static final int CHUNK = 1_000;

    /** The items of {@code list}, as {@code value} writes them between the list's "[" and its closing " ]". */
    private static void writeInChunks(List<?> list, OutputStream out) throws IOException {
        List<List<?>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        List<byte[]> written = chunks.parallelStream().map(ExtractionExport::chunk).toList();
        for (int i = 0; i < written.size(); i++) {
            byte[] b = written.get(i);
            if (i > 0) {
                out.write(',');
            }
            out.write(b, 1, b.length - 3); // without "[" and " ]": " item, item"
        }
    }

    private static byte[] chunk(List<?> items) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(items.size() * 512);
        try (JsonGenerator g = JSON.createGenerator(b, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new AtDepth(1));
            value(g, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** The default pretty printer, indenting as inside {@code depth} objects. */
    private static final class AtDepth extends DefaultPrettyPrinter {
        AtDepth(int depth) {
            _nesting = depth;
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Record r) {
            g.writeStartObject();
            for (RecordComponent c : COMPONENTS.get(r.getClass())) {
                g.writeFieldName(c.getName());
                value(g, component(r, c));
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("not in the export's shape: " + v.getClass());
        }
    }

    /** A record class's components, read once: getRecordComponents() builds them anew at each call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    /** The export as plain maps and lists, in a stable key order. */
    public Map<String, Object> toTree(Extraction extraction) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (ExtractedDocument d : extraction.documents()) {
            docs.add(document(d));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", docs);
        List<Map<String, Object>> relations = new ArrayList<>(extraction.relations().size());
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, Map<String, Object>> leads = new HashMap<>();
        Map<String, List<Map<String, Object>>> leadsOfArticle = new HashMap<>();
        Map<String, Map<String, Object>> makers = new HashMap<>(); // the first rule-maker of each statement and kind
        for (Relation r : extraction.relations()) {
            if (r instanceof Relation.Delegates x && Relation.Delegates.INTERPRETATION.equals(x.kind())) {
                // the export's convention (and the gold's) records 本办法由X负责解释 as X's duty only, which the
                // extraction also has; the graph keeps the DELEGATES_TO {kind: interpretation} beside it
                continue;
            }
            if (r instanceof Relation.Responsible x && "co".equals(x.role())) {
                // X会同Y: Y goes with X's duty (`with`), as the statement has one subject; the graph has Y's edge
                Map<String, Object> lead = leads.get(statement(r));
                if (lead == null) {
                    lead = leadBefore(r, leadsOfArticle.get(article(r)));
                }
                if (lead != null) {
                    joinWith(lead, r.target());
                    continue;
                }
            }
            if (r instanceof Relation.Delegates x && Relation.Delegates.PARTNER.equals(x.role())) {
                // X会同Y制定: Y makes the rules with X, one statement with one subject as for a duty's partner (the development
                // gold records X alone); the graph keeps Y's own DELEGATES_TO edge {role: co}
                Map<String, Object> maker = makers.get(statement(r) + "|" + x.kind());
                if (maker != null) {
                    if (!r.target().equals(maker.get("target"))) {
                        joinWith(maker, r.target());
                    }
                    continue;
                }
            }
            String list = list(r);
            if (list != null) {
                // a joint list is one relation, as the text states it, with its members (the graph has one edge each)
                String key = r.type() + "|" + r.source().from() + "|" + r.source().article() + "|" + r.source().line()
                        + "|" + list + "|" + (r instanceof Relation.Responsible x ? x.role() : "");
                List<String> members = lists.get(key);
                if (members != null) {
                    members.add(r.target());
                    continue;
                }
                lists.put(key, members = new ArrayList<>(List.of(r.target())));
                relations.add(maker(r, lead(r, flat(r, list, members), leads, leadsOfArticle), makers));
            } else {
                relations.add(maker(r, lead(r, flat(r, null, null), leads, leadsOfArticle), makers));
            }
        }
        citeRepealed(relations);
        root.put("relations", relations);
        root.put("agencies", extraction.agencies());
        root.put("problems", extraction.problems());
        return root;
    }

    /**
     * A repealed document is named, so also cited (dev gold 001 and 002 record both; the scorer counts no citation of a
     * document the gold records as repealed as false). The graph keeps the REPEALS edge alone.
     */
    private static void citeRepealed(List<Map<String, Object>> relations) {
        Set<Object> repealed = new HashSet<>(); // only citations of a repealed document are looked up
        for (Map<String, Object> m : relations) {
            if (m.get("type") == RelationType.REPEALS) {
                repealed.add(m.get("target"));
            }
        }
        Set<String> cited = new HashSet<>();
        for (Map<String, Object> m : repealed.isEmpty() ? List.<Map<String, Object>>of() : relations) {
            Object type = m.get("type");
            if ((type == RelationType.CITES || type == RelationType.BASED_ON) && repealed.contains(m.get("target"))) {
                cited.add(m.get("from") + "|" + m.get("article") + "|" + m.get("target"));
            }
        }
        List<Map<String, Object>> cites = new ArrayList<>();
        for (Map<String, Object> m : relations) {
            if (m.get("type") == RelationType.REPEALS && cited.add(m.get("from") + "|" + m.get("article") + "|" + m.get("target"))) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("type", RelationType.CITES);
                for (String k : List.of("from", "article", "line", "target", "targetDocNumber", "surface", "via")) {
                    if (m.get(k) != null) {
                        c.put(k, m.get(k));
                    }
                }
                cites.add(c);
            }
        }
        relations.addAll(cites);
    }

    /**
     * The statement a duty stands in — document, article and clause — which a 会同 partner joins (also when the PDF text
     * puts the partner on the next line).
     */
    private static String statement(Relation r) {
        return r.source().from() + "|" + r.source().article() + "|" + r.source().surface();
    }

    private static Map<String, Object> lead(Relation r, Map<String, Object> m, Map<String, Map<String, Object>> leads,
                                            Map<String, List<Map<String, Object>>> leadsOfArticle) {
        if (r instanceof Relation.Responsible x && !"co".equals(x.role())) { // 由X会同Y责令…: X enforces, Y with it
            leads.putIfAbsent(statement(r), m);
            leadsOfArticle.computeIfAbsent(article(r), k -> new ArrayList<>()).add(m);
        }
        return m;
    }

    /** Adds a 会同 partner to its lead's exported relation, once. */
    private static void joinWith(Map<String, Object> lead, String partner) {
        @SuppressWarnings("unchecked")
        List<String> with = (List<String>) lead.computeIfAbsent("with", k -> new ArrayList<String>());
        if (!with.contains(partner)) {
            with.add(partner);
        }
    }

    /** Records the first rule-maker (not a partner) of a statement and kind, whom its 会同 partners join. */
    private static Map<String, Object> maker(Relation r, Map<String, Object> m, Map<String, Map<String, Object>> makers) {
        if (r instanceof Relation.Delegates x && !Relation.Delegates.PARTNER.equals(x.role())) {
            makers.putIfAbsent(statement(r) + "|" + x.kind(), m);
        }
        return m;
    }

    private static String article(Relation r) {
        return r.source().from() + "|" + r.source().article();
    }

    /**
     * The lead of a 会同 partner whose statement lost its own lead to the one-per-article rule (X had a duty earlier in
     * the article): X's exported duty (alone or in a list), X being the name that ends nearest before 会同 in the partner's statement.
     * A body organised in a clause that goes on without naming its subject (X应当…，组织Y…) goes with the article's last lead.
     */
    private static Map<String, Object> leadBefore(Relation r, List<Map<String, Object>> candidates) {
        String surface = r.source().surface();
        int with = surface == null || r.source().article() == null ? -1 : surface.indexOf("会同");
        int organises = with < 0 && surface != null && r.source().article() != null ? surface.indexOf("组织") : -1;
        if (organises >= 0 && candidates != null && !candidates.isEmpty()
                && surface.indexOf(r.target().substring(0, Math.min(2, r.target().length())), organises) > organises) {
            return candidates.get(candidates.size() - 1); // …，组织Y…: Y goes with the subject the sentence carried on
        }
        Map<String, Object> best = null;
        int bestEnd = -1;
        for (Map<String, Object> lead : with < 0 || candidates == null ? List.<Map<String, Object>>of() : candidates) {
            @SuppressWarnings("unchecked")
            List<String> members = (List<String>) lead.getOrDefault("members", List.of());
            for (String name : members.isEmpty() ? List.of((String) lead.get("target")) : members) {
                int at = surface.lastIndexOf(name, with - name.length());
                if (at >= 0 && at + name.length() > bestEnd) {
                    best = lead;
                    bestEnd = at + name.length();
                }
            }
        }
        return best;
    }

    private static String list(Relation r) {
        return r instanceof Relation.Responsible x ? x.list() : r instanceof Relation.Delegates x ? x.list() : null;
    }

    /** The export's fields of a relation, nulls left out; a joint list names the list as the target, then its members. */
    private static Map<String, Object> flat(Relation r, String list, List<String> members) {
        Map<String, Object> m = new LinkedHashMap<>();
        fields(r).forEach((k, v) -> {
            if (v != null) {
                m.put(k, v);
            }
        });
        if (list != null) {
            m.put("target", list);
            m.put("members", members);
        }
        return m;
    }

    static Map<String, Object> document(ExtractedDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("docNumber", d.docNumber());
        m.put("issuers", d.issuers());
        m.put("date", iso(d.date()));
        m.put("effectiveDate", iso(d.effectiveDate()));
        m.put("kind", d.kind());
        m.put("level", d.level());
        // the gold counts chapters only; sections (节) inside chapters are not chapters
        m.put("chapters", d.chapters().stream().filter(c -> !c.section()).count());
        m.put("articles", d.articles().size());
        m.put("promulgatedBy", d.promulgatedBy());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("file", d.sourceFile());
        source.put("startLine", d.startLine());
        source.put("endLine", d.endLine());
        m.put("source", source);
        m.put("startLine", d.startLine());
        m.put("endLine", d.endLine());
        return m;
    }

    /**
     * A relation in the flat form of the export: every field of the format in its order, null where the kind has
     * none (the export leaves those out).
     */
    public static Map<String, Object> fields(Relation r) {
        Relation.Provenance p = r.source();
        String targetDocNumber = r instanceof Relation.ToDocument d ? d.targetDocNumber() : null;
        String targetArticle = r instanceof Relation.Cites c ? c.targetArticle()
                : r instanceof Relation.BasedOn b ? b.targetArticle() : null;
        String via = r instanceof Relation.Cites c ? c.via() : r instanceof Relation.BasedOn b ? b.via()
                : r instanceof Relation.Repeals x ? x.via() : r instanceof Relation.Amends a ? a.via()
                : r instanceof Relation.Alias ? "title" : null;
        Relation.Repeals repeal = r instanceof Relation.Repeals x ? x : null;
        Relation.History history = r instanceof Relation.Amends a ? a.history() : null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type());
        m.put("from", p.from());
        m.put("article", p.article());
        m.put("line", p.line());
        m.put("target", r.target());
        m.put("targetDocNumber", targetDocNumber);
        m.put("targetArticle", targetArticle);
        m.put("surface", p.surface());
        m.put("via", via);
        m.put("alias", r instanceof Relation.Alias a ? a.alias() : null);
        m.put("partial", repeal == null ? null : repeal.partial());
        List<String> articles = repeal != null ? repeal.articles() : r instanceof Relation.Amends a ? a.articles() : List.of();
        m.put("articles", articles.isEmpty() ? null : articles);
        m.put("effectiveDate", repeal == null ? null : iso(repeal.effectiveDate()));
        m.put("instrument", history == null ? null : history.instrument());
        m.put("instrumentDocNumber", history == null ? null : history.instrumentDocNumber());
        m.put("date", history == null ? null : iso(history.date()));
        m.put("ordinal", history == null ? null : history.ordinal());
        m.put("role", r instanceof Relation.Responsible x ? x.role() : null);
        m.put("what", r instanceof Relation.Delegates x ? x.what() : r instanceof Relation.Responsible x ? x.what() : null);
        m.put("kind", r instanceof Relation.Delegates x ? x.kind() : null);
        return m;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
