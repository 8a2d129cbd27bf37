package org.reggraph.api.versions;

/** Cypher of the version endpoints (parameters only). */
final class VersionQueries {
    private VersionQueries() {
    }

    /**
     * The document, its work and the work's versions in order (through the version it repeats, for a copy). A version made by its own order says so
     * ({@code madeBy} = itself); otherwise the instrument of its latest amendment-history line made it, if that line is of the
     * version's date: a revision the legislature made itself (公司法 2023, 第二次修订) or a header that stops at an earlier
     * amendment names no instrument of this version.
     */
    static final String VERSIONS = """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[:SAME_EXPRESSION_AS]->(e:Document)
            WITH d, e.id AS sameAs, coalesce(e, d) AS e
            OPTIONAL MATCH (w:Work)-[:HAS_VERSION]->(e)
            OPTIONAL MATCH (w)-[h:HAS_VERSION]->(v:Document)
            WITH d, sameAs, w, h, v, head(COLLECT {
                   MATCH (m:Document)-[a:AMENDS]->(v) WHERE a.source = v.id AND a.date IS NOT NULL
                     AND (v.versionDate IS NULL OR a.date >= v.versionDate)
                   RETURN {id: m.id, title: m.title, date: a.date} AS i ORDER BY a.date DESC, m.id LIMIT 1 }) AS history
            ORDER BY h.ordinal
            WITH d, sameAs, w, collect(CASE WHEN v IS NULL THEN null ELSE v {.id, .title, .docNumber, .versionDate, .validFrom,
                   .validTo, .current, .status, .stub, .madeBy, ordinal: h.ordinal, history: history} END) AS versions
            RETURN d {.id, .title, .docNumber, .versionDate, .validFrom, .validTo, .current, .status, .stub, .madeBy,
                      ordinal: 1} AS d,
                   CASE WHEN w IS NULL THEN null ELSE w {.id, .title, .kind, .level, .status, .currentVersion,
                     first: COLLECT { MATCH (w)-[:HAS_VERSION]->(x:Document) WHERE x.firstIssued IS NOT NULL
                                      RETURN {issued: x.firstIssued, effective: x.effectiveDate, version: x.versionDate}
                                      ORDER BY x.firstIssued, x.id LIMIT 1 }[0]} END AS work,
                   versions, sameAs
            """;
}
