package org.reggraph.api.documents;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.reggraph.api.AnswerCache;
import org.reggraph.api.ApiSettings;
import org.reggraph.api.GraphReader;
import org.reggraph.api.InvalidParameterException;
import org.reggraph.api.NotFoundException;
import org.reggraph.api.Paging;
import org.reggraph.api.Params;
import org.reggraph.api.RelType;
import org.reggraph.api.documents.DocumentDtos.*;
import org.reggraph.api.versions.VersionDtos.Version;
import org.reggraph.api.versions.VersionDtos.Versions;
import org.reggraph.api.versions.VersionService;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.*;

import static org.reggraph.api.Params.id;
import static org.reggraph.api.Values.integer;
import static org.reggraph.api.Values.str;

/**
 * One document, its articles, its references, what replaced it and whether it is in force; every answer is one
 * read-only transaction, and validates its parameters before any query runs.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    /** Relation types between documents (what the references endpoint may follow). */
    public static final List<RelType> DOCUMENT_RELATIONS =
            List.of(RelType.CITES, RelType.BASED_ON, RelType.AMENDS, RelType.REPEALS, RelType.PROMULGATES);
    /** Articles in a document answer unless more are asked for (a long regulation is not one 100 KB answer). */
    static final int ARTICLES_PER_PAGE = 20;
    /** Edges in a references answer unless more are asked for (3 hops from a widely cited law reach thousands). */
    public static final int REFERENCE_EDGES = 500;
    /** The most edges a references answer may ask for. */
    public static final int MAX_REFERENCE_EDGES = 5000;

    private final GraphReader reader;
    private final ApiSettings settings;
    private final Paging paging;
    private final VersionService versions;

    public DocumentService(GraphReader reader, ApiSettings settings, Paging paging, VersionService versions) {
        this.reader = reader;
        this.settings = settings;
        this.paging = paging;
        this.versions = versions;
    }

    // ---------------------------------------------------------------- one document

    /** The document with one page of its articles (the first {@value #ARTICLES_PER_PAGE} by default): one statement. */
    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public DocumentDetail document(String rawId, Integer articlePage, Integer articleSize) {
        String id = id(rawId);
        Pageable pageable = paging.of(articlePage, articleSize, ARTICLES_PER_PAGE);
        Record head = reader.single(DocumentQueries.DOCUMENT, pageParams(id, pageable), r -> r);
        if (head == null) {
            throw new NotFoundException("Document", id);
        }
        Value d = head.get("d");
        List<ChapterView> chapters = new ArrayList<>(head.get("chapters").asList(c -> new ChapterView(
                str(c.get("id")), integer(c.get("number")), str(c.get("label")), str(c.get("title")),
                integer(c.get("ordinal")))));
        chapters.sort(Comparator.comparing((ChapterView c) -> c.ordinal() == null ? Integer.MAX_VALUE : c.ordinal())
                .thenComparing(c -> c.number() == null ? Integer.MAX_VALUE : c.number()));
        List<AgencyRef> issuers = head.get("issuers").asList(a -> new AgencyRef(str(a.get("id")), str(a.get("name"))))
                .stream().filter(a -> a.id() != null).toList();
        return new DocumentDetail(str(d.get("id")), str(d.get("title")), str(d.get("docNumber")), str(d.get("kind")),
                str(d.get("level")), str(d.get("status")), str(d.get("issuedDate")), str(d.get("effectiveDate")),
                d.get("stub").isNull() ? false : d.get("stub").asBoolean(),
                d.get("shortTitles").isNull() ? List.of() : d.get("shortTitles").asList(Value::asString),
                issuers, str(d.get("sourceFile")), integer(d.get("startLine")), integer(d.get("endLine")),
                str(d.get("statusDate")), ref(head.get("statusChangedBy")), ref(head.get("promulgatedBy")),
                chapters, articlePage(head, pageable), counts(head.get("counts")));
    }

    /** One page of a document's articles, in article order. */
    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public PagedModel<ArticleView> articles(String rawId, Integer page, Integer size) {
        String id = id(rawId);
        Pageable pageable = paging.of(page, size, ARTICLES_PER_PAGE);
        PagedModel<ArticleView> articles = reader.single(DocumentQueries.ARTICLES, pageParams(id, pageable),
                r -> articlePage(r, pageable));
        if (articles == null) {
            throw new NotFoundException("Document", id);
        }
        return articles;
    }

    private static Map<String, Object> pageParams(String id, Pageable pageable) {
        return Map.of("id", id, "skip", pageable.getOffset(), "limit", (long) pageable.getPageSize());
    }

    private static PagedModel<ArticleView> articlePage(Record r, Pageable pageable) {
        return new PagedModel<>(new PageImpl<>(r.get("articleItems").asList(DocumentService::article), pageable,
                r.get("articleTotal").asLong()));
    }

    /** Every counted type, both directions, from the {@code [TYPE_dir, n]} pairs of the query (absent: 0). */
    private static Map<String, Counts> counts(Value pairs) {
        Map<String, Long> byKey = new HashMap<>();
        pairs.asList(p -> p).forEach(p -> byKey.put(p.get(0).asString(), p.get(1).asLong()));
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (RelType type : RelType.ofDocuments()) {
            counts.put(type.name(), new Counts(byKey.getOrDefault(type.name() + "_out", 0L),
                    byKey.getOrDefault(type.name() + "_in", 0L)));
        }
        return counts;
    }

    private static ArticleView article(Value r) {
        List<Reference> references = r.get("references").asList(v -> {
            Value target = v.get("target");
            return new Reference(str(v.get("type")), target.isNull() ? null : str(target.get("id")),
                    target.isNull() ? null : str(target.get("title")), str(v.get("targetArticle")),
                    str(v.get("surface")), integer(v.get("line")));
        });
        List<Responsibility> responsibilities = r.get("responsibilities").asList(v -> new Responsibility(
                str(v.get("agencyId")), str(v.get("agencyName")), str(v.get("role")), str(v.get("surface"))));
        List<Delegation> delegations = r.get("delegations").asList(v -> new Delegation(
                str(v.get("agencyId")), str(v.get("agencyName")), str(v.get("what")), str(v.get("kind")), str(v.get("role")),
                str(v.get("surface")),
                str(v.get("status")), str(v.get("fulfilledById")), str(v.get("fulfilledByTitle")),
                v.get("confidence").isNull() ? null : v.get("confidence").asDouble()));
        return new ArticleView(str(r.get("id")), integer(r.get("number")), str(r.get("label")), str(r.get("text")),
                str(r.get("chapterId")), integer(r.get("startLine")), references, responsibilities, delegations);
    }

    // ---------------------------------------------------------------- references

    /**
     * References up to {@code depth} hops. The first hop is detailed (every edge of the document and its articles,
     * with surface and line); further hops walk the document-level projection {@code LINKS_TO} the writer keeps, one
     * edge per pair of documents and type with the number of edges it stands for.
     */
    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public References references(String rawId, String direction, Integer depth, String types, Integer article,
                                 String asOf, Integer limit) {
        String id = id(rawId);
        LocalDate asOfDate = Params.date("asOf", asOf);
        String dir = direction == null || direction.isBlank() ? "out" : direction.strip().toLowerCase(Locale.ROOT);
        if (!List.of("out", "in", "both").contains(dir)) {
            throw new InvalidParameterException("direction", "Unknown direction '" + direction
                    + "'; allowed: out, in, both");
        }
        int maxDepth = depth == null ? 1 : depth;
        if (maxDepth < 1 || maxDepth > settings.maxDepth()) {
            throw new InvalidParameterException("depth", "'depth' must be between 1 and " + settings.maxDepth()
                    + ", was " + maxDepth);
        }
        if (article != null && article < 1) {
            throw new InvalidParameterException("article", "'article' must be a positive article number, was " + article);
        }
        int maxEdges = limit == null ? REFERENCE_EDGES : limit;
        if (maxEdges < 1 || maxEdges > MAX_REFERENCE_EDGES) {
            throw new InvalidParameterException("limit", "'limit' must be between 1 and " + MAX_REFERENCE_EDGES
                    + ", was " + maxEdges);
        }
        List<String> typeNames = RelType.names(RelType.parseList(types, DOCUMENT_RELATIONS, DOCUMENT_RELATIONS));
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("types", typeNames);
        params.put("article", article == null ? null : article.longValue());
        params.put("limit", maxEdges + 1); // per hop; one edge more than asked for tells that edges were left out
        params.put("out", !dir.equals("in"));
        params.put("in", !dir.equals("out"));
        params.put("asOf", asOfDate);
        Record first = reader.single(DocumentQueries.REFERENCES_FIRST, params, r -> r);
        if (first == null) {
            throw new NotFoundException("Document", id);
        }
        Ref root = new Ref(first.get("id").asString(), str(first.get("title")));
        Map<String, Edge> edges = new LinkedHashMap<>();
        Set<String> documentPairs = new HashSet<>();
        Set<String> visited = new HashSet<>(Set.of(id));
        List<? extends MapAccessor> rows = first.get("edges").asList(v -> v);
        boolean truncated = false;
        for (int level = 1; !rows.isEmpty(); level++) {
            boolean cut = rows.size() > maxEdges; // the hop's statement stopped at its limit: more edges wait
            Set<String> next = addHop(rows, level, root, edges, documentPairs);
            next.removeAll(visited);
            visited.addAll(next);
            if (cut || edges.size() > maxEdges) {
                truncated = true;
                break;
            }
            if (level == maxDepth || next.isEmpty()) {
                break;
            }
            params.put("frontier", List.copyOf(next));
            rows = reader.list(DocumentQueries.REFERENCES_NEXT, params, r -> r); // read as they came, not copied
        }
        List<Edge> answer = List.copyOf(edges.values());
        return new References(root, answer.size() > maxEdges ? answer.subList(0, maxEdges) : answer, truncated);
    }

    /**
     * The edges of one hop (the first: the root's, in detail; further ones: document links from the frontier); a
     * document-level edge the first hop has already shown in detail is not repeated. Returns the documents reached.
     */
    private static Set<String> addHop(List<? extends MapAccessor> rows, int level, Ref root, Map<String, Edge> edges,
                                      Set<String> documentPairs) {
        Set<String> reached = new LinkedHashSet<>();
        for (MapAccessor r : rows) {
            Endpoint self = level == 1 ? new Endpoint(root.id(), root.title(), str(r.get("selfLabel")))
                    : new Endpoint(str(r.get("selfId")), str(r.get("selfTitle")), null);
            Endpoint other = new Endpoint(str(r.get("otherId")), str(r.get("otherTitle")), str(r.get("otherLabel")));
            boolean outgoing = r.get("outgoing").asBoolean();
            Edge e = new Edge(outgoing ? self : other, outgoing ? other : self, r.get("type").asString(),
                    str(r.get("surface")), integer(r.get("line")), level, r.get("count").asLong(1));
            String pair = e.from().id() + "\u0000" + e.to().id() + "\u0000" + e.type();
            if ((level == 1 || !documentPairs.contains(pair)) && edges.putIfAbsent(edgeKey(e), e) == null) {
                documentPairs.add(pair);
            }
            reached.add(other.id());
        }
        return reached;
    }

    private static String edgeKey(Edge e) {
        return e.from().id() + "\u0000" + e.from().label() + "\u0000" + e.to().id() + "\u0000" + e.to().label()
                + "\u0000" + e.type();
    }

    // ---------------------------------------------------------------- replacements and validity

    private record Repealer(String id, String title, String docNumber, boolean partial, String date,
                            NoticeRef notice) {
    }

    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public Replacements replacements(String rawId) {
        String id = id(rawId);
        Record r = reader.single(DocumentQueries.REPLACEMENTS, Map.of("id", id), rec -> rec);
        if (r == null) {
            throw new NotFoundException("Document", id);
        }
        Value d = r.get("d");
        List<Repealer> repealers = repealers(r);
        List<ChainLink> chain = r.get("chain").asList(v -> new ChainLink(
                new Ref(str(v.get("fromId")), str(v.get("fromTitle"))), new Ref(str(v.get("toId")), str(v.get("toTitle"))),
                str(v.get("type")), str(v.get("date")), v.get("partial").isNull() ? null : v.get("partial").asBoolean()));
        List<Replacement> replacedBy = repealers.stream().filter(x -> !x.partial())
                .map(x -> new Replacement(x.id(), x.title(), x.docNumber(), x.date(), x.notice())).toList();
        boolean inForce = evaluate(d, repealers, LocalDate.now()).inForce();
        return new Replacements(new Ref(id, str(d.get("title"))), str(d.get("status")), inForce,
                str(d.get("statusDate")), replacedBy, chain);
    }

    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public InForce inForce(String rawId, String date) {
        String id = id(rawId);
        LocalDate at = date == null || date.isBlank() ? LocalDate.now() : Params.date("date", date);
        Record r = reader.single(DocumentQueries.REPLACEMENTS, Map.of("id", id), rec -> rec);
        if (r == null) {
            throw new NotFoundException("Document", id);
        }
        Verdict self = evaluate(r.get("d"), repealers(r), at);
        Versions work = versions.versions(id, null);
        Ref workRef = work.work() == null ? null : new Ref(work.work().id(), work.work().title());
        Ref selfRef = new Ref(id, str(r.get("d").get("title")));
        Version first = work.versions().get(0);
        InForce early = beforeTheOldestText(id, at, work, first, workRef);
        if (early != null) {
            return early;
        }
        if (work.versions().size() <= 1) {
            return new InForce(id, at.toString(), self.inForce(), self.reason(), workRef, self.inForce() ? selfRef : null,
                    self.inForce());
        }
        // a regulation with several versions: in force when one of them applied that day
        Version then = VersionService.inForceOn(work.versions(), at);
        if (then == null) {
            boolean before = first.validFrom() != null && at.isBefore(LocalDate.parse(first.validFrom()));
            String reason = before ? "not yet in force: the first version (" + first.id() + ") applies from " + first.validFrom()
                    : "no version in force: " + self.reason();
            return new InForce(id, at.toString(), false, reason, workRef, null, false);
        }
        boolean thisOne = then.id().equals(work.version());
        String reason = "in force" + since(work, first) + "; the text in force on " + at + " is version "
                + then.ordinal() + " of " + work.versions().size() + " (" + then.id() + ")"
                + (then.ordinal() > 1 && then.validFrom() != null ? ", applying since " + then.validFrom() : "")
                + (work.sameAs() == null ? "" : "; " + id + " is the same text as " + work.sameAs())
                + (thisOne ? "" : "; this version (" + work.version() + ") " + versionNote(work, work.version(), at));
        return new InForce(id, at.toString(), true, reason, workRef, new Ref(then.id(), then.title()), thisOne);
    }

    /**
     * The answer for a day before the oldest text the graph holds began to apply, when the history in its header dates the
     * work earlier (行政处罚法 loaded in its 2021 text only, 护士条例 in its 2020 one): not yet issued, issued but not yet
     * in force, or in force in an earlier text; null when the graph's versions answer.
     */
    private static InForce beforeTheOldestText(String id, LocalDate at, Versions work, Version first, Ref workRef) {
        LocalDate made = work.work() == null ? null : lenientDate(work.work().firstIssued());
        if (made == null) {
            return null;
        }
        if (at.isBefore(made)) {
            return new InForce(id, at.toString(), false, "not yet issued: the first text of the work dates from " + made
                    + " (" + byHistoryOf(first) + ")", workRef, null, false);
        }
        LocalDate commenced = lenientDate(work.work().firstInForce());
        if (commenced != null && at.isBefore(commenced)) {
            return new InForce(id, at.toString(), false, "not yet effective: the first text of the work, of " + made
                    + ", takes effect on " + commenced + " (by the text of " + first.id() + ")", workRef, null, false);
        }
        // before the oldest version began to apply: a text of the work the graph holds no copy of applied
        LocalDate from = lenientDate(first.validFrom() != null ? first.validFrom() : first.versionDate());
        if (from == null || !at.isBefore(from)) {
            return null;
        }
        String reason = "in force" + since(work, first) + "; the text in force on " + at
                + " is an earlier one the graph holds no copy of; this version (" + work.version() + ") "
                + versionNote(work, work.version(), at);
        return new InForce(id, at.toString(), true, reason, workRef, null, false);
    }

    private static String byHistoryOf(Version first) {
        return "by the history in the header of " + first.id();
    }

    private record Verdict(boolean inForce, String reason) {
    }

    /** Since when the work applies: its first day, where its history tells one, else its first version's dates. */
    private static String since(Versions work, Version first) {
        if (work.work() != null && work.work().firstIssued() != null) {
            String commenced = work.work().firstInForce();
            return " since " + (commenced != null ? commenced + " (the first text, of " + work.work().firstIssued()
                    + ", " + byHistoryOf(first) + " and its commencement)"
                    : work.work().firstIssued() + " (the first text, " + byHistoryOf(first) + ")");
        }
        if (first.validFrom() != null) {
            return " since " + first.validFrom();
        }
        return first.versionDate() != null ? " since its first version of " + first.versionDate() : "";
    }

    /** Where this version stands relative to the date: not applying yet, or ended. */
    private static String versionNote(Versions work, String id, LocalDate at) {
        Version v = work.versions().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (v != null && v.validFrom() != null && at.isBefore(LocalDate.parse(v.validFrom()))) {
            return "applies from " + v.validFrom();
        }
        return v != null && v.validTo() != null ? "applied until " + v.validTo() : "does not apply on that date";
    }

    private static List<Repealer> repealers(Record r) {
        return r.get("repealers").asList(v -> new Repealer(str(v.get("id")), str(v.get("title")),
                str(v.get("docNumber")), v.get("partial").asBoolean(false), str(v.get("date")),
                v.get("notice").isNull() ? null : new NoticeRef(str(v.get("notice").get("id")),
                        str(v.get("notice").get("title")), str(v.get("notice").get("docNumber")))));
    }

    private static Verdict evaluate(Value d, List<Repealer> repealers, LocalDate at) {
        LocalDate issued = lenientDate(str(d.get("issuedDate")));
        LocalDate effective = lenientDate(str(d.get("effectiveDate")));
        if (issued != null && at.isBefore(issued)) {
            return new Verdict(false, "not yet issued: issued on " + issued);
        }
        if (effective != null && at.isBefore(effective)) {
            return new Verdict(false, "not yet effective: takes effect on " + effective);
        }
        for (Repealer x : repealers) {
            if (x.partial()) {
                continue;
            }
            LocalDate when = lenientDate(x.date());
            if (when == null || !when.isAfter(at)) {
                return new Verdict(false, "repealed" + (when == null ? "" : " on " + when) + " by " + x.id()
                        + (x.title() == null || x.title().equals(x.id()) ? "" : " (" + x.title() + ")"));
            }
        }
        if ("SUPERSEDED".equals(str(d.get("status")))) {
            LocalDate when = lenientDate(str(d.get("statusDate")));
            if (when == null || !when.isAfter(at)) {
                return new Verdict(false, "superseded" + (when == null ? "" : " on " + when) + " by the version "
                        + str(d.get("statusChangedBy")));
            }
        }
        if ("REPEALED".equals(str(d.get("status")))) {
            LocalDate when = lenientDate(str(d.get("statusDate")));
            if (when == null || !when.isAfter(at)) {
                return new Verdict(false, "repealed" + (when == null ? "" : " on " + when));
            }
        }
        if (issued == null && effective == null) {
            return new Verdict(true, "in force (no issue or effective date known; not repealed)");
        }
        return new Verdict(true, "in force since " + (effective != null ? effective : issued));
    }

    // ---------------------------------------------------------------- parameter checks

    private static LocalDate lenientDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- value mapping

    static Ref ref(Value v) {
        return v == null || v.isNull() ? null : new Ref(str(v.get("id")), str(v.get("title")));
    }
}
