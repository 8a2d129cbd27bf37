package org.reggraph.api.agencies;

import org.reggraph.graph.fulfil.FulfilmentCypher;

/** The Cypher of the agency endpoints; user input only ever travels as parameters. */
final class AgencyQueries {

    private AgencyQueries() {
    }

    static final String DOCUMENT = """
            MATCH (d:Document {id: $id}) RETURN d.id AS id, d.title AS title""";

    /** Document-level rows first (num -1), then article rows in article order; delegations with their status. */
    static final String DOCUMENT_AGENCIES = """
            CALL () {
              MATCH (d:Document {id: $id})-[r:RESPONSIBLE_FOR|DELEGATES_TO]->(g:Agency)
              RETURN d, null AS a, r, g
              UNION ALL
              MATCH (d:Document {id: $id})-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(a:Article)-[r:RESPONSIBLE_FOR|DELEGATES_TO]->(g:Agency)
              RETURN d, a, r, g
            }
            OPTIONAL MATCH (f:Document {id: r.fulfilledBy})
            RETURN a.id AS articleId, a.label AS articleLabel,
                   CASE WHEN a IS NULL THEN -1 ELSE coalesce(a.number, 0) END AS num,
                   coalesce(a.startLine, 0) AS line, type(r) AS type,
                   g.id AS agencyId, g.name AS agencyName, r.role AS role, r.what AS what, r.kind AS kind, r.surface AS surface,
                   r.status AS status, f.id AS fulfilledById, f.title AS fulfilledByTitle, r.confidence AS confidence,
                   %s AS yearsOpen""".formatted(FulfilmentCypher.YEARS_OPEN);

    private static final String PAGE_TAIL = """
            WITH node, max(score) AS score
            ORDER BY score DESC, size(node.name), node.name
            WITH collect({id: node.id, name: node.name, level: node.level, kind: node.kind, generic: node.generic}) AS hits
            RETURN size(hits) AS total, hits[$skip..$skip + $size] AS items""";

    private static final String CONTAINS = """
            MATCH (node:Agency)
            WHERE node.name CONTAINS $q OR any(x IN coalesce(node.aliases, []) WHERE x CONTAINS $q)
            RETURN node, CASE WHEN node.name = $q OR $q IN coalesce(node.aliases, []) THEN 1000.0 ELSE 100.0 END AS score
            """;

    /** Name or alias contains q, or every whitespace-separated part of q matches the full-text index as a phrase. */
    static final String SEARCH = "CALL {\n" + CONTAINS + """
            UNION
            CALL db.index.fulltext.queryNodes('agency_fulltext', $lucene) YIELD node, score
            RETURN node, score
            }
            """ + PAGE_TAIL;

    /** The same without the full-text part (q has nothing the index can search for). */
    static final String SEARCH_CONTAINS = "CALL {\n" + CONTAINS + "}\n" + PAGE_TAIL;

    static final String LIST_ALL = """
            MATCH (node:Agency)
            WITH node, 0.0 AS score
            """ + PAGE_TAIL;

    static final String AGENCY = """
            MATCH (g:Agency {id: $id})
            RETURN g.id AS id, g.name AS name, coalesce(g.aliases, []) AS aliases, g.level AS level, g.kind AS kind,
                   g.generic AS generic""";

    /** Every ancestor, nearest first (the chain up to the root). */
    static final String PARENTS = """
            MATCH (g:Agency {id: $id})-[rels:PART_OF*1..10]->(p:Agency)
            WITH p, min(size(rels)) AS distance
            RETURN p.id AS id, p.name AS name ORDER BY distance, name""";

    static final String CHILDREN = """
            MATCH (c:Agency)-[:PART_OF]->(g:Agency {id: $id})
            RETURN c.id AS id, c.name AS name ORDER BY name LIMIT $limit""";

    /** In force on $asOf (always with $asOf null): the rule of the document views (DocumentQueries). */
    private static final String IN_FORCE = """
            ($asOf IS NULL OR (coalesce(d.validFrom, d.effectiveDate, d.issuedDate, $asOf) <= $asOf
                               AND coalesce(d.validTo, $asOf + duration('P1D')) > $asOf))""";

    /** Documents issued by any of $ids (the agency, and with asOf its predecessors), in force on $asOf. */
    static final String ISSUED = """
            MATCH (d:Document)-[:ISSUED_BY]->(g:Agency) WHERE g.id IN $ids AND""" + IN_FORCE + """

            RETURN d.id AS id, d.title AS title, d.docNumber AS docNumber, d.kind AS kind, d.level AS level,
                   d.status AS status, d.issuedDate AS issuedDate, d.effectiveDate AS effectiveDate,
                   coalesce(d.stub, false) AS stub, g.id AS viaId, g.name AS viaName
            ORDER BY issuedDate DESC, title LIMIT $limit""";

    /**
     * RESPONSIBLE_FOR or DELEGATES_TO (chosen by $type) given to any of $ids, from documents and from their
     * articles, of documents in force on $asOf.
     */
    static final String DUTIES = """
            MATCH (s)-[r]->(g:Agency)
            WHERE g.id IN $ids AND type(r) = $type AND (s:Document OR s:Article)
            OPTIONAL MATCH (owner:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(s:Article)
            WITH r, g, CASE WHEN s:Article THEN s END AS a, coalesce(owner, s) AS d
            WHERE""" + IN_FORCE + """

            RETURN d.id AS documentId, d.title AS documentTitle, a.id AS articleId, a.label AS articleLabel,
                   r.role AS role, r.what AS what, r.kind AS kind, r.surface AS surface, g.id AS viaId, g.name AS viaName
            ORDER BY documentId, coalesce(a.number, -1), articleId LIMIT $limit""";

    /**
     * The SUCCEEDED_BY edges of the chains through the agency and through the bodies that held it (a role name):
     * every step before and after them.
     */
    static final String SUCCESSION = """
            MATCH (x:Agency {id: $id})
            OPTIONAL MATCH (x)-[:HELD_BY]->(y:Agency)
            WITH x, collect(DISTINCT y) AS holders
            WITH [x] + holders AS starts
            UNWIND starts AS s
            CALL (s) {
              MATCH p = (s)-[:SUCCEEDED_BY*1..12]->(:Agency) UNWIND relationships(p) AS r RETURN r
              UNION
              MATCH p = (:Agency)-[:SUCCEEDED_BY*1..12]->(s) UNWIND relationships(p) AS r RETURN r
            }
            WITH DISTINCT r
            WITH startNode(r) AS a, r, endNode(r) AS b
            RETURN a.id AS fromId, a.name AS fromName, b.id AS toId, b.name AS toName, r.date AS date,
                   coalesce(r.approximate, false) AS approximate, r.source AS source, r.scope AS scope
            ORDER BY date, fromId, toId""";

    /** For a role name: its holders, in time order. */
    static final String HELD_BY = """
            MATCH (:Agency {id: $id})-[h:HELD_BY]->(y:Agency)
            RETURN y.id AS id, y.name AS name, h.from AS from, h.to AS to ORDER BY from, id""";

    /** The role names a body held. */
    static final String ROLES = """
            MATCH (r:Agency)-[h:HELD_BY]->(:Agency {id: $id})
            RETURN r.id AS id, r.name AS name, h.from AS from, h.to AS to ORDER BY id, from""";
}
