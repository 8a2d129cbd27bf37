package org.reggraph.api.documents;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.reggraph.api.AnswerCache;
import org.reggraph.api.GraphReader;
import org.reggraph.api.InvalidParameterException;
import org.reggraph.api.Paging;
import org.reggraph.api.Params;
import org.reggraph.api.documents.DocumentDtos.DocumentSummary;
import org.reggraph.api.documents.DocumentDtos.Highlight;
import org.reggraph.api.documents.DocumentDtos.Hint;
import org.reggraph.api.documents.DocumentDtos.Ref;
import org.reggraph.api.documents.DocumentDtos.SearchHit;
import org.reggraph.api.documents.DocumentDtos.SearchPage;
import org.reggraph.api.documents.DocumentDtos.Snippet;
import org.reggraph.api.documents.DocumentDtos.Suggestion;
import org.reggraph.search.SearchText;
import org.reggraph.search.TitleMatch;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.reggraph.api.Values.str;

/**
 * Document search and suggestions. The query is folded by {@link SearchText} (widths, brackets, spaces, traditional
 * characters, decree numbers); candidates come from the indexes (exact number and title, the full-text index over
 * titles, short titles and numbers, the full-text index over document and article texts), all in one read
 * transaction; {@link TitleMatch} ranks them: exact number or title first, then short names, titles containing the
 * query, titles one character off, and last the documents whose text matches. Every result says how it matched and
 * shows where (a snippet with highlights); an empty result says what might help.
 */
@Service
@Transactional(readOnly = true)
public class DocumentSearch {

    static final List<String> STATUSES = List.of("IN_FORCE", "AMENDED", "SUPERSEDED", "REPEALED", "PARTIALLY_REPEALED",
            "UNKNOWN");
    /** Candidates read per source: more than anyone pages through, few enough to rank in a millisecond or two. */
    static final int CANDIDATES = 1000;
    /** Titles sharing characters with the query, checked for a short name or one wrong character. */
    static final int NEAR_CANDIDATES = 60;
    static final int SNIPPET_CONTEXT = 40;

    private final GraphReader reader;
    private final Paging paging;

    public DocumentSearch(GraphReader reader, Paging paging) {
        this.reader = reader;
        this.paging = paging;
    }

    public record SearchCriteria(String q, String docNumber, String kind, String level, String status, String issuer,
                                 String from, String to, Integer page, Integer size, String sort) {
    }

    /**
     * A candidate document with its scores (by name, by text) and, when its text matches, the node its snippet comes
     * from.
     */
    private record Candidate(DocumentSummary doc, List<String> shortTitles, double nameScore, double textScore,
                             String hit, String article) {
        Candidate withText(Candidate text) {
            return new Candidate(doc, shortTitles, nameScore, text.textScore, text.hit, text.article);
        }
    }

    private record Ranked(Candidate candidate, TitleMatch match) {
        int rank() {
            return match == null ? TitleMatch.TEXT : match.rank();
        }
    }

    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public SearchPage search(SearchCriteria c) {
        Pageable pageable = paging.of(c.page(), c.size(), 20);
        String q = Params.text("q", c.q());
        Map<String, Object> filters = filters(c);
        SearchQueries.Sort sort = sort(c.sort(), q != null);
        if (q == null) {
            Map<String, Object> params = new HashMap<>(filters);
            params.put("skip", pageable.getOffset());
            params.put("limit", (long) pageable.getPageSize());
            return reader.single(sort.cypher, params, r -> new SearchPage(new PageImpl<>(
                    r.get("items").asList(v -> SearchHit.of(summary(v), null, null)), pageable,
                    r.get("total").asLong()), null));
        }
        TitleMatch.Query query = TitleMatch.Query.of(q);
        List<Ranked> ranked = rank(query, candidates(query, filters));
        if (sort != SearchQueries.Sort.RELEVANCE) {
            ranked.sort(listingOrder(sort));
        }
        int from = (int) Math.min(pageable.getOffset(), ranked.size());
        List<Ranked> shown = ranked.subList(from, Math.min(ranked.size(), from + pageable.getPageSize()));
        Map<String, String> texts = hitTexts(shown);
        List<SearchHit> hits = shown.stream().map(r -> hit(r, query, texts)).toList();
        Hint hint = ranked.isEmpty() ? hint(query, filters) : null;
        return new SearchPage(new PageImpl<>(hits, pageable, ranked.size()), hint);
    }

