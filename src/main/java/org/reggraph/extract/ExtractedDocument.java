package org.reggraph.extract;

import org.reggraph.extract.text.SourceLine;

import java.time.LocalDate;
import java.util.List;

/**
 * A document found in an input file: its header fields and structure.
 *
 * @param id            stable id: the normalised docNumber, else normalised title (+ date where titles repeat)
 * @param title         full title
 * @param docNumber     normalised document number (国办发〔2021〕26号, 国务院令第744号), or null
 * @param issuers       issuing agencies, lead first
 * @param date          issuing / signing date
 * @param effectiveDate date it takes effect
 * @param firstIssued   the date of the earliest line of the header's history (1996年3月17日…通过 of a law revised in
 *                      2021: the work's first adoption or promulgation) when it is earlier than {@code date}, else null;
 *                      the work existed, in texts the input may not hold, from that day
 * @param kind          条例, 办法, 通知 …
 * @param level         法律, 行政法规, 部门规章, 规范性文件 …, or null when it cannot be told
 * @param promulgatedBy id of the notice that 印发 this document, or null
 * @param sourceFile    input file name
 * @param startLine     first input line of the document
 * @param endLine       last input line of the document
 * @param chapters      chapters and sections, in order
 * @param articles      articles, in order
 * @param lines         every cleaned line of the document (header, body, signature), in order
 */
public record ExtractedDocument(String id, String title, String docNumber, List<String> issuers,
                                LocalDate date, LocalDate effectiveDate, LocalDate firstIssued, String kind, String level,
                                String promulgatedBy, String sourceFile, int startLine, int endLine,
                                List<ExtractedChapter> chapters, List<ExtractedArticle> articles,
                                List<SourceLine> lines) {

    /** A document whose header tells no earlier history. */
    public ExtractedDocument(String id, String title, String docNumber, List<String> issuers, LocalDate date,
                             LocalDate effectiveDate, String kind, String level, String promulgatedBy, String sourceFile,
                             int startLine, int endLine, List<ExtractedChapter> chapters, List<ExtractedArticle> articles,
                             List<SourceLine> lines) {
        this(id, title, docNumber, issuers, date, effectiveDate, null, kind, level, promulgatedBy, sourceFile, startLine,
                endLine, chapters, articles, lines);
    }

    /** The document without its text: no lines, and articles without theirs ({@link ExtractedArticle#withoutText()}). */
    public ExtractedDocument withoutText() {
        return new ExtractedDocument(id, title, docNumber, issuers, date, effectiveDate, firstIssued, kind, level, promulgatedBy,
                sourceFile, startLine, endLine, chapters, articles.stream().map(ExtractedArticle::withoutText).toList(),
                List.of());
    }
}
