package org.reggraph.api.documents;

/**
 * Cypher of the document search. Every value a client sends travels as a parameter; the only variable parts of a
 * statement are the sort orders below. Candidates come from the indexes; {@link DocumentSearch} ranks them.
 */
final class SearchQueries {
    private SearchQueries() {
    }

    /** The filters of /api/documents on {@code d}; dates are compared as dates. */
    static final String FILTERS = """
            ($docNumber IS NULL OR d.docNumber = $docNumber)
              AND ($kind IS NULL OR d.kind = $kind)
              AND ($level IS NULL OR d.level = $level)
              AND ($status IS NULL OR d.status = $status)
              AND ($from IS NULL OR d.issuedDate >= $from)
              AND ($to IS NULL OR d.issuedDate <= $to)
              AND ($issuer IS NULL OR EXISTS { MATCH (d)-[:ISSUED_BY]->(ag:Agency)
                                               WHERE ag.id = $issuer OR ag.name = $issuer
                                                  OR $issuer IN coalesce(ag.aliases, []) })""";

    /** What ranking needs of a candidate. */
    static final String CANDIDATE = """
            d {.id, .title, .docNumber, .kind, .level, .status, .issuedDate, .effectiveDate, .shortTitles,
               stub: coalesce(d.stub, false)}""";

    /** Documents whose title, short titles or number match a Lucene query ($lucene), best first. */
    static final String NAMES = """
            CALL db.index.fulltext.queryNodes('document_names', $lucene) YIELD node AS d, score
            WHERE %s
            RETURN %s AS d, score
            LIMIT $limit""".formatted(FILTERS, CANDIDATE);

    /** The document with exactly this number or title (index lookups: always a candidate, whatever Lucene ranks). */
    static final String EXACT = """
            CALL () {
              MATCH (d:Document {docNumber: $number}) RETURN d
              UNION
              MATCH (d:Document {title: $title}) RETURN d
            }
            WITH d WHERE %s
            RETURN %s AS d, 0.0 AS score""".formatted(FILTERS, CANDIDATE);

    /** Names containing a text too short for the full-text index (one character): a scan, capped. */
    static final String NAMES_CONTAINING = """
            MATCH (d:Document)
            WHERE (d.title CONTAINS $text OR d.docNumber CONTAINS $text
                   OR any(s IN coalesce(d.shortTitles, []) WHERE s CONTAINS $text))
              AND %s
            RETURN %s AS d, 0.0 AS score
            LIMIT $limit""".formatted(FILTERS, CANDIDATE);

    /**
     * Documents whose text, or the text of one of their articles, matches a Lucene query ($lucene); per document
     * the best-scoring node, whose text gives the snippet ({@code hit}: its element id, {@code article}: its label).
     */
    static final String TEXT = """
            CALL db.index.fulltext.queryNodes('document_fulltext', $lucene) YIELD node, score
            WITH node, score LIMIT $limit
            OPTIONAL MATCH (owner:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(node)
            WITH coalesce(owner, node) AS d, node, score
            WHERE d:Document AND %s
            WITH d, node, score ORDER BY score DESC
            WITH d, collect(node)[0] AS best, max(score) AS score
            RETURN %s AS d, score, elementId(best) AS hit, CASE WHEN best:Article THEN best.label END AS article
            """.formatted(FILTERS, CANDIDATE);

    /** The texts of the nodes that gave full-text matches (only for the page shown). */
    static final String HIT_TEXTS = """
            UNWIND $hits AS hit
            MATCH (n) WHERE elementId(n) = hit
            RETURN hit, n.text AS text""";

    /** Without a query: the filtered documents in a chosen order, one page of them and their number. */
    private static final String LIST = """
            MATCH (d:Document)
            WHERE %s
            WITH d ORDER BY %s
            WITH collect(d) AS docs
            RETURN size(docs) AS total, [d IN docs[$skip..($skip + $limit)] | %s] AS items""";

    /** Sort orders of the listing; with a query, {@link #RELEVANCE} is the default. */
    enum Sort {
        RELEVANCE("relevance", "d.title, d.id"),
        TITLE("title", "d.title, d.id"),
        ISSUED_DATE("issuedDate", "d.issuedDate, d.title, d.id"),
        ISSUED_DATE_DESC("-issuedDate", "d.issuedDate IS NULL, d.issuedDate DESC, d.title, d.id"),
        TITLE_DESC("-title", "d.title DESC, d.id");

        final String param;
        final String cypher;

        Sort(String param, String order) {
            this.param = param;
            this.cypher = LIST.formatted(FILTERS, order, CANDIDATE);
        }
    }

    /** Agencies for suggestions: name or alias containing the folded text, names starting with it first. */
    static final String SUGGEST_AGENCIES = """
            MATCH (a:Agency)
            WHERE a.name CONTAINS $text OR any(s IN coalesce(a.aliases, []) WHERE s CONTAINS $text)
            RETURN a.id AS id, a.name AS label, a.kind AS detail
            ORDER BY CASE WHEN a.name STARTS WITH $text THEN 0 ELSE 1 END, size(a.name), a.name
            LIMIT $limit""";
}