    /** Suggestions while typing: documents by number, title or short name (no full text), and agencies by name. */
    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public List<Suggestion> suggest(String q, Integer limit) {
        String text = Params.text("q", q);
        int n = limit == null ? 10 : limit;
        if (n < 1 || n > 50) {
            throw new InvalidParameterException("limit", "'limit' must be between 1 and 50, was " + n);
        }
        if (text == null) {
            return List.of();
        }
        TitleMatch.Query query = TitleMatch.Query.of(text);
        Map<String, Object> none = filters(new SearchCriteria(null, null, null, null, null, null, null, null, null,
                null, null));
        List<Ranked> documents = rank(query, nameCandidates(query, none)).stream()
                .filter(r -> r.match() != null).limit(n).toList();
        List<Suggestion> agencies = query.folded().isEmpty() ? List.of() : reader.list(SearchQueries.SUGGEST_AGENCIES,
                Map.of("text", query.folded(), "limit", (long) n),
                r -> new Suggestion("agency", r.get("id").asString(), str(r.get("label")), str(r.get("detail"))));
        return ordered(documents, agencies, query.folded(), n);
    }

    /**
     * Documents named exactly (number, title, short name) first, then agencies named exactly, then the rest of each in
     * turns, a document first: agencies whose names merely contain the text must not crowd out the documents that do
     * (土地管理 matches ten bodies' names, 国家土地管理局, 县级人民政府土地管理部门 …, before 土地管理法).
     */
    private static List<Suggestion> ordered(List<Ranked> documents, List<Suggestion> agencies, String folded, int n) {
        List<Suggestion> out = new ArrayList<>();
        documents.stream().filter(r -> r.rank() <= TitleMatch.GENERIC_SHORT_TITLE).forEach(r -> out.add(suggestion(r)));
        agencies.stream().filter(a -> SearchText.normalize(a.label()).equals(folded)).forEach(out::add);
        List<Suggestion> docs = documents.stream().filter(r -> r.rank() > TitleMatch.GENERIC_SHORT_TITLE)
                .map(DocumentSearch::suggestion).toList();
        List<Suggestion> bodies = agencies.stream().filter(a -> !out.contains(a)).toList();
        for (int i = 0; i < Math.max(docs.size(), bodies.size()); i++) {
            if (i < docs.size()) {
                out.add(docs.get(i));
            }
            if (i < bodies.size()) {
                out.add(bodies.get(i));
            }
        }
        return out.stream().limit(n).toList();
    }

    private static Suggestion suggestion(Ranked r) {
        DocumentSummary d = r.candidate().doc();
        return new Suggestion("document", d.id(), d.title(),
                d.docNumber() != null ? d.docNumber() : d.issuedDate() != null ? d.issuedDate() : d.level());
    }

    // ---------------------------------------------------------------- candidates and ranking

    private Map<String, Candidate> candidates(TitleMatch.Query query, Map<String, Object> filters) {
        Map<String, Candidate> all = nameCandidates(query, filters);
        String phrase = phrase(query.folded());
        if (phrase != null) {
            Map<String, Object> params = new HashMap<>(filters);
            params.put("lucene", "text:" + phrase);
            params.put("limit", (long) CANDIDATES);
            for (Candidate c : reader.list(SearchQueries.TEXT, params, r -> candidate(r, str(r.get("hit")),
                    str(r.get("article"))))) {
                all.merge(c.doc().id(), c, (byName, byText) -> byName.withText(byText));
            }
        }
        return all;
    }

    /** Candidates by name: exact number or title, names containing the query, names sharing characters with it. */
    private Map<String, Candidate> nameCandidates(TitleMatch.Query query, Map<String, Object> filters) {
        Map<String, Candidate> all = new LinkedHashMap<>();
        Map<String, Object> params = new HashMap<>(filters);
        params.put("number", query.number() != null ? query.number() : query.raw());
        params.put("title", query.raw());
        params.put("text", query.folded());
        params.put("limit", (long) CANDIDATES);
        add(all, reader.list(SearchQueries.EXACT, params, r -> candidate(r, null, null)));
        String phrase = phrase(query.folded());
        if (phrase != null) {
            params.put("lucene", phrase);
            add(all, reader.list(SearchQueries.NAMES, params, r -> candidate(r, null, null)));
            params.put("lucene", terms(query.folded()));
            params.put("limit", (long) NEAR_CANDIDATES);
            add(all, reader.list(SearchQueries.NAMES, params, r -> candidate(r, null, null)));
        } else if (!query.folded().isEmpty()) {
            add(all, reader.list(SearchQueries.NAMES_CONTAINING, params, r -> candidate(r, null, null)));
        }
        return all;
    }

