package org.reggraph.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segmentation and header fields on excerpts of the seeds (blank lines between lines, as the PDF output has them). */
class DocumentExtractionTest {

    private final Extractor extractor = new Extractor(RelationStage.none());

    private List<ExtractedDocument> docs(String... lines) {
        String text = String.join("\n\n", lines);
        Extractor.FileResult r = extractor.documents(text.getBytes(StandardCharsets.UTF_8), "t.txt");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return r.documents();
    }

    @Test
    void stateCouncilOrderAndItsRegulationAreOneDocument() {
        List<ExtractedDocument> d = docs(" 中华人民共和国国务院令", "第 744 号",
                "《建设工程抗震管理条例》已经 2021 年 5 月 12 日国务院第 135", "次常务会议通过，现予公布，自 2021 年 9月 1日起施行。",
                "总理 李克强", "2021 年 7 月 19 日", "建设工程抗震管理条例", "第一章 总 则",
                "第一条 为了提高建设工程抗震防灾能力，", "第二章 勘察、设计和施工", "第二条 建设单位应当。", "第三条 本条例自 2021 年 9 月 1日起施行。");
        assertEquals(1, d.size());
        ExtractedDocument doc = d.get(0);
        assertEquals("建设工程抗震管理条例", doc.title());
        assertEquals("国务院令第744号", doc.docNumber());
        assertEquals("国务院令第744号", doc.id());
        assertEquals(List.of("国务院"), doc.issuers());
        assertEquals(LocalDate.of(2021, 7, 19), doc.date());
        assertEquals(LocalDate.of(2021, 9, 1), doc.effectiveDate());
        assertEquals("条例", doc.kind());
        assertEquals("行政法规", doc.level());
        assertEquals(2, doc.chapters().size());
        assertEquals(3, doc.articles().size());
        assertEquals(1, doc.startLine());
    }

    @Test
    void theWrappedEndOfAnAttachmentLineIsNotPartOfTheFirstSigner() {
        // 发改产业〔2021〕1609号 (seed 001): the 附件 line wraps its last characters onto the line above the signers
        List<ExtractedDocument> d = docs(" 国家发展改革委等部门关于发布《高耗能行业重点领域能效", "标杆水平和基准水平（2021 年版）》的通知",
                "发改产业〔2021〕1609 号", "各省、自治区、直辖市发展改革委：", "上述规定自 2022 年 1 月 1 日起执行。",
                "附件：高耗能行业重点领域能效标杆水平和基准水平（2021 年", "版）", "国家发展改革委", "工业和信息化部",
                "生态环境部", "市场监管总局", "国家能源局", "2021 年 11 月 15 日");
        assertEquals(List.of("国家发展改革委", "工业和信息化部", "生态环境部", "市场监管总局", "国家能源局"), d.get(0).issuers());
        assertEquals(LocalDate.of(2021, 11, 15), d.get(0).date());
    }

    @Test
    void noticeThatIssuesAnAttachmentGivesTwoDocuments() {
        List<ExtractedDocument> d = docs(" 关于印发《水污染防治资金管理办法》的通知", "财资环〔2021〕36 号",
                "各省、自治区、直辖市财政厅（局）、生态环境厅（局），新疆生产建", "设兵团财政局、生态环境局：",
                "为加强水污染防治资金使用管理，我们制定了《水污染防治资金", "管理办法》，现予印发，请遵照执行。",
                "附件：水污染防治资金管理办法.docx", "财政部", "2021 年 6 月 2日", "附件", "水污染防治资金管理办法",
                "第一条 为规范和加强水污染防治资金管理，提高财政资金使用", "效益。", "第二条 本办法自发布之日起施行。");
        assertEquals(2, d.size());
        ExtractedDocument notice = d.get(0);
        ExtractedDocument rules = d.get(1);
        assertEquals("关于印发《水污染防治资金管理办法》的通知", notice.title());
        assertEquals("财资环〔2021〕36号", notice.docNumber());
        assertEquals(List.of("财政部"), notice.issuers());
        assertEquals("水污染防治资金管理办法", rules.title());
        assertEquals(notice.id(), rules.promulgatedBy());
        assertEquals(LocalDate.of(2021, 6, 2), rules.date());
        assertEquals(List.of("财政部"), rules.issuers());
        assertEquals(LocalDate.of(2021, 6, 2), rules.effectiveDate(), "自发布之日起施行 = the issuing date");
        assertEquals(2, rules.articles().size());
        assertNull(rules.docNumber());
    }

