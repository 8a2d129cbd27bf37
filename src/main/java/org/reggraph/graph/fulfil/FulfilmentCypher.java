package org.reggraph.graph.fulfil;

/**
 * The Cypher of the fulfilment step. Agency succession ({@code SUCCEEDED_BY}) and role holders ({@code HELD_BY})
 * are followed when the graph has them; with none the patterns simply match nothing.
 */
public final class FulfilmentCypher {

    private FulfilmentCypher() {
    }

    /**
     * For readers: whole years since the delegating version's date ({@code d}), for a delegation ({@code r}) not
     * carried out; else null.
     */
    public static final String YEARS_OPEN = """
            CASE WHEN r.status = 'NOT_CARRIED_OUT' AND coalesce(d.versionDate, d.issuedDate) IS NOT NULL
                 THEN duration.between(date(coalesce(d.versionDate, d.issuedDate)), date()).years END""";

    /** Rule-making delegations (D1 具体办法由X制定 and the like; not 按照X的规定) of real documents and their articles. */
    static final String DELEGATIONS = """
            MATCH (s)-[r:DELEGATES_TO]->(g:Agency)
            WHERE r.kind = 'rulemaking' AND coalesce(r.what, '规定') <> '规定' AND (s:Article OR s:Document)
            OPTIONAL MATCH (owner:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(s:Article)
            WITH r, s, g, coalesce(owner, s) AS d
            WHERE NOT coalesce(d.stub, false)
            RETURN elementId(r) AS rel, s.id AS source, d.id AS documentId, d.title AS documentTitle,
                   d.titleKey AS workKey, coalesce(d.versionDate, d.issuedDate) AS date,
                   g.id AS agency, g.level AS agencyLevel, coalesce(g.generic, false) AS generic,
                   [(g)-[:PART_OF*1..4]->(p:Agency) | p.id] AS parents,
                   [(g)-[:SUCCEEDED_BY*1..3]->(x:Agency) | x.id] AS successors,
                   [(g)-[h:HELD_BY]->(x:Agency) | {agency: x.id, from: h.from, to: h.to}] AS holders,
                   r.what AS what, r.surface AS surface, CASE WHEN s:Article THEN s.text END AS context""";

    /**
     * Real documents as candidate implementing texts: issuers (and the bodies above them), the works they are based
     * on, the articles their legal-basis sentence names (work|article), the articles they cite, and the surfaces of
     * their own rule-making delegations — those that leave a text to be made, not the rules a text refers to
     * (按照X规定的标准, what 规定), which are no onward delegation.
     */
    static final String CANDIDATES = """
            MATCH (d:Document) WHERE NOT coalesce(d.stub, false)
            RETURN d.id AS id, d.title AS title, d.titleKey AS workKey, d.level AS level,
                   coalesce(d.issuedDate, d.versionDate) AS date,
                   [(d)-[:ISSUED_BY]->(g:Agency) | g.id] AS issuers,
                   [(d)-[:ISSUED_BY]->(:Agency)-[:PART_OF*1..4]->(p:Agency) | p.id] AS issuerParents,
                   [(d)-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[:BASED_ON]->(t:Document) | t.titleKey]
                     + [(d)-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[:BASED_ON]->(:Article)<-[:HAS_CHAPTER|HAS_ARTICLE*1..2]-(t:Document) | t.titleKey]
                     AS basisWorks,
                   [(d)-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[b:BASED_ON]->(t:Document)
                     WHERE b.targetArticle IS NOT NULL | t.titleKey + '|' + b.targetArticle] AS basisArticles,
                   [(d)-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[:CITES]->(t:Document) | t.titleKey] AS citedWorks,
                   [(d)-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[:BASED_ON|CITES]->(t:Article) | t.id] AS citedArticles,
                   [(d)-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[x:DELEGATES_TO]->(:Agency)
                     WHERE x.kind = 'rulemaking' AND coalesce(x.what, '') <> '规定' | x.surface] AS delegationSurfaces""";

    /** Set by a writer transaction that wrote documents; cleared by the step (so an interrupted run is caught up). */
    public static final String MARK_STALE = """
            MERGE (v:GraphVersion {id: 'graph'}) SET v.fulfilmentStale = true""";

    /**
     * Whether the step has to run: a write since its last run, or a rule-making delegation without a status (a graph
     * loaded by other means, such as cypher/load-csv.cypher).
     */
    static final String STALE = """
            OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
            RETURN coalesce(v.fulfilmentStale, false) OR EXISTS {
              MATCH ()-[r:DELEGATES_TO]->()
              WHERE r.kind = 'rulemaking' AND coalesce(r.what, '规定') <> '规定' AND r.status IS NULL
            } AS stale""";

    static final String CLEAR_STALE = """
            MATCH (v:GraphVersion {id: 'graph'}) SET v.fulfilmentStale = false""";

    static final String DELETE_FULFILS = """
            MATCH ()-[f:FULFILS]->() DELETE f""";

    /** One FULFILS per implementing document and delegating article (or document): the best of its delegations. */
    static final String CREATE_FULFILS = """
            UNWIND $rows AS row
            MATCH (d:Document {id: row.from})
            MATCH (t) WHERE elementId(t) = row.to
            CREATE (d)-[:FULFILS {confidence: row.confidence, evidence: row.evidence, agency: row.agency,
                                  status: row.status}]->(t)""";

    static final String SOURCE_NODES = """
            UNWIND $ids AS id
            MATCH (s)-[r:DELEGATES_TO]->() WHERE elementId(r) = id
            RETURN id AS rel, elementId(s) AS node""";

    /** Status on every rule-making delegation: cleared everywhere first, then set (idempotent). */
    static final String CLEAR_STATUS = """
            MATCH ()-[r:DELEGATES_TO]->() WHERE r.status IS NOT NULL
            SET r.status = null, r.fulfilledBy = null, r.confidence = null""";

    static final String SET_STATUS = """
            UNWIND $rows AS row
            MATCH ()-[r:DELEGATES_TO]->() WHERE elementId(r) = row.rel
            SET r.status = row.status, r.fulfilledBy = row.fulfilledBy, r.confidence = row.confidence""";
}
