package org.reggraph.extract.relation;

/**
 * A mention of a document in a text: a 《title》 (with its document number in parentheses when one follows), a bare
 * document number (国发〔2021〕7号文件) or an alias.
 *
 * @param start         offset of the first character (《 or the number)
 * @param end           offset after the mention, including a following （number） and 第N条
 * @param titleEnd      offset after the closing 》 (or after the number for bare numbers)
 * @param title         the title as written (inner brackets normalised to 《》), or null for a bare number
 * @param docNumber     normalised document number written with it, or null
 * @param targetArticle 第N条 written right after it, or null
 * @param via           title, docNumber or alias
 */
record Citation(int start, int end, int titleEnd, String title, String docNumber, String targetArticle, String via) {

    String surface(String text) {
        return text.substring(start, end);
    }
}
