package org.reggraph.graph;

import java.util.List;

/** The Cypher of {@link GraphWriter}: every statement is parameterised and batched over {@code $rows}/{@code $ids}. */
public final class GraphCypher {

    private GraphCypher() {
    }

    /** Relationship types that may point at (or leave) a stub document, moved when the stub is merged. */
    static final List<String> DOCUMENT_EDGE_TYPES = List.of("CITES", "BASED_ON", "AMENDS", "REPEALS", "PROMULGATES");

    static final String FIND_EXISTING = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            RETURN d.id AS id, d.textHash AS hash, coalesce(d.stub, false) AS stub""";

    /**
     * Stubs that an incoming real document claims: same number, or same title key when the stub has no number of
     * its own (a numbered stub with this title is another version: 同名 older rules are common) and nothing repealed or
     * amended it before the document began to apply (the 1992 专利法实施细则 its 2010 text repealed is no 2023 text).
     */
    private static final String CLAIMABLE_BY_ROW = """
            CALL (row) {
              MATCH (s:Document {docNumber: row.docNumber}) WHERE s.stub AND s.id <> row.id
              RETURN s
              UNION
              MATCH (s:Document {titleKey: row.titleKey}) WHERE s.stub AND s.id <> row.id
                AND (s.docNumber IS NULL OR s.docNumber = row.docNumber)
                AND NOT EXISTS { MATCH (x:Document)-[:REPEALS|AMENDS]->(s) WHERE row.validFrom > x.validFrom }
              RETURN s
            }""";

    static final String FIND_CLAIMABLE_STUBS = """
            UNWIND $rows AS row
            %s
            RETURN row.id AS id, s.id AS stub ORDER BY id, stub""".formatted(CLAIMABLE_BY_ROW);

    /**
     * Unchanged documents that would claim a stub, leaving out the stubs they name themselves as an older version
     * (their history's AMENDS, a REPEALS of the same title): rewriting would claim the stub and recreate it.
     */
    static final String STALE_CLAIMS = """
            UNWIND $rows AS row
            MATCH (d:Document {id: row.id})
            %s
            WITH row, d, s WHERE NOT EXISTS { (d)-[:AMENDS|REPEALS]->(s) }
            RETURN DISTINCT row.id AS id""".formatted(CLAIMABLE_BY_ROW);

    static final String RENAME_STUBS = """
            UNWIND $pairs AS p
            MATCH (s:Document {id: p.stub}) SET s.id = p.id""";

    /** Edges of a merged stub move to the real document (types: {@link #DOCUMENT_EDGE_TYPES}). */
    static final String MOVE_STUB_EDGES_IN = """
            UNWIND $pairs AS p
            MATCH (s:Document {id: p.stub})<-[r]-(x) WHERE type(r) IN $types
            MATCH (d:Document {id: p.id})
            CREATE (x)-[n:$(type(r))]->(d) SET n = properties(r)
            DELETE r""";

    static final String MOVE_STUB_EDGES_OUT = """
            UNWIND $pairs AS p
            MATCH (s:Document {id: p.stub})-[r]->(x) WHERE type(r) IN $types
            MATCH (d:Document {id: p.id})
            CREATE (d)-[n:$(type(r))]->(x) SET n = properties(r)
            DELETE r""";

    static final String DELETE_MERGED_STUBS = """
            UNWIND $pairs AS p
            MATCH (s:Document {id: p.stub}), (d:Document {id: p.id})
            SET d.shortTitles = CASE WHEN s.shortTitles IS NULL THEN d.shortTitles
                ELSE [t IN coalesce(d.shortTitles, []) WHERE NOT t IN s.shortTitles] + s.shortTitles END
            DETACH DELETE s""";

    /** Documents whose status may change when these documents' REPEALS/AMENDS edges are replaced. */
    static final String OLD_STATUS_TARGETS = """
            UNWIND $ids AS id
            MATCH (:Document {id: id})-[:REPEALS|AMENDS]->(t:Document)
            RETURN DISTINCT t.id AS id""";

    /** Stubs this document points at (or is amended by): candidates for removal once its edges are replaced. */
    static final String STUB_TARGETS = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            CALL (d, id) {
              MATCH (d)-[r]->(t:Document) WHERE t.stub AND (r.source IS NULL OR r.source = id) RETURN t
              UNION
              MATCH (d)-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->()-[:CITES]->(t:Document) WHERE t.stub RETURN t
              UNION
              MATCH (d)<-[:AMENDS {source: id}]-(t:Document) WHERE t.stub RETURN t
            }
            RETURN DISTINCT t.id AS id""";

