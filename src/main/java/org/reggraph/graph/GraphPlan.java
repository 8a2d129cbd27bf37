package org.reggraph.graph;

import org.reggraph.extract.CitationResolution;
import org.reggraph.extract.TitleKey;
import org.reggraph.extract.agency.AgencyRecognizer;
import org.reggraph.extract.agency.AgencySuccession;
import org.reggraph.extract.ExtractedAgency;
import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedChapter;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Relation;
import org.reggraph.extract.lexicon.Dates;
import org.reggraph.extract.lexicon.DocNumbers;
import org.reggraph.extract.text.SourceLine;
import org.reggraph.extract.text.TextNormalizer;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.ExtractionExport;
import org.reggraph.extract.ExtractionProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.Set;

/**
 * An {@link Extraction} mapped onto the graph model, before any database is involved: node properties, structure
 * and edges per document, with document targets still unresolved ({@link Ref}). The Bolt writer resolves refs
 * against the database; the CSV exporter resolves them within the extraction. Both therefore write the same graph.
 *
 * @param documents one plan per document, in extraction order
 * @param agencies  agency nodes (shared, merged)
 * @param partOf    agency hierarchy: [child id, parent id]
 * @param succession SUCCEEDED_BY rows (from, to, date, approximate, source, scope) of {@link AgencySuccession}
 * @param heldBy    HELD_BY rows (role, holder, from, to, approximate) of {@link AgencySuccession}
 * @param problems  what could not be mapped (relations from unknown documents …)
 */
