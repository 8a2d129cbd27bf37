package org.reggraph.extract;

/** Something in an input that could not be read or understood; the rest of the batch goes on. */
public record ExtractionProblem(String file, Integer line, String message) {
}