    /**
     * Agencies nothing points at any more, and that name no successor or holder of their own, go: a clean load would not
     * have them (a name an older extraction read, 如该调查委员会, left when its document was rewritten, by this run or by a
     * build before the sweep existed). Their PART_OF edges to parents go with them. Run in a write transaction that holds
     * the ingest lock, so no other writer is between merging an agency and giving it its edge.
     */
    static final String DELETE_ORPHAN_AGENCIES = """
            MATCH (a:Agency)
            WHERE NOT (a)<--() AND NOT (a)-[:SUCCEEDED_BY|HELD_BY]->()
            DETACH DELETE a""";

    /** A stub nothing refers to any more (and that carries no short titles) goes: a clean run would not have it. */
    static final String DELETE_ORPHAN_STUBS = """
            UNWIND $ids AS id
            MATCH (s:Document {id: id})
            WHERE s.stub AND s.shortTitles IS NULL AND NOT (s)--()
            DELETE s""";

    /**
     * Before a document's articles are replaced, citations of them from other documents are parked on the document
     * (with {@code targetArticle}); {@link #ATTACH_ARTICLE_CITATIONS} moves them back onto the new articles.
     */
    static final String PARK_ARTICLE_CITATIONS = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->(a:Article)<-[c:CITES]-(src)
            WHERE NOT (src.id = id OR src.id STARTS WITH id + '/')
            CREATE (src)-[p:CITES]->(d) SET p = properties(c), p.targetArticle = a.label
            DELETE c""";

    static final String ATTACH_ARTICLE_CITATIONS = """
            UNWIND $ids AS id
            MATCH (src)-[c:CITES]->(d:Document {id: id}) WHERE c.targetArticle IS NOT NULL
            MATCH (a:Article {id: id + '/' + c.targetArticle})
            CREATE (src)-[n:CITES]->(a) SET n = properties(c), n.targetArticle = null
            DELETE c""";

    /** Removes what a document owns: chapters, articles (with their edges), outgoing edges, history AMENDS. */
    static final String DELETE_OWNED = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            CALL (d) {
              MATCH (d)-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->(n) DETACH DELETE n
            }
            CALL (d, id) {
              MATCH (d)-[r]->() WHERE r.source IS NULL OR r.source = id DELETE r
            }
            CALL (d, id) {
              MATCH (d)<-[r:AMENDS {source: id}]-() DELETE r
            }""";

    static final String UPSERT_DOCUMENTS = """
            UNWIND $rows AS row
            MERGE (d:Document {id: row.id})
            SET d += row, d.stub = false""";

    static String createChildren(String label, String relType, String parentLabel) {
        return "UNWIND $rows AS row MATCH (p:" + parentLabel + " {id: row.parent}) "
               + "CREATE (p)-[:" + relType + " {ordinal: row.ordinal}]->(n:" + label + ") SET n = row.props";
    }

    /** Aliases are a sorted set: the same whichever batch, chunk or upload named an agency first. */
    static final String MERGE_AGENCIES = """
            UNWIND $rows AS row
            MERGE (a:Agency {id: row.id})
            WITH a, row, COLLECT { UNWIND coalesce(a.aliases, []) + row.aliases AS x
                                   WITH DISTINCT x RETURN x ORDER BY x } AS aliases
            SET a.name = row.name, a.aliases = aliases,
                a.aliasText = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' ' END + x),
                a.level = coalesce(row.level, a.level), a.kind = coalesce(row.kind, a.kind),
                a.generic = coalesce(row.generic, a.generic, false)""";

