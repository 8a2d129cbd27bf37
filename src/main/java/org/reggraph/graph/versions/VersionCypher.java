package org.reggraph.graph.versions;

/**
 * Works and versions, derived from the documents in the graph (so the Bolt writer, the bulk import and
 * {@code cypher/load-csv.cypher} all derive them the same way). A work is named by the graph's title key; its versions
 * are the real documents with that key, the older versions they repeal under the same title, and the earlier
 * instruments their headers name ({@code earlierVersions}: 国务院令第256号发布). Versions are ordered by
 * {@code versionDate} (undated ones — older texts known only by name — first), then id.
 * <p>
 * One text from several sources (the 2021 土地管理法实施条例 in a seed compilation and in the national corpus; the books
 * of 民法典 in separate files) is one version: real documents of the work with the same {@code versionDate} whose
 * numbers agree (or are unknown) are one expression. The smallest id stands for it, as {@code CitationResolution}
 * picks among equals; the others point to it with {@code SAME_EXPRESSION_AS} and take its status.
 */
public final class VersionCypher {

    private VersionCypher() {
    }

    /** The versions of the work {@code key} (one row each). */
    private static final String MEMBERS = """
              MATCH (d:Document {titleKey: key, stub: false}) RETURN d
              UNION
              MATCH (:Document {titleKey: key, stub: false})-[:REPEALS]->(d:Document {titleKey: key}) RETURN d
              UNION
              MATCH (n:Document {titleKey: key, stub: false}) WHERE n.earlierVersions IS NOT NULL
              UNWIND n.earlierVersions AS number
              MATCH (d:Document {docNumber: number}) RETURN d""";