    @Test
    void newsReleaseIsTheDocumentItReleases() {
        List<ExtractedDocument> d = docs(" 中共中央办公厅 国务院办公厅印发《关于深化生态保护补", "偿制度改革的意见》", "2021 年 9 月 12 日",
                "新华社北京 9月 12 日电 近日，中共中央办公厅、国务院办公厅", "印发了《关于深化生态保护补偿制度改革的意见》，并发出通知。",
                "生态环境是关系党的使命宗旨的重大政治问题。");
        assertEquals(1, d.size());
        assertEquals("关于深化生态保护补偿制度改革的意见", d.get(0).title());
        assertEquals(List.of("中共中央办公厅", "国务院办公厅"), d.get(0).issuers());
        assertEquals(LocalDate.of(2021, 9, 12), d.get(0).date());
        assertEquals("意见", d.get(0).kind());
    }

    @Test
    void compilationHeadersAndOmittedAttachmentsAreNoDocuments() {
        List<ExtractedDocument> d = docs("第六十七条 本条例自 2021 年 9 月 1日起施行。", " 国务院文件",
                " 国务院办公厅关于完善科技成果评价机制的指导意见", "国办发〔2021〕26 号", "各省、自治区、直辖市人民政府：",
                "为健全完善科技成果评价体系。", "附件：5G应用发展主要指标（略）", "国务院办公厅", "2021 年 7 月 16 日",
                "http://www.gov.cn/zhengce/a.pdf", "92", " 部门规章和规范性文件",
                " 自然资源部办公厅关于加强和改进矿产执法工作的通知", "自然资办函〔2021〕1288 号", "各省：", "为深入贯彻。",
                "自然资源部办公厅", "2021 年 7 月 15 日");
        assertEquals(List.of("国务院办公厅关于完善科技成果评价机制的指导意见", "自然资源部办公厅关于加强和改进矿产执法工作的通知"),
                d.stream().map(ExtractedDocument::title).toList());
        assertEquals(LocalDate.of(2021, 7, 16), d.get(0).date());
        assertEquals("国办发〔2021〕26号", d.get(0).docNumber());
    }

