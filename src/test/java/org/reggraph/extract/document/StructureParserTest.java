package org.reggraph.extract.document;

import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedChapter;
import org.reggraph.extract.text.CleanLine;
import org.reggraph.extract.text.LineCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StructureParserTest {

    private static StructureParser.Structure parse(String text) {
        List<CleanLine> lines = new LineCleaner().clean(Arrays.asList(text.split("\n", -1)));
        return new StructureParser().parse(lines, 0, lines.size());
    }

    /** Text (lines of the seeds, blank lines as in the PDF output) → article numbers found. */
    static Stream<Arguments> articleCases() {
        return Stream.of(
                Arguments.of("heading with a space", "第一条 为了提高建设工程抗震防灾能力，\n\n第二条 在中华人民共和国境内", List.of(1, 2)),
                Arguments.of("markdown bold heading", "**第一条** 为规范国家重点研发计划资金管理\n\n**第二条** 国家重点研发计划", List.of(1, 2)),
                Arguments.of("full-width space after the label", "第一条　为了加强对上海航运交易所的管理\n第二条　上海航运交易所", List.of(1, 2)),
                Arguments.of("a broken sentence continuing with 第七十五条的规定处罚",
                        "第五十一条 违反《土地管理法》规定，依照《土地管理法》\n\n第七十五条的规定处罚。\n\n第五十二条 本条例自", List.of(51, 52)),
                Arguments.of("a cited article in running text", "第三条 依照本条例\n第三条第一款规定的情形除外。\n第四条 县级以上", List.of(3, 4)),
                Arguments.of("no space but next in sequence after a full stop", "第一条 为了加强管理。\n第二条本条例所称地下水，是指", List.of(1, 2)),
                Arguments.of("a number out of sequence without a space is no heading", "第一条 为了加强管理。\n第九条规定的事项", List.of(1)),
                // a web page's later part, headings unspaced (某省最低生活保障办法 from a page split over several)
                Arguments.of("an excerpt's first unspaced heading, its successor next",
                        "第十条生活困难的家庭可以申请最低生活保障。\n\n第十一条乡镇人民政府、街道办事处应当一次性告知申请人。\n\n第十二条乡镇人民政府应当调查核实。",
                        List.of(10, 11, 12)),
                Arguments.of("an excerpt's first unspaced heading past 第二十条",
                        "第二十五条企业对档案工作做出突出贡献的人员，应当予以表扬。\n\n第二十六条违反本办法的，由档案行政管理部门给予警告。", List.of(25, 26)),
                // a web copy's marks after the number (某省高速公路条例): 第十八条,… 第十九条.… 第二十条。…
                Arguments.of("a mark after the number, next in sequence, text after it",
                        "第十八条，高速公路经营管理者经依法批准后可以收取车辆通行费.\n\n第十九条.高速公路收费站应当在显著位置公布收费标准。\n\n"
                                + "第二十条。高速公路收费实行全省联网。", List.of(18, 19, 20)),
                Arguments.of("a broken sentence's 第二十条。 is no heading", "第十九条 依照本条例\n第二十条。\n第二十条 其他", List.of(19, 20)),
                Arguments.of("an unspaced heading after a gap, its successor next",
                        "第十条 生活困难的家庭可以申请。\n\n第十二条乡镇人民政府应当调查核实。\n\n第十三条对初审意见有异议的，应当调查。", List.of(10, 12, 13)),
                Arguments.of("an unspaced first 第X条 with no 第X+1条 after it is no heading",
                        "第十条生活困难的家庭可以申请。\n\n第十二条 其他", List.of(12)),
                Arguments.of("page number between lines is dropped", "第一条 县级以上地方人民政府交通运输、水利、\n\n45\n\n工业和信息化\n第二条 其他", List.of(1, 2)),
                Arguments.of("ASCII digits", "第 1 条 总则内容。\n第 2 条 其他内容。", List.of(1, 2)),
                // seed 004, 尾矿污染环境防治管理办法: the PDF text lost the 条 of 第二十五条
                Arguments.of("a heading that lost its 条, in sequence",
                        "第二十四条 尾矿库运营、管理单位应当在尾矿库封场期间及封\n\n场后，确保污染物排放符合标准。\n\n"
                                + "第二十五 开展尾矿充填、回填以及利用尾矿提取有价组分和生\n\n产建筑材料等尾矿综合利用单位，应当采取相应措施。\n\n"
                                + "第二十六条 国务院生态环境主管部门应当加强尾矿污染防治工", List.of(24, 25, 26)),
                Arguments.of("第X without 条 and no 第X+1条 after it is no heading",
                        "第二十四条 应当采取措施。\n第二十五 开展尾矿充填。\n第二十七条 国务院", List.of(24, 27)),
                Arguments.of("第X without 条 after an unfinished line is no heading",
                        "第二十四条 应当按照\n第二十五 开展尾矿充填。\n第二十六条 国务院", List.of(24, 26))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleCases")
    void findsArticleHeadings(String name, String text, List<Integer> expected) {
        assertEquals(expected, parse(text).articles().stream().map(ExtractedArticle::number).toList());
    }

    /** In the Markdown format a blank line parts paragraphs, so an unspaced 第X条 opening one needs no full stop before it. */
    @Test
    void aMarkdownParagraphMayOpenWithAnUnspacedHeading() {
        String text = "第一条本规定所称河道采砂是指在河道管理范围内采挖砂、石(包括淘金)\n\n第二条各级水行政主管部门是本辖区河道的主管机关。";
        List<CleanLine> lines = new LineCleaner().clean(Arrays.asList(text.split("\n", -1)));
        assertEquals(List.of(1, 2), new StructureParser().parse(lines, 0, lines.size(), true).articles().stream()
                .map(ExtractedArticle::number).toList());
        assertEquals(List.of(1), parse(text).articles().stream().map(ExtractedArticle::number).toList()); // a PDF text's blank lines part nothing
    }

    @Test
    void aHeadingThatLostItsTiaoIsLabelledAsTheArticle() {
        ExtractedArticle a = parse("第二十四条 应当采取措施。\n第二十五 开展尾矿充填、回填。\n第二十六条 国务院").articles().get(1);
        assertEquals("第二十五条", a.label());
        assertEquals("开展尾矿充填、回填。", a.text());
    }

    @Test
    void articleTextJoinsBrokenLinesAndKeepsLineNumbers() {
        ExtractedArticle a = parse("第一条 为了提高建设工程抗震防灾能力，降低地震灾害风险，\n\n保障人民生命财产安全。\n\n第二条 适用本条例。")
                .articles().get(0);
        assertEquals("第一条", a.label());
        assertEquals("为了提高建设工程抗震防灾能力，降低地震灾害风险，保障人民生命财产安全。", a.text());
        assertEquals(1, a.startLine());
        assertEquals(3, a.endLine());
        assertEquals(2, a.lines().size());
    }

    /** A part of a code (编, 分编; a corpus part's own heading) ends the article before it: the text of neither (刑法, 民法典). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "## 第二编 分则|第一百零一条 本法总则适用于其他有刑罚规定的法律，但是其他法律有特别规定的除外。|第一百零二条",
            "## 第三分编 准 合 同|第九百七十八条 融资租赁合同无效，当事人就该情形对租赁物的归属有约定的，按照其约定。|第九百七十九条",
            "# 物权编|第二百零四条 本法自公布之日起施行。|第二百零五条",
            "第二编 立案、侦查和提起公诉|第一百零八条 本法下列用语的含意是：|第一百零九条",
    })
    void aPartOfACodeIsNoArticleText(String part, String article, String next) {
        List<ExtractedArticle> a = parse(article + "\n\n" + part + "\n\n## 第一章 一般规定\n\n" + next + " 下一条。").articles();
        assertEquals(2, a.size());
        assertEquals(article.substring(article.indexOf(' ') + 1), a.get(0).text());
    }

    static Stream<Arguments> chapterCases() {
        return Stream.of(
                Arguments.of("chapters with articles", "第一章 总 则\n第一条 甲。\n第二章 勘察、设计和施工\n第二条 乙。", 2, 0),
                Arguments.of("sections are not chapters", "第四章 建设用地\n第一节 一般规定\n第三十条 甲。\n第二节 农用地转用\n第三十一条 乙。", 1, 2),
                Arguments.of("a table of contents is not structure",
                        "目 录\n第一章 总则\n第二章 管理\n第三章 附则\n第一章 总则\n第一条 甲。\n第二章 管理\n第二条 乙。\n第三章 附则\n第三条 丙。", 3, 0),
                Arguments.of("a section before any chapter", "第一节 一般规定\n第一条 甲。\n第二节 其他\n第二条 乙。", 0, 2),
                Arguments.of("markdown chapter heading", "## **第一章 发展背景**\n黄河是中华民族的母亲河。\n### **第一节 发展历程**\n早在上古时期。", 1, 1),
                // 各级人民代表大会常务委员会监督法: a marked heading may hold a comma; an unmarked line with one is a sentence
                Arguments.of("a comma in a marked chapter heading",
                        "## 第二章 专项工作报告\n第八条 甲。\n## 第三章 审查和批准决算，听取和审议国民经济和\n第十五条 乙。", 2, 0),
                Arguments.of("a comma in an unmarked line", "第一章 总则\n第一条 甲。\n第二章 规定的，依照其规定\n第二条 乙。", 1, 0)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapterCases")
    void findsChaptersAndSections(String name, String text, int chapters, int sections) {
        List<ExtractedChapter> found = parse(text).chapters();
        assertEquals(chapters, found.stream().filter(c -> !c.section()).count());
        assertEquals(sections, found.stream().filter(ExtractedChapter::section).count());
    }

    @Test
    void articlesKnowTheirChapterOrdinal() {
        List<ExtractedArticle> a = parse("目 录\n第一章 总则\n第二章 附则\n第一章 总 则\n第一条 甲。\n第二章 附 则\n第二条 乙。").articles();
        assertEquals(1, a.get(0).chapterOrdinal());
        assertEquals(2, a.get(1).chapterOrdinal());
    }

    /** Chapter numbers start again in each part of a code (刑法: 总则 第一章, 分则 第一章): an article is in the chapter above it. */
    @Test
    void chaptersNumberedAgainInEachPartKeepTheirArticles() {
        List<ExtractedArticle> a = parse("## 第一编 总则\n### 第一章 刑法的任务、基本原则和适用范围\n第一条 为了惩罚犯罪，保护人民，制定本法。\n"
                + "## 第二编 分则\n### 第一章 危害国家安全罪\n第二条 勾结外国，危害中华人民共和国的主权、领土完整和安全的，处无期徒刑或者十年以上有期徒刑。").articles();
        assertEquals(1, a.get(0).chapterOrdinal());
        assertEquals(2, a.get(1).chapterOrdinal());
    }

    @Test
    void chapterTitleLosesItsSpaces() {
        ExtractedChapter c = parse("第一章 总 则\n第一条 甲。").chapters().get(0);
        assertEquals("总则", c.title());
        assertEquals(1, c.number());
        assertEquals(1, c.ordinal());
    }
}
