package org.reggraph.api.agencies;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.reggraph.api.AnswerCache;
import org.reggraph.api.GraphReader;
import org.reggraph.api.NotFoundException;
import org.reggraph.api.Paging;
import org.reggraph.api.Params;
import org.reggraph.api.agencies.AgencyDtos.AgencyDetail;
import org.reggraph.api.agencies.AgencyDtos.AgencyRef;
import org.reggraph.api.agencies.AgencyDtos.AgencySummary;
import org.reggraph.api.agencies.AgencyDtos.ArticleAgencies;
import org.reggraph.api.agencies.AgencyDtos.ArticleRef;
import org.reggraph.api.agencies.AgencyDtos.Delegate;
import org.reggraph.api.agencies.AgencyDtos.Delegation;
import org.reggraph.api.agencies.AgencyDtos.DocumentAgencies;
import org.reggraph.api.agencies.AgencyDtos.DocumentRef;
import org.reggraph.api.agencies.AgencyDtos.Fulfiller;
import org.reggraph.api.agencies.AgencyDtos.IssuedDocument;
import org.reggraph.api.agencies.AgencyDtos.Responsibility;
import org.reggraph.api.agencies.AgencyDtos.Responsible;
import org.reggraph.api.agencies.AgencyDtos.Holder;
import org.reggraph.api.agencies.AgencyDtos.SuccessionStep;
import org.reggraph.api.agencies.AgencyDtos.Tenure;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import static org.reggraph.api.Values.str;
import static org.reggraph.api.Values.bool;

