package org.reggraph.extract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule that turns a citation into a document: used by the extraction ({@code relation.CitationResolver}), the
 * Bolt writer ({@code graph.GraphWriter}) and the CSV path ({@code graph.CsvExporter}), which only differ in where
 * the candidates come from (the batch, the database, the plan).
 * <ol>
 *   <li>By document number: a document with that number, real before stub, then the smallest id.</li>
 *   <li>By title key: documents with that key (and no other number than the one cited); among real ones the
 *   <em>version in force on the citing date</em> — the latest whose {@code validFrom} is on or before it (the
 *   earliest when the citation predates them all, the latest when the date is unknown) —, then stubs by id.</li>
 * </ol>
 * A repeal or amendment never resolves to the document that states it ({@code exclude}), nor to a version that began to
 * apply after it.
 */
public final class CitationResolution {

    private CitationResolution() {
    }

    /** A document that may answer a citation. */
    public record Candidate(String id, String docNumber, String titleKey, boolean stub, LocalDate validFrom) {
    }

    /** What a citation names, and when it was written ({@code on}, null when unknown). */
    public record Query(String docNumber, String titleKey, String exclude, LocalDate on) {
    }

    /** @param byNumber candidates with the cited number; @param byKey candidates with the cited title key */
    public static Optional<String> choose(Query q, Collection<Candidate> byNumber, Collection<Candidate> byKey) {
        Optional<String> numbered = byNumber.stream()
                .filter(c -> q.docNumber() != null && q.docNumber().equals(c.docNumber()) && !c.id().equals(q.exclude()))
                .min(Comparator.comparing(Candidate::stub).thenComparing(Candidate::id))
                .map(Candidate::id);
        if (numbered.isPresent()) {
            return numbered;
        }
        var titled = byKey.stream()
                .filter(c -> q.titleKey() != null && q.titleKey().equals(c.titleKey()) && !c.id().equals(q.exclude()))
                .filter(c -> q.docNumber() == null || c.docNumber() == null || c.docNumber().equals(q.docNumber()))
                .filter(c -> !laterThanTheAct(q, c))
                .toList();
        Optional<String> real = titled.stream().filter(c -> !c.stub())
                .min(inForceFirst(q.on()).thenComparing(Candidate::id)).map(Candidate::id);
        return real.isPresent() ? real
                : titled.stream().map(Candidate::id).min(Comparator.naturalOrder());
    }

    /**
     * A version that began to apply after the repeal or amendment that names its title ({@code exclude} set): not the text
     * it acts on (专利法实施细则 2010 repeals the 1992 text, never the 2023 one; a 2012 history line names the 2012
     * decision, not a later one of the same title).
     */
    private static boolean laterThanTheAct(Query q, Candidate c) {
        return q.exclude() != null && q.on() != null && c.validFrom() != null && c.validFrom().isAfter(q.on());
    }

    /**
     * The version in force on {@code on} first: versions valid by then, latest first; then later versions, earliest
     * first (a citation older than every version in the graph reads the first text). Unknown date: the latest.
     */
    static Comparator<Candidate> inForceFirst(LocalDate on) {
        LocalDate at = on == null ? LocalDate.MAX : on;
        Comparator<Candidate> byStart = Comparator.comparing(c -> Objects.requireNonNullElse(c.validFrom(), LocalDate.MIN));
        return Comparator.<Candidate, Boolean>comparing(c -> c.validFrom() != null && c.validFrom().isAfter(at))
                .thenComparing((a, b) -> {
                    boolean later = a.validFrom() != null && a.validFrom().isAfter(at);
                    return later ? byStart.compare(a, b) : byStart.compare(b, a);
                });
    }

    /** The date of a text: its issue date, or the latest amendment of its history when that is later. */
    public static LocalDate versionDate(ExtractedDocument doc, Collection<Relation> relations) {
        LocalDate date = doc.date();
        for (Relation r : relations) {
            if (r instanceof Relation.Amends a && a.history() != null && a.history().date() != null
                    && (date == null || a.history().date().isAfter(date))) {
                date = a.history().date();
            }
        }
        return date;
    }

    /**
     * When a version's text starts to apply: its effective date, unless that date is older than the version (the
     * commencement clause of an amended text still names the original date), else the version date.
     */
    public static LocalDate validFrom(LocalDate versionDate, LocalDate effectiveDate) {
        if (effectiveDate == null) {
            return versionDate;
        }
        return versionDate != null && effectiveDate.isBefore(versionDate) ? versionDate : effectiveDate;
    }
}
