package org.reggraph.extract;

/** Relation types of the extraction export (see GRAPH_MODEL.md, "Extraction export"). */
public enum RelationType {
    CITES, BASED_ON, ALIAS, REPEALS, AMENDS, PROMULGATES, DELEGATES, RESPONSIBLE
}
