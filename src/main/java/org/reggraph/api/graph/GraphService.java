package org.reggraph.api.graph;

import org.reggraph.api.AnswerCache;
import org.springframework.cache.annotation.Cacheable;
import org.neo4j.driver.Value;
import org.reggraph.api.ApiSettings;
import org.reggraph.api.GraphReader;
import org.reggraph.api.InvalidParameterException;
import org.reggraph.api.NotFoundException;
import org.reggraph.api.RelType;
import org.reggraph.api.graph.GraphDtos.GraphEdge;
import org.reggraph.api.graph.GraphDtos.GraphNode;
import org.reggraph.api.graph.GraphDtos.GraphPath;
import org.reggraph.api.graph.GraphDtos.GraphView;
import org.reggraph.api.graph.GraphDtos.PathEdge;
import org.reggraph.api.graph.GraphDtos.PathNode;
import org.reggraph.api.graph.GraphDtos.PathsResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import static org.reggraph.api.Values.str;

/**
 * Neighbourhoods for the visual explorer and export, and shortest paths between two nodes; one read-only transaction
 * per answer.
 */
@Service
@Transactional(readOnly = true)
public class GraphService {

    /** Every relation type may be shown; structure (HAS_*) never is. */
    static final List<RelType> GRAPH_TYPES = Arrays.asList(RelType.values());
    /** Structure relationships a path may always use, so that article-level citations connect documents. */
    static final List<String> STRUCTURE = List.of("HAS_CHAPTER", "HAS_ARTICLE");
    static final int MAX_PATHS = 10;
    /** Rows read per breadth-first step, per node of the limit: bounds the work on hub nodes such as 国务院. */
    static final int ROWS_PER_NODE = 10;

    private final GraphReader reader;
    private final ApiSettings settings;

    public GraphService(GraphReader reader, ApiSettings settings) {
        this.reader = reader;
        this.settings = settings;
    }

    public List<RelType> parseTypes(String types) {
        return RelType.parseList(types, GRAPH_TYPES, GRAPH_TYPES);
    }

    public void checkDepth(int depth) {
        if (depth < 1 || depth > settings.maxDepth()) {
            throw new InvalidParameterException("depth", "depth must be between 1 and " + settings.maxDepth()
                    + ", was " + depth);
        }
    }

    public void checkLimit(int limit) {
        if (limit < 1 || limit > settings.maxGraphNodes()) {
            throw new InvalidParameterException("limit", "limit must be between 1 and " + settings.maxGraphNodes()
                    + ", was " + limit);
        }
    }

    /** The neighbourhood of a document or agency (an article id stands for its document), at most limit nodes. */
    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public GraphView neighbourhood(String id, int depth, List<RelType> types, int limit) {
        checkDepth(depth);
        checkLimit(limit);
        GraphNode centre = reader.single(GraphQueries.RESOLVE_CENTRE, Map.of("id", id), r -> node(r.get("node")));
        if (centre == null) {
            throw new NotFoundException("Document or agency", id);
        }
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        nodes.put(centre.id(), centre);
        List<String> frontier = List.of(centre.id());
        boolean truncated = false;
        int rowLimit = limit * ROWS_PER_NODE;
        List<String> typeNames = RelType.names(types);
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            record Row(String type, GraphNode source, GraphNode target) {
            }
            List<Row> rows = reader.list(GraphQueries.EXPAND,
                    Map.of("ids", frontier, "types", typeNames, "rowLimit", rowLimit),
                    r -> new Row(r.get("type").asString(), node(r.get("source")), node(r.get("target"))));
            if (rows.size() >= rowLimit) {
                truncated = true;
            }
            List<String> next = new ArrayList<>();
            for (Row row : rows) {
                boolean bothIn = true;
                for (GraphNode end : List.of(row.source(), row.target())) {
                    if (nodes.containsKey(end.id())) {
                        continue;
                    }
                    if (nodes.size() >= limit) {
                        truncated = true;
                        bothIn = false;
                        continue;
                    }
                    nodes.put(end.id(), end);
                    if (!"Article".equals(end.kind())) {
                        next.add(end.id());
                    }
                }
                if (bothIn) {
                    String edgeId = row.type() + ":" + row.source().id() + "->" + row.target().id();
                    edges.putIfAbsent(edgeId, new GraphEdge(edgeId, row.source().id(), row.target().id(), row.type()));
                }
            }
            frontier = next;
        }
        return new GraphView(List.copyOf(nodes.values()), List.copyOf(edges.values()), truncated);
    }

    /** Shortest paths (all of the shortest length, at most 10) between two documents, agencies or articles. */
    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public PathsResult paths(String from, String to, List<RelType> types, int maxLength) {
        if (maxLength < 1 || maxLength > Math.min(settings.maxPathLength(), GraphQueries.MAX_COMPILED_PATH_LENGTH)) {
            throw new InvalidParameterException("maxLength", "maxLength must be between 1 and "
                    + Math.min(settings.maxPathLength(), GraphQueries.MAX_COMPILED_PATH_LENGTH) + ", was " + maxLength);
        }
        String fromId = resolveEnd("from", from);
        String toId = resolveEnd("to", to);
        if (fromId.equals(toId)) {
            throw new InvalidParameterException("to", "from and to must name different nodes");
        }
        List<String> allowed = new ArrayList<>(RelType.names(types));
        allowed.addAll(STRUCTURE);
        List<GraphPath> paths = reader.list(GraphQueries.PATHS_BY_LENGTH.get(maxLength),
                Map.of("from", fromId, "to", toId, "types", allowed, "maxPaths", MAX_PATHS),
                r -> new GraphPath(
                        r.get("nodes").asList(v -> new PathNode(str(v.get("id")), str(v.get("label")),
                                str(v.get("kind")))),
                        r.get("edges").asList(v -> new PathEdge(str(v.get("source")), str(v.get("target")),
                                str(v.get("type"))))));
        return new PathsResult(paths);
    }

    private String resolveEnd(String parameter, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidParameterException(parameter, "Parameter '" + parameter + "' is required");
        }
        String eid = reader.single(GraphQueries.RESOLVE_END, Map.of("id", id), r -> r.get("eid").asString());
        if (eid == null) {
            throw new NotFoundException("Document, article or agency", id);
        }
        return eid;
    }

    private static GraphNode node(Value v) {
        String kind = str(v.get("kind"));
        Value stub = v.get("stub");
        boolean isDocument = "Document".equals(kind);
        return new GraphNode(str(v.get("id")), str(v.get("label")), kind,
                isDocument ? !stub.isNull() && stub.asBoolean() : null, str(v.get("status")));
    }
}
