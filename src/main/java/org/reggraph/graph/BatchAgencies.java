package org.reggraph.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agencies of a plan split by batch: each write transaction merges the agencies its documents name (and their
 * parents), so that an interrupted ingestion never leaves agencies without the documents that name them. Agencies no
 * document names go with the first batch written, and so do the agencies of the succession tables with their
 * SUCCEEDED_BY and HELD_BY edges (the whole tables, which the writer writes only when the graph holds another
 * version of them: see {@code GraphWriter.writeAgencies}).
 */
final class BatchAgencies {

    /** Agency rows, PART_OF pairs and (first transaction only) the succession tables' rows for one transaction. */
    record Rows(List<Map<String, Object>> agencies, List<List<String>> partOf, List<Map<String, Object>> succession,
                List<Map<String, Object>> heldBy) {
        boolean isEmpty() {
            return agencies.isEmpty() && partOf.isEmpty() && succession.isEmpty() && heldBy.isEmpty();
        }
    }

    private final Map<String, Map<String, Object>> byId = new HashMap<>();
    private final Map<String, List<List<String>>> partOfByChild = new HashMap<>();
    private final Set<String> unnamed = new LinkedHashSet<>();
    private boolean unnamedWritten;
    /** The extraction itself has agencies no document names (not only the succession tables). */
    private final boolean extractedUnnamed;
    private final GraphPlan plan;

    BatchAgencies(GraphPlan plan) {
        this.plan = plan;
        plan.agencies().forEach(a -> byId.put((String) a.get("id"), a));
        plan.partOf().forEach(p -> partOfByChild.computeIfAbsent(p.get(0), k -> new java.util.ArrayList<>()).add(p));
        Set<String> named = new HashSet<>();
        plan.documents().forEach(d -> named.addAll(closure(agencyEnds(d))));
        byId.keySet().stream().filter(id -> !named.contains(id)).forEach(unnamed::add);
        partOfByChild.keySet().stream().filter(id -> !named.contains(id)).forEach(unnamed::add);
        extractedUnnamed = !unnamed.isEmpty();
        plan.succession().forEach(r -> {
            unnamed.add((String) r.get("from"));
            unnamed.add((String) r.get("to"));
        });
        plan.heldBy().forEach(r -> {
            unnamed.add((String) r.get("role"));
            unnamed.add((String) r.get("holder"));
        });
    }

    /** The rows for a transaction that writes these documents. */
    Rows rowsFor(List<GraphPlan.DocPlan> docs) {
        Set<String> ids = new LinkedHashSet<>();
        docs.forEach(d -> ids.addAll(agencyEnds(d)));
        if (!unnamedWritten) {
            ids.addAll(unnamed);
        }
        Set<String> all = closure(ids);
        List<Map<String, Object>> agencies = all.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        List<List<String>> partOf = all.stream().flatMap(id -> partOfByChild.getOrDefault(id, List.of()).stream()).toList();
        return unnamedWritten ? new Rows(agencies, partOf, List.of(), List.of())
                : new Rows(agencies, partOf, plan.succession(), plan.heldBy());
    }

    /** A plan without documents is still worth a transaction: it brings agencies of its own. */
    boolean hasAgenciesOfItsOwn() {
        return extractedUnnamed;
    }

    /** Called once a transaction with the unnamed agencies has committed. */
    void committed() {
        unnamedWritten = true;
    }

    private static Set<String> agencyEnds(GraphPlan.DocPlan d) {
        Set<String> ids = new LinkedHashSet<>();
        for (GraphPlan.Edge e : d.edges()) {
            for (GraphPlan.End end : List.of(e.from(), e.to())) {
                if ("Agency".equals(end.label()) && end.id() != null) {
                    ids.add(end.id());
                }
            }
        }
        return ids;
    }

    /** The agencies and, transitively, the agencies they are PART_OF. */
    private Set<String> closure(Set<String> ids) {
        Set<String> out = new LinkedHashSet<>(ids);
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            for (List<String> p : partOfByChild.getOrDefault(todo.pop(), List.of())) {
                if (out.add(p.get(1))) {
                    todo.push(p.get(1));
                }
            }
        }
        return out;
    }
}
