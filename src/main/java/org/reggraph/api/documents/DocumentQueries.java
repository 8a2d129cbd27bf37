package org.reggraph.api.documents;

/**
 * Cypher of the document endpoints. Every value a client sends travels as a parameter; the only variable parts
 * of a statement are chosen from constants here (sort order).
 */
final class DocumentQueries {
    private DocumentQueries() {
    }

    /** Articles of a document: directly or through a chapter. */
    static final String STRUCTURE = ":HAS_CHAPTER|HAS_ARTICLE*1..2";

    static final String SUMMARY_MAP = "{id: d.id, title: d.title, docNumber: d.docNumber, kind: d.kind, level: d.level, "
            + "status: d.status, issuedDate: d.issuedDate, effectiveDate: d.effectiveDate, stub: coalesce(d.stub, false)}";

    /** Documents whose title or text (or one of their articles' text) matches a Lucene query. */
    static final String FULLTEXT_DOCUMENT_IDS = """
            CALL db.index.fulltext.queryNodes('document_fulltext', $query) YIELD node
            WITH node LIMIT 2000
            OPTIONAL MATCH (owner:Document)-[%s]->(node)
            WITH coalesce(owner, node) AS d
            WHERE d:Document
            RETURN DISTINCT d.id AS id
            """.formatted(STRUCTURE);

    static final String SEARCH = """
            MATCH (d:Document)
            WHERE ($q IS NULL OR d.title CONTAINS $q OR d.docNumber CONTAINS $q
                   OR any(s IN coalesce(d.shortTitles, []) WHERE s CONTAINS $q) OR d.id IN $fulltextIds)
              AND ($docNumber IS NULL OR d.docNumber = $docNumber)
              AND ($kind IS NULL OR d.kind = $kind)
              AND ($level IS NULL OR d.level = $level)
              AND ($status IS NULL OR d.status = $status)
              AND ($from IS NULL OR d.issuedDate >= $from)
              AND ($to IS NULL OR d.issuedDate <= $to)
              AND ($issuer IS NULL OR EXISTS { MATCH (d)-[:ISSUED_BY]->(ag:Agency) WHERE ag.id = $issuer OR ag.name = $issuer })
            WITH d ORDER BY %s
            WITH collect(d) AS docs
            RETURN size(docs) AS total, [d IN docs[$skip..($skip + $limit)] | %s] AS items
            """;

    enum Sort {
        TITLE("title", "d.title, d.id"),
        ISSUED_DATE("issuedDate", "d.issuedDate, d.title, d.id"),
        ISSUED_DATE_DESC("-issuedDate", "d.issuedDate IS NULL, d.issuedDate DESC, d.title, d.id"),
        TITLE_DESC("-title", "d.title DESC, d.id");

        final String param;
        final String cypher;

        Sort(String param, String cypher) {
            this.param = param;
            this.cypher = SEARCH.formatted(cypher, SUMMARY_MAP);
        }
    }

    static final String SUGGEST = """
            CALL () {
              MATCH (d:Document)
              WHERE d.title CONTAINS $q OR d.docNumber CONTAINS $q OR any(s IN coalesce(d.shortTitles, []) WHERE s CONTAINS $q)
              RETURN 'document' AS type, d.id AS id, d.title AS label,
                     coalesce(d.docNumber, d.issuedDate, d.level) AS detail,
                     CASE WHEN d.title STARTS WITH $q OR d.docNumber STARTS WITH $q THEN 0 ELSE 1 END AS rank
              UNION ALL
              MATCH (a:Agency)
              WHERE a.name CONTAINS $q OR any(s IN coalesce(a.aliases, []) WHERE s CONTAINS $q)
              RETURN 'agency' AS type, a.id AS id, a.name AS label, a.kind AS detail,
                     CASE WHEN a.name STARTS WITH $q THEN 0 ELSE 1 END AS rank
            }
            RETURN type, id, label, detail
            ORDER BY rank, size(label), label
            LIMIT $limit
            """;

    static final String DOCUMENT = """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[:ISSUED_BY]->(ag:Agency)
            WITH d, collect(DISTINCT {id: ag.id, name: ag.name}) AS issuers
            OPTIONAL MATCH (changer:Document {id: d.statusChangedBy})
            WITH d, issuers, coalesce(changer,
                 head([(x:Document)-[r:REPEALS]->(d) WHERE NOT coalesce(r.partial, false) | x])) AS changer
            WITH d, issuers, changer, head([(p:Document)-[:PROMULGATES]->(d) | p]) AS promulgator
            RETURN d {.*} AS d, issuers,
                   CASE WHEN changer IS NULL THEN null ELSE {id: changer.id, title: changer.title} END AS statusChangedBy,
                   CASE WHEN promulgator IS NULL THEN null ELSE {id: promulgator.id, title: promulgator.title} END AS promulgatedBy,
                   [(d)-[:HAS_CHAPTER]->(c:Chapter) | {id: c.id, number: c.number, label: c.label, title: c.title,
                     ordinal: c.ordinal}] AS chapters
            """;

