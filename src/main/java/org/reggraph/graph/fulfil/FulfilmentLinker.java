package org.reggraph.graph.fulfil;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.reggraph.graph.GraphCypher;
import org.reggraph.graph.fulfil.Fulfilment.Candidate;
import org.reggraph.graph.fulfil.Fulfilment.Delegation;
import org.reggraph.graph.fulfil.Fulfilment.Match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The derived fulfilment step: reads every rule-making delegation and every real document, scores the pairs that
 * share a legal basis or an implementing title ({@link Fulfilment}), and rewrites all FULFILS links and delegation
 * statuses in one transaction (so it is idempotent and a reader never sees half of it); bumps the graph version.
 */
public final class FulfilmentLinker {

    /** What one run did. */
    public record Result(int delegations, int links, Map<Fulfilment.Status, Integer> statuses, long millis) {
    }

    private FulfilmentLinker() {
    }

    /** Whether documents were written since the last run, or some rule-making delegation has no status yet. */
    public static boolean stale(Session session) {
        return session.executeRead(tx -> tx.run(FulfilmentCypher.STALE).single().get("stale").asBoolean());
    }

    public static Result run(Session session) {
        return session.executeWrite(FulfilmentLinker::run);
    }

    public static Result run(TransactionContext tx) {
        long started = System.currentTimeMillis();
        tx.run(GraphCypher.TAKE_INGEST_LOCK).consume();
        List<Delegation> delegations = since(tx.run(FulfilmentCypher.DELEGATIONS).list(FulfilmentLinker::delegation));
        List<Candidate> candidates = tx.run(FulfilmentCypher.CANDIDATES).list(FulfilmentLinker::candidate);
        Index index = new Index(candidates);

        Map<String, Map<String, Object>> fulfils = new LinkedHashMap<>();
        List<Map<String, Object>> statusRows = new ArrayList<>();
        Map<Fulfilment.Status, Integer> counts = new LinkedHashMap<>();
        for (Delegation d : delegations) {
            List<Match> links = Fulfilment.links(d, index.candidatesFor(d));
            Fulfilment.Status status = Fulfilment.status(d, links);
            counts.merge(status, 1, Integer::sum);
            Map<String, Object> row = new HashMap<>();
            row.put("rel", d.relId());
            row.put("status", status.name());
            row.put("fulfilledBy", links.isEmpty() ? null : links.get(0).candidate().id());
            row.put("confidence", links.isEmpty() ? null : links.get(0).confidence());
            statusRows.add(row);
            for (Match m : links) {
                String key = m.candidate().id() + "|" + d.sourceId();
                Map<String, Object> old = fulfils.get(key);
                if (old == null || (double) old.get("confidence") < m.confidence()) {
                    Map<String, Object> link = new HashMap<>();
                    link.put("from", m.candidate().id());
                    link.put("rel", d.relId());
                    link.put("confidence", m.confidence());
                    link.put("evidence", m.evidence());
                    link.put("agency", d.agency());
                    link.put("status", m.status().name());
                    fulfils.put(key, link);
                }
            }
        }
        tx.run(FulfilmentCypher.DELETE_FULFILS).consume();
        tx.run(FulfilmentCypher.CLEAR_STATUS).consume();
        List<Map<String, Object>> links = new ArrayList<>(fulfils.values());
        if (!links.isEmpty()) {
            Map<String, String> nodes = new HashMap<>();
            tx.run(FulfilmentCypher.SOURCE_NODES, Map.of("ids", links.stream().map(l -> l.get("rel")).distinct().toList()))
                    .forEachRemaining(r -> nodes.put(r.get("rel").asString(), r.get("node").asString()));
            links.forEach(l -> l.put("to", nodes.get((String) l.get("rel"))));
            tx.run(FulfilmentCypher.CREATE_FULFILS, Map.of("rows", links)).consume();
        }
        tx.run(FulfilmentCypher.SET_STATUS, Map.of("rows", statusRows)).consume();
        tx.run(GraphCypher.BUMP_VERSION).consume();
        tx.run(FulfilmentCypher.CLEAR_STALE).consume();
        return new Result(delegations.size(), links.size(), counts, System.currentTimeMillis() - started);
    }

