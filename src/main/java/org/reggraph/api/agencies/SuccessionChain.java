package org.reggraph.api.agencies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who answers for an agency on a date, from its SUCCEEDED_BY edges and (for a role name) its HELD_BY periods:
 * <ul>
 * <li>a role name answers the body that held it that day (a period covers [from, to));</li>
 * <li>a body reorganised on or before the date answers its successors, followed to the bodies that still existed that
 * day (国家安全生产监督管理总局 in 2022 → 应急管理部; a split body answers each successor);</li>
 * <li>a body created after the date answers the predecessors that existed that day (应急管理部 in 2015 →
 * 国家安全生产监督管理总局);</li>
 * <li>otherwise the body itself.</li>
 * </ul>
 */
final class SuccessionChain {

    /** A SUCCEEDED_BY edge. */
    record Step(String from, String to, LocalDate date, boolean approximate, String source, String scope) {
    }

    /** A HELD_BY period of a role name. */
    record Period(String holder, LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || date.isBefore(to));
        }
    }

    /**
     * A body that answers on the date, and the period in which it does as far as the edges tell (null: open).
     *
     * @param how self, successor, predecessor or role
     */
    record Holder(String id, LocalDate from, LocalDate to, String how) {
    }

    private final Map<String, List<Step>> out = new HashMap<>();
    private final Map<String, List<Step>> in = new HashMap<>();

    SuccessionChain(List<Step> steps) {
        for (Step s : steps) {
            out.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s);
            in.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s);
        }
    }

    /** The bodies that answer for {@code id} on {@code date}; {@code periods} are its HELD_BY periods (role names). */
    List<Holder> holders(String id, List<Period> periods, LocalDate date) {
        Map<String, Holder> found = new LinkedHashMap<>();
        if (!periods.isEmpty()) {
            for (Period p : periods) {
                if (p.covers(date)) {
                    resolve(p.holder(), date, "role", found, new LinkedHashSet<>());
                    // a holder that answers itself answers for the period of the role
                    found.computeIfPresent(p.holder(), (k, h) -> h.how().equals("role")
                            ? new Holder(k, p.from(), p.to(), "role") : h);
                }
            }
            return List.copyOf(found.values());
        }
        resolve(id, date, "self", found, new LinkedHashSet<>());
        return List.copyOf(found.values());
    }

    private void resolve(String id, LocalDate date, String how, Map<String, Holder> found, Set<String> seen) {
        if (!seen.add(id)) {
            return; // a cycle in the data: stop rather than loop
        }
        List<Step> gone = out.getOrDefault(id, List.of()).stream().filter(s -> !s.date().isAfter(date)).toList();
        if (!gone.isEmpty()) {
            gone.forEach(s -> forward(s.to(), date, found, seen));
            return;
        }
        List<Step> later = in.getOrDefault(id, List.of()).stream().filter(s -> s.date().isAfter(date)).toList();
        if (!later.isEmpty()) {
            later.forEach(s -> backward(s.from(), date, found, seen));
            return;
        }
        found.putIfAbsent(id, holder(id, date, how));
    }

    private void forward(String id, LocalDate date, Map<String, Holder> found, Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        List<Step> gone = out.getOrDefault(id, List.of()).stream().filter(s -> !s.date().isAfter(date)).toList();
        if (gone.isEmpty()) {
            found.putIfAbsent(id, holder(id, date, "successor"));
        } else {
            gone.forEach(s -> forward(s.to(), date, found, seen));
        }
    }

    private void backward(String id, LocalDate date, Map<String, Holder> found, Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        List<Step> later = in.getOrDefault(id, List.of()).stream().filter(s -> s.date().isAfter(date)).toList();
        if (later.isEmpty()) {
            found.putIfAbsent(id, holder(id, date, "predecessor"));
        } else {
            later.forEach(s -> backward(s.from(), date, found, seen));
        }
    }

    /** The period around the date: from the latest step into the body, to the earliest step out of it. */
    private Holder holder(String id, LocalDate date, String how) {
        LocalDate from = in.getOrDefault(id, List.of()).stream().map(Step::date).filter(d -> !d.isAfter(date))
                .max(LocalDate::compareTo).orElse(null);
        LocalDate to = out.getOrDefault(id, List.of()).stream().map(Step::date).filter(d -> d.isAfter(date))
                .min(LocalDate::compareTo).orElse(null);
        return new Holder(id, from, to, how);
    }

    /**
     * The agencies whose duties pass to {@code id} by the date: itself and its predecessors (transitively) through
     * steps dated on or before it.
     */
    Set<String> inheritedFrom(String id, LocalDate date) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String a = todo.remove(todo.size() - 1);
            if (out.add(a)) {
                in.getOrDefault(a, List.of()).stream().filter(s -> !s.date().isAfter(date)).forEach(s -> todo.add(s.from()));
            }
        }
        return out;
    }

    /** The steps of the chain before {@code id} (backward = true) or after it, any date, nearest first. */
    List<Step> chain(String id, boolean backward) {
        List<Step> steps = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String a = todo.remove(0);
            if (seen.add(a)) {
                for (Step s : (backward ? in : out).getOrDefault(a, List.of())) {
                    steps.add(s);
                    todo.add(backward ? s.from() : s.to());
                }
            }
        }
        return steps;
    }
}
