package org.reggraph.extract;

import java.util.List;

/** What the extractor found in one or more input files. */
public record Extraction(List<ExtractedDocument> documents, List<Relation> relations,
                         List<ExtractedAgency> agencies, List<ExtractionProblem> problems) {

    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of(), List.of());
    }
}
