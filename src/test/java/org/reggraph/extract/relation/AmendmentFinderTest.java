package org.reggraph.extract.relation;

import org.reggraph.extract.ArticleDocuments;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Relation;
import org.reggraph.extract.text.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** AMENDS stated in a body, on real sentences of the seeds and the corpus; an empty target means "no amendment". */
class AmendmentFinderTest {

    private final RelationExtractor stage = new RelationExtractor();

    /** A notice without articles, as the document stage builds it: title line, number, body lines. */
    private static ExtractedDocument notice(String title, String number, String... body) {
        List<SourceLine> lines = new ArrayList<>();
        lines.add(new SourceLine(1, title));
        lines.add(new SourceLine(2, number));
        for (int i = 0; i < body.length; i++) {
            lines.add(new SourceLine(3 + i, body[i]));
        }
        return new ExtractedDocument(number, title, number, List.of("财政部"), null, null, "通知", null, null, "t.txt", 1,
                lines.size(), List.of(), List.of(), lines);
    }

    private List<Relation.Amends> amends(ExtractedDocument d) {
        return stage.extract(List.of(d)).relations().stream()
                .filter(Relation.Amends.class::isInstance).map(Relation.Amends.class::cast).toList();
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            // seed 001: the revised edition under its old number
            "根据国家有关法律法规和财政管理规定，我们对《国家科技成果转化引导基金管理暂行办法》（财教〔2011〕289 号）进行了修订。现予印发，请遵照执行。|国家科技成果转化引导基金管理暂行办法",
            // seed 001: 修订了《X》 with the title of the attachment it issues
            "为加强重点生态保护修复治理资金管理，我们修订了《重点生态保护修复治理资金管理办法》，现予印发，请遵照执行。|重点生态保护修复治理资金管理办法",
            // seed 003: the old notice is named, its attachment is what is revised
            "我们对《财政部 科技部关于印发〈国家重点研发计划资金管理办法〉的通知》（财科教〔2016〕113号）进行了修订。现将修订后的《国家重点研发计划资金管理办法》印发你们。|国家重点研发计划资金管理办法",
            // seed 004: the same with ASCII angle brackets
            "自然资源部、国家保密局对《国土资源部 国家保密局关于印发<涉密地质资料管理细则>的通知》（国土资发〔2008〕69 号）进行了修订，现印发你们，请遵照执行。|涉密地质资料管理细则",
            // seed 004: a year of issue between 对 and the title
            "根据《中华人民共和国安全生产法》等法律法规，我们对2012 年印发的《企业安全生产费用提取和使用管理办法》进行了修订，现予印发，自印发之日起施行。|企业安全生产费用提取和使用管理办法",
            // seed 004: a new edition formed by a full revision
            "国家发展改革委、商务部会同各地区各有关部门对《市场准入负面清单（2020 年版）》开展全面修订，形成《市场准入负面清单（2022 年版）》，经党中央、国务院批准印发。|市场准入负面清单（2020年版）",
            // amendment decisions
            "国务院决定对《建设工程质量管理条例》作如下修改。|建设工程质量管理条例",
            "国务院决定对《中华人民共和国土地管理法实施条例》部分条款作如下修改：将第二条修改为：“……”|中华人民共和国土地管理法实施条例",
            // not amendments by this document: planned revisions, editions revised by others, past reviews
            "加快修订《废弃电器电子产品回收处理管理条例》。|",
            "推动修订《中华人民共和国循环经济促进法》，完善配套制度。|",
            "认真贯彻落实新修订的《中华人民共和国安全生产法》，压实企业主体责任。|",
            "各地要适时对《城市供水条例》进行修订。|",
            "若引用的标准已废止，应给出“修订”或“废止”的结论，参照《标准化工作导则》。|",
            "研究制修订《排污许可管理条例》配套文件。|",
    })
    void bodyStatements(String sentence, String target) {
        List<Relation.Amends> found = amends(notice("关于印发《测试办法》的通知", "财测〔2022〕1号", sentence));
        if (target == null) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(1, found.size(), found::toString);
            assertEquals(target, found.get(0).target());
        }
    }

    @Test
    void theRevisedEditionIsNamedByTheNumberItIsRepealedUnderNotByTheNewOnesTitle() {
        ExtractedDocument n = notice("关于印发《企业安全生产费用提取和使用管理办法》的通知", "财资〔2022〕136号",
                "我们对2012 年印发的《企业安全生产费用提取和使用管理办法》进行了修订，现予印发，自印发之日起施行。");
        List<SourceLine> lines = List.of(new SourceLine(10, "企业安全生产费用提取和使用管理办法"),
                new SourceLine(11, "第一百零五条 本办法自印发之日起施行。《企业安全生产费用提取和使用管理办法》（财企〔2012〕16 号）同时废止。"));
        ExtractedDocument att = new ExtractedDocument("企业安全生产费用提取和使用管理办法", "企业安全生产费用提取和使用管理办法", null,
                List.of("财政部"), null, null, "办法", null, n.id(), "t.txt", 10, 11, List.of(), List.of(), lines);
        List<Relation.Amends> found = stage.extract(List.of(n, att)).relations().stream()
                .filter(r -> r instanceof Relation.Amends a && a.source().from().equals(n.id()))
                .map(Relation.Amends.class::cast).toList();
        assertEquals(1, found.size(), found::toString);
        assertEquals("财企〔2012〕16号", found.get(0).targetDocNumber());
    }

    @Test
    void decisionTitleAmendsTheNamedRegulationArticleByArticle() {
        ExtractedDocument d = notice("国务院关于修改《建设工程抗震管理条例》的决定", "国务院令第999号",
                "国务院决定对《建设工程抗震管理条例》作如下修改：",
                "一、将第十条修改为：“……”",
                "二、删去第二十三条。",
                "三、第三十条增加一款，作为第二款：“……”",
                "本决定自公布之日起施行。");
        List<Relation.Amends> found = amends(d);
        assertEquals(1, found.size(), found::toString);
        assertEquals("建设工程抗震管理条例", found.get(0).target());
        assertEquals(List.of("第十条", "第二十三条", "第三十条"), found.get(0).articles());
    }
    /**
     * A header amended once has no 第N次: 修正/修订 right after the dated decision or order is its history (corpus
     * headers of 劳动合同法 2012 and 商用密码管理条例 2023; local regulations are written so). {@code number} is the
     * instrument's number, or empty.
     */
    @ParameterizedTest(name = "{1} {2} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过/2012年12月28日 第十一届全国人民代表大会常务委员会第三十次会议《关于修改<中华人民共和国劳动合同法>的决定》修正|关于修改《中华人民共和国劳动合同法》的决定|2012-12-28|",
            "1999年10月7日 中华人民共和国国务院令第273号发布　/2023年4月27日 中华人民共和国国务院令第760号修订）|中华人民共和国国务院令第760号|2023-04-27|国务院令第760号",
            // the decision published by an order (…令第40号公布的《…决定》修正): the decision and the line's date
            "2014年1月24日上海市人民政府令第14号公布/根据2016年6月1日上海市人民政府令第40号公布的《上海市人民政府关于修改〈上海市居住房屋租赁管理办法〉的决定》修正|上海市人民政府关于修改《上海市居住房屋租赁管理办法》的决定|2016-06-01|",
            // a ministry rule (安全生产违法行为行政处罚办法): the order's long issuer is read whole after its date
            "2007年11月30日国家安全生产监督管理总局令第15号公布/根据2015年4月2日国家安全生产监督管理总局令第77号修正|国家安全生产监督管理总局令第77号|2015-04-02|国家安全生产监督管理总局令第77号",
    })
    void historyAmendedOnce(String header, String instrument, String date, String number) {
        List<Relation.Amends> got = ArticleDocuments.markdownLaw("测试条例", List.of(header.split("/")), date).relations().stream()
                .filter(Relation.Amends.class::isInstance).map(Relation.Amends.class::cast).toList();
        assertEquals(1, got.size(), got::toString);
        assertEquals(instrument, got.get(0).history().instrument());
        assertEquals(java.time.LocalDate.parse(date), got.get(0).history().date());
        assertEquals(number, got.get(0).history().instrumentDocNumber());
        assertEquals(1, got.get(0).ordinal());
    }

    /**
     * Each amendment carries the date of its own line, though a line before it with no ordinal (…会议修订, 公司法 2018; …会议修订通过)
     * has a date of its own that no history entry takes.
     */
    @ParameterizedTest(name = "{2} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "1993年12月29日 第八届全国人民代表大会常务委员会第五次会议通过/2004年8月28日 第十届全国人民代表大会常务委员会第十一次会议《关于修改〈中华人民共和国公司法〉的决定》第二次修正/2005年10月27日 第十届全国人民代表大会常务委员会第十八次会议修订/2013年12月28日 第十二届全国人民代表大会常务委员会第六次会议《关于修改〈中华人民共和国海洋环境保护法〉等七部法律的决定》第三次修正|关于修改《中华人民共和国海洋环境保护法》等七部法律的决定|2013-12-28",
            "1987年1月22日 第六届全国人民代表大会常务委员会第十九次会议通过/2002年8月29日 第九届全国人民代表大会常务委员会第二十九次会议修订/2009年8月27日 第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正|关于修改部分法律的决定|2009-08-27",
    })
    void historyDateIsItsOwnLines(String header, String instrument, String date) {
        List<Relation.Amends> got = ArticleDocuments.markdownLaw("测试法", List.of(header.split("/")), date).relations().stream()
                .filter(Relation.Amends.class::isInstance).map(Relation.Amends.class::cast)
                .filter(a -> instrument.equals(a.history().instrument())).toList();
        assertEquals(1, got.size(), got::toString);
        assertEquals(java.time.LocalDate.parse(date), got.get(0).history().date());
    }

    /** A dated plan to revise, and a revised text's title, are no history. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2022年3月，财政部启动《中华人民共和国会计法》修订工作。",
            "2021年12月，我部印发《国家重点研发计划资金管理办法》修订版。",
    })
    void noHistoryWithoutAnInstrument(String sentence) {
        assertEquals(List.of(), amends(notice("关于做好测试工作的通知", "财办〔2022〕1号", sentence)));
    }
}
