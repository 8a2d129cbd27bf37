package org.reggraph.graph;

import java.util.List;
import java.util.Map;

/**
 * What one write did.
 *
 * @param documents  documents written (new or changed)
 * @param skipped    documents skipped because their content hash was unchanged
 * @param chapters   chapters written
 * @param articles   articles written
 * @param agencies   agencies created (new Agency nodes; the agencies already in the graph are not counted)
 * @param relations  relationships written, by type (structure included)
 * @param stubs      stub documents created for citations of unknown documents
 * @param failures   documents that could not be written (each rolled back alone)
 * @param elements   nodes + relationships written
 * @param millis     wall time
 */
public record WriteReport(long documents, long skipped, long chapters, long articles, long agencies,
                          Map<String, Long> relations, long stubs, List<Failure> failures, long elements, long millis) {

    /** A document that failed: where it stands and why. */
    public record Failure(String file, Integer line, String document, String message) {
        @Override
        public String toString() {
            return (file == null ? "?" : file) + (line == null ? "" : ":" + line)
                   + (document == null ? "" : " (" + document + ")") + ": " + message;
        }
    }

    public static WriteReport empty() {
        return new WriteReport(0, 0, 0, 0, 0, Map.of(), 0, List.of(), 0, 0);
    }

    /** This write followed by the next one (the chunks of a streamed ingestion); times add up. */
    public WriteReport plus(WriteReport next) {
        Map<String, Long> rels = new java.util.TreeMap<>(relations);
        next.relations.forEach((type, n) -> rels.merge(type, n, Long::sum));
        List<Failure> all = new java.util.ArrayList<>(failures);
        all.addAll(next.failures);
        return new WriteReport(documents + next.documents, skipped + next.skipped, chapters + next.chapters,
                articles + next.articles, agencies + next.agencies, Map.copyOf(rels), stubs + next.stubs,
                List.copyOf(all), elements + next.elements, millis + next.millis);
    }

    public long relationCount() {
        return relations.values().stream().mapToLong(Long::longValue).sum();
    }

    public double elementsPerSecond() {
        return millis == 0 ? elements : elements * 1000.0 / millis;
    }
}
