package org.reggraph.extract.document;

import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedChapter;
import org.reggraph.extract.lexicon.ChineseNumbers;
import org.reggraph.extract.text.CleanLine;
import org.reggraph.extract.text.SourceLine;
import org.reggraph.extract.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds chapters (第X章), sections (第X节) and articles (第X条) in a document body. A 第X条 at a line start is an
 * article heading only when it reads as one: followed by a space, or next in sequence after a finished sentence (or, in
 * the Markdown format, at a paragraph's start) — "第七十五条的规定处罚" continuing a broken sentence is not. Web copies
 * drop the space: an excerpt's first heading, or one after a missing article, is taken when its successor follows, and a
 * mark after the number (第二十条。高速公路…) is a heading's when text follows it. Chapters listed in a table of contents
 * (no text under them) are not structure.
 */
final class StructureParser {

    /** An article or chapter number, as group 1 (第一千二百六十条, 第 1 条). */
    static final String NUM = "([零〇一二三四五六七八九十百千两\\d]{1,8})";
    private static final Pattern ARTICLE = Pattern.compile("^第" + NUM + "条(\\s+|$)?");
    private static final Pattern HEADING = Pattern.compile("^第" + NUM + "([章节])(?:\\s*(.*))?$");
    /**
     * A part of a code above its chapters (刑法's ## 第二编 分则, 民法典's ## 第三分编 准 合 同, and a corpus part's own
     * # 物权编 or # 附则 heading): it ends the article before it, whose text it is not.
     */
    private static final Pattern PART = Pattern.compile("^第" + NUM + "分?编(?:[ \u3000]+[^。，；]{1,24})?$");
    private static final Pattern PART_NAME = Pattern.compile("^(?:[\u4e00-\u9fff]{1,8}编|总则|分则|附则)$");
    /**
     * 第X and a space where the PDF text lost the 条 (第二十五 开展尾矿充填…): an article heading only in sequence, after a
     * finished sentence and before a 第X+1条 heading ({@link #lostTiao}).
     */
    private static final Pattern ARTICLE_LOST_TIAO = Pattern.compile("^第" + NUM + "[ \u3000]+(?=[^章节条\\s])");
    /** How many lines ahead the next article's heading must stand for a heading without its 条. */
    private static final int LOST_TIAO_REACH = 60;
    /** What ends a finished sentence at a line's end (a web copy's half-width full stop too: …审查批准.). */
    private static final String SENTENCE_END = "。：:；;！？.．";
    /** Marks some web copies put after an article's number (第二十条。高速公路…, 第十八条,高速公路…). */
    private static final String SEPARATORS = "。，、.,";
    /** How much text must follow such a mark on the line for it to be a heading's. */
    private static final int SEPARATED_TEXT_MIN = 8;
    /** Characters that continue a sentence after 第X条 (…第七十五条的规定, 第三条第一款): no heading. */
    private static final String CONTINUES = "的之规款项中所及和或与、，。；：）)》”至到第或者";

    /** Chapters and articles of one document. */
    record Structure(List<ExtractedChapter> chapters, List<ExtractedArticle> articles) {
    }

    Structure parse(List<CleanLine> lines, int from, int to) {
        return parse(lines, from, to, false);
    }

    /**
     * As {@link #parse(List, int, int)}; with {@code paragraphs} (the Markdown format, whose blank lines part paragraphs, unlike
     * a PDF text's), an unspaced 第X条 opening a paragraph needs no finished sentence before it (第一条…(包括…)\n\n第二条各级…).
     */
    Structure parse(List<CleanLine> lines, int from, int to, boolean paragraphs) {
        List<ExtractedChapter> chapters = new ArrayList<>();
        List<ExtractedArticle> articles = new ArrayList<>();
        List<Integer> chapterLineIdx = new ArrayList<>();
        int lastArticle = 0;
        int articleStart = -1;
        int articleNo = 0;
        int articleHead = 0;
        String articleLabel = null;
        Integer currentChapter = null;
        Integer articleChapter = null;
        for (int i = from; i < to; i++) {
            CleanLine l = lines.get(i);
            String t = l.text();
            if (articleStart >= 0 && isPart(t, l.heading())) {
                articles.add(article(lines, articleStart, i, articleNo, articleHead, articleLabel, articleChapter));
                articleStart = -1;
                continue;
            }
            if (t.isEmpty() || t.charAt(0) != '第') {
                continue;
            }
            Matcher h = HEADING.matcher(t);
            if (t.length() <= 40 && t.indexOf('。') < 0 && h.matches()) {
                int no = ChineseNumbers.parse(h.group(1));
                boolean section = h.group(2).equals("节");
                String title = h.group(3) == null ? "" : TextNormalizer.squeeze(h.group(3));
                // a comma reads as a sentence (第三章规定的，…), except in a line marked as a heading (## 第三章 审查和批准决算，听取…)
                if (no > 0 && title.length() <= 30 && (title.indexOf('，') < 0 || l.heading())) {
                    if (articleStart >= 0) {
                        articles.add(article(lines, articleStart, i, articleNo, articleHead, articleLabel, articleChapter));
                        articleStart = -1;
                    }
                    chapters.add(new ExtractedChapter(0, no, "第" + h.group(1) + h.group(2), title, section, l.number()));
                    chapterLineIdx.add(i);
                    if (!section) {
                        currentChapter = l.number(); // the heading's line: numbers start again in each part of a code
                    }
                    continue;
                }
            }
            Matcher a = ARTICLE.matcher(t);
            int head;
            int no;
            if (a.lookingAt()) {
                no = ChineseNumbers.parse(a.group(1));
                if (no <= 0 || !isHeading(lines, i, from, to, t, a, no, lastArticle, paragraphs)) {
                    continue;
                }
                head = a.group(1).length() + 2;
            } else {
                a = ARTICLE_LOST_TIAO.matcher(t);
                if (!a.lookingAt() || (no = ChineseNumbers.parse(a.group(1))) != lastArticle + 1 || !lostTiao(lines, i, to, no)) {
                    continue;
                }
                head = a.group(1).length() + 1;
            }
            if (articleStart >= 0) {
                articles.add(article(lines, articleStart, i, articleNo, articleHead, articleLabel, articleChapter));
            }
            articleStart = i;
            articleNo = no;
            articleHead = head;
            articleLabel = "第" + a.group(1) + "条";
            articleChapter = currentChapter;
            lastArticle = no;
        }
        if (articleStart >= 0) {
            articles.add(article(lines, articleStart, to, articleNo, articleHead, articleLabel, articleChapter));
        }
        List<ExtractedChapter> real = realChapters(lines, chapters, chapterLineIdx, to);
        return new Structure(real, withChapterOrdinals(articles, real));
    }

    /** Whether a line heads a part of a code ({@link #PART}; a bare part name only as a marked heading). */
    private static boolean isPart(String t, boolean heading) {
        return t.length() <= 30 && (t.startsWith("第") && t.indexOf('编') > 0 && PART.matcher(t).matches()
                || heading && PART_NAME.matcher(t).matches());
    }

    private static boolean isHeading(List<CleanLine> lines, int i, int from, int to, String t, Matcher a, int no, int last,
                                     boolean paragraphs) {
        boolean spaced = a.group(2) != null;
        if (spaced) {
            return no > last && (last == 0 || no <= last + 20);
        }
        int next = a.end();
        if (next < t.length() && CONTINUES.indexOf(t.charAt(next)) >= 0
                && !(SEPARATORS.indexOf(t.charAt(next)) >= 0 && t.length() - next > SEPARATED_TEXT_MIN
                && (no == last + 1 || last == 0 && nextArticleIs(lines, i, to, no + 1)))) {
            return false; // but a web copy's 第二十条。高速公路收费实行…, next in sequence, with its text after the mark
        }
        // an excerpt's first heading may be any number (第十条生活困难的家庭…, a web page's later part), and an excerpt may lack an
        // article: its successor confirms the heading
        if (no != last + 1 && (no <= last || last > 0 && no > last + 20 || !nextArticleIs(lines, i, to, no + 1))) {
            return false;
        }
        if (i == from || paragraphs && lines.get(i - 1).number() < lines.get(i).number() - 1) {
            return true;
        }
        String prev = lines.get(i - 1).squeezed();
        char end = prev.charAt(prev.length() - 1);
        return SENTENCE_END.indexOf(end) >= 0 || HEADING.matcher(lines.get(i - 1).text()).matches();
    }

    /**
     * Whether 第{@code no} without its 条 at line {@code i} is the article the sequence lacks: an article has been found
     * before it, the line before ends a sentence, and 第{@code no}+1条 opens a line within {@link #LOST_TIAO_REACH}.
     */
    private static boolean lostTiao(List<CleanLine> lines, int i, int to, int no) {
        if (no <= 1 || i == 0) {
            return false;
        }
        String prev = lines.get(i - 1).squeezed();
        if (prev.isEmpty() || SENTENCE_END.indexOf(prev.charAt(prev.length() - 1)) < 0) {
            return false;
        }
        return nextArticleIs(lines, i, to, no + 1);
    }

    /** Whether the next line after {@code i} (within {@link #LOST_TIAO_REACH}) that opens with 第N条 opens with 第{@code no}条. */
    private static boolean nextArticleIs(List<CleanLine> lines, int i, int to, int no) {
        for (int k = i + 1; k < Math.min(to, i + LOST_TIAO_REACH); k++) {
            Matcher next = ARTICLE.matcher(lines.get(k).text());
            if (next.lookingAt()) {
                return ChineseNumbers.parse(next.group(1)) == no;
            }
        }
        return false;
    }

    /**
     * The articles with the ordinal of their chapter, found by the line of its heading ({@code chapterOrdinal} holds that line
     * until here): chapter numbers repeat in a table of contents and in each part of a code (刑法's 总则 and 分则 both have
     * a 第一章), their heading lines do not.
     */
    private static List<ExtractedArticle> withChapterOrdinals(List<ExtractedArticle> articles, List<ExtractedChapter> chapters) {
        java.util.Map<Integer, Integer> ordinalByLine = new java.util.HashMap<>();
        for (ExtractedChapter c : chapters) {
            if (!c.section()) {
                ordinalByLine.put(c.startLine(), c.ordinal());
            }
        }
        List<ExtractedArticle> out = new ArrayList<>(articles.size());
        for (ExtractedArticle a : articles) {
            Integer ordinal = a.chapterOrdinal() == null ? null : ordinalByLine.get(a.chapterOrdinal());
            out.add(new ExtractedArticle(a.number(), a.label(), ordinal, a.text(), a.startLine(), a.endLine(), a.lines()));
        }
        return out;
    }

    /** Drops chapter headings with no text under them (a 目录 listing) and numbers the rest. */
    private static List<ExtractedChapter> realChapters(List<CleanLine> lines, List<ExtractedChapter> found,
                                                       List<Integer> idx, int to) {
        List<ExtractedChapter> out = new ArrayList<>();
        int ordinal = 0;
        for (int k = 0; k < found.size(); k++) {
            int from = idx.get(k) + 1;
            int until = k + 1 < found.size() ? idx.get(k + 1) : to;
            boolean hasText = false;
            for (int i = from; i < until && !hasText; i++) {
                hasText = !HEADING.matcher(lines.get(i).text()).matches();
            }
            if (!hasText && !(found.get(k).section() == false && k + 1 < found.size() && found.get(k + 1).section()
                    && sectionHasText(lines, found, idx, k + 1, to))) {
                continue;
            }
            ExtractedChapter c = found.get(k);
            out.add(new ExtractedChapter(++ordinal, c.number(), c.label(), c.title(), c.section(), c.startLine()));
        }
        return out;
    }

    private static boolean sectionHasText(List<CleanLine> lines, List<ExtractedChapter> found, List<Integer> idx, int k, int to) {
        int from = idx.get(k) + 1;
        int until = k + 1 < found.size() ? idx.get(k + 1) : to;
        for (int i = from; i < until; i++) {
            if (!HEADING.matcher(lines.get(i).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The article from line {@code start} to {@code end}; its heading is the first {@code head} characters of the first line. */
    private static ExtractedArticle article(List<CleanLine> lines, int start, int end, int no, int head, String label,
                                            Integer chapter) {
        List<SourceLine> src = new ArrayList<>(end - start);
        List<String> parts = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            CleanLine l = lines.get(i);
            src.add(l.source());
            parts.add(i == start ? l.text().substring(Math.min(l.text().length(), head)).trim() : l.text());
        }
        // label as written may carry ASCII digits (第5条); the label field is the text's own form
        return new ExtractedArticle(no, label, chapter, TextNormalizer.join(parts), lines.get(start).number(),
                lines.get(end - 1).number(), List.copyOf(src));
    }
}
