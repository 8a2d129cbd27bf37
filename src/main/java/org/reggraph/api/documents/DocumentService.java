package org.reggraph.api.documents;

import org.reggraph.api.AnswerCache;
import org.springframework.cache.annotation.Cacheable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.reggraph.api.ApiSettings;
import org.reggraph.api.GraphReader;
import org.reggraph.api.InvalidParameterException;
import org.reggraph.api.NotFoundException;
import org.reggraph.api.RelType;
import org.reggraph.api.documents.DocumentDtos.*;
import org.reggraph.api.versions.VersionDtos.Version;
import org.reggraph.api.versions.VersionDtos.Versions;
import org.reggraph.api.versions.VersionService;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.*;
import static org.reggraph.api.Values.str;
import static org.reggraph.api.Values.integer;

/** The document queries; validates every parameter before a query runs. */
@Service
public class DocumentService {

    /** Relation types between documents (what the references endpoint may follow). */
    public static final List<RelType> DOCUMENT_RELATIONS =
            List.of(RelType.CITES, RelType.BASED_ON, RelType.AMENDS, RelType.REPEALS, RelType.PROMULGATES);
    static final List<String> STATUSES = List.of("IN_FORCE", "AMENDED", "SUPERSEDED", "REPEALED", "PARTIALLY_REPEALED", "UNKNOWN");
    static final int MAX_TEXT = 200;

    private final GraphReader reader;
    private final ApiSettings settings;
    private final VersionService versions;

    public DocumentService(GraphReader reader, ApiSettings settings, VersionService versions) {
        this.reader = reader;
        this.settings = settings;
        this.versions = versions;
    }

    // ---------------------------------------------------------------- search

    public record SearchCriteria(String q, String docNumber, String kind, String level, String status, String issuer,
                                 String from, String to, Integer page, Integer size, String sort) {
    }

    @Cacheable(cacheNames = AnswerCache.NAME, key = AnswerCache.KEY)
    public Page<DocumentSummary> search(SearchCriteria c) {
        int page = page(c.page());
        int size = size(c.size(), 20);
        DocumentQueries.Sort sort = sort(c.sort());
        String q = text("q", c.q());
        String status = text("status", c.status());
        if (status != null) {
            status = status.toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(status)) {
                throw new InvalidParameterException("status", "Unknown status '" + c.status() + "'; allowed: " + STATUSES);
            }
        }
        LocalDate from = date("from", c.from());
        LocalDate to = date("to", c.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        List<String> fulltextIds = q == null ? List.of() : reader.list(DocumentQueries.FULLTEXT_DOCUMENT_IDS,
                Map.of("query", luceneQuery(q)), r -> r.get("id").asString());
        Map<String, Object> params = new HashMap<>();
        params.put("q", q);
        params.put("fulltextIds", fulltextIds);
        params.put("docNumber", text("docNumber", c.docNumber()));
        params.put("kind", text("kind", c.kind()));
        params.put("level", text("level", c.level()));
        params.put("status", status);
        params.put("issuer", text("issuer", c.issuer()));
        params.put("from", from == null ? null : from.toString());
        params.put("to", to == null ? null : to.toString());
        params.put("skip", (long) page * size);
        params.put("limit", (long) size);
        return reader.single(sort.cypher, params, r -> new Page<>(
                r.get("items").asList(DocumentService::summary), page, size, r.get("total").asLong()));
    }

    /** A phrase query with every Lucene special character escaped: the user's text is matched, never parsed. */
    static String luceneQuery(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            if ("+-&|!(){}[]^\"~*?:\\/".indexOf(ch) >= 0) {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.append('"').toString();
    }

    // ---------------------------------------------------------------- suggest

    @Cacheable(cacheNames = AnswerCache.NAME, key = AnswerCache.KEY)
    public List<Suggestion> suggest(String q, Integer limit) {
        String text = text("q", q);
        int n = limit == null ? 10 : limit;
        if (n < 1 || n > 50) {
            throw new InvalidParameterException("limit", "'limit' must be between 1 and 50, was " + n);
        }
        if (text == null) {
            return List.of();
        }
        return reader.list(DocumentQueries.SUGGEST, Map.of("q", text, "limit", (long) n), r -> new Suggestion(
                r.get("type").asString(), r.get("id").asString(), str(r.get("label")), str(r.get("detail"))));
    }

    // ---------------------------------------------------------------- one document

    @Cacheable(cacheNames = AnswerCache.NAME, key = AnswerCache.KEY)
    public DocumentDetail document(String rawId) {
        String id = id(rawId);
        Map<String, Object> params = Map.of("id", id);
        Record head = reader.single(DocumentQueries.DOCUMENT, params, r -> r);
        if (head == null) {
            throw new NotFoundException("Document", id);
        }
        Value d = head.get("d");
        List<ArticleView> articles = reader.list(DocumentQueries.ARTICLES, params, DocumentService::article);
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (RelType type : RelType.values()) {
            if (type != RelType.PART_OF) {
                counts.put(type.name(), new Counts(0, 0));
            }
        }
        reader.list(DocumentQueries.RELATION_COUNTS, Map.of("id", id, "types", RelType.names(List.of(RelType.values()))),
                r -> counts.put(r.get("type").asString(), new Counts(r.get("out").asLong(), r.get("in").asLong())));
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
                chapters, articles, counts);
    }

