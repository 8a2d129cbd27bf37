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
 * @param agencies   agencies merged
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

    public long relationCount() {
        return relations.values().stream().mapToLong(Long::longValue).sum();
    }

    public double elementsPerSecond() {
        return millis == 0 ? elements : elements * 1000.0 / millis;
    }
}