    static final String MERGE_PART_OF = """
            UNWIND $rows AS row
            MERGE (a:Agency {id: row[0]})
            ON CREATE SET a.name = row[0], a.aliases = [], a.aliasText = '', a.generic = false
            MERGE (p:Agency {id: row[1]})
            ON CREATE SET p.name = row[1], p.aliases = [], p.aliasText = '', p.generic = false
            MERGE (a)-[:PART_OF]->(p)""";

    /** SUCCEEDED_BY, one per (predecessor, successor); the successor loses the predecessor's names as aliases. */
    static final String MERGE_SUCCEEDED_BY = """
            UNWIND $rows AS row
            MERGE (a:Agency {id: row.from})
            ON CREATE SET a.name = row.from, a.aliases = [], a.aliasText = '', a.generic = false
            MERGE (b:Agency {id: row.to})
            ON CREATE SET b.name = row.to, b.aliases = [], b.aliasText = '', b.generic = false
            MERGE (a)-[s:SUCCEEDED_BY]->(b)
            SET s.date = row.date, s.approximate = row.approximate, s.source = row.source, s.scope = row.scope
            WITH b, row WHERE any(x IN coalesce(b.aliases, []) WHERE x IN row.names)
            SET b.aliases = [x IN b.aliases WHERE NOT x IN row.names]
            SET b.aliasText = reduce(t = '', x IN b.aliases | t + CASE WHEN t = '' THEN '' ELSE ' ' END + x)""";

    /** The content hash of the succession tables the graph holds (null before they were first written). */
    static final String SUCCESSION_TABLES = """
            OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN v.successionTables AS hash""";

    static final String SET_SUCCESSION_TABLES = """
            MERGE (v:GraphVersion {id: 'graph'}) SET v.successionTables = $hash""";

    /** SUCCEEDED_BY edges that the table no longer has (keys: predecessor TAB successor). */
    static final String DELETE_STALE_SUCCEEDED_BY = """
            MATCH (a:Agency)-[s:SUCCEEDED_BY]->(b:Agency)
            WHERE NOT a.id + '\t' + b.id IN $keys
            DELETE s""";

    /** HELD_BY, one per (role, holder, from): a holder may hold a role twice (国家药品监督管理局, 1998 and 2018). */
    static final String MERGE_HELD_BY = """
            UNWIND $rows AS row
            MERGE (r:Agency {id: row.role})
            ON CREATE SET r.name = row.role, r.aliases = [], r.aliasText = ''
            SET r.generic = true
            MERGE (h:Agency {id: row.holder})
            ON CREATE SET h.name = row.holder, h.aliases = [], h.aliasText = '', h.generic = false
            MERGE (r)-[t:HELD_BY {from: row.from}]->(h)
            SET t.to = row.to, t.approximate = row.approximate""";

    /** HELD_BY edges that the table no longer has (keys: role TAB holder TAB from). */
    static final String DELETE_STALE_HELD_BY = """
            MATCH (r:Agency)-[t:HELD_BY]->(h:Agency)
            WHERE NOT r.id + '\t' + h.id + '\t' + toString(t.from) IN $keys
            DELETE t""";

    /**
     * Documents that may answer each ref: those with its number and those with its title key. The choice among them
     * is {@link org.reggraph.extract.CitationResolution}'s, the same rule as the CSV path and the extraction.
     */
    static final String REF_CANDIDATES = """
            UNWIND $refs AS ref
            CALL (ref) {
              MATCH (d:Document {docNumber: ref.docNumber}) RETURN d
              UNION
              MATCH (d:Document {titleKey: ref.titleKey}) RETURN d
            }
            RETURN ref.key AS key, collect({id: d.id, docNumber: d.docNumber, titleKey: d.titleKey,
                   stub: coalesce(d.stub, false), validFrom: d.validFrom}) AS candidates""";

    static final String MERGE_STUBS = """
            UNWIND $rows AS row
            MERGE (d:Document {id: row.id})
            ON CREATE SET d.stub = true, d.status = 'UNKNOWN', d.title = row.title, d.titleKey = row.titleKey,
                          d.docNumber = row.docNumber""";

