package org.reggraph.extract.text;

/** One cleaned line of text with the 1-based number of the input line it came from (provenance). */
public record SourceLine(int number, String text) {
}