    private static Delegation delegation(Record r) {
        return new Delegation(r.get("rel").asString(), r.get("source").asString(), r.get("documentId").asString(),
                r.get("documentTitle").asString(null), r.get("workKey").asString(null), date(r.get("date")),
                r.get("agency").asString(), r.get("agencyLevel").asString(null), r.get("generic").asBoolean(),
                set(r.get("parents")), set(r.get("successors")), r.get("holders").asList(FulfilmentLinker::holder),
                r.get("what").asString(null), r.get("surface").asString(null), r.get("context").asString(null));
    }

    /**
     * Each delegation dated by the earliest version of its work that makes it (same agency, same words): read with
     * its own version's date, this gives the date from which the delegation stands.
     */
    static List<Delegation> since(List<Delegation> delegations) {
        Map<String, LocalDate> first = new HashMap<>();
        for (Delegation d : delegations) {
            if (d.since() != null) {
                first.merge(sameDelegation(d), d.since(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return delegations.stream().map(d -> new Delegation(d.relId(), d.sourceId(), d.documentId(), d.documentTitle(),
                d.workKey(), first.get(sameDelegation(d)), d.agency(), d.agencyLevel(), d.generic(), d.agencyParents(),
                d.successors(), d.holders(), d.what(), d.surface(), d.context())).toList();
    }

    private static String sameDelegation(Delegation d) {
        return d.workKey() + "|" + d.agency() + "|" + d.surface();
    }

    private static Candidate candidate(Record r) {
        return new Candidate(r.get("id").asString(), r.get("title").asString(null), r.get("workKey").asString(null),
                r.get("level").asString(null), date(r.get("date")), set(r.get("issuers")), set(r.get("issuerParents")),
                set(r.get("basisWorks")), set(r.get("basisArticles")), set(r.get("citedWorks")), set(r.get("citedArticles")),
                r.get("delegationSurfaces").asList(v -> v.asString(""))); 
    }

    private static Fulfilment.Holder holder(Value v) {
        return new Fulfilment.Holder(v.get("agency").asString(), date(v.get("from")), date(v.get("to")));
    }

    private static LocalDate date(Value v) {
        if (v.isNull()) {
            return null;
        }
        try {
            return v.asLocalDate();
        } catch (RuntimeException notADate) {
            String s = v.asString("");
            return s.matches("\\d{4}-\\d{2}-\\d{2}.*") ? LocalDate.parse(s.substring(0, 10)) : null;
        }
    }

    private static Set<String> set(Value v) {
        Set<String> out = new LinkedHashSet<>();
        v.asList(x -> x.isNull() ? null : x.asString()).forEach(x -> {
            if (x != null) {
                out.add(x);
            }
        });
        return out;
    }

    /** Candidates by the work they are based on, the articles they cite, and the law their title implements. */
    private static final class Index {
        final Map<String, List<Candidate>> byWork = new HashMap<>();
        final Map<String, List<Candidate>> byArticle = new HashMap<>();
        final Map<String, List<Candidate>> byImplementedTitle = new HashMap<>();

        Index(List<Candidate> candidates) {
            for (Candidate c : candidates) {
                c.basisWorks().forEach(w -> byWork.computeIfAbsent(w, k -> new ArrayList<>()).add(c));
                c.citedWorks().stream().filter(w -> !c.basisWorks().contains(w))
                        .forEach(w -> byWork.computeIfAbsent(w, k -> new ArrayList<>()).add(c));
                c.citedSources().forEach(a -> byArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(c));
                String title = Fulfilment.core(c.title());
                int at = title.indexOf("实施");
                if (at >= 2) {
                    byImplementedTitle.computeIfAbsent(title.substring(0, at), k -> new ArrayList<>()).add(c);
                }
            }
        }

        Set<Candidate> candidatesFor(Delegation d) {
            Set<Candidate> out = new LinkedHashSet<>();
            if (d.workKey() != null) {
                out.addAll(byWork.getOrDefault(d.workKey(), List.of()));
            }
            out.addAll(byArticle.getOrDefault(d.sourceId(), List.of()));
            out.addAll(byImplementedTitle.getOrDefault(Fulfilment.core(d.documentTitle()), List.of()));
            return out;
        }
    }
}
