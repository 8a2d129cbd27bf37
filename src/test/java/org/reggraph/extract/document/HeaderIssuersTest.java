package org.reggraph.extract.document;

import org.junit.jupiter.api.Test;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.RelationStage;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issuers and dates of whole headers, on real texts of the seeds (PDF text) and the form of local regulations. */
class HeaderIssuersTest {

    private final Extractor extractor = new Extractor(RelationStage.none());

    private List<ExtractedDocument> docs(String text) {
        return extractor.documents(text, "t.txt").documents();
    }

    @Test
    void anAttachmentTitleAboveTheSignatureIsNoPartOfTheIssuer() {
        String text = String.join("\n",
                "关于印发《中央财政关于推动黄河流域生态保护和高质量发展的财税支持方案》的通知",
                "财预〔2022〕112 号",
                "山西省、内蒙古自治区人民政府，国务院有关部委、有关直属机构：",
                "《中央财政关于推动黄河流域生态保护和高质量发展的财税支持",
                "方案》已经国务院同意，现印发你们，请认真组织实施。",
                "附件：中央财政关于推动黄河流域生态保护和高质量发展的财税",
                "支持方案",
                "财政部",
                "2022 年 8 月 24 日");
        ExtractedDocument notice = docs(text).get(0);
        assertEquals(List.of("财政部"), notice.issuers());
        assertEquals(LocalDate.of(2022, 8, 24), notice.date());
    }

    @Test
    void anInformalShortNameInTheSignatureIsResolved() {
        String text = String.join("\n",
                "关于印发《企业安全生产费用提取和使用管理办法》的通知",
                "财资〔2022〕136 号",
                "各中央管理企业：",
                "我们对 2012 年印发的《企业安全生产费用提取和使用管理办法》进行了修订，现予印发，自印发之日起施行。",
                "财政部 应急部",
                "2022 年 11 月 21 日");
        ExtractedDocument notice = docs(text).get(0);
        assertEquals(List.of("财政部", "应急管理部"), notice.issuers());
        assertEquals(LocalDate.of(2022, 11, 21), notice.effectiveDate());
    }

    /** 浙江省水资源条例's header note and first article, then {@code lastArticle}. */
    private ExtractedDocument zhejiangWaterRegulation(String lastArticle) {
        return docs(String.join("\n",
                "浙江省水资源条例",
                "（2002 年 10 月 31 日浙江省第九届人民代表大会常务委员会第三十九次会议通过 2020 年 11 月 27 日浙江省第十三届人民代表大会常务委员会第二十五次会议修订）",
                "第一条 为了合理开发、利用、节约和保护水资源，根据《中华人民共和国水法》，结合本省实际，制定本条例。",
                lastArticle)).get(0);
    }

    @Test
    void aLocalRegulationIsIssuedByTheStandingCommitteeThatPassedIt() {
        ExtractedDocument law = zhejiangWaterRegulation("第二条 本条例自 2021 年 3 月 1 日起施行。");
        assertEquals(List.of("浙江省人民代表大会常务委员会"), law.issuers());
        assertEquals(LocalDate.of(2020, 11, 27), law.date()); // the revised version's date
        assertEquals(LocalDate.of(2021, 3, 1), law.effectiveDate());
        assertEquals(LocalDate.of(2002, 10, 31), law.firstIssued()); // the work's first text, which the note dates
    }

    @Test
    void aFirstTextAdoptedThenPublishedHasNoEarlierHistory() {
        ExtractedDocument regulation = docs(String.join("\n",
                "地下水管理条例",
                "（2021年9月15日国务院第149次常务会议通过 2021年10月21日中华人民共和国国务院令第748号公布 自2021年12月1日起施行）",
                "第一条 为了加强地下水管理，防治地下水超采和污染，保障地下水质量和可持续利用，推进生态文明建设，根据《中华人民共和国水法》和《中华人民共和国水污染防治法》等法律，制定本条例。")).get(0);
        assertEquals(LocalDate.of(2021, 10, 21), regulation.date());
        assertEquals(null, regulation.firstIssued());
    }

