package org.reggraph.extract.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.ArticleDocuments;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The level of a Markdown text from its header history: who passed or issued it. */
class MarkdownLevelTest {

    @ParameterizedTest(name = "{2} ← {1}")
    @CsvSource(delimiter = '|', value = {
            "北京市生活垃圾管理条例|2011年11月18日北京市第十三届人民代表大会常务委员会第二十八次会议通过|地方性法规|北京市人民代表大会常务委员会",
            "上海市生活垃圾管理条例|2019年1月31日上海市第十五届人民代表大会第二次会议通过|地方性法规|上海市人民代表大会",
            "上海市居住房屋租赁管理办法|2014年1月24日上海市人民政府令第14号公布|地方政府规章|上海市人民政府",
            "安全生产违法行为行政处罚办法|2007年11月30日国家安全生产监督管理总局令第15号公布|部门规章|国家安全生产监督管理总局",
            "专利代理条例|1991年3月4日 中华人民共和国国务院令第76号发布|行政法规|国务院",
            "中华人民共和国劳动合同法|2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过|法律|全国人民代表大会常务委员会",
    })
    void levelAndIssuer(String title, String history, String level, String issuer) {
        List<ExtractedDocument> docs = ArticleDocuments.markdownLaw(title, List.of(history), "2020-01-01").documents();
        assertEquals(1, docs.size());
        assertEquals(level, docs.get(0).level());
        assertEquals(List.of(issuer), docs.get(0).issuers());
    }
}
