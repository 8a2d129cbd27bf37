package org.reggraph.graph;

import org.reggraph.graph.fulfil.FulfilmentCypher;
import org.reggraph.graph.versions.VersionCypher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files of the bulk paths, in {@code neo4j-admin database import} format: one node file per label and one
 * relationship file per (type, start label, end label), always all of them (header-only when empty), so that
 * {@code cypher/load-csv.cypher} can name them statically. Columns are {@code name:type}.
 */
public final class CsvLayout {

    private CsvLayout() {
    }

    public static final Map<String, List<String>> NODE_COLUMNS = new LinkedHashMap<>();
    public static final Map<String, List<String>> REL_COLUMNS = new LinkedHashMap<>();
    /** [type, start label, end label] of every relationship file. */
    public static final List<List<String>> REL_FILES = new ArrayList<>();

    static {
        NODE_COLUMNS.put("Document", List.of("title", "titleKey", "shortTitles:string[]", "docNumber", "kind", "level",
                "issuedDate:date", "effectiveDate:date", "stub:boolean", "status", "sourceFile", "startLine:int",
                "endLine:int", "textHash", "versionDate:date", "validFrom:date", "madeBy", "earlierVersions:string[]",
                "firstIssued:date"));
        NODE_COLUMNS.put("Chapter", List.of("number:int", "label", "title", "ordinal:int", "section:boolean", "startLine:int"));
        NODE_COLUMNS.put("Article", List.of("number:int", "label", "text", "startLine:int", "endLine:int"));
        NODE_COLUMNS.put("Agency", List.of("name", "aliases:string[]", "aliasText", "level", "kind", "generic:boolean"));

        REL_COLUMNS.put("HAS_CHAPTER", List.of("ordinal:int"));
        REL_COLUMNS.put("HAS_ARTICLE", List.of("ordinal:int"));
        REL_COLUMNS.put("CITES", List.of("surface", "line:int", "via", "targetArticle", "versionDate:date"));
        REL_COLUMNS.put("BASED_ON", List.of("surface", "line:int", "targetArticle", "via"));
        REL_COLUMNS.put("AMENDS", List.of("date:date", "ordinal:int", "surface", "line:int", "source"));
        REL_COLUMNS.put("REPEALS", List.of("partial:boolean", "articles:string[]", "effectiveDate:date", "surface", "line:int"));
        REL_COLUMNS.put("PROMULGATES", List.of());
        REL_COLUMNS.put("ISSUED_BY", List.of("role"));
        REL_COLUMNS.put("RESPONSIBLE_FOR", List.of("role", "surface", "what", "line:int"));
        REL_COLUMNS.put("DELEGATES_TO", List.of("what", "kind", "role", "surface", "line:int"));
        REL_COLUMNS.put("PART_OF", List.of());
        REL_COLUMNS.put("SUCCEEDED_BY", List.of("date:date", "approximate:boolean", "source", "scope"));
        REL_COLUMNS.put("HELD_BY", List.of("from:date", "to:date", "approximate:boolean"));

        rel("HAS_CHAPTER", "Document", "Chapter");
        rel("HAS_CHAPTER", "Chapter", "Chapter");
        rel("HAS_ARTICLE", "Document", "Article");
        rel("HAS_ARTICLE", "Chapter", "Article");
        for (String from : List.of("Document", "Article")) {
            rel("CITES", from, "Document");
            rel("CITES", from, "Article");
        }
        rel("BASED_ON", "Article", "Document");
        for (String type : List.of("BASED_ON", "AMENDS", "REPEALS", "PROMULGATES")) {
            rel(type, "Document", "Document");
        }
        rel("ISSUED_BY", "Document", "Agency");
        for (String from : List.of("Document", "Article")) {
            rel("RESPONSIBLE_FOR", from, "Agency");
            rel("DELEGATES_TO", from, "Agency");
        }
        rel("PART_OF", "Agency", "Agency");
        rel("SUCCEEDED_BY", "Agency", "Agency");
        rel("HELD_BY", "Agency", "Agency");
    }

    private static void rel(String type, String from, String to) {
        REL_FILES.add(List.of(type, from, to));
    }

    public static String nodeFile(String label) {
        return "nodes-" + label + ".csv";
    }

    public static String relFile(String type, String from, String to) {
        return "rels-" + type + "-" + from + "-" + to + ".csv";
    }

    public static String name(String column) {
        int colon = column.indexOf(':');
        return colon < 0 ? column : column.substring(0, colon);
    }

    public static String type(String column) {
        int colon = column.indexOf(':');
        return colon < 0 ? "string" : column.substring(colon + 1);
    }