    /** Edges of any type between two labels (the type is a value, {@code $(row.type)}: one plan for all types). */
    static String createEdges(String fromLabel, String toLabel) {
        return "UNWIND $rows AS row MATCH (a:" + fromLabel + " {id: row.from}) MATCH (b:" + toLabel + " {id: row.to}) "
               + "CREATE (a)-[r:$(row.type)]->(b) SET r = row.props";
    }

    /** 《X》第N条: to X's article when it exists, else to X with targetArticle (attached later). */
    static String createArticleCitations(String fromLabel) {
        return "UNWIND $rows AS row MATCH (a:" + fromLabel + " {id: row.from}) MATCH (d:Document {id: row.to}) "
               + "OPTIONAL MATCH (t:Article {id: row.to + '/' + row.targetArticle}) "
               + "WITH a, d, t, row CALL (a, d, t, row) { "
               + "  WITH a, coalesce(t, d) AS b, row, t IS NULL AS pending "
               + "  CREATE (a)-[r:CITES]->(b) SET r = row.props, r.targetArticle = CASE WHEN pending THEN row.targetArticle END }";
    }

    static final String ADD_SHORT_TITLES = """
            UNWIND $rows AS row
            MATCH (d:Document {id: row.id})
            CALL (d, row) {
              UNWIND coalesce(d.shortTitles, []) + row.aliases AS t
              WITH DISTINCT t ORDER BY t
              RETURN collect(t) AS titles
            }
            SET d.shortTitles = titles""";

    /**
     * Status from incoming REPEALS and AMENDS and the version chain: a full repeal wins, then a later version
     * (SUPERSEDED, by that version from its validFrom), then a partial repeal, then amendments; the latest dated change
     * (then the smallest id) names statusChangedBy. Only amendments stated by another document after this text count:
     * the history lines of a text's own header (AMENDS with {@code source} = its id) tell how it came to be, and the
     * text already holds them. Stubs without changes are UNKNOWN.
     */
    static final String RECOMPUTE_STATUS = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            CALL (d) {
              OPTIONAL MATCH (x:Document)-[r:REPEALS]->(d)
              WITH x, r ORDER BY CASE WHEN r.partial THEN 1 ELSE 0 END,
                                 coalesce(r.effectiveDate, x.effectiveDate, x.issuedDate, date('0001-01-01')) DESC, x.id
              RETURN head(collect(CASE WHEN r IS NULL THEN null ELSE {by: x.id, partial: coalesce(r.partial, false),
                     date: coalesce(r.effectiveDate, x.effectiveDate, x.issuedDate)} END)) AS rep
            }
            CALL (d) {
              OPTIONAL MATCH (x:Document)-[a:AMENDS]->(d)
              WHERE a.source IS NULL AND (d.versionDate IS NULL
                    OR coalesce(a.date, x.effectiveDate, x.issuedDate) IS NULL
                    OR coalesce(a.date, x.effectiveDate, x.issuedDate) > d.versionDate)
              WITH x, a ORDER BY coalesce(a.date, x.effectiveDate, x.issuedDate, date('0001-01-01')) DESC, x.id
              RETURN head(collect(CASE WHEN a IS NULL THEN null ELSE {by: x.id,
                     date: coalesce(a.date, x.effectiveDate, x.issuedDate)} END)) AS am
            }
            CALL (d) {
              OPTIONAL MATCH (d)-[:NEXT_VERSION]->(n:Document)
              RETURN head(collect(CASE WHEN n IS NULL THEN null ELSE {by: n.id, date: n.validFrom} END)) AS next
            }
            WITH d, rep, am, next,
                 CASE WHEN rep IS NOT NULL AND NOT rep.partial THEN rep WHEN next IS NOT NULL THEN next
                      ELSE coalesce(rep, am) END AS change
            SET d.status = CASE WHEN rep IS NOT NULL AND NOT rep.partial THEN 'REPEALED'
                                WHEN next IS NOT NULL THEN 'SUPERSEDED'
                                WHEN rep IS NOT NULL THEN 'PARTIALLY_REPEALED'
                                WHEN am IS NOT NULL THEN 'AMENDED'
                                WHEN d.stub THEN 'UNKNOWN' ELSE 'IN_FORCE' END,
                d.statusChangedBy = change.by,
                d.statusDate = change.date""";

    static final String ALL_DOCUMENT_IDS = "MATCH (d:Document) RETURN d.id AS id";

    /**
     * Taken first in every ingestion transaction and held to its commit: writers resolve citations and claim stubs
     * one after another, each seeing the documents and stubs the previous one committed (as a sequential ingestion).
     */
    public static final String TAKE_INGEST_LOCK = "MERGE (l:IngestLock {id: 1}) SET l.n = coalesce(l.n, 0) + 1";

    /**
     * Unchanged documents whose document or articles point at a stub that a real document now stands for (written
     * later, or concurrently before writers were serialised): they are rewritten so that their links are repaired.
     * Only citations count: a repeal or amendment names an older version on purpose, a stub beside the real one.
     */
    static final String STALE_LINKS = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->()-[:CITES|BASED_ON]->(s:Document) WHERE s.stub
            WITH DISTINCT id, s
            WHERE EXISTS { MATCH (x:Document {docNumber: s.docNumber}) WHERE NOT coalesce(x.stub, false) AND x.id <> id }
               // by title only a stub without a number (a numbered stub is claimed only by its number), and not an
               // earlier version named on purpose
               OR (s.docNumber IS NULL AND NOT EXISTS { MATCH (s)-[:NEXT_VERSION]->(:Document) }
                   AND EXISTS { MATCH (x:Document {titleKey: s.titleKey}) WHERE NOT coalesce(x.stub, false) AND x.id <> id })
            RETURN DISTINCT id""";