    /** Works whose versions may change when these documents were written: their key and the work they were in. */
    public static final String WORK_KEYS = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            OPTIONAL MATCH (w:Work)-[:HAS_VERSION]->(d)
            UNWIND [d.titleKey, w.id] AS key
            WITH DISTINCT key WHERE key IS NOT NULL
            RETURN key""";

    /** Every work key of the graph (after a bulk import). */
    public static final String ALL_WORK_KEYS = """
            MATCH (d:Document {stub: false}) WHERE d.titleKey IS NOT NULL
            RETURN DISTINCT d.titleKey AS key""";

    /** Drops the old works of these keys and every version link of their old and new versions. */
    public static final String CLEAR_WORKS = """
            UNWIND $keys AS key
            CALL (key) {
              MATCH (:Work {id: key})-[:HAS_VERSION]->(d:Document) RETURN d
              UNION
              %s
            }
            OPTIONAL MATCH (d)-[n:NEXT_VERSION|SAME_EXPRESSION_AS]-()
            OPTIONAL MATCH (:Work)-[h:HAS_VERSION]->(d)
            DELETE n, h
            SET d.versionOrdinal = null, d.validTo = null, d.current = null
            WITH DISTINCT key
            OPTIONAL MATCH (w:Work {id: key})
            DETACH DELETE w""".formatted(MEMBERS.strip());

    /**
     * An earlier version known only by its number takes the date its successor's history line gives it (the CITES
     * edge of 1998年12月27日中华人民共和国国务院令第256号发布 carries {@code versionDate}), before the versions are ordered.
     */
    public static final String DATE_EARLIER_VERSIONS = """
            UNWIND $keys AS key
            MATCH (n:Document {titleKey: key, stub: false})-[c:CITES]->(d:Document {stub: true})
            WHERE c.versionDate IS NOT NULL AND d.docNumber IN coalesce(n.earlierVersions, [])
            WITH d, min(c.versionDate) AS day
            SET d.versionDate = day""";

    /** One work per key with at least one real document, its versions in date order. */
    public static final String LINK_VERSIONS = """
            UNWIND $keys AS key
            CALL (key) {
            %s
            }
            WITH key, d ORDER BY coalesce(d.versionDate, date('0001-01-01')), d.id
            WITH key, collect(d) AS members
            WHERE any(v IN members WHERE v.stub = false)
            WITH key, members, [m IN members WHERE NOT m.stub AND m.versionDate IS NOT NULL | {copy: m,
                   of: head([o IN members WHERE o.id < m.id AND NOT o.stub AND o.versionDate = m.versionDate
                             AND (o.docNumber IS NULL OR m.docNumber IS NULL OR o.docNumber = m.docNumber)])}] AS pairs
            WITH key, members, [x IN pairs WHERE x.of IS NOT NULL] AS pairs
            CALL (pairs) {
              UNWIND pairs AS x
              WITH x.copy AS copy, x.of AS of
              CREATE (copy)-[:SAME_EXPRESSION_AS]->(of)
            }
            CREATE (w:Work {id: key})
            WITH w, [v IN members WHERE NOT v IN [x IN pairs | x.copy]] AS versions
            UNWIND range(0, size(versions) - 1) AS i
            WITH w, i, versions[i] AS v
            CREATE (w)-[:HAS_VERSION {ordinal: i + 1}]->(v)
            SET v.versionOrdinal = i + 1
            RETURN v.id AS id""".formatted(MEMBERS.strip());

    public static final String LINK_NEXT_VERSIONS = """
            UNWIND $keys AS key
            MATCH (:Work {id: key})-[h:HAS_VERSION]->(v:Document)
            WITH key, v ORDER BY h.ordinal
            WITH key, collect(v) AS versions
            UNWIND range(1, size(versions) - 1) AS i
            WITH versions[i - 1] AS a, versions[i] AS b
            CREATE (a)-[:NEXT_VERSION]->(b)""";

    /**
     * After the versions' status: the work takes the status of its latest version (a superseded version is never
     * the latest), names it as current unless it is repealed; each version gets {@code validTo} (the next version's
     * {@code validFrom}, or its repeal date) and {@code current}.
     */
    public static final String WORK_STATUS = """
            UNWIND $keys AS key
            MATCH (w:Work {id: key})-[h:HAS_VERSION]->(v:Document)
            WITH w, v ORDER BY h.ordinal
            WITH w, collect(v) AS versions
            WITH w, versions, versions[size(versions) - 1] AS latest
            SET w.title = latest.title, w.kind = latest.kind, w.level = latest.level, w.status = latest.status,
                w.currentVersion = CASE WHEN latest.status = 'REPEALED' THEN null ELSE latest.id END,
                w.versions = size(versions)
            WITH versions
            UNWIND versions AS v
            OPTIONAL MATCH (v)-[:NEXT_VERSION]->(n:Document)
            SET v.current = n IS NULL AND v.status <> 'REPEALED',
                v.validTo = CASE WHEN n IS NOT NULL THEN n.validFrom WHEN v.status = 'REPEALED' THEN v.statusDate END""";

    /**
     * Citations by title into a work with several versions move to the version in force on the citing document's
     * date ({@code CitationResolution}'s rule: among the real versions with the work's title key, the latest valid
     * by then, else the earliest; the latest when the date is unknown). A citation written before the newer (or
     * older) version was loaded thus ends where a load of everything at once would have put it. 《X》第N条 follows to
     * that version's article when it has one, else waits on the version with {@code targetArticle}.
     */
    public static final String RETARGET_CITATIONS = """
            UNWIND $keys AS key
            MATCH (:Work {id: key})-[:HAS_VERSION]->(v:Document {titleKey: key, stub: false})
            WITH key, collect(v) AS real
            WITH real, real + COLLECT { MATCH (c:Document)-[:SAME_EXPRESSION_AS]->(x) WHERE x IN real RETURN c } AS held
            WHERE size(held) > 1
            UNWIND held AS v
            MATCH (v)-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->(t)<-[c:CITES|BASED_ON]-(s)
            WHERE (t:Document OR t:Article) AND coalesce(c.via, 'title') <> 'docNumber'
            WITH real, v, t, c, s,
                 CASE WHEN s:Document THEN s ELSE head([(sd:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->(s) | sd]) END AS src
            WITH real, v, t, c, s, src.validFrom AS on
            WITH v, t, c, s, [x IN real WHERE on IS NULL OR x.validFrom IS NULL OR x.validFrom <= on] AS valid, real
            WITH real, v, t, c, s, CASE WHEN size(valid) > 0
                   THEN reduce(b = null, x IN valid | CASE WHEN b IS NULL
                        OR coalesce(x.validFrom, date('0001-01-01')) > coalesce(b.validFrom, date('0001-01-01'))
                        OR (coalesce(x.validFrom, date('0001-01-01')) = coalesce(b.validFrom, date('0001-01-01')) AND x.id < b.id)
                        THEN x ELSE b END)
                   ELSE reduce(b = null, x IN real | CASE WHEN b IS NULL OR x.validFrom < b.validFrom
                        OR (x.validFrom = b.validFrom AND x.id < b.id) THEN x ELSE b END) END AS best
            WHERE best <> v
            WITH c, s, best, t, v IN real AS version, CASE WHEN t:Article THEN t.label ELSE c.targetArticle END AS label
            OPTIONAL MATCH (ta:Article {id: best.id + '/' + label})
            // an article of a copy that its version lacks (another book of 民法典 in its own file) stays where it is
            WITH c, s, best, ta, label, t, version WHERE version OR ta IS NOT NULL OR t:Document
            WITH c, s, coalesce(ta, best) AS target, CASE WHEN ta IS NULL THEN label END AS pending
            CALL (c, s, target, pending) {
              WITH c, s, target, pending
              WHERE NOT EXISTS { (s)-[x]->(target) WHERE type(x) = type(c) }
              CREATE (s)-[n:$(type(c))]->(target) SET n = properties(c), n.targetArticle = pending
            }
            DELETE c""";

    /**
     * After the work's status: each copy of a version (SAME_EXPRESSION_AS) takes the version's status and dates, and its
     * commencement when its own text does not say (民法典's 婚姻家庭编 file has no 施行 line; the law applies from 2021-01-01).
     */
    public static final String COPY_STATUS = """
            UNWIND $keys AS key
            MATCH (:Work {id: key})-[:HAS_VERSION]->(v:Document)<-[:SAME_EXPRESSION_AS]-(c:Document)
            SET c.status = v.status, c.statusDate = v.statusDate, c.statusChangedBy = v.statusChangedBy,
                c.current = v.current, c.validTo = v.validTo, c.versionOrdinal = v.versionOrdinal,
                c.effectiveDate = coalesce(c.effectiveDate, v.effectiveDate)""";

    /** Versions of works of these keys (their status depends on the version chain). */
    public static final String VERSION_IDS = """
            UNWIND $keys AS key
            MATCH (:Work {id: key})-[:HAS_VERSION]->(v:Document)
            RETURN v.id AS id""";
}