public record GraphPlan(List<DocPlan> documents, List<Map<String, Object>> agencies, List<List<String>> partOf,
                        List<Map<String, Object>> succession, List<Map<String, Object>> heldBy,
                        List<ExtractionProblem> problems) {

    public static final String HAS_CHAPTER = "HAS_CHAPTER";
    public static final String HAS_ARTICLE = "HAS_ARTICLE";

    /**
     * Everything written for one document. It owns its chapters, articles, outgoing edges and the AMENDS edges of
     * its amendment-history lines (those point at it and carry {@code source} = its id).
     *
     * @param id        stable document id
     * @param file      source file (for error reports)
     * @param line      first line of the document
     * @param props     Document node properties (without status, stub, shortTitles)
     * @param hash      content hash of the extracted document and its relations
     * @param chapters  chapter rows: parent, parentLabel, ordinal, props
     * @param articles  article rows: parent, parentLabel, ordinal, props
     * @param edges     outgoing edges (and owned history AMENDS)
     * @param aliases   short titles this document gives to other documents
     */
    public record DocPlan(String id, String file, int line, Map<String, Object> props, String hash,
                          List<Map<String, Object>> chapters, List<Map<String, Object>> articles,
                          List<Edge> edges, List<Alias> aliases) {

        public String docNumber() {
            return (String) props.get("docNumber");
        }

        public String titleKey() {
            return (String) props.get("titleKey");
        }

        /** Nodes and relationships this document writes (structure + edges), for rates and counts. */
        public long elements() {
            return 1 + 2L * (chapters.size() + articles.size()) + edges.size();
        }
    }

    /**
     * A document named by a citation, by number and/or title: resolved to an existing document or a stub at write
     * time. {@code exclude} is the document that must not be the answer: a
     * repeal or amendment names an older version, often under the very title of the document that replaces it.
     */
    public record Ref(String docNumber, String title, String exclude, LocalDate on) {
        public Ref {
            docNumber = TitleKey.clean(docNumber);
            title = TitleKey.clean(title);
        }

        public Ref(String docNumber, String title) {
            this(docNumber, title, null, null);
        }

        public Ref(String docNumber, String title, String exclude) {
            this(docNumber, title, exclude, null);
        }

        /** The question {@link CitationResolution} answers for this ref. */
        public CitationResolution.Query query() {
            return new CitationResolution.Query(docNumber, titleKey(), exclude, on);
        }

        public String titleKey() {
            return TitleKey.of(title);
        }

        /**
         * The id a stub for this ref gets: its document number, else its title (same rule as real documents); an
         * older version with the replacing document's own title gets a readable id of its own (X（X之前的版本）).
         */
        public String stubId() {
            String id = docNumber != null ? docNumber : title;
            return id != null && id.equals(exclude) ? id + "（" + exclude + "之前的版本）" : id;
        }

        public boolean isEmpty() {
            return docNumber == null && title == null;
        }
    }

    /** One end of an edge: a node known by label and id, or a document ref still to resolve. */
    public record End(String label, String id, Ref ref) {
        static End node(String label, String id) {
            return new End(label, id, null);
        }

        static End doc(Ref ref) {
            return new End("Document", null, ref);
        }
    }

    /**
     * An edge. {@code targetArticle} is set for 《X》第N条 citations: the edge goes to X's article when X has it,
     * else to X with the property {@code targetArticle} (moved onto the article when X's articles are written).
     */
    public record Edge(String type, End from, End to, String targetArticle, Map<String, Object> props) {

        /**
         * What makes an edge one of its own between two ends (written as {@code from} and {@code to}): repeated mentions
         * count once; a delegation's kind tells two apart (本条例由交通部负责解释。交通部可以根据本条例制定实施细则: both).
         */
        public String key(String from, String to) {
            // AMENDS by one title on two dates are two decisions (关于修改《公司法》的决定 of 1999, 2004 and 2018)
            return type + "|" + from + "|" + to + "|" + targetArticle + "|" + props.get("kind")
                    + (type.equals("AMENDS") ? "|" + props.get("date") : "");
        }
    }

    /** ALIAS: {@code alias} becomes one of the target's shortTitles. */
    public record Alias(Ref target, String alias) {
    }

    public long elements() {
        return documents.stream().mapToLong(DocPlan::elements).sum() + agencies.size() + partOf.size()
               + succession.size() + heldBy.size();
    }

    // ------------------------------------------------------------------------------------------------------------

    public static GraphPlan of(Extraction extraction) {
        List<ExtractionProblem> problems = new ArrayList<>(extraction.problems() == null ? List.of()
                : extraction.problems());
        Map<String, String> agencyIds = new HashMap<>();
        Map<String, Map<String, Object>> agencies = new LinkedHashMap<>();
        List<List<String>> partOf = new ArrayList<>();
        // the agencies of the succession tables come with every plan: their SUCCEEDED_BY and HELD_BY edges too
        List<ExtractedAgency> all = new ArrayList<>(nullSafe(extraction.agencies()));
        all.addAll(AgencySuccession.agencies());
        Set<String> roles = new HashSet<>();
        AgencySuccession.tenures().forEach(t -> roles.add(t.role()));
        Set<List<String>> seenPartOf = new HashSet<>();
        for (ExtractedAgency a : all) {
            String id = TitleKey.clean(a.id() != null ? a.id() : a.name());
            if (id == null) {
                continue;
            }
            if (agencies.containsKey(id)) {
                if (roles.contains(id)) {
                    agencies.get(id).put("generic", true); // a role name, however the extractor classed its wording
                }
                continue;
            }
            agencyIds.put(id, id);
            if (a.name() != null) {
                agencyIds.put(TitleKey.clean(a.name()), id);
            }
            nullSafe(a.aliases()).forEach(alias -> agencyIds.putIfAbsent(TitleKey.clean(alias), id));
            Map<String, Object> props = new HashMap<>();
            props.put("id", id);
            props.put("name", a.name() != null ? a.name() : id);
            List<String> aliases = nullSafe(a.aliases()).stream().sorted().toList(); // as the graph keeps them
            props.put("aliases", aliases);
            props.put("aliasText", String.join(" ", aliases));
            props.put("level", a.level());
            props.put("kind", a.kind());
            props.put("generic", a.generic() || roles.contains(id));
            agencies.put(id, props);
            if (a.parent() != null && TitleKey.clean(a.parent()) != null && seenPartOf.add(List.of(id, TitleKey.clean(a.parent())))) {
                partOf.add(List.of(id, TitleKey.clean(a.parent())));
            }
        }
        // parents and agencies named only in relations become plain Agency nodes
        partOf.forEach(p -> agencies.computeIfAbsent(p.get(1), GraphPlan::plainAgency));

        Map<String, ExtractedDocument> byExtractedId = new LinkedHashMap<>();
        Map<String, DocBuilder> builders = new LinkedHashMap<>();
        for (ExtractedDocument d : nullSafe(extraction.documents())) {
            String id = documentId(d);
            if (id == null) {
                problems.add(new ExtractionProblem(d.sourceFile(), d.startLine(), "document without id, number or title"));
                continue;
            }
            if (builders.containsKey(id)) {
                problems.add(new ExtractionProblem(d.sourceFile(), d.startLine(),
                        "document id " + id + " occurs twice; the later one is ignored"));
                continue;
            }
            byExtractedId.put(d.id() != null ? d.id() : id, d);
            builders.put(id, new DocBuilder(id, d));
        }
        Map<String, String> idOf = new HashMap<>();
        byExtractedId.forEach((extractedId, d) -> idOf.put(extractedId, documentId(d)));

        Map<String, List<Relation>> relationsByDoc = new HashMap<>();
        for (Relation r : nullSafe(extraction.relations())) {
            String rf = r.source().from();
            String from = rf == null ? null : idOf.getOrDefault(rf, builders.containsKey(rf) ? rf : null);
            if (from == null) {
                problems.add(new ExtractionProblem(null, r.source().line(), "relation " + r.type() + " from unknown document "
                        + rf + " ignored"));
                continue;
            }
            relationsByDoc.computeIfAbsent(from, k -> new ArrayList<>()).add(r);
        }
        // the new edition a notice issues under the title it says it revised (我们修订了《X》，现予印发): never the revised one
        Map<String, String> editions = new HashMap<>();
        for (DocBuilder b : builders.values()) {
            String notice = b.doc.promulgatedBy() == null ? null : idOf.get(b.doc.promulgatedBy());
            if (notice != null) {
                editions.putIfAbsent(notice + "|" + TitleKey.of(b.doc.title()), b.id);
            }
        }
        for (DocBuilder b : builders.values()) {
            b.editions = editions;
            List<Relation> relations = relationsByDoc.getOrDefault(b.id, List.of());
            b.versionDate = CitationResolution.versionDate(b.doc, relations);
            b.hasHistory = relations.stream().anyMatch(r -> r instanceof Relation.Amends a && a.history() != null);
            relations.stream().filter(r -> r instanceof Relation.Amends a && a.history() != null && a.history().instrument() != null)
                    .forEach(r -> b.historyInstruments.add(r.source().line() + "|" + TitleKey.clean(((Relation.Amends) r).history().instrument())));
            for (Relation r : relations) {
                b.relation(r, agencyIds, agencies);
            }
            b.issuers(agencyIds, agencies);
            b.hash = hash(b.doc, relations, b.successionAgencies());
        }
        // a notice that 印发 an attachment: PROMULGATES, owned by the notice, unless the notice says so itself
        for (DocBuilder b : builders.values()) {
            String notice = b.doc.promulgatedBy() == null ? null : idOf.get(b.doc.promulgatedBy());
            DocBuilder owner = notice == null ? null : builders.get(notice);
            if (owner != null) {
                owner.add(new Edge("PROMULGATES", End.node("Document", notice), End.node("Document", b.id), null,
                        Map.of()));
            }
        }
        List<DocPlan> docs = builders.values().stream().map(DocBuilder::build).toList();
        return new GraphPlan(docs, List.copyOf(agencies.values()), partOf, successionRows(), heldByRows(), problems);
    }

    /**
     * A content hash of the succession tables' rows (SUCCEEDED_BY and HELD_BY, each row with its keys sorted): the
     * version of the tables a graph holds, so that they are written once per version.
     */
    static String tablesHash(List<Map<String, Object>> succession, List<Map<String, Object>> heldBy) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (List<Map<String, Object>> table : List.of(succession, heldBy)) {
                table.stream().map(r -> new TreeMap<>(r).toString()).sorted()
                        .forEach(row -> sha.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
                sha.update("--\n".getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> successionRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AgencySuccession.Step s : AgencySuccession.steps()) {
            Map<String, Object> row = new HashMap<>();
            row.put("from", s.predecessor());
            row.put("to", s.successor());
            row.put("date", s.date());
            row.put("approximate", s.approximate());
            row.put("source", s.source());
            row.put("scope", s.scope());
            // names under which the predecessor was once merged into the successor (graphs written before)
            List<String> names = new ArrayList<>(List.of(s.predecessor()));
            names.addAll(AgencyRecognizer.aliasesOf(s.predecessor()));
            row.put("names", names);
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    private static List<Map<String, Object>> heldByRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AgencySuccession.Tenure t : AgencySuccession.tenures()) {
            Map<String, Object> row = new HashMap<>();
            row.put("role", t.role());
            row.put("holder", t.holder());
            row.put("from", t.from());
            row.put("to", t.to());
            row.put("approximate", t.approximate());
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    /** The stable id of a document: the extractor's id, else its number, else its cleaned title (+ date). */
    public static String documentId(ExtractedDocument d) {
        if (d.id() != null && !d.id().isBlank()) {
            return d.id().strip();
        }
        if (d.docNumber() != null && TitleKey.clean(d.docNumber()) != null) {
            return TitleKey.clean(d.docNumber());
        }
        return TitleKey.clean(d.title());
    }

    private static Map<String, Object> plainAgency(String id) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("name", id);
        props.put("aliases", List.of());
        props.put("aliasText", "");
        props.put("level", null);
        props.put("kind", null);
        props.put("generic", false);
        return props;
    }

    private static final class DocBuilder {
        final String id;
        final ExtractedDocument doc;
        final List<Map<String, Object>> chapters = new ArrayList<>();
        final List<Map<String, Object>> articles = new ArrayList<>();
        final Map<String, Edge> edges = new LinkedHashMap<>();
        final Set<Alias> aliases = new LinkedHashSet<>();
        final Set<String> articleLabels = new LinkedHashSet<>();
        Map<String, String> editions = Map.of();
        /** Order numbers of earlier versions named in the header (1998年12月27日国务院令第256号发布). */
        final Set<String> earlierVersions = new LinkedHashSet<>();
        LocalDate versionDate;
        boolean hasHistory;
        /** line|instrument of the history lines: the instrument they name is an amendment, not also a citation. */
        final Set<String> historyInstruments = new java.util.HashSet<>();
        String madeBy;
        String hash;

        DocBuilder(String id, ExtractedDocument doc) {
            this.id = id;
            this.doc = doc;
            Map<Integer, String> chapterIds = new HashMap<>();
            Set<String> usedChapterIds = new HashSet<>();
            String currentChapter = null;
            for (ExtractedChapter c : nullSafe(doc.chapters())) {
                String parent = c.section() && currentChapter != null ? currentChapter : id;
                String cid = uniqueChapterId(parent + "/" + (c.label() != null ? c.label() : "第" + c.number() + "章"),
                        usedChapterIds);
                if (!c.section()) {
                    currentChapter = cid;
                }
                chapterIds.put(c.ordinal(), cid);
                Map<String, Object> props = new HashMap<>();
                props.put("id", cid);
                props.put("number", c.number());
                props.put("label", c.label());
                props.put("title", c.title());
                props.put("ordinal", c.ordinal());
                props.put("section", c.section());
                props.put("startLine", c.startLine());
                chapters.add(row(parent, parent.equals(id) ? "Document" : "Chapter", c.ordinal(), props));
            }
            int ordinal = 0;
            for (ExtractedArticle a : nullSafe(doc.articles())) {
                String label = a.label() != null ? a.label() : String.valueOf(a.number());
                String parent = a.chapterOrdinal() == null ? null : chapterIds.get(a.chapterOrdinal());
                Map<String, Object> props = new HashMap<>();
                props.put("id", id + "/" + label);
                props.put("number", a.number());
                props.put("label", label);
                props.put("text", a.text());
                props.put("startLine", a.startLine());
                props.put("endLine", a.endLine());
                articleLabels.add(label);
                articles.add(row(parent != null ? parent : id, parent != null ? "Chapter" : "Document", ++ordinal, props));
            }
        }

        /**
         * Chapter numbering restarts in every part (编) of a code (刑法, 刑事诉讼法: 第一编 第一章 … 第二编 第一章), which the
         * extractor does not report: a repeated label gets its occurrence, {@code docId/第一章~2}, so that the document
         * still writes (the Chapter id is unique).
         */
        private static String uniqueChapterId(String cid, Set<String> used) {
            String unique = cid;
            for (int n = 2; !used.add(unique); n++) {
                unique = cid + "~" + n;
            }
            return unique;
        }

        private static Map<String, Object> row(String parent, String parentLabel, int ordinal, Map<String, Object> props) {
            Map<String, Object> row = new HashMap<>();
            row.put("parent", parent);
            row.put("parentLabel", parentLabel);
            row.put("ordinal", ordinal);
            row.put("props", props);
            return row;
        }

        void add(Edge edge) {
            edges.putIfAbsent(edge.key(String.valueOf(edge.from()), String.valueOf(edge.to())), edge);
        }

        void issuers(Map<String, String> agencyIds, Map<String, Map<String, Object>> agencies) {
            List<String> issuers = nullSafe(doc.issuers());
            for (int i = 0; i < issuers.size(); i++) {
                String agency = agency(issuers.get(i), agencyIds, agencies);
                if (agency != null) {
                    add(new Edge("ISSUED_BY", End.node("Document", id), End.node("Agency", agency), null,
                            Map.of("role", i == 0 ? "lead" : "joint")));
                }
            }
        }

        void relation(Relation r, Map<String, String> agencyIds, Map<String, Map<String, Object>> agencies) {
            Relation.Provenance at = r.source();
            String article = at.article() == null ? null : TitleKey.clean(at.article());
            End source = article != null && articleLabels.contains(article)
                    ? End.node("Article", id + "/" + article) : End.node("Document", id);
            End self = End.node("Document", id);
            Map<String, Object> props = new HashMap<>();
            if (!(r instanceof Relation.ToDocument t)) {
                agencyEdge(r, source, props, agencyIds, agencies);
                return;
            }
            LocalDate on = CitationResolution.validFrom(versionDate, doc.effectiveDate());
            Ref target = new Ref(t.targetDocNumber(), r.target(), null, on);
            Ref older = new Ref(t.targetDocNumber(), r.target(), id, on); // what is repealed or amended is never itself
            if (r instanceof Relation.Cites c) {
                if (target.isEmpty() || historyInstruments.contains(at.line() + "|" + TitleKey.clean(r.target()))) return;
                if (isEarlierVersion(c)) {
                    earlierVersions.add(TitleKey.clean(c.targetDocNumber()));
                    props.put("versionDate", historyDate(at.line(), c.targetDocNumber()));
                }
                props.put("surface", at.surface());
                props.put("line", at.line());
                props.put("via", c.via());
                add(new Edge("CITES", source, End.doc(target), TitleKey.clean(c.targetArticle()), props));
            } else if (r instanceof Relation.BasedOn b) {
                if (target.isEmpty()) return;
                props.put("surface", at.surface());
                props.put("line", at.line());
                props.put("targetArticle", TitleKey.clean(b.targetArticle()));
                props.put("via", b.via());
                // on the article that states it (第一条 根据《X》…制定本条例), like a citation
                add(new Edge("BASED_ON", source, End.doc(target), null, props));
            } else if (r instanceof Relation.Amends a) {
                Relation.History h = a.history();
                props.put("date", h == null ? null : h.date());
                props.put("ordinal", a.ordinal());
                props.put("surface", at.surface());
                props.put("line", at.line());
                if (h != null && isSelf(h)) {
                    // 国务院令第743号第三次修订 in 743's own header: the order made this version, it does not amend it
                    madeBy = id;
                } else if (h != null && (h.instrument() != null || h.instrumentDocNumber() != null)) {
                    // history line (根据……第一次修订) in this document's header: the instrument amends this document
                    props.put("source", id);
                    add(new Edge("AMENDS", End.doc(new Ref(h.instrumentDocNumber(), h.instrument(), id, h.date())), self, null, props));
                } else if (!target.isEmpty()) {
                    String edition = editions.get(id + "|" + TitleKey.of(r.target()));
                    add(new Edge("AMENDS", self, End.doc(edition == null ? older
                            : new Ref(t.targetDocNumber(), r.target(), edition)), null, props));
                }
            } else if (r instanceof Relation.Repeals x) {
                if (target.isEmpty()) return;
                props.put("partial", x.partial());
                props.put("articles", x.articles());
                props.put("effectiveDate", x.effectiveDate());
                props.put("surface", at.surface());
                props.put("line", at.line());
                // the text repealed is the one in force when the repeal took effect (the 2023 专利法实施细则 still says the
                // 1992 text was repealed on 2001-07-01: not its 2010 version)
                LocalDate repealedOn = x.effectiveDate() != null && on != null && x.effectiveDate().isBefore(on) ? x.effectiveDate() : on;
                add(new Edge("REPEALS", self, End.doc(new Ref(t.targetDocNumber(), r.target(), id, repealedOn)), null, props));
            } else if (r instanceof Relation.Promulgates) {
                if (target.isEmpty()) return;
                add(new Edge("PROMULGATES", self, End.doc(target), null, Map.of()));
            } else if (r instanceof Relation.Alias a) {
                if (!target.isEmpty() && a.alias() != null && TitleKey.clean(a.alias()) != null) {
                    aliases.add(new Alias(target, TitleKey.clean(a.alias())));
                }
            }
        }

        /** A history line whose instrument is this very document (its own order number or title). */
        private boolean isSelf(Relation.History h) {
            String number = TitleKey.clean(h.instrumentDocNumber());
            String own = TitleKey.clean(doc.docNumber());
            return number != null ? number.equals(own) || number.equals(id)
                    : h.instrument() != null && TitleKey.of(h.instrument()).equals(TitleKey.of(doc.title()));
        }

        /** The date a history line gives the earlier instrument (1998年12月27日中华人民共和国国务院令第256号发布): the last before its number. */
        private LocalDate historyDate(Integer line, String number) {
            if (line == null) {
                return null;
            }
            for (SourceLine l : doc.lines()) {
                if (l.number() == line) {
                    String text = TextNormalizer.squeeze(l.text());
                    String digits = number.replaceAll("\\D+", "");
                    int at = digits.isEmpty() ? -1 : text.indexOf(digits + "号");
                    return Dates.last(at < 0 ? text : text.substring(0, at));
                }
            }
            return null;
        }

        /**
         * An order number cited in the header, before the first article, of a text with amendment history: the
         * instrument that issued the original version (（1998年12月27日中华人民共和国国务院令第256号发布 根据…修订）).
         */
        private boolean isEarlierVersion(Relation.Cites c) {
            String number = TitleKey.clean(c.targetDocNumber());
            Integer firstArticle = articles.isEmpty() ? null
                    : (Integer) ((Map<?, ?>) articles.get(0).get("props")).get("startLine");
            return number != null && ORDER_NUMBER.matcher(number).find() && !number.equals(TitleKey.clean(doc.docNumber()))
                    && !number.equals(id) && c.source().article() == null && "docNumber".equals(c.via())
                    && firstArticle != null && c.source().line() < firstArticle && hasHistory;
        }

        /** RESPONSIBLE_FOR and DELEGATES_TO: a joint list (财政部、生态环境部按职责分工负责) gives each member its own edge. */
        private void agencyEdge(Relation r, End source, Map<String, Object> props, Map<String, String> agencyIds,
                                Map<String, Map<String, Object>> agencies) {
            List<String> members = r.target() == null ? List.of() : AgencyRecognizer.split(r.target());
            props.put("surface", r.source().surface());
            props.put("what", r instanceof Relation.Delegates d ? d.what() : ((Relation.Responsible) r).what());
            props.put("line", r.source().line());
            props.put("joint", members.size() > 1);
            if (r instanceof Relation.Responsible x) {
                props.put("role", x.role());
            } else if (r instanceof Relation.Delegates d) {
                props.put("kind", d.kind());
                if (d.role() != null) {
                    props.put("role", d.role()); // co: a 会同 partner in the lead's rule-making
                }
            }
            String type = r instanceof Relation.Responsible ? "RESPONSIBLE_FOR" : "DELEGATES_TO";
            for (String member : members) {
                String agency = agency(member, agencyIds, agencies);
                if (agency != null) {
                    add(new Edge(type, source, End.node("Agency", agency), null, props));
                }
            }
        }

        private static String agency(String name, Map<String, String> agencyIds, Map<String, Map<String, Object>> agencies) {
            String clean = TitleKey.clean(name);
            if (clean == null) {
                return null;
            }
            String id = agencyIds.getOrDefault(clean, clean);
            agencies.computeIfAbsent(id, GraphPlan::plainAgency);
            return id;
        }

        /**
         * The agencies of the succession tables this document's edges end at, sorted: in the hash, so that a document
         * whose agency moved out of an alias (环境保护部 was once merged into 生态环境部) is rewritten once.
         */
        List<String> successionAgencies() {
            Set<String> bodies = AgencySuccession.bodies();
            return edges.values().stream().filter(e -> "Agency".equals(e.to().label()) && bodies.contains(e.to().id()))
                    .map(e -> e.to().id()).distinct().sorted().toList();
        }

        DocPlan build() {
            Map<String, Object> props = new HashMap<>();
            props.put("id", id);
            props.put("title", doc.title());
            props.put("titleKey", TitleKey.of(doc.title()));
            // the graph matches citations by number: a bare announcement number takes its issuers, as citations do
            props.put("docNumber", DocNumbers.withIssuers(TitleKey.clean(doc.title()), TitleKey.clean(doc.docNumber())));
            props.put("kind", doc.kind());
            props.put("level", doc.level());
            props.put("issuedDate", doc.date());
            props.put("effectiveDate", doc.effectiveDate());
            props.put("firstIssued", doc.firstIssued());
            props.put("sourceFile", doc.sourceFile());
            props.put("startLine", doc.startLine());
            props.put("endLine", doc.endLine());
            props.put("textHash", hash);
            props.put("versionDate", versionDate);
            props.put("validFrom", CitationResolution.validFrom(versionDate, doc.effectiveDate()));
            props.put("madeBy", madeBy);
            props.put("earlierVersions", earlierVersions.isEmpty() ? null : List.copyOf(earlierVersions));
            return new DocPlan(id, doc.sourceFile(), doc.startLine(), props, hash, chapters, articles,
                    List.copyOf(edges.values()), List.copyOf(aliases));
        }
    }

    private static final java.util.regex.Pattern ORDER_NUMBER = java.util.regex.Pattern.compile("令第\\d+号$");

    /** Hash of everything the document writes: re-ingesting an unchanged extraction is skipped on this. */
    static String hash(ExtractedDocument doc, List<Relation> relations, List<String> successionAgencies) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(doc.toString().getBytes(StandardCharsets.UTF_8));
            for (Relation r : relations) {
                sha.update(legacyForm(r).getBytes(StandardCharsets.UTF_8));
            }
            if (!successionAgencies.isEmpty()) { // absent for most documents: their hash stays what it was
                sha.update(("agencies=" + successionAgencies).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A relation as the hash has always read it (the toString of the flat record relations were before they had one
     * record per kind), so that graphs written earlier are not all rewritten on the next ingestion.
     */
    private static String legacyForm(Relation r) {
        StringJoiner form = new StringJoiner(", ", "ExtractedRelation[", "]");
        ExtractionExport.fields(r).forEach((k, v) -> form.add(k + "=" + v));
        return form.toString();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
