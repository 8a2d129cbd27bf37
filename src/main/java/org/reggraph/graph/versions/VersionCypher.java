package org.reggraph.graph.versions;

/**
 * Works and versions, derived from the documents in the graph (so the Bolt writer, the bulk import and
 * {@code cypher/load-csv.cypher} all derive them the same way). A work is named by the graph's title key; its versions
 * are the real documents with that key, the older versions they repeal under the same title, and the earlier
 * instruments their headers name ({@code earlierVersions}: 国务院令第256号发布). Versions are ordered by
 * {@code versionDate} (undated ones — older texts known only by name — first), then id.
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
            OPTIONAL MATCH (d)-[n:NEXT_VERSION]-()
            OPTIONAL MATCH (:Work)-[h:HAS_VERSION]->(d)
            DELETE n, h
            SET d.versionOrdinal = null, d.validTo = null, d.current = null
            WITH DISTINCT key
            OPTIONAL MATCH (w:Work {id: key})
            DETACH DELETE w""".formatted(MEMBERS.strip());

    /** One work per key with at least one real document, its versions in date order. */
    public static final String LINK_VERSIONS = """
            UNWIND $keys AS key
            CALL (key) {
            %s
            }
            WITH key, d ORDER BY coalesce(d.versionDate, date('0001-01-01')), d.id
            WITH key, collect(d) AS versions
            WHERE any(v IN versions WHERE v.stub = false)
            CREATE (w:Work {id: key})
            WITH w, versions
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
            WITH key, collect(v) AS real WHERE size(real) > 1
            UNWIND real AS v
            MATCH (v)-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->(t)<-[c:CITES|BASED_ON]-(s)
            WHERE (t:Document OR t:Article) AND coalesce(c.via, 'title') <> 'docNumber'
            WITH real, v, t, c, s,
                 CASE WHEN s:Document THEN s ELSE head([(sd:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->(s) | sd]) END AS src
            WITH real, v, t, c, s, src.validFrom AS on
            WITH v, t, c, s, [x IN real WHERE on IS NULL OR x.validFrom IS NULL OR x.validFrom <= on] AS valid, real
            WITH v, t, c, s, CASE WHEN size(valid) > 0
                   THEN reduce(b = null, x IN valid | CASE WHEN b IS NULL
                        OR coalesce(x.validFrom, date('0001-01-01')) > coalesce(b.validFrom, date('0001-01-01'))
                        OR (coalesce(x.validFrom, date('0001-01-01')) = coalesce(b.validFrom, date('0001-01-01')) AND x.id < b.id)
                        THEN x ELSE b END)
                   ELSE reduce(b = null, x IN real | CASE WHEN b IS NULL OR x.validFrom < b.validFrom
                        OR (x.validFrom = b.validFrom AND x.id < b.id) THEN x ELSE b END) END AS best
            WHERE best <> v
            WITH c, s, best, CASE WHEN t:Article THEN t.label ELSE c.targetArticle END AS label
            OPTIONAL MATCH (ta:Article {id: best.id + '/' + label})
            WITH c, s, coalesce(ta, best) AS target, CASE WHEN ta IS NULL THEN label END AS pending
            CALL (c, s, target, pending) {
              WITH c, s, target, pending
              WHERE NOT EXISTS { (s)-[x]->(target) WHERE type(x) = type(c) }
              CREATE (s)-[n:$(type(c))]->(target) SET n = properties(c), n.targetArticle = pending
            }
            DELETE c""";

    /** Versions of works of these keys (their status depends on the version chain). */
    public static final String VERSION_IDS = """
            UNWIND $keys AS key
            MATCH (:Work {id: key})-[:HAS_VERSION]->(v:Document)
            RETURN v.id AS id""";
}