    /**
     * The document-level projection of the references between documents: one {@code LINKS_TO {type, count,
     * surface, line}} per pair of documents and type of the CITES, BASED_ON, AMENDS, REPEALS and PROMULGATES edges
     * between them or their articles ({@code count} edges, the first one's surface and line). Multi-hop reference
     * queries walk it instead of lifting every article edge to its document. The writer refreshes it, in each
     * transaction, for the documents it writes and the versions of their works: every edge a write adds, moves
     * (stub merges, citations moved to the version in force) or removes ends at one of them.
     * {@link #DELETE_LINKS} then {@link #CREATE_LINKS}.
     */
    static final String DELETE_LINKS = """
            UNWIND $ids AS id
            MATCH (:Document {id: id})-[old:LINKS_TO]-()
            WITH DISTINCT old
            DELETE old""";

    static final String CREATE_LINKS = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            CALL (d) {
              MATCH (d)-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->(s)-[r:CITES|BASED_ON|AMENDS|REPEALS|PROMULGATES]->(t)
              RETURN s, r, t
              UNION
              MATCH (d)-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->(t)<-[r:CITES|BASED_ON|AMENDS|REPEALS|PROMULGATES]-(s)
              RETURN s, r, t
            }
            WITH DISTINCT s, r, t
            WITH r, CASE WHEN s:Document THEN s ELSE head([(x:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->(s) | x]) END AS a,
                    CASE WHEN t:Document THEN t ELSE head([(x:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..3]->(t) | x]) END AS b
            WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
            WITH a, b, type(r) AS type, r ORDER BY coalesce(r.line, 0), r.surface
            WITH a, b, type, count(r) AS n, collect(r)[0] AS first
            CREATE (a)-[:LINKS_TO {type: type, count: n, surface: first.surface, line: first.line}]->(b)""";

    /**
     * Bumped in every transaction that changes the graph: readers that keep answers (the API's cache) compare it
     * with the version they computed them at. A uniqueness constraint makes concurrent first MERGEs safe.
     */
    public static final String BUMP_VERSION = """
            MERGE (v:GraphVersion {id: 'graph'})
            SET v.version = coalesce(v.version, 0) + 1, v.changed = datetime()""";
}
