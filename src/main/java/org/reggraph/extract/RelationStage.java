package org.reggraph.extract;

import java.util.List;

/**
 * The edge-finding stages (references → agencies → resolve) as seen by the document pipeline: given the
 * documents of one input file, return the relations and agencies they contain.
 */
@FunctionalInterface
public interface RelationStage {

    Result extract(List<ExtractedDocument> documents);

    /** Relations and agencies found in a set of documents. */
    record Result(List<ExtractedRelation> relations, List<ExtractedAgency> agencies) {
        public static Result empty() {
            return new Result(List.of(), List.of());
        }
    }

    static RelationStage none() {
        return documents -> Result.empty();
    }
}