    /** Older texts write 从 for 自, and an hour after the date (征收教育费附加的暂行规定, 飞行基本规则 of the corpus). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "第十三条 本规定从1986年7月1日起施行。|1986-07-01",
            "第一百二十四条 本规则自2001年8月1日零时起施行。|2001-08-01",
            "第三十条 本规定从发布之日起施行。|2020-11-27",
            "第二十四条 本条例自修订发布之日起施行。|2020-11-27",
    })
    void effectiveDateOfOlderTexts(String lastArticle, String expected) {
        assertEquals(LocalDate.parse(expected), zhejiangWaterRegulation(lastArticle).effectiveDate());
    }

    @Test
    void aForwardingNoticeIsIssuedByTheForwarder() {
        String text = String.join("\n",
                "国务院办公厅转发财政部、国家林草局（国家公园局）关于推进国家公园建设若干财政政策意见的通知",
                "国办函〔2022〕93 号",
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
                "财政部、国家林草局（国家公园局）《关于推进国家公园建设若干财政政策的意见》已经国务院同意，现转发给你们，请认真贯彻执行。",
                "国务院办公厅",
                "2022 年 9 月 9 日");
        assertEquals(List.of("国务院办公厅"), docs(text).get(0).issuers());
    }

    @Test
    void aForwardedDocumentIsIssuedByTheBodiesTheTitleNames() {
        String text = String.join("\n",
                "国务院办公厅转发财政部、国家林草局（国家公园局）关于推进国家公园建设若干财政政策意见的通知",
                "国办函〔2022〕93 号",
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
                "财政部、国家林草局（国家公园局）《关于推进国家公园建设若干财政政策的意见》已经国务院同意，现转发给你们，请认真贯彻落实。",
                "国务院办公厅",
                "2022 年 9 月 9日",
                "关于推进国家公园建设若干财政政策的意见",
                "财政部 国家林草局（国家公园局）",
                "建立以国家公园为主体的自然保护地体系，是贯彻落实习近平生态文明思想的重大举措。");
        List<ExtractedDocument> docs = docs(text);
        assertEquals(List.of("国务院办公厅"), docs.get(0).issuers());
        assertEquals("关于推进国家公园建设若干财政政策的意见", docs.get(1).title());
        assertEquals(List.of("财政部", "国家林业和草原局"), docs.get(1).issuers());
        assertEquals(LocalDate.of(2022, 9, 9), docs.get(1).date()); // no date of its own: the forwarding notice's
    }

    @Test
    void anAttachmentWhoseTitleNamesItsIssuerKeepsIt() {
        String text = String.join("\n",
                "自然资源部办公厅关于印发深化“证照分离”改革",
                "进一步激发市场主体发展活力工作实施方案的通知",
                "2021 年 12 月 3日",
                "各省、自治区、直辖市自然资源主管部门，新疆生产建设兵团自然资源局：",
                "为深化“证照分离”改革，进一步激发市场主体发展活力，自然资源部制定了深化“证照分离”改革进一步激发市场主体发展活力工作实施方案。现予印发，请结合实际，认真贯彻执行。",
                "自然资源部办公厅",
                "2021 年 12 月 3日",
                "自然资源部关于深化“证照分离”改革进一步激发市场主体发展",
                "活力工作实施方案",
                "为贯彻落实《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7 号）有关要求，在全国范围内推进改革。");
        List<ExtractedDocument> docs = docs(text);
        assertEquals(List.of("自然资源部办公厅"), docs.get(0).issuers());
        assertEquals(List.of("自然资源部"), docs.get(1).issuers());
        assertEquals(LocalDate.of(2021, 12, 3), docs.get(1).date());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "国务院办公厅转发财政部、国家林草局（国家公园局）关于推进国家公园建设若干财政政策意见的通知|财政部;国家林草局",
            "国务院办公厅转发国家发展改革委关于深化公共资源交易平台整合共享指导意见的通知|国家发展改革委",
            "国务院关于印发2030年前碳达峰行动方案的通知|",
            "关于转发《关于做好2022年度安全生产工作的通知》的通知|",
    })
    void forwardedIssuersComeFromTheForwardingTitle(String title, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), HeaderParser.forwardedIssuers(title));
    }
}