    static final String ARTICLES = """
            MATCH (d:Document {id: $id})-[%1$s]->(a:Article)
            WITH DISTINCT d, a
            RETURN a.id AS id, a.number AS number, a.label AS label, a.text AS text, a.startLine AS startLine,
                   head([(d)-[:HAS_CHAPTER]->(c:Chapter)-[:HAS_ARTICLE]->(a) | c.id]) AS chapterId,
                   [(a)-[r:CITES|BASED_ON|AMENDS|REPEALS|PROMULGATES]->(t) WHERE t:Document OR t:Article |
                     {type: type(r), surface: r.surface, line: r.line,
                      targetArticle: CASE WHEN t:Article THEN t.label END,
                      target: CASE WHEN t:Article THEN head([(td:Document)-[%1$s]->(t) | td {.id, .title}])
                              ELSE t {.id, .title} END}] AS references,
                   [(a)-[r:RESPONSIBLE_FOR]->(ag:Agency) | {agencyId: ag.id, agencyName: ag.name, role: r.role,
                     surface: r.surface}] AS responsibilities,
                   [(a)-[r:DELEGATES_TO]->(ag:Agency) | {agencyId: ag.id, agencyName: ag.name, what: r.what,
                     surface: r.surface}] AS delegations
            ORDER BY a.number, a.id
            """.formatted(STRUCTURE);

    /** Relationships of a document and its articles, per type and direction (structure excluded). */
    static final String RELATION_COUNTS = """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[%s]->(a:Article)
            WITH d, collect(DISTINCT a) + [d] AS nodes
            UNWIND nodes AS n
            MATCH (n)-[r]-()
            WHERE type(r) IN $types
            RETURN type(r) AS type, sum(CASE WHEN startNode(r) = n THEN 1 ELSE 0 END) AS out,
                   sum(CASE WHEN endNode(r) = n THEN 1 ELSE 0 END) AS in
            """.formatted(STRUCTURE);

    static final String EXISTS = "MATCH (d:Document {id: $id}) RETURN d.id AS id, d.title AS title";

    /**
     * One level of a reference traversal: edges leaving (OUT) or entering (IN) the frontier documents and their
     * articles; the other end is reported as its document (plus article label).
     */
    private static final String REFERENCES_LEVEL = """
            UNWIND $frontier AS fid
            MATCH (f:Document {id: fid})
            CALL (f) {
              MATCH (f)%2$s(t)
              WHERE $article IS NULL AND type(r) IN $types
              RETURN f AS s, r, t
              UNION
              MATCH (f)-[%1$s]->(s:Article)%2$s(t)
              WHERE type(r) IN $types AND ($article IS NULL OR s.number = $article)
              RETURN s, r, t
            }
            WITH f, s, r, t, CASE WHEN t:Article THEN head([(td:Document)-[%1$s]->(t) | td]) ELSE t END AS other
            WHERE other:Document AND other <> f AND ($asOf IS NULL OR (
                  coalesce(%3$s.validFrom, %3$s.effectiveDate, %3$s.issuedDate, $asOf) <= $asOf
                  AND coalesce(%3$s.validTo, $asOf + duration('P1D')) > $asOf))
            RETURN f.id AS selfId, f.title AS selfTitle, CASE WHEN s:Article THEN s.label END AS selfLabel,
                   other.id AS otherId, other.title AS otherTitle, CASE WHEN t:Article THEN t.label END AS otherLabel,
                   type(r) AS type, r.surface AS surface, r.line AS line
            LIMIT 5000
            """;

    /** With {@code $asOf}, only edges whose citing side was in force that day (its validity covers the date). */
    static final String REFERENCES_OUT = REFERENCES_LEVEL.formatted(STRUCTURE, "-[r]->", "f");
    static final String REFERENCES_IN = REFERENCES_LEVEL.formatted(STRUCTURE, "<-[r]-", "other");

    /** Everything that (transitively) repeals or amends the document, and everything it (transitively) replaced. */
    static final String REPLACEMENTS = """
            MATCH (d:Document {id: $id})
            WITH d, [p = (d)<-[:REPEALS|AMENDS*1..10]-(:Document) | relationships(p)]
                  + [p = (d)-[:REPEALS|AMENDS*1..10]->(:Document) | relationships(p)] AS paths
            WITH d, reduce(acc = [], rs IN paths | acc + rs) AS rels
            UNWIND (CASE WHEN size(rels) = 0 THEN [null] ELSE rels END) AS r
            WITH d, collect(DISTINCT r) AS rels
            RETURN d {.id, .title, .status, .statusDate, .statusChangedBy, .issuedDate, .effectiveDate} AS d,
                   [r IN rels | {fromId: startNode(r).id, fromTitle: startNode(r).title, toId: endNode(r).id,
                     toTitle: endNode(r).title, type: type(r), date: coalesce(r.effectiveDate, r.date,
                     startNode(r).effectiveDate, startNode(r).issuedDate), partial: r.partial}] AS chain,
                   [(x:Document)-[r:REPEALS]->(d) | {id: x.id, title: x.title, docNumber: x.docNumber,
                     partial: coalesce(r.partial, false), date: coalesce(r.effectiveDate, x.effectiveDate, x.issuedDate),
                     notice: head([(n:Document)-[:PROMULGATES]->(x) | n {.id, .title, .docNumber}])}] AS repealers
            """;
}