    private static void add(Map<String, Candidate> all, List<Candidate> found) {
        found.forEach(c -> all.putIfAbsent(c.doc().id(), c));
    }

    private static List<Ranked> rank(TitleMatch.Query query, Map<String, Candidate> candidates) {
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            TitleMatch m = TitleMatch.of(query, c.doc().title(), c.doc().docNumber(), c.shortTitles());
            if (m != null || c.hit() != null) {
                ranked.add(new Ranked(c, m));
            }
        }
        // among equals, a work's current text before the versions it superseded (公司法: the 2023 text, then the 2018 one)
        ranked.sort(Comparator.comparingInt(Ranked::rank)
                .thenComparing(r -> r.candidate().doc().stub())
                .thenComparing(r -> "SUPERSEDED".equals(r.candidate().doc().status()))
                .thenComparing(r -> r.match() == null || !r.match().prefix())
                .thenComparing(r -> -(r.match() == null ? r.candidate().textScore() : r.candidate().nameScore()))
                .thenComparingInt(r -> r.candidate().doc().title() == null ? Integer.MAX_VALUE
                        : r.candidate().doc().title().length())
                .thenComparing(r -> r.candidate().doc().id()));
        return ranked;
    }

    private static Comparator<Ranked> listingOrder(SearchQueries.Sort sort) {
        Comparator<DocumentSummary> byTitle = Comparator.comparing(DocumentSummary::title,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<DocumentSummary> byDate = Comparator.comparing(DocumentSummary::issuedDate,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<DocumentSummary> order = switch (sort) {
            case TITLE_DESC -> byTitle.reversed();
            case ISSUED_DATE -> byDate.thenComparing(byTitle);
            case ISSUED_DATE_DESC -> Comparator.comparing((DocumentSummary d) -> d.issuedDate() == null)
                    .thenComparing(byDate.reversed()).thenComparing(byTitle);
            default -> byTitle;
        };
        return Comparator.comparing(r -> r.candidate().doc(), order.thenComparing(DocumentSummary::id));
    }

    // ---------------------------------------------------------------- snippets and hints

    private Map<String, String> hitTexts(List<Ranked> shown) {
        List<String> hits = shown.stream().filter(r -> r.match() == null).map(r -> r.candidate().hit())
                .filter(Objects::nonNull).toList();
        Map<String, String> texts = new HashMap<>();
        if (!hits.isEmpty()) {
            reader.list(SearchQueries.HIT_TEXTS, Map.of("hits", hits), r -> texts.put(r.get("hit").asString(),
                    str(r.get("text"))));
        }
        return texts;
    }

    private static SearchHit hit(Ranked r, TitleMatch.Query query, Map<String, String> texts) {
        TitleMatch m = r.match();
        if (m != null) {
            String how = m.rank() == TitleMatch.FUZZY ? "fuzzyTitle"
                    : m.rank() == TitleMatch.SHORT_TITLE || m.rank() == TitleMatch.GENERIC_SHORT_TITLE ? "shortTitle"
                    : m.field().name();
            return SearchHit.of(r.candidate().doc(), how, new Snippet(m.field().name(), null, m.text(),
                    List.of(new Highlight(m.start(), m.end()))));
        }
        String text = texts.get(r.candidate().hit());
        return SearchHit.of(r.candidate().doc(), "text", text == null ? null
                : textSnippet(text, query.folded(), r.candidate().article()));
    }

    /** A window of the text around the first occurrence of the query (or of its first two characters). */
    static Snippet textSnippet(String text, String folded, String article) {
        SearchText.Folded f = SearchText.fold(text);
        int at = f.text().indexOf(folded);
        int length = folded.length();
        if (at < 0 && folded.length() > 2) {
            at = f.text().indexOf(folded.substring(0, 2));
            length = 2;
        }
        if (at < 0) {
            String head = text.length() > 2 * SNIPPET_CONTEXT ? text.substring(0, 2 * SNIPPET_CONTEXT) + "…" : text;
            return new Snippet("text", article, head, List.of());
        }
        int[] range = f.originRange(at, at + length);
        int start = Math.max(0, range[0] - SNIPPET_CONTEXT);
        int end = Math.min(text.length(), range[1] + SNIPPET_CONTEXT);
        String prefix = start > 0 ? "…" : "";
        String window = prefix + text.substring(start, end) + (end < text.length() ? "…" : "");
        int offset = prefix.length() - start;
        return new Snippet("text", article, window, List.of(new Highlight(range[0] + offset, range[1] + offset)));
    }

    /** Nothing matched: how many would without the filters, or which titles are close. */
    private Hint hint(TitleMatch.Query query, Map<String, Object> filters) {
        boolean filtered = filters.values().stream().anyMatch(Objects::nonNull);
        if (filtered) {
            Map<String, Object> none = new HashMap<>();
            filters.keySet().forEach(k -> none.put(k, null));
            long without = rank(query, candidates(query, none)).size();
            if (without > 0) {
                return new Hint(without + " documents match without the filters (" + String.join(", ",
                        filters.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList())
                        + "); remove them to see them.", without, List.of());
            }
        }
        List<Ref> close = new ArrayList<>();
        String terms = terms(query.folded());
        if (terms != null) {
            Map<String, Object> params = new HashMap<>();
            filters.keySet().forEach(k -> params.put(k, null));
            params.put("lucene", terms);
            params.put("limit", 3L);
            reader.list(SearchQueries.NAMES, params, r -> close.add(new Ref(str(r.get("d").get("id")),
                    str(r.get("d").get("title")))));
        }
        return new Hint("No document matches '" + query.raw() + "'. Try fewer characters, part of the title, a short "
                + "title (地下水条例), or a document number in any bracket style (国办发〔2021〕26号, 国务院令第748号)"
                + (close.isEmpty() ? "." : "; titles with the same characters are listed in didYouMean."), 0, close);
    }

    // ---------------------------------------------------------------- Lucene

    /** The folded query as a Lucene phrase (inside a phrase only \ and " are special); null if nothing searchable. */
    static String phrase(String folded) {
        if (searchable(folded) < 2) {
            return null;
        }
        return "\"" + folded.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The folded query as loose terms (the analyzer splits it; any term may match), every special char escaped. */
    static String terms(String folded) {
        if (searchable(folded) < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : folded.toCharArray()) {
            if ("+-&|!(){}[]^\"~*?:\\/".indexOf(ch) >= 0) {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    private static long searchable(String folded) {
        return folded.codePoints().filter(Character::isLetterOrDigit).count();
    }

    // ---------------------------------------------------------------- parameters and mapping

    private static Map<String, Object> filters(SearchCriteria c) {
        String status = Params.text("status", c.status());
        if (status != null) {
            status = status.toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(status)) {
                throw new InvalidParameterException("status", "Unknown status '" + c.status() + "'; allowed: " + STATUSES);
            }
        }
        LocalDate from = Params.date("from", c.from());
        LocalDate to = Params.date("to", c.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("from", "'from' (" + from + ") is after 'to' (" + to + ")");
        }
        String docNumber = Params.text("docNumber", c.docNumber());
        Map<String, Object> params = new HashMap<>();
        params.put("docNumber", docNumber == null ? null : Objects.requireNonNullElse(SearchText.docNumber(docNumber), docNumber));
        params.put("kind", Params.text("kind", c.kind()));
        params.put("level", Params.text("level", c.level()));
        params.put("status", status);
        params.put("issuer", Params.text("issuer", c.issuer()));
        params.put("from", from);
        params.put("to", to);
        return params;
    }

    static SearchQueries.Sort sort(String raw, boolean withQuery) {
        if (raw == null || raw.isBlank()) {
            return withQuery ? SearchQueries.Sort.RELEVANCE : SearchQueries.Sort.TITLE;
        }
        for (SearchQueries.Sort s : SearchQueries.Sort.values()) {
            if (s.param.equals(raw.strip())) {
                return s;
            }
        }
        throw new InvalidParameterException("sort", "Unknown sort '" + raw + "'; allowed: "
                + Arrays.stream(SearchQueries.Sort.values()).map(s -> s.param).toList());
    }

    private static Candidate candidate(Record r, String hit, String article) {
        Value d = r.get("d");
        List<String> shortTitles = d.get("shortTitles").isNull() ? List.of() : d.get("shortTitles").asList(Value::asString);
        double score = r.get("score").asDouble();
        return hit == null ? new Candidate(summary(d), shortTitles, score, 0, null, null)
                : new Candidate(summary(d), shortTitles, 0, score, hit, article);
    }

    static DocumentSummary summary(Value v) {
        return new DocumentSummary(str(v.get("id")), str(v.get("title")), str(v.get("docNumber")), str(v.get("kind")),
                str(v.get("level")), str(v.get("status")), str(v.get("issuedDate")), str(v.get("effectiveDate")),
                !v.get("stub").isNull() && v.get("stub").asBoolean());
    }
}