    /** Title (lines as printed) → joined title, docNumber, issuers, date. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            " 中共中央 国务院;关于新时代推动中部地区高质量发展的意见;（2021 年 4月 23 日）|中共中央国务院关于新时代推动中部地区高质量发展的意见||中共中央,国务院|2021-04-23",
            " 科技部办公厅 国家开发银行办公室关于开展重大科技成果;产业化专题债有关工作的通知;国科办区[2021]108 号|科技部办公厅国家开发银行办公室关于开展重大科技成果产业化专题债有关工作的通知|国科办区〔2021〕108号|科技部办公厅,国家开发银行办公室|",
            " 自然资源部关于部本级应用;电子矿产资源勘查许可证、采矿许可证有关事项的公告;2021 年第 41 号|自然资源部关于部本级应用电子矿产资源勘查许可证、采矿许可证有关事项的公告|2021年第41号|自然资源部|",
            " 财政部 税务总局关于进一步完善研发费用;税前加计扣除政策的公告;公告 2023 年第 7号|财政部税务总局关于进一步完善研发费用税前加计扣除政策的公告|财政部税务总局公告2023年第7号|财政部,税务总局|",
            " 国家矿山安全监察局综合司 关于组织开展矿山外包工程和;资源整合煤矿安全生产专项整治异地督导检查的通知;矿安综〔2021〕49 号|国家矿山安全监察局综合司关于组织开展矿山外包工程和资源整合煤矿安全生产专项整治异地督导检查的通知|矿安综〔2021〕49号|国家矿山安全监察局综合司|",
    })
    void readsHeaders(String header, String title, String docNumber, String issuers, LocalDate date) {
        String[] lines = (header + ";各省、自治区、直辖市：;为贯彻落实党中央、国务院决策部署。").split(";");
        ExtractedDocument d = docs(lines).get(0);
        assertEquals(title, d.title());
        assertEquals(docNumber, d.docNumber());
        assertEquals(List.of(issuers.split(",")), d.issuers());
        assertEquals(date, d.date());
    }

    @Test
    void signatureBlockGivesCoIssuersAndDate() {
        List<ExtractedDocument> d = docs(" 关于印发《5G 应用“扬帆”行动计划（2021-2023 年）》的", "通知", "工信部联通信〔2021〕77 号",
                "各省：", "现将《5G应用“扬帆”行动计划（2021-2023 年）》印发给你们，", "请结合实际认真贯彻落实。",
                "工业和信息化部 中央网络安全和信息化委员会办公室", "国家发展和改革委员会 教育部", "财 政 部",
                "2021 年 7 月 5日", "5G 应用“扬帆”行动计划", "（2021-2023 年）", "5G 融合应用是促进经济社会数字化、网络化、智能化转型的重",
                "要引擎。");
        assertEquals(2, d.size());
        assertEquals("关于印发《5G应用“扬帆”行动计划（2021-2023年）》的通知", d.get(0).title());
        assertEquals(List.of("工业和信息化部", "中央网络安全和信息化委员会办公室", "国家发展和改革委员会", "教育部", "财政部"),
                d.get(0).issuers());
        assertEquals("5G应用“扬帆”行动计划（2021-2023年）", d.get(1).title());
        assertEquals(LocalDate.of(2021, 7, 5), d.get(1).date());
        assertEquals(d.get(0).issuers(), d.get(1).issuers());
    }

    @Test
    void regulationWithPromulgationHeader() {
        ExtractedDocument d = docs(" 地下水管理条例", "(2021 年 9月 15 日国务院第 149 次常务会议通过",
                "2021 年 10 月 21 日中华人民共和国国务院令第 748 号公布", "自 2021 年 12 月 1 日起施行)", "第一章 总 则",
                "第一条 为了加强地下水管理，", "第二条 本条例自 2021 年 12 月 1 日起施行。").get(0);
        assertEquals("地下水管理条例", d.title());
        assertEquals("国务院令第748号", d.docNumber());
        assertEquals(LocalDate.of(2021, 10, 21), d.date());
        assertEquals(LocalDate.of(2021, 12, 1), d.effectiveDate());
        assertEquals(List.of("国务院"), d.issuers());
        assertEquals(2, d.articles().size());
    }

    @Test
    void documentAfterASignatureThatTheNoticeDoesNotIssueStandsAlone() {
        List<ExtractedDocument> d = docs(" 国务院办公厅关于完善科技成果评价机制的指导意见", "国办发〔2021〕26 号", "各省：",
                "为健全完善科技成果评价体系。", "国务院办公厅", "2021 年 7 月 16 日",
                "自然资源部办公厅关于加强和改进矿产执法工作的通知", "各省、自治区、直辖市自然资源主管部门：", "为深入贯彻。",
                "自然资源部办公厅", "2021 年 7 月 15 日");
        assertEquals(2, d.size());
        assertNull(d.get(1).promulgatedBy());
        assertEquals(List.of("自然资源部办公厅"), d.get(1).issuers());
        assertEquals(LocalDate.of(2021, 7, 15), d.get(1).date());
    }

    @Test
    void presidentialOrderWithChineseNumber() {
        List<ExtractedDocument> d = docs("中华人民共和国主席令", "第八十一号", "《中华人民共和国长江保护法》已由中华人民共和国第十三届全国人民代表大会常务委员会",
                "第二十四次会议于2020年12月26日通过，现予公布，自2021年3月1日起施行。", "中华人民共和国主席 习近平", "2020年12月26日",
                "中华人民共和国长江保护法", "第一章 总 则", "第一条 为了加强长江流域生态环境保护和修复，");
        assertEquals(1, d.size());
        assertEquals("主席令第81号", d.get(0).docNumber());
        assertEquals("中华人民共和国长江保护法", d.get(0).title());
        assertEquals(LocalDate.of(2021, 3, 1), d.get(0).effectiveDate());
        assertEquals(LocalDate.of(2020, 12, 26), d.get(0).date());
    }

    @Test
    void regulationsPrintedWithoutHeadersAreSplitAtTheirTitles() {
        List<ExtractedDocument> d = docs("地图管理条例", "第一章 总 则", "第一条 为了加强地图管理，制定本条例。",
                "第二条 本条例自2015年12月1日起施行。", "药品行政保护条例", "第一条 为了扩大对外经济技术合作与交流，制定本条例。",
                "第二条 本条例由国务院卫生行政部门负责解释。");
        assertEquals(List.of("地图管理条例", "药品行政保护条例"), d.stream().map(ExtractedDocument::title).toList());
        assertEquals(List.of(2, 2), d.stream().map(x -> x.articles().size()).toList());
        assertEquals(LocalDate.of(2015, 12, 1), d.get(0).effectiveDate());
    }

    @Test
    void longTitleOnOneLine() {
        ExtractedDocument d = docs("人力资源社会保障部办公厅国家发展改革委办公厅财政部办公厅国家税务总局办公厅关于进一步做好阶段性缓缴社会保险费政策实施工作有关问题的通知",
                "人社厅发〔2022〕50号", "各省：", "为贯彻落实。").get(0);
        assertEquals("人社厅发〔2022〕50号", d.docNumber());
        assertTrue(d.title().startsWith("人力资源社会保障部办公厅"));
    }

    @Test
    void textWithoutAnyAnchorIsOneDocument() {
        List<ExtractedDocument> d = docs("关于加强管理的通知", "各单位要加强管理。");
        assertEquals(1, d.size());
        assertEquals("关于加强管理的通知", d.get(0).title());
    }
}