    private static ArticleView article(Record r) {
        List<Reference> references = r.get("references").asList(v -> {
            Value target = v.get("target");
            return new Reference(str(v.get("type")), target.isNull() ? null : str(target.get("id")),
                    target.isNull() ? null : str(target.get("title")), str(v.get("targetArticle")),
                    str(v.get("surface")), integer(v.get("line")));
        });
        List<Responsibility> responsibilities = r.get("responsibilities").asList(v -> new Responsibility(
                str(v.get("agencyId")), str(v.get("agencyName")), str(v.get("role")), str(v.get("surface"))));
        List<Delegation> delegations = r.get("delegations").asList(v -> new Delegation(
                str(v.get("agencyId")), str(v.get("agencyName")), str(v.get("what")), str(v.get("surface"))));
        return new ArticleView(str(r.get("id")), integer(r.get("number")), str(r.get("label")), str(r.get("text")),
                str(r.get("chapterId")), integer(r.get("startLine")), references, responsibilities, delegations);
    }

    // ---------------------------------------------------------------- references

    @Cacheable(cacheNames = AnswerCache.NAME, key = AnswerCache.KEY)
    public References references(String rawId, String direction, Integer depth, String types, Integer article,
                                 String asOf) {
        String id = id(rawId);
        LocalDate asOfDate = date("asOf", asOf);
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
        List<String> typeNames = RelType.names(RelType.parseList(types, DOCUMENT_RELATIONS, DOCUMENT_RELATIONS));
        Ref root = reader.single(DocumentQueries.EXISTS, Map.of("id", id),
                r -> new Ref(r.get("id").asString(), str(r.get("title"))));
        if (root == null) {
            throw new NotFoundException("Document", id);
        }
        Map<String, Edge> edges = new LinkedHashMap<>();
        Set<String> visited = new HashSet<>(Set.of(id));
        List<String> frontier = List.of(id);
        for (int level = 1; level <= maxDepth && !frontier.isEmpty(); level++) {
            Set<String> next = new LinkedHashSet<>();
            Map<String, Object> params = new HashMap<>();
            params.put("frontier", frontier);
            params.put("types", typeNames);
            params.put("article", level == 1 && article != null ? article.longValue() : null);
            params.put("asOf", asOfDate);
            int depthNow = level;
            if (!dir.equals("in")) {
                reader.list(DocumentQueries.REFERENCES_OUT, params, r -> r).forEach(r -> {
                    Edge e = new Edge(endpoint(r, "self"), endpoint(r, "other"), r.get("type").asString(),
                            str(r.get("surface")), integer(r.get("line")), depthNow);
                    edges.putIfAbsent(edgeKey(e), e);
                    next.add(r.get("otherId").asString());
                });
            }
            if (!dir.equals("out")) {
                reader.list(DocumentQueries.REFERENCES_IN, params, r -> r).forEach(r -> {
                    Edge e = new Edge(endpoint(r, "other"), endpoint(r, "self"), r.get("type").asString(),
                            str(r.get("surface")), integer(r.get("line")), depthNow);
                    edges.putIfAbsent(edgeKey(e), e);
                    next.add(r.get("otherId").asString());
                });
            }
            next.removeAll(visited);
            visited.addAll(next);
            frontier = List.copyOf(next);
        }
        return new References(root, List.copyOf(edges.values()));
    }

    private static Endpoint endpoint(Record r, String side) {
        return new Endpoint(str(r.get(side + "Id")), str(r.get(side + "Title")), str(r.get(side + "Label")));
    }

