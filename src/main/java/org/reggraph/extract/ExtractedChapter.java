package org.reggraph.extract;

/**
 * A chapter (第X章) or section (第X节) of a document.
 *
 * @param ordinal   position among the document's chapters, 1-based
 * @param number    the chapter number as an integer (第三章 → 3)
 * @param label     the heading label as written, e.g. 第三章
 * @param title     the heading title, e.g. 监督管理
 * @param section   true for 节 (sections inside a chapter)
 * @param startLine input line of the heading
 */
public record ExtractedChapter(int ordinal, int number, String label, String title, boolean section, int startLine) {
}
