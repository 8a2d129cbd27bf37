package org.reggraph.extract.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.ArticleDocuments;
import org.reggraph.extract.Extractor;

import java.nio.charset.StandardCharsets;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The level of a text from its header, in both input formats: who passed, issued or promulgated it. */
class DocumentLevelTest {

    @ParameterizedTest(name = "{2} ← {1}")
    @CsvSource(delimiter = '|', value = {
            "北京市生活垃圾管理条例|2011年11月18日北京市第十三届人民代表大会常务委员会第二十八次会议通过|地方性法规|北京市人民代表大会常务委员会",
            "上海市生活垃圾管理条例|2019年1月31日上海市第十五届人民代表大会第二次会议通过|地方性法规|上海市人民代表大会",
            "上海市居住房屋租赁管理办法|2014年1月24日上海市人民政府令第14号公布|地方政府规章|上海市人民政府",
            "安全生产违法行为行政处罚办法|2007年11月30日国家安全生产监督管理总局令第15号公布|部门规章|国家安全生产监督管理总局",
            "专利代理条例|1991年3月4日 中华人民共和国国务院令第76号发布|行政法规|国务院",
            "中华人民共和国劳动合同法|2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过|法律|全国人民代表大会常务委员会",
    })
    void levelAndIssuerOfAMarkdownText(String title, String history, String level, String issuer) {
        List<ExtractedDocument> docs = ArticleDocuments.markdownLaw(title, List.of(history), "2020-01-01").documents();
        assertEquals(1, docs.size());
        assertEquals(level, docs.get(0).level());
        assertEquals(List.of(issuer), docs.get(0).issuers());
    }

    /**
     * Issuers the header says in other words: a ministry's own meeting (互联网信息服务算法推荐管理规定), a legislature's
     * line cut before 会议通过 (外商投资法), and no header at all: a 条例 of the state is the State Council's (人体器官捐献和移植条例),
     * a local one names no issuer (上海市…条例).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "互联网信息服务算法推荐管理规定|2021年11月16日 国家互联网信息办公室2021年第20次室务会议审议通过|国家互联网信息办公室|部门规章",
            "中华人民共和国外商投资法|2019年3月15日 第十三届全国人民代表大会第二次|全国人民代表大会|法律",
            "人体器官捐献和移植条例||国务院|行政法规",
            "城市公共交通条例||国务院|行政法规",
            "上海市生活垃圾管理条例|||",
            "学位条例|1980年2月12日第五届全国人民代表大会常务委员会第十三次会议通过|全国人民代表大会常务委员会|法律",
            "刑法修正案（十一）|2020年12月26日第十三届全国人民代表大会常务委员会第二十四次会议通过|全国人民代表大会常务委员会|法律",
            "国务院关于高级专家退休问题的补充规定||国务院|行政法规",
            // a history of a bare date names no body: the title's, as with none (the corpus's 1984 命令 and 1955 暂行规定)
            "国务院关于处理国家机关工作人员退职、退休时计算工作年限的暂行规定|1955年12月29日|国务院|行政法规",
            "中华人民共和国国务院关于管理外国企业常驻代表机构的暂行规定|1980年10月30日 发布|国务院|行政法规",
    })
    void issuerSaidInOtherWords(String title, String history, String issuer, String level) {
        List<String> lines = history == null ? List.of() : List.of(history);
        List<ExtractedDocument> docs = ArticleDocuments.markdownLaw(title, lines, "2020-01-01").documents();
        assertEquals(issuer == null ? List.of() : List.of(issuer), docs.get(0).issuers());
        assertEquals(level, docs.get(0).level());
    }

    /** A joint order names both issuers, each may carry the state's name (军品出口管理条例, 国防专利条例 …). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "军品出口管理条例|2002年10月15日中华人民共和国国务院、中华人民共和国中央军事委员会令第366号公布|国务院;中央军事委员会",
            "中国人民解放军现役士兵服役条例|1988年12月17日 中华人民共和国国务院、中央军事委员会令第22号发布|国务院;中央军事委员会",
    })
    void issuersOfAJointOrder(String title, String history, String issuers) {
        List<ExtractedDocument> docs = ArticleDocuments.markdownLaw(title, List.of(history), "2020-01-01").documents();
        assertEquals(List.of(issuers.split(";")), docs.get(0).issuers());
        assertEquals("行政法规", docs.get(0).level());
    }

    /** The same in the PDF-text format of the seeds: a title, then the header note or order (one line each, '/'). */
    @ParameterizedTest(name = "{2} ← {1}")
    @CsvSource(delimiter = '|', value = {
            "上海市生活垃圾管理条例|（2019 年 1 月 31 日上海市第十五届人民代表大会第二次会议通过）|地方性法规|上海市人民代表大会",
            "北京市生活垃圾管理条例|（2011年11月18日北京市第十三届人民代表大会常务委员会第二十八次会议通过）|地方性法规|北京市人民代表大会常务委员会",
            "生态环境部令/第 26 号|《尾矿污染环境防治管理办法》已于 2022 年 3 月 18 日由生态环境部 2022 年第一次部务会议审议通过，现予公布，自 2022 年 7 月 1 日起施行。/部长 黄润秋/2022 年 4 月 6 日/尾矿污染环境防治管理办法|部门规章|生态环境部",
    })
    void levelAndIssuerOfAPdfText(String title, String header, String level, String issuer) {
        String text = String.join("\n\n", (title + "/" + header).split("/")) + "\n\n第一条 为了测试，制定本办法。\n";
        List<ExtractedDocument> docs = new Extractor().extract(text.getBytes(StandardCharsets.UTF_8), "level.txt").documents();
        assertEquals(1, docs.size(), docs::toString);
        assertEquals(level, docs.get(0).level());
        assertEquals(List.of(issuer), docs.get(0).issuers());
    }
}
