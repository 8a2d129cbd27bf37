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

    /** Every article of {@code d}, in article order, as {@code articles} (a subquery; empty for a stub). */
    private static final String ARTICLES_OF = """
            CALL (d) {
              OPTIONAL MATCH (d)-[%s]->(a:Article)
              WITH DISTINCT a ORDER BY a.number, a.id
              RETURN collect(a) AS articles
            }""".formatted(STRUCTURE);

    /** One page of {@code articles} as article maps with their relations, and how many there are in all. */
    private static final String ARTICLE_PAGE = """
            size(articles) AS articleTotal, [a IN articles[$skip..($skip + $limit)] | {
                   id: a.id, number: a.number, label: a.label, text: a.text, startLine: a.startLine,
                   chapterId: head([(a)<-[:HAS_ARTICLE]-(c:Chapter) | c.id]),
                   references: [(a)-[r:CITES|BASED_ON|AMENDS|REPEALS|PROMULGATES]->(t) WHERE t:Document OR t:Article |
                     {type: type(r), surface: r.surface, line: r.line,
                      targetArticle: CASE WHEN t:Article THEN t.label END,
                      target: CASE WHEN t:Article THEN head([(td:Document)-[%s]->(t) | td {.id, .title}])
                              ELSE t {.id, .title} END}],
                   responsibilities: [(a)-[r:RESPONSIBLE_FOR]->(ag:Agency) | {agencyId: ag.id, agencyName: ag.name,
                     role: r.role, surface: r.surface}],
                   delegations: [(a)-[r:DELEGATES_TO]->(ag:Agency) | {agencyId: ag.id, agencyName: ag.name,
                     what: r.what, kind: r.kind, role: r.role, surface: r.surface, status: r.status, fulfilledById: r.fulfilledBy,
                     fulfilledByTitle: COLLECT { MATCH (f:Document {id: r.fulfilledBy}) RETURN f.title }[0],
                     confidence: r.confidence}]}] AS articleItems""".formatted(STRUCTURE);

    /**
     * The relation types counted in a document answer: all but those between agencies (the structure {@code PART_OF},
     * the succession {@code SUCCEEDED_BY} and {@code HELD_BY}), which no document or article has.
     */
    static final String COUNTED_TYPES = org.reggraph.api.RelType.ofDocuments().stream().map(Enum::name)
            .collect(java.util.stream.Collectors.joining("|"));

    /**
     * Relationships of {@code d} and its {@code articles}, per type and direction (structure excluded), as a list of
     * {@code [TYPE_out|TYPE_in, n]} pairs, types without relationships left out: one walk over each node's
     * relationships in each direction, where a degree lookup per type and direction (18 per node) cost three times
     * as much on a regulation of 70 articles.
     */
    private static final String COUNTS_OF = """
            CALL (d, articles) {
              UNWIND articles + [d] AS n
              CALL (n) {
                MATCH (n)-[r:%1$s]->() RETURN type(r) + '_out' AS key
                UNION ALL
                MATCH (n)<-[r:%1$s]-() RETURN type(r) + '_in' AS key
              }
              WITH key, count(*) AS n
              RETURN collect([key, n]) AS counts
            }""".formatted(COUNTED_TYPES);

    /** The whole document answer in one statement: the document, one page of its articles, its relation counts. */
    static final String DOCUMENT = """
            MATCH (d:Document {id: $id})
            CALL (d) {
              OPTIONAL MATCH (d)-[:ISSUED_BY]->(ag:Agency)
              RETURN collect(DISTINCT {id: ag.id, name: ag.name}) AS issuers
            }
            CALL (d) {
              OPTIONAL MATCH (changer:Document {id: d.statusChangedBy})
              RETURN coalesce(changer, head([(x:Document)-[r:REPEALS]->(d) WHERE NOT coalesce(r.partial, false) | x]))
                     AS changer
            }
            %s
            %s
            WITH d, issuers, changer, articles, counts, head([(p:Document)-[:PROMULGATES]->(d) | p]) AS promulgator
            RETURN d {.*} AS d, issuers, counts,
                   CASE WHEN changer IS NULL THEN null ELSE {id: changer.id, title: changer.title} END AS statusChangedBy,
                   CASE WHEN promulgator IS NULL THEN null ELSE {id: promulgator.id, title: promulgator.title} END AS promulgatedBy,
                   [(d)-[:HAS_CHAPTER]->(c:Chapter) | {id: c.id, number: c.number, label: c.label, title: c.title,
                     ordinal: c.ordinal}] AS chapters,
                   %s
            """.formatted(ARTICLES_OF, COUNTS_OF, ARTICLE_PAGE);

    /** One page of a document's articles; no row for an unknown id. */
    static final String ARTICLES = """
            MATCH (d:Document {id: $id})
            %s
            RETURN %s""".formatted(ARTICLES_OF, ARTICLE_PAGE);

    static final String EXISTS = "MATCH (d:Document {id: $id}) RETURN d.id AS id, d.title AS title";

    /**
     * With {@code $asOf}, only edges whose citing side was in force that day (its validity covers the date); the
     * citing document is the placeholder.
     */
    private static final String IN_FORCE_AS_OF = """
            ($asOf IS NULL OR (coalesce(%1$s.validFrom, %1$s.effectiveDate, %1$s.issuedDate, $asOf) <= $asOf
                               AND coalesce(%1$s.validTo, $asOf + duration('P1D')) > $asOf))""";

    /** Relationship types between documents (and their articles), as a pattern. */
    private static final String DOCUMENT_RELATIONS = "CITES|BASED_ON|AMENDS|REPEALS|PROMULGATES";

    /**
     * The first hop of a reference traversal, in detail, in one statement: the root and the edges leaving ($out) and
     * entering ($in) it and its articles, each with its surface and line; the other end is reported as its document
     * (plus article label). No row for an unknown id; an empty list for a document without such edges.
     */
    static final String REFERENCES_FIRST = """
            MATCH (f:Document {id: $id})
            OPTIONAL CALL (f) {
              MATCH (f)-[r:%2$s]->(t) WHERE $out AND $article IS NULL AND type(r) IN $types
              RETURN f AS s, r, t, true AS outgoing
              UNION
              MATCH (f)-[%1$s]->(s:Article)-[r:%2$s]->(t)
              WHERE $out AND type(r) IN $types AND ($article IS NULL OR s.number = $article)
              RETURN s, r, t, true AS outgoing
              UNION
              MATCH (f)<-[r:%2$s]-(t) WHERE $in AND $article IS NULL AND type(r) IN $types
              RETURN f AS s, r, t, false AS outgoing
              UNION
              MATCH (f)-[%1$s]->(s:Article)<-[r:%2$s]-(t)
              WHERE $in AND type(r) IN $types AND ($article IS NULL OR s.number = $article)
              RETURN s, r, t, false AS outgoing
            }
            WITH f, s, r, t, outgoing,
                 CASE WHEN t:Article THEN head([(td:Document)-[%1$s]->(t) | td]) ELSE t END AS other
            WITH f, s, r, t, outgoing, other, CASE WHEN outgoing THEN f ELSE other END AS citing
            WITH f, collect(CASE WHEN other:Document AND other <> f AND %3$s THEN {
                   selfLabel: CASE WHEN s:Article THEN s.label END, otherId: other.id, otherTitle: other.title,
                   otherLabel: CASE WHEN t:Article THEN t.label END, type: type(r), surface: r.surface,
                   line: r.line, count: 1, outgoing: outgoing} END) AS edges
            RETURN f.id AS id, f.title AS title, edges[0..$limit] AS edges
            """.formatted(STRUCTURE, DOCUMENT_RELATIONS, IN_FORCE_AS_OF.formatted("citing"));

    /**
     * A further hop, on the document-level projection the writer keeps ({@code LINKS_TO}, one per pair of documents
     * and type, with the number of edges it stands for and the first one's surface and line), both directions in one
     * statement.
     */
    static final String REFERENCES_NEXT = """
            UNWIND $frontier AS fid
            MATCH (f:Document {id: fid})
            CALL (f) {
              MATCH (f)-[l:LINKS_TO]->(o:Document) WHERE $out AND l.type IN $types RETURN l, o, true AS outgoing
              UNION ALL
              MATCH (f)<-[l:LINKS_TO]-(o:Document) WHERE $in AND l.type IN $types RETURN l, o, false AS outgoing
            }
            WITH f, l, o, outgoing, CASE WHEN outgoing THEN f ELSE o END AS citing
            WHERE %s
            RETURN f.id AS selfId, f.title AS selfTitle, o.id AS otherId, o.title AS otherTitle, l.type AS type,
                   l.surface AS surface, l.line AS line, l.count AS count, outgoing
            LIMIT $limit
            """.formatted(IN_FORCE_AS_OF.formatted("citing"));

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
