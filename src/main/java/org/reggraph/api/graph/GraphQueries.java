package org.reggraph.api.graph;

import java.util.List;
import java.util.stream.IntStream;

/** The Cypher of the graph endpoints; user input only ever travels as parameters. */
final class GraphQueries {

    private GraphQueries() {
    }

    /** Longest path length for which a query variant is compiled (Cypher cannot parameterise the bound). */
    static final int MAX_COMPILED_PATH_LENGTH = 16;

    private static final String KIND = "CASE WHEN %1$s:Document THEN 'Document' WHEN %1$s:Agency THEN 'Agency' "
            + "WHEN %1$s:Article THEN 'Article' WHEN %1$s:Chapter THEN 'Chapter' ELSE 'Other' END";
    private static final String LABEL = "CASE WHEN %1$s:Document THEN coalesce(%1$s.title, %1$s.id) "
            + "WHEN %1$s:Agency THEN coalesce(%1$s.name, %1$s.id) ELSE coalesce(%1$s.label, %1$s.id) END";

    private static String node(String v) {
        return "{id: " + v + ".id, kind: " + KIND.formatted(v) + ", label: " + LABEL.formatted(v)
                + ", stub: " + v + ".stub, status: " + v + ".status}";
    }

    /** The node a graph view starts from: a document or agency; an article id stands for its document. */
    static final String RESOLVE_CENTRE = """
            CALL {
              MATCH (n:Document {id: $id}) RETURN n
              UNION
              MATCH (n:Agency {id: $id}) RETURN n
              UNION
              MATCH (n:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(:Article {id: $id}) RETURN n
            }
            RETURN %s AS node LIMIT 1""".formatted(node("n"));

    /**
     * One breadth-first step from documents and agencies ($ids): relationships of the chosen $types of the nodes and of
     * a document's articles, with article ends lifted to their documents, so that the view shows document-to-document
     * and document-to-agency edges. Structure edges (HAS_*) never match, as they are not in $types.
     */
    static final String EXPAND = """
            UNWIND $ids AS i
            CALL {
              WITH i MATCH (n:Document {id: i}) RETURN n
              UNION
              WITH i MATCH (n:Agency {id: i}) RETURN n
            }
            CALL {
              WITH n MATCH (n:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(a:Article) RETURN a AS m
              UNION
              WITH n RETURN n AS m
            }
            MATCH (m)-[r]-(o)
            WHERE type(r) IN $types
            WITH DISTINCT r
            WITH r, startNode(r) AS s, endNode(r) AS t
            OPTIONAL MATCH (sd:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(s:Article)
            OPTIONAL MATCH (td:Document)-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->(t:Article)
            WITH DISTINCT type(r) AS type, coalesce(sd, s) AS s, coalesce(td, t) AS t
            WHERE s <> t
            WITH type, s, t ORDER BY type, s.id, t.id LIMIT $rowLimit
            RETURN type, %s AS source, %s AS target""".formatted(node("s"), node("t"));

    /** A path end: a document, agency or article. */
    static final String RESOLVE_END = """
            CALL {
              MATCH (n:Document {id: $id}) RETURN n
              UNION
              MATCH (n:Agency {id: $id}) RETURN n
              UNION
              MATCH (n:Article {id: $id}) RETURN n
            }
            RETURN elementId(n) AS eid LIMIT 1""";

    private static final String PATHS = """
            MATCH (a) WHERE elementId(a) = $from
            MATCH (b) WHERE elementId(b) = $to
            MATCH p = allShortestPaths((a)-[*..%d]-(b))
            WHERE all(r IN relationships(p) WHERE type(r) IN $types)
            // the same answer whatever the store's layout (derived writes move relationships around)
            WITH p ORDER BY [n IN nodes(p) | n.id]
            RETURN [n IN nodes(p) | {id: n.id, kind: %s, label: %s}] AS nodes,
                   [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r)}] AS edges
            LIMIT $maxPaths""";

    /** PATHS_BY_LENGTH.get(k): shortest paths of at most k relationships (k from 1). */
    static final List<String> PATHS_BY_LENGTH = IntStream.rangeClosed(0, MAX_COMPILED_PATH_LENGTH)
            .mapToObj(k -> PATHS.formatted(Math.max(k, 1), KIND.formatted("n"), LABEL.formatted("n"))).toList();
}
