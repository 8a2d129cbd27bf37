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

    /** One page of a document's articles (in article order) with their relations, and how many it has. */
    static final String ARTICLES = """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[%1$s]->(a:Article)
            WITH DISTINCT d, a ORDER BY a.number, a.id
            WITH d, collect(a) AS articles
            RETURN size(articles) AS total, [a IN articles[$skip..($skip + $limit)] | {
                   id: a.id, number: a.number, label: a.label, text: a.text, startLine: a.startLine,
                   chapterId: head([(d)-[:HAS_CHAPTER]->(c:Chapter)-[:HAS_ARTICLE]->(a) | c.id]),
                   references: [(a)-[r:CITES|BASED_ON|AMENDS|REPEALS|PROMULGATES]->(t) WHERE t:Document OR t:Article |
                     {type: type(r), surface: r.surface, line: r.line,
                      targetArticle: CASE WHEN t:Article THEN t.label END,
                      target: CASE WHEN t:Article THEN head([(td:Document)-[%1$s]->(t) | td {.id, .title}])
                              ELSE t {.id, .title} END}],
                   responsibilities: [(a)-[r:RESPONSIBLE_FOR]->(ag:Agency) | {agencyId: ag.id, agencyName: ag.name,
                     role: r.role, surface: r.surface}],
                   delegations: [(a)-[r:DELEGATES_TO]->(ag:Agency) | {agencyId: ag.id, agencyName: ag.name,
                     what: r.what, surface: r.surface}]}] AS items
            """.formatted(STRUCTURE);

    /**
     * Relationships of a document and its articles, per type and direction (structure excluded), as
     * {@code <TYPE>_out} and {@code <TYPE>_in} columns: degree lookups, not a walk over every relationship.
     */
    static final String RELATION_COUNTS = """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[%s]->(a:Article)
            WITH d, collect(DISTINCT a) + [d] AS nodes
            UNWIND nodes AS n
            RETURN %s""".formatted(STRUCTURE, java.util.Arrays.stream(org.reggraph.api.RelType.values())
            .filter(t -> t != org.reggraph.api.RelType.PART_OF)
            .map(t -> "sum(COUNT { (n)-[:%1$s]->() }) AS %1$s_out, sum(COUNT { (n)<-[:%1$s]-() }) AS %1$s_in"
                    .formatted(t.name()))
            .collect(java.util.stream.Collectors.joining(",\n       ")));

    static final String EXISTS = "MATCH (d:Document {id: $id}) RETURN d.id AS id, d.title AS title";

    /** Relationship types between documents (and their articles), as a pattern. */
    static final String DOCUMENT_RELATIONS = "CITES|BASED_ON|AMENDS|REPEALS|PROMULGATES";

    /**
     * The first hop of a reference traversal, in detail: edges leaving (OUT) or entering (IN) the document and its
     * articles, each with its surface and line; the other end is reported as its document (plus article label).
     */
    private static final String REFERENCES_FIRST = """
            MATCH (f:Document {id: $id})
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
            WHERE other:Document AND other <> f
            RETURN f.id AS selfId, f.title AS selfTitle, CASE WHEN s:Article THEN s.label END AS selfLabel,
                   other.id AS otherId, other.title AS otherTitle, CASE WHEN t:Article THEN t.label END AS otherLabel,
                   type(r) AS type, r.surface AS surface, r.line AS line, 1 AS count
            LIMIT $limit
            """;

    static final String REFERENCES_OUT = REFERENCES_FIRST.formatted(STRUCTURE, "-[r:" + DOCUMENT_RELATIONS + "]->");
    static final String REFERENCES_IN = REFERENCES_FIRST.formatted(STRUCTURE, "<-[r:" + DOCUMENT_RELATIONS + "]-");

    /**
     * A further hop, on the document-level projection the writer keeps ({@code LINKS_TO}, one per pair of documents
     * and type, with the number of edges it stands for and the first one's surface and line).
     */
    private static final String REFERENCES_NEXT = """
            UNWIND $frontier AS fid
            MATCH (f:Document {id: fid})%s(o:Document)
            WHERE l.type IN $types
            RETURN f.id AS selfId, f.title AS selfTitle, null AS selfLabel,
                   o.id AS otherId, o.title AS otherTitle, null AS otherLabel,
                   l.type AS type, l.surface AS surface, l.line AS line, l.count AS count
            LIMIT $limit
            """;

    static final String LINKS_OUT = REFERENCES_NEXT.formatted("-[l:LINKS_TO]->");
    static final String LINKS_IN = REFERENCES_NEXT.formatted("<-[l:LINKS_TO]-");

    /** Everything that (transitively) repeals or amends the document, and everything it (transitively) replaced. */
    static final String REPLACEMENTS = """
            MATCH (d:Document {id: $id})
            WITH d, [p = (d)<-[:REPEALS|AMENDS*1..10]-(:Document) | relationships(p)]
                  + [p = (d)-[:REPEALS|AMENDS*1..10]->(:Document) | relationships(p)] AS paths
            WITH d, reduce(acc = [], rs IN paths | acc + rs) AS rels
            UNWIND (CASE WHEN size(rels) = 0 THEN [null] ELSE rels END) AS r
            WITH d, collect(DISTINCT r) AS rels
            RETURN d {.id, .title, .status, .statusDate, .issuedDate, .effectiveDate} AS d,
                   [r IN rels | {fromId: startNode(r).id, fromTitle: startNode(r).title, toId: endNode(r).id,
                     toTitle: endNode(r).title, type: type(r), date: coalesce(r.effectiveDate, r.date,
                     startNode(r).effectiveDate, startNode(r).issuedDate), partial: r.partial}] AS chain,
                   [(x:Document)-[r:REPEALS]->(d) | {id: x.id, title: x.title, docNumber: x.docNumber,
                     partial: coalesce(r.partial, false), date: coalesce(r.effectiveDate, x.effectiveDate, x.issuedDate),
                     notice: head([(n:Document)-[:PROMULGATES]->(x) | n {.id, .title, .docNumber}])}] AS repealers
            """;
}
