package org.reggraph.extract;

import org.reggraph.extract.text.SourceLine;

import java.util.List;

/**
 * An article (第X条) with its text and the source lines it spans.
 *
 * @param number         article number as an integer (第十二条 → 12)
 * @param label          the label as written, normalised (第十二条)
 * @param chapterOrdinal ordinal of the enclosing chapter, or null
 * @param text           the article text, lines joined, PDF artefacts removed
 * @param startLine      input line of the heading
 * @param endLine        last input line of the article
 * @param lines          cleaned lines with their input line numbers
 */
public record ExtractedArticle(int number, String label, Integer chapterOrdinal, String text,
                               int startLine, int endLine, List<SourceLine> lines) {

    /** The article without its text (an empty text, no lines): its number, label, chapter and span stay. */
    public ExtractedArticle withoutText() {
        return new ExtractedArticle(number, label, chapterOrdinal, "", startLine, endLine, List.of());
    }
}
