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
    record Result(List<Relation> relations, List<ExtractedAgency> agencies) {
        public static Result empty() {
            return new Result(List.of(), List.of());
        }
    }

    /** Corpus-level resolution after all files of a batch (targets resolved against every document); none by default. */
    default Extraction resolve(Extraction extraction) {
        return extraction;
    }

    /** The relation stage on the class path (ServiceLoader), else none. */
    static RelationStage standard() {
        return java.util.ServiceLoader.load(RelationStage.class).findFirst().orElse(none());
    }

    static RelationStage none() {
        return documents -> Result.empty();
    }
}
