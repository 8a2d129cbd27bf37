package org.reggraph.api.graph;

import java.util.List;

/** Response shapes of the graph endpoints (field names are the API contract). */
public final class GraphDtos {

    private GraphDtos() {
    }

    /** A node of the neighbourhood view; kind is Document, Agency or Article. */
    public record GraphNode(String id, String label, String kind, Boolean stub, String status) {
    }

    public record GraphEdge(String id, String source, String target, String type) {
    }

    public record GraphView(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {
    }

    public record PathNode(String id, String label, String kind) {
    }

    public record PathEdge(String source, String target, String type) {
    }

    public record GraphPath(List<PathNode> nodes, List<PathEdge> edges) {
    }

    public record PathsResult(List<GraphPath> paths) {
    }
}
