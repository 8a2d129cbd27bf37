package org.reggraph.extract.text;

/**
 * A content line after cleaning, with its 1-based input line number.
 *
 * @param number   input line number
 * @param text     normalised text (spaces between words kept: signature blocks separate agencies by spaces)
 * @param squeezed the text without any whitespace, for matching
 * @param heading  written as a markdown heading or in bold: a title may start here
 */
public record CleanLine(int number, String text, String squeezed, boolean heading) {

    public SourceLine source() {
        return new SourceLine(number, text);
    }
}
