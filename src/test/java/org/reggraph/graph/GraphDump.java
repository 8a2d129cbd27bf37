package org.reggraph.graph;

import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The whole graph as sorted lines (nodes by labels and id, relationships by end ids and type), for comparisons. */
public final class GraphDump {

    private GraphDump() {
    }

    public static List<String> of(Driver driver) {
        List<String> lines = new ArrayList<>();
        driver.executableQuery("MATCH (n) WHERE NOT n:IngestLock RETURN labels(n) AS labels, properties(n) AS props").execute().records()
                .forEach(r -> lines.add("N " + r.get("labels").asList() + " " + sorted(r.get("props").asMap())));
        driver.executableQuery("""
                        MATCH (a)-[r]->(b)
                        RETURN labels(a)[0] + ':' + a.id AS a, type(r) AS type, labels(b)[0] + ':' + b.id AS b,
                               properties(r) AS props""").execute().records()
                .forEach(r -> lines.add("R " + r.get("a").asString() + " -" + r.get("type").asString() + "-> "
                        + r.get("b").asString() + " " + sorted(r.get("props").asMap())));
        lines.sort(null);
        return lines;
    }

    private static Map<String, Object> sorted(Map<String, Object> props) {
        return new TreeMap<>(props);
    }

    public static void clear(Driver driver) {
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
    }
}
