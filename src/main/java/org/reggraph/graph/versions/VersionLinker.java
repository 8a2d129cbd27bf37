package org.reggraph.graph.versions;

import org.neo4j.driver.TransactionContext;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rebuilds works and version chains inside the writer's transaction, for the works touched by a batch. */
public final class VersionLinker {

    private VersionLinker() {
    }

    /** The work keys these written documents belong (or belonged) to. */
    public static List<String> keys(TransactionContext tx, Collection<String> documentIds) {
        return tx.run(VersionCypher.WORK_KEYS, Map.of("ids", List.copyOf(documentIds))).list(r -> r.get("key").asString());
    }

    /** Relinks the works of {@code keys}; returns the ids of their versions (whose status must be recomputed). */
    public static Set<String> link(TransactionContext tx, List<String> keys) {
        Set<String> versions = new LinkedHashSet<>();
        if (keys.isEmpty()) {
            return versions;
        }
        Map<String, Object> params = Map.of("keys", keys);
        tx.run(VersionCypher.CLEAR_WORKS, params).consume();
        tx.run(VersionCypher.DATE_EARLIER_VERSIONS, params).consume();
        tx.run(VersionCypher.LINK_VERSIONS, params).list(r -> r.get("id").asString()).forEach(versions::add);
        tx.run(VersionCypher.LINK_NEXT_VERSIONS, params).consume();
        tx.run(VersionCypher.RETARGET_CITATIONS, params).consume();
        return versions;
    }

    /** After status: work status, current version, validity ends; copies of a version take its status. */
    public static void finish(TransactionContext tx, List<String> keys) {
        if (!keys.isEmpty()) {
            tx.run(VersionCypher.WORK_STATUS, Map.of("keys", keys)).consume();
            tx.run(VersionCypher.COPY_STATUS, Map.of("keys", keys)).consume();
        }
    }
}
