package org.reggraph.graph;

/** Published after documents were written to the graph, so that whoever keeps answers from it can drop them. */
public record GraphChanged(long documents) {
}