    /** {@code cypher/load-csv.cypher}, generated from this layout (a test keeps the file in step). */
    public static String loadCsvScript() {
        StringBuilder s = new StringBuilder();
        s.append("// Loads the CSV files written by `reggraph export-csv` into a running database (the same files that\n")
         .append("// `reggraph bulk-import` feeds to Neo4j's import tool). Needs an empty graph and the schema\n")
         .append("// (cypher/schema.cypher). Set the folder first, e.g. in cypher-shell:\n")
         .append("//   :param base => 'file:///absolute/path/to/import/csv'\n")
         .append("// then: cypher-shell -f cypher/load-csv.cypher  (statements run as auto-commit transactions).\n")
         .append("// Generated from org.reggraph.graph.CsvLayout; CsvLayoutTest keeps the two in step.\n\n");
        NODE_COLUMNS.forEach((label, columns) -> {
            s.append("LOAD CSV WITH HEADERS FROM $base + '/").append(nodeFile(label)).append("' AS row\n")
             .append("CALL (row) {\n  CREATE (n:").append(label).append(" {id: row.`id:ID(").append(label).append(")`})\n");
            appendSets(s, "n", columns);
            s.append("} IN TRANSACTIONS OF 10000 ROWS;\n\n");
        });
        for (List<String> f : REL_FILES) {
            String type = f.get(0), from = f.get(1), to = f.get(2);
            s.append("LOAD CSV WITH HEADERS FROM $base + '/").append(relFile(type, from, to)).append("' AS row\n")
             .append("CALL (row) {\n  MATCH (a:").append(from).append(" {id: row.`:START_ID(").append(from).append(")`})\n")
             .append("  MATCH (b:").append(to).append(" {id: row.`:END_ID(").append(to).append(")`})\n")
             .append("  CREATE (a)-[r:").append(type).append("]->(b)\n");
            appendSets(s, "r", REL_COLUMNS.get(type));
            s.append("} IN TRANSACTIONS OF 10000 ROWS;\n\n");
        }
        String allKeys = "MATCH (d:Document {stub: false}) WHERE d.titleKey IS NOT NULL WITH collect(DISTINCT d.titleKey) AS keys\n";
        s.append("// Works and versions, as the writer links them (graph.versions.VersionCypher, over all title keys)\n");
        for (String statement : List.of(VersionCypher.CLEAR_WORKS, VersionCypher.DATE_EARLIER_VERSIONS, VersionCypher.LINK_VERSIONS, VersionCypher.LINK_NEXT_VERSIONS,
                VersionCypher.RETARGET_CITATIONS)) {
            s.append(allKeys).append(statement.replace("UNWIND $keys AS key", "UNWIND keys AS key")).append(";\n\n");
        }
        s.append("// Status from REPEALS/AMENDS and versions, as the writer computes it (GraphCypher.RECOMPUTE_STATUS, over all documents)\n")
         .append("MATCH (d:Document) WITH collect(d.id) AS ids\n")
         .append(GraphCypher.RECOMPUTE_STATUS.replace("UNWIND $ids AS id", "UNWIND ids AS id")).append(";\n\n")
         .append("// Work status, current versions, validity ends\n")
         .append(allKeys).append(VersionCypher.WORK_STATUS.replace("UNWIND $keys AS key", "UNWIND keys AS key")).append(";\n\n")
         .append(allKeys).append(VersionCypher.COPY_STATUS.replace("UNWIND $keys AS key", "UNWIND keys AS key")).append(";\n\n")
         .append("// Document links, as the writer keeps them (GraphCypher.CREATE_LINKS, over all documents)\n")
         .append("MATCH (d:Document) WITH collect(d.id) AS ids\n")
         .append(GraphCypher.CREATE_LINKS.replace("UNWIND $ids AS id", "UNWIND ids AS id")).append(";\n\n")
         .append("// Fulfilment links (graph.fulfil) are not Cypher: marked as due, the service derives them when it starts\n")
         .append("// on this graph (IngestStartupRunner), by the step every ingestion ends with\n")
         .append(FulfilmentCypher.MARK_STALE).append(";\n\n")
         .append("// A new graph version: services that cache answers drop them\n")
         .append(GraphCypher.BUMP_VERSION).append(";\n");
        return s.toString();
    }

    private static void appendSets(StringBuilder s, String var, List<String> columns) {
        if (columns.isEmpty()) {
            return;
        }
        List<String> sets = new ArrayList<>();
        for (String column : columns) {
            String value = "row.`" + column + "`";
            String expr = switch (type(column)) {
                case "int" -> "toInteger(" + value + ")";
                case "boolean" -> "toBoolean(" + value + ")";
                case "date" -> "date(" + value + ")";
                case "string[]" -> "CASE WHEN " + value + " IS NULL THEN null ELSE split(" + value + ", ';') END";
                default -> value;
            };
            sets.add(var + "." + name(column) + " = " + expr);
        }
        s.append("  SET ").append(String.join(",\n      ", sets)).append("\n");
    }
}