/**
 * Agencies: who is responsible or delegated to, article by article; agency search and profile. One read-only
 * transaction per answer.
 */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    /** Longest list in an agency profile (国务院 issues thousands of documents). */
    static final int LIST_LIMIT = 1000;

    private final GraphReader reader;
    private final Paging paging;

    public AgencyService(GraphReader reader, Paging paging) {
        this.reader = reader;
        this.paging = paging;
    }

    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public DocumentAgencies documentAgencies(String id) {
        DocumentRef document = reader.single(AgencyQueries.DOCUMENT, Map.of("id", id),
                r -> new DocumentRef(str(r.get("id")), str(r.get("title"))));
        if (document == null) {
            throw new NotFoundException("Document", id);
        }
        record Row(String articleId, String articleLabel, long num, long line, String type, String agencyId,
                   String agencyName, String role, String what, String kind, String surface, String status, Fulfiller fulfilledBy,
                   Long yearsOpen) {
        }
        List<Row> rows = new ArrayList<>(reader.list(AgencyQueries.DOCUMENT_AGENCIES, Map.of("id", id), r -> new Row(
                str(r.get("articleId")), str(r.get("articleLabel")), r.get("num").asLong(), r.get("line").asLong(),
                r.get("type").asString(), str(r.get("agencyId")), str(r.get("agencyName")), str(r.get("role")),
                str(r.get("what")), str(r.get("kind")), str(r.get("surface")), str(r.get("status")),
                r.get("fulfilledById").isNull() ? null : new Fulfiller(str(r.get("fulfilledById")),
                        str(r.get("fulfilledByTitle")), r.get("confidence").isNull() ? null : r.get("confidence").asDouble()),
                r.get("yearsOpen").isNull() ? null : r.get("yearsOpen").asLong())));
        rows.sort((a, b) -> a.num != b.num ? Long.compare(a.num, b.num)
                : a.line != b.line ? Long.compare(a.line, b.line)
                : String.valueOf(a.articleId).compareTo(String.valueOf(b.articleId)));
        Map<String, ArticleAgencies> byArticle = new LinkedHashMap<>();
        for (Row row : rows) {
            ArticleAgencies entry = byArticle.computeIfAbsent(String.valueOf(row.articleId), k -> new ArticleAgencies(
                    row.articleId == null ? null : new ArticleRef(row.articleId, row.articleLabel),
                    new ArrayList<>(), new ArrayList<>()));
            if ("RESPONSIBLE_FOR".equals(row.type)) {
                entry.responsible().add(new Responsible(row.agencyId, row.agencyName, row.role, row.surface));
            } else {
                entry.delegates().add(new Delegate(row.agencyId, row.agencyName, row.what, row.kind, row.role, row.surface, row.status,
                        row.fulfilledBy, row.yearsOpen));
            }
        }
        return new DocumentAgencies(document, List.copyOf(byArticle.values()));
    }

    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public PagedModel<AgencySummary> search(String q, Integer page, Integer size) {
        Pageable pageable = paging.of(page, size, 20);
        String query = Objects.requireNonNullElse(Params.text("q", q), "");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("skip", pageable.getOffset());
        params.put("size", (long) pageable.getPageSize());
        String cypher;
        if (query.isEmpty()) {
            cypher = AgencyQueries.LIST_ALL;
        } else {
            params.put("q", query);
            String lucene = lucenePhrases(query);
            if (lucene == null) {
                cypher = AgencyQueries.SEARCH_CONTAINS;
            } else {
                cypher = AgencyQueries.SEARCH;
                params.put("lucene", lucene);
            }
        }
        return reader.single(cypher, params, r -> new PagedModel<>(new PageImpl<>(
                r.get("items").asList(v -> new AgencySummary(str(v.get("id")), str(v.get("name")),
                        str(v.get("level")), str(v.get("kind")), bool(v.get("generic")))),
                pageable, r.get("total").asLong())));
    }

    /**
     * A Lucene query in which every whitespace-separated part of the user's text must occur as a phrase; inside a
     * phrase only backslash and double quote are special, so they are escaped. Null when nothing is searchable.
     */
    static String lucenePhrases(String q) {
        List<String> parts = new ArrayList<>();
        for (String token : q.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                parts.add("+\"" + token.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public AgencyDetail agency(String id, String asOf) {
        LocalDate date = Params.date("asOf", asOf);
        Map<String, Object> params = Map.of("id", id, "limit", LIST_LIMIT);
        AgencyDetail head = reader.single(AgencyQueries.AGENCY, params, r -> new AgencyDetail(
                str(r.get("id")), str(r.get("name")), r.get("aliases").asList(Value::asString), str(r.get("level")),
                str(r.get("kind")), bool(r.get("generic")), null, null, null, null, null, null, null, null, null,
                null, null));
        if (head == null) {
            throw new NotFoundException("Agency", id);
        }
        Map<String, String> names = new HashMap<>(Map.of(head.id(), head.name()));
        List<SuccessionChain.Step> steps = reader.list(AgencyQueries.SUCCESSION, params, r -> {
            names.put(str(r.get("fromId")), str(r.get("fromName")));
            names.put(str(r.get("toId")), str(r.get("toName")));
            return new SuccessionChain.Step(str(r.get("fromId")), str(r.get("toId")), r.get("date").asLocalDate(),
                    r.get("approximate").asBoolean(), str(r.get("source")), str(r.get("scope")));
        });
        SuccessionChain chain = new SuccessionChain(steps);
        List<Tenure> heldBy = reader.list(AgencyQueries.HELD_BY, params, AgencyService::tenure);
        heldBy.forEach(t -> names.put(t.agency().id(), t.agency().name()));
        List<Tenure> roles = reader.list(AgencyQueries.ROLES, params, AgencyService::tenure);

        // with asOf the lists hold what passed to the agency by that day: its predecessors' and its roles' duties
        Set<String> sources = new LinkedHashSet<>(List.of(id));
        List<Holder> holders = null;
        if (date != null) {
            sources.addAll(chain.inheritedFrom(id, date));
            roles.stream().filter(t -> covers(t, date)).forEach(t -> sources.add(t.agency().id()));
            List<SuccessionChain.Period> periods = heldBy.stream().map(t -> new SuccessionChain.Period(t.agency().id(),
                    LocalDate.parse(t.from()), t.to() == null ? null : LocalDate.parse(t.to()))).toList();
            holders = chain.holders(id, periods, date).stream().map(h -> new Holder(h.id(), names.get(h.id()),
                    iso(h.from()), iso(h.to()), h.how())).toList();
        }
        Map<String, Object> lists = new HashMap<>();
        lists.put("ids", List.copyOf(sources));
        lists.put("limit", LIST_LIMIT);
        lists.put("asOf", date);
        List<AgencyRef> parents = reader.list(AgencyQueries.PARENTS, params, AgencyService::agencyRef);
        List<AgencyRef> children = reader.list(AgencyQueries.CHILDREN, params, AgencyService::agencyRef);
        List<IssuedDocument> issued = reader.list(AgencyQueries.ISSUED, lists, r -> new IssuedDocument(
                str(r.get("id")), str(r.get("title")), str(r.get("docNumber")), str(r.get("kind")),
                str(r.get("level")), str(r.get("status")), str(r.get("issuedDate")), str(r.get("effectiveDate")),
                bool(r.get("stub")), via(r, id)));
        lists.put("type", "RESPONSIBLE_FOR");
        List<Responsibility> responsibilities = reader.list(AgencyQueries.DUTIES, lists,
                r -> new Responsibility(documentRef(r), articleRef(r), str(r.get("role")), str(r.get("surface")),
                        via(r, id)));
        lists.put("type", "DELEGATES_TO");
        List<Delegation> delegations = reader.list(AgencyQueries.DUTIES, lists,
                r -> new Delegation(documentRef(r), articleRef(r), str(r.get("what")), str(r.get("kind")),
                        str(r.get("surface")), via(r, id)));
        return new AgencyDetail(head.id(), head.name(), head.aliases(), head.level(), head.kind(), head.generic(),
                parents, children, issued, responsibilities, delegations,
                steps(chain.chain(id, true), names), steps(chain.chain(id, false), names), heldBy, roles,
                date == null ? null : date.toString(), holders);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static boolean covers(Tenure t, LocalDate date) {
        return !date.isBefore(LocalDate.parse(t.from())) && (t.to() == null || date.isBefore(LocalDate.parse(t.to())));
    }

    private static Tenure tenure(Record r) {
        return new Tenure(agencyRef(r), str(r.get("from")), str(r.get("to")));
    }

    private static List<SuccessionStep> steps(List<SuccessionChain.Step> steps, Map<String, String> names) {
        return steps.stream().map(s -> new SuccessionStep(new AgencyRef(s.from(), names.get(s.from())),
                new AgencyRef(s.to(), names.get(s.to())), s.date().toString(), s.approximate(), s.source(), s.scope()))
                .toList();
    }

    /** The agency a row came through, when it is not the one asked for. */
    private static AgencyRef via(Record r, String id) {
        String via = str(r.get("viaId"));
        return via == null || via.equals(id) ? null : new AgencyRef(via, str(r.get("viaName")));
    }

    private static AgencyRef agencyRef(Record r) {
        return new AgencyRef(str(r.get("id")), str(r.get("name")));
    }

    private static DocumentRef documentRef(Record r) {
        return new DocumentRef(str(r.get("documentId")), str(r.get("documentTitle")));
    }

    private static ArticleRef articleRef(Record r) {
        return r.get("articleId").isNull() ? null : new ArticleRef(str(r.get("articleId")), str(r.get("articleLabel")));
    }
}