    private static String edgeKey(Edge e) {
        return e.from().id() + "\u0000" + e.from().label() + "\u0000" + e.to().id() + "\u0000" + e.to().label()
                + "\u0000" + e.type();
    }

    // ---------------------------------------------------------------- replacements and validity

    private record Repealer(String id, String title, String docNumber, boolean partial, String date,
                            NoticeRef notice) {
    }

    @Cacheable(cacheNames = AnswerCache.NAME, key = AnswerCache.KEY)
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

    @Cacheable(cacheNames = AnswerCache.NAME, key = AnswerCache.KEY)
    public InForce inForce(String rawId, String date) {
        String id = id(rawId);
        LocalDate at = date == null || date.isBlank() ? LocalDate.now() : date("date", date);
        Record r = reader.single(DocumentQueries.REPLACEMENTS, Map.of("id", id), rec -> rec);
        if (r == null) {
            throw new NotFoundException("Document", id);
        }
        Verdict self = evaluate(r.get("d"), repealers(r), at);
        Versions work = versions.versions(id, null);
        Ref workRef = work.work() == null ? null : new Ref(work.work().id(), work.work().title());
        Ref selfRef = new Ref(id, str(r.get("d").get("title")));
        if (work.versions().size() <= 1) {
            return new InForce(id, at.toString(), self.inForce(), self.reason(), workRef, self.inForce() ? selfRef : null,
                    self.inForce());
        }
        // a regulation with several versions: in force when one of them applied that day
        Version then = VersionService.inForceOn(work.versions(), at);
        if (then == null) {
            Version first = work.versions().get(0);
            boolean before = first.validFrom() != null && at.isBefore(LocalDate.parse(first.validFrom()));
            String reason = before ? "not yet in force: the first version (" + first.id() + ") applies from " + first.validFrom()
                    : "no version in force: " + self.reason();
            return new InForce(id, at.toString(), false, reason, workRef, null, false);
        }
        boolean thisOne = then.id().equals(id);
        String reason = "in force" + (then.validFrom() == null ? "" : " since " + then.validFrom())
                + "; the text in force on " + at + " is version " + then.ordinal() + " of " + work.versions().size()
                + " (" + then.id() + ")" + (thisOne ? "" : "; this version (" + id + ") " + versionNote(work, id, at));
        return new InForce(id, at.toString(), true, reason, workRef, new Ref(then.id(), then.title()), thisOne);
    }

    private record Verdict(boolean inForce, String reason) {
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

    public static String id(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("id", "'id' is required");
        }
        if (raw.length() > 300) {
            throw new InvalidParameterException("id", "'id' is longer than 300 characters");
        }
        return raw.strip();
    }

    static String text(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TEXT) {
            throw new InvalidParameterException(name, "'" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        return raw.strip();
    }

    int page(Integer page) {
        int p = page == null ? 0 : page;
        if (p < 0) {
            throw new InvalidParameterException("page", "'page' must be 0 or more, was " + p);
        }
        if (p > 1_000_000) {
            throw new InvalidParameterException("page", "'page' must be at most 1000000, was " + p);
        }
        return p;
    }

    int size(Integer size, int dflt) {
        int s = size == null ? dflt : size;
        if (s < 1 || s > settings.maxPageSize()) {
            throw new InvalidParameterException("size", "'size' must be between 1 and " + settings.maxPageSize()
                    + ", was " + s);
        }
        return s;
    }

    static DocumentQueries.Sort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return DocumentQueries.Sort.TITLE;
        }
        for (DocumentQueries.Sort s : DocumentQueries.Sort.values()) {
            if (s.param.equals(raw.strip())) {
                return s;
            }
        }
        throw new InvalidParameterException("sort", "Unknown sort '" + raw + "'; allowed: "
                + Arrays.stream(DocumentQueries.Sort.values()).map(s -> s.param).toList());
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "'" + name + "' must be a date YYYY-MM-DD, was '"
                    + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + "'");
        }
    }

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

    static DocumentSummary summary(Value v) {
        return new DocumentSummary(str(v.get("id")), str(v.get("title")), str(v.get("docNumber")), str(v.get("kind")),
                str(v.get("level")), str(v.get("status")), str(v.get("issuedDate")), str(v.get("effectiveDate")),
                !v.get("stub").isNull() && v.get("stub").asBoolean());
    }

    static Ref ref(Value v) {
        return v == null || v.isNull() ? null : new Ref(str(v.get("id")), str(v.get("title")));
    }
}
