package org.reggraph.api.reports;

import org.neo4j.driver.Value;
import org.reggraph.api.AnswerCache;
import org.reggraph.api.GraphReader;
import org.reggraph.api.Paging;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import static org.reggraph.api.Values.str;

/** Reports computed by one read query each, in a read-only transaction. */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /**
     * Citations (CITES or BASED_ON, from a document or one of its articles) of a document that is repealed (status
     * or a full REPEALS), where the citing document is a real (non-stub) document that is not itself repealed.
     */
    static final String DANGLING = """
            MATCH (cited:Document)
            WHERE cited.status = 'REPEALED'
               OR EXISTS { MATCH (:Document)-[x:REPEALS]->(cited) WHERE NOT coalesce(x.partial, false) }
            MATCH (cited)-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->(t)<-[r:CITES|BASED_ON]-(s)
            WHERE t = cited OR t:Article
            WITH cited, r, s, CASE WHEN s:Article THEN head([(cd:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(s) | cd])
                                   ELSE s END AS c
            WHERE c:Document AND c <> cited AND NOT coalesce(c.stub, false) AND coalesce(c.status, 'UNKNOWN') <> 'REPEALED'
              // the repeal statement names what it repeals: that mention is not a dangling reference
              AND NOT EXISTS { MATCH (c)-[:REPEALS]->(cited) }
              AND NOT EXISTS { MATCH (c)-[:PROMULGATES]-(:Document)-[:REPEALS]->(cited) }
            WITH DISTINCT c, s, cited, head(collect(r.surface)) AS surface
            OPTIONAL MATCH (changer:Document {id: cited.statusChangedBy})
            WITH c, s, cited, surface,
                 coalesce(head([(x:Document)-[rr:REPEALS]->(cited) WHERE NOT coalesce(rr.partial, false) | x]),
                          changer) AS repealer
            ORDER BY c.title, c.id, s.number, cited.id
            WITH collect({citingId: c.id, citingTitle: c.title,
                          articleId: CASE WHEN s:Article THEN s.id END, articleLabel: CASE WHEN s:Article THEN s.label END,
                          citedId: cited.id, citedTitle: cited.title, citedStatus: cited.status,
                          repealerId: repealer.id, repealerTitle: repealer.title, surface: surface}) AS rows
            RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS items
            """;

    public record Ref(String id, String title) {
    }

    public record ArticleRef(String id, String label) {
    }

    public record Cited(String id, String title, String status) {
    }

    public record DanglingReference(Ref citing, ArticleRef article, Cited cited, Ref repealedBy, String surface) {
    }

    private final GraphReader reader;
    private final Paging paging;

    public ReportService(GraphReader reader, Paging paging) {
        this.reader = reader;
        this.paging = paging;
    }

    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public PagedModel<DanglingReference> dangling(Integer page, Integer size) {
        Pageable pageable = paging.of(page, size, 50);
        return reader.single(DANGLING, Map.of("skip", pageable.getOffset(), "limit", (long) pageable.getPageSize()),
                r -> new PagedModel<>(new PageImpl<>(r.get("items").asList(ReportService::item), pageable,
                        r.get("total").asLong())));
    }

    private static DanglingReference item(Value v) {
        return new DanglingReference(new Ref(str(v.get("citingId")), str(v.get("citingTitle"))),
                v.get("articleId").isNull() ? null : new ArticleRef(str(v.get("articleId")), str(v.get("articleLabel"))),
                new Cited(str(v.get("citedId")), str(v.get("citedTitle")), str(v.get("citedStatus"))),
                v.get("repealerId").isNull() ? null : new Ref(str(v.get("repealerId")), str(v.get("repealerTitle"))),
                str(v.get("surface")));
    }
}
