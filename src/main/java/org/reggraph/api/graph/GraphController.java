package org.reggraph.api.graph;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reggraph.api.InvalidParameterException;
import org.reggraph.api.RelType;
import org.reggraph.api.graph.GraphDtos.GraphView;
import org.reggraph.api.graph.GraphDtos.PathsResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "Graph", description = "Neighbourhoods, shortest paths and export")
public class GraphController {

    private static final String TYPES_DOC = "Comma-separated relationship types: CITES, BASED_ON, AMENDS, REPEALS, "
            + "PROMULGATES, ISSUED_BY, RESPONSIBLE_FOR, DELEGATES_TO, FULFILS, PART_OF, SUCCEEDED_BY, HELD_BY (default: all)";

    private final GraphService graph;

    public GraphController(GraphService graph) {
        this.graph = graph;
    }

    @GetMapping(path = "/graph", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Neighbourhood of a document or agency, for a visual explorer",
            description = "Breadth-first up to depth hops over the chosen types. Edges of a document's articles are "
                    + "lifted to the document; structure edges (HAS_*) are left out. At most limit nodes; "
                    + "truncated tells whether anything was left out. An article id stands for its document.")
    @ApiResponse(responseCode = "200", description = "Nodes and edges")
    @ApiResponse(responseCode = "400", description = "depth, limit or types out of range")
    @ApiResponse(responseCode = "404", description = "No document, article or agency has this id")
    public GraphView neighbourhood(
            @Parameter(description = "Document, article or agency id, e.g. 国务院令第744号") @RequestParam String id,
            @Parameter(description = "Hops, 1 to reggraph.api.max-depth (5)") @RequestParam(defaultValue = "1") int depth,
            @Parameter(description = TYPES_DOC) @RequestParam(required = false) String types,
            @Parameter(description = "Most nodes returned, 1 to reggraph.api.max-graph-nodes (500)")
            @RequestParam(defaultValue = "200") int limit) {
        return graph.neighbourhood(id, depth, graph.parseTypes(types), limit);
    }

    @GetMapping(path = "/paths", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Shortest paths between two documents, or a document and an agency",
            description = "All shortest paths (at most 10) over the chosen types, ignoring direction. Article-level "
                    + "relations are reached through the structure edges HAS_CHAPTER and HAS_ARTICLE, which paths "
                    + "may always use. An empty list when no path is at most maxLength long.")
    @ApiResponse(responseCode = "200", description = "The paths")
    @ApiResponse(responseCode = "400", description = "maxLength or types out of range, from equals to")
    @ApiResponse(responseCode = "404", description = "from or to names nothing")
    public PathsResult paths(
            @Parameter(description = "Document, article or agency id") @RequestParam String from,
            @Parameter(description = "Document, article or agency id") @RequestParam String to,
            @Parameter(description = TYPES_DOC) @RequestParam(required = false) String types,
            @Parameter(description = "Longest path, 1 to reggraph.api.max-path-length (8)")
            @RequestParam(defaultValue = "6") int maxLength) {
        List<RelType> parsed = graph.parseTypes(types);
        return graph.paths(from, to, parsed, maxLength);
    }

    @GetMapping(path = "/export", produces = {MediaType.APPLICATION_JSON_VALUE, GraphMl.MEDIA_TYPE})
    @Operation(summary = "Export a neighbourhood as JSON or GraphML",
            description = "The subgraph of GET /api/graph, as the same JSON or as GraphML "
                    + "(application/graphml+xml) with node attributes label, kind, stub, status and edge attribute "
                    + "type declared as keys.")
    @ApiResponse(responseCode = "200", description = "The subgraph", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GraphView.class)),
            @Content(mediaType = GraphMl.MEDIA_TYPE, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "depth, limit, types or format out of range")
    @ApiResponse(responseCode = "404", description = "No document, article or agency has this id")
    public ResponseEntity<?> export(
            @Parameter(description = "Document, article or agency id") @RequestParam String id,
            @Parameter(description = "Hops, 1 to reggraph.api.max-depth (5)") @RequestParam(defaultValue = "1") int depth,
            @Parameter(description = TYPES_DOC) @RequestParam(required = false) String types,
            @Parameter(description = "Most nodes, 1 to reggraph.api.max-graph-nodes (500)")
            @RequestParam(defaultValue = "500") int limit,
            @Parameter(description = "json or graphml") @RequestParam(defaultValue = "json") String format) {
        String f = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("json") && !f.equals("graphml")) {
            throw new InvalidParameterException("format", "format must be json or graphml");
        }
        GraphView view = graph.neighbourhood(id, depth, graph.parseTypes(types), limit);
        if (f.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"reggraph-export.json\"").body(view);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(GraphMl.MEDIA_TYPE + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"reggraph-export.graphml\"")
                .body(GraphMl.write(view));
    }
}
