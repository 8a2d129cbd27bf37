package org.reggraph.api.reports;

import org.neo4j.driver.Value;
import org.reggraph.api.AnswerCache;
import org.reggraph.api.GraphReader;
import org.reggraph.api.InvalidParameterException;
import org.reggraph.api.Paging;
import org.reggraph.graph.fulfil.Fulfilment;
import org.reggraph.graph.fulfil.FulfilmentCypher;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.reggraph.api.Values.str;

/**
 * Rule-making delegations with the status the fulfilment step gave them (graph.fulfil), of the texts in force in
 * their current version: carried out, by another body, at a lower rank, onward, not carried out (with the years
 * since), local.
 */
@Service
@Transactional(readOnly = true)
public class DelegationReport {

    static final List<String> STATUSES = Arrays.stream(Fulfilment.Status.values()).map(Enum::name).toList();

    static final String DELEGATIONS = """
            MATCH (s)-[r:DELEGATES_TO]->(g:Agency)
            WHERE r.status IS NOT NULL AND ($status IS NULL OR r.status = $status)
            OPTIONAL MATCH (owner:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(s:Article)
            WITH r, g, s, coalesce(owner, s) AS d
            WHERE coalesce(d.current, true) AND coalesce(d.status, '') <> 'REPEALED'
            OPTIONAL MATCH (f:Document {id: r.fulfilledBy})
            WITH r, g, s, d, f, %s AS yearsOpen
            ORDER BY CASE WHEN yearsOpen IS NULL THEN 1 ELSE 0 END, yearsOpen DESC, d.title, d.id,
                     coalesce(s.number, -1), g.id
            WITH collect({documentId: d.id, documentTitle: d.title, level: d.level,
                          date: toString(coalesce(d.versionDate, d.issuedDate)),
                          articleId: CASE WHEN s:Article THEN s.id END, articleLabel: CASE WHEN s:Article THEN s.label END,
                          agencyId: g.id, agencyName: g.name, what: r.what, surface: r.surface, status: r.status,
                          yearsOpen: yearsOpen, fulfilledById: f.id, fulfilledByTitle: f.title,
                          fulfilledByDate: toString(f.issuedDate), confidence: r.confidence,
                          evidence: head([(f)-[x:FULFILS]->(s) | x.evidence])}) AS rows
            RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS items""".formatted(
            FulfilmentCypher.YEARS_OPEN);

    public record Delegating(String id, String title, String level, String date) {
    }

    public record ArticleRef(String id, String label) {
    }

    public record AgencyRef(String id, String name) {
    }

    public record Fulfiller(String id, String title, String issuedDate, Double confidence, List<String> evidence) {
    }

    public record DelegationStatus(Delegating document, ArticleRef article, AgencyRef agency, String what,
                                   String surface, String status, Long yearsOpen, Fulfiller fulfilledBy) {
    }

    private final GraphReader reader;
    private final Paging paging;

    public DelegationReport(GraphReader reader, Paging paging) {
        this.reader = reader;
        this.paging = paging;
    }

    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public PagedModel<DelegationStatus> delegations(String status, Integer page, Integer size) {
        Pageable pageable = paging.of(page, size, 50);
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw new InvalidParameterException("status", "Unknown status '" + status + "'; allowed: " + STATUSES);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("status", wanted);
        params.put("skip", pageable.getOffset());
        params.put("limit", (long) pageable.getPageSize());
        return reader.single(DELEGATIONS, params, r -> new PagedModel<>(new PageImpl<>(
                r.get("items").asList(DelegationReport::item), pageable, r.get("total").asLong())));
    }

    private static DelegationStatus item(Value v) {
        return new DelegationStatus(
                new Delegating(str(v.get("documentId")), str(v.get("documentTitle")), str(v.get("level")), str(v.get("date"))),
                v.get("articleId").isNull() ? null : new ArticleRef(str(v.get("articleId")), str(v.get("articleLabel"))),
                new AgencyRef(str(v.get("agencyId")), str(v.get("agencyName"))), str(v.get("what")),
                str(v.get("surface")), str(v.get("status")),
                v.get("yearsOpen").isNull() ? null : v.get("yearsOpen").asLong(),
                v.get("fulfilledById").isNull() ? null : new Fulfiller(str(v.get("fulfilledById")),
                        str(v.get("fulfilledByTitle")), str(v.get("fulfilledByDate")),
                        v.get("confidence").isNull() ? null : v.get("confidence").asDouble(),
                        v.get("evidence").isNull() ? List.of() : v.get("evidence").asList(Value::asString)));
    }
}
