package org.reggraph.extract.relation;

import org.reggraph.extract.CitationResolution;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Relation;
import org.reggraph.extract.TitleKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus-level resolution after all files: a target written as a short title or a bare number resolves to a document
 * of the extraction when one matches (same title, 中华人民共和国 + title, same document number, a 关于… title whose issuers
 * the citation left out); among several versions
 * of one title the choice is {@link CitationResolution}'s (the version in force on the citing document's date), the
 * rule the graph writer and the CSV path apply too. Unresolved targets keep their surface title.
 */
public final class CitationResolver {

    public Extraction resolve(Extraction e) {
        Map<String, List<CitationResolution.Candidate>> byKey = new HashMap<>();
        Map<String, List<CitationResolution.Candidate>> byNumber = new HashMap<>();
        Map<String, List<CitationResolution.Candidate>> byUnsigned = new HashMap<>();
        Map<String, ExtractedDocument> byId = new HashMap<>();
        Map<String, List<Relation>> relationsOf = new HashMap<>();
        e.relations().forEach(r -> relationsOf.computeIfAbsent(r.source().from(), k -> new ArrayList<>()).add(r));
        Map<String, LocalDate> validFrom = new HashMap<>();
        for (ExtractedDocument d : e.documents()) {
            LocalDate from = CitationResolution.validFrom(
                    CitationResolution.versionDate(d, relationsOf.getOrDefault(d.id(), List.of())), d.effectiveDate());
            validFrom.put(d.id(), from);
            var candidate = new CitationResolution.Candidate(d.id(), d.docNumber(), TitleKey.bare(d.title()), false, from);
            byId.putIfAbsent(d.id(), d);
            byKey.computeIfAbsent(candidate.titleKey(), k -> new ArrayList<>()).add(candidate);
            if (d.docNumber() != null) {
                byNumber.computeIfAbsent(d.docNumber(), k -> new ArrayList<>()).add(candidate);
            }
            String unsigned = unsigned(d.title());
            if (unsigned != null) {
                byUnsigned.computeIfAbsent(TitleKey.bare(unsigned), k -> new ArrayList<>()).add(candidate);
            }
        }
        // 《关于X》 may name 国务院办公厅关于X: only when one title (in one or more versions) has that ending
        byUnsigned.values().removeIf(c -> c.stream().map(CitationResolution.Candidate::titleKey).distinct().count() > 1);
        List<Relation> out = new ArrayList<>(e.relations().size());
        boolean changed = false;
        for (Relation r : e.relations()) {
            Relation n = r;
            // duties name agencies; amendments name the document itself or the amended one as written
            if (r instanceof Relation.ToDocument t && !(r instanceof Relation.Amends) && r.target() != null) {
                ExtractedDocument d = find(t, validFrom.get(r.source().from()), byKey, byNumber, byUnsigned, byId);
                if (d != null && (!d.title().equals(r.target()) || (t.targetDocNumber() == null && d.docNumber() != null))) {
                    n = t.withTarget(d.title(), t.targetDocNumber() != null ? t.targetDocNumber() : d.docNumber());
                    changed = true;
                }
            }
            out.add(n);
        }
        return changed ? new Extraction(e.documents(), List.copyOf(out), e.agencies(), e.problems()) : e;
    }

    private static ExtractedDocument find(Relation.ToDocument r, LocalDate on,
                                          Map<String, List<CitationResolution.Candidate>> byKey,
                                          Map<String, List<CitationResolution.Candidate>> byNumber,
                                          Map<String, List<CitationResolution.Candidate>> byUnsigned,
                                          Map<String, ExtractedDocument> byId) {
        if (r instanceof Relation.Repeals && !r.target().equals(r.targetDocNumber())) {
            return null; // an older version with the same title is not the repealing document
        }
        String k = TitleKey.bare(r.target());
        String key = byKey.containsKey(k) ? k : "中华人民共和国" + k;
        boolean bareNumber = r.targetDocNumber() != null && r.target().equals(r.targetDocNumber());
        String number = bareNumber ? r.targetDocNumber() : null;
        var query = new CitationResolution.Query(number, key, null, on);
        // a title match first (as before); a bare number only when no title matches
        var hit = CitationResolution.choose(new CitationResolution.Query(null, key, null, on), List.of(),
                byKey.getOrDefault(key, List.of()));
        if (hit.isEmpty() && number != null) {
            hit = CitationResolution.choose(query, byNumber.getOrDefault(number, List.of()), List.of());
        }
        List<CitationResolution.Candidate> signed = r.target().startsWith("关于") ? byUnsigned.get(k) : null;
        if (hit.isEmpty() && signed != null) { // one signed title (removeIf above); never the citing document itself
            hit = CitationResolution.choose(new CitationResolution.Query(null, signed.get(0).titleKey(),
                    r.source().from(), on), List.of(), signed);
        }
        return hit.map(byId::get).orElse(null);
    }

    /** The title from its 关于 on, when its issuers stand before it (中共中央国务院关于X → 关于X); else null. */
    private static String unsigned(String title) {
        int about = title.indexOf("关于");
        return about > 0 ? title.substring(about) : null;
    }
}
