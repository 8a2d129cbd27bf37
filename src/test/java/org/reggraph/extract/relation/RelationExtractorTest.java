package org.reggraph.extract.relation;

import org.reggraph.extract.ArticleDocuments;
import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.text.SourceLine;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Relation;
import org.reggraph.extract.RelationStage;
import org.reggraph.extract.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relation finding on real sentences of the seeds; an empty target means "no relation of this type". */
class RelationExtractorTest {

    private final RelationExtractor stage = new RelationExtractor();

    private List<Relation> relations(String... articles) {
        return stage.extract(List.of(ArticleDocuments.doc("测试管理条例", "国务院令第999号", articles))).relations();
    }

    @ParameterizedTest(name = "{1} {2} ← {0}")
    @CsvSource(delimiter = '|', value = {
            // citations: plain, consecutive, list, nested, broken across lines, with number, issuer-prefixed
            "为了加强建设工程抗震管理，根据《中华人民共和国建筑法》《中华人民共和国防震减灾法》等法律，制定本条例。|BASED_ON|中华人民共和国防震减灾法",
            "依据《优化营商环境条例》《关于构建现代环境治理体系的指导意见》，提出如下意见。|CITES|关于构建现代环境治理体系的指导意见",
            // legal bases: titled, several, article-level, bare (laws name 宪法 without 《》)
            "为了加强地下水管理，防治地下水超采和污染，根据《中华人民共和国水法》和《中华人民共和国水污染防治法》等法律，制定本条例。|BASED_ON|中华人民共和国水污染防治法",
            "为了加强对强制检定的工作计量器具的管理，根据《中华人民共和国计量法》第九条的规定，制定本办法。|BASED_ON|中华人民共和国计量法",
            "为了保护个人信息权益，规范个人信息处理活动，促进个人信息合理利用，根据宪法，制定本法。|BASED_ON|中华人民共和国宪法",
            "为了保障适龄儿童、少年接受义务教育的权利，根据宪法和教育法，制定本法。|BASED_ON|中华人民共和国教育法",
            "为了加强药品管理，根据药品管理法和传染病防治法，制定本条例。|BASED_ON|中华人民共和国传染病防治法",
            "国务院交通主管部门应当依照本条例的规定，根据宪法精神做好工作。|BASED_ON|",
            "为了加强管理，根据有关法律，制定本条例。|BASED_ON|",
            "省、自治区、直辖市人民政府可以根据本条例，制定实施办法。|BASED_ON|",
            "依照《中华人民共和国预算法》、《中华人民共和国监察法》和《财政违法行为处罚处分条例》等国家有关规定追究相应责任。|CITES|财政违法行为处罚处分条例",
            "按照《财政部关于印发<中央对地方专项转移支付管理办法>的通知》（财预〔2015〕230号）执行。|CITES|财政部关于印发《中央对地方专项转移支付管理办法》的通知",
            "根据《国务院关于在线政务服务的若干规定》（国务院令第716号）要求。|CITES|国务院关于在线政务服务的若干规定",
            "实施《城镇供水管网分区计量管理工作指南——供水管网漏损管控体系构建（试行）》。|CITES|城镇供水管网分区计量管理工作指南——供水管网漏损管控体系构建（试行）",
            "列入《民用爆炸物品品名表》的产品。|CITES|民用爆炸物品品名表",
            "填写《地质资料使用申请表》。|CITES|",
            "依照《安全生产法。有关部门》和《中华人民共和国消防法》执行。|CITES|中华人民共和国消防法",   // a 。 inside: no title
            "依照《关于印发《中央对地方专项转移支付管理办法》的通知》执行。|CITES|关于印发《中央对地方专项转移支付管理办法》的通知", // nested
            "中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》提出要求。|CITES|关于深化职称制度改革的意见",
            "企业申请办理上述行政许可事项的，按照国发〔2021〕7号文件办理。|CITES|国发〔2021〕7号",
            "建设工程的抗震设防应当符合《中华人民共和国防震减灾法》第三十九条的规定。|CITES|中华人民共和国防震减灾法",
            "《土地管理法》第三十二条规定的耕地。|CITES|中华人民共和国土地管理法",
            "《中华人民共和国民法通则》第一百四十六条、第一百四十七条，与本法的规定不一致的，适用本法。|CITES|中华人民共和国民法通则",
            "本条例自发布之日起施行。1954年3月22日原中央人民政府政务院公布的《人民调解委员会暂行组织通则》同时废止。|REPEALS|人民调解委员会暂行组织通则",
            // instruments named by kinds of their own: a 总则, the tariff schedule, the pharmacopoeia, a charter
            "《中华人民共和国侵权责任法》、《中华人民共和国民法总则》同时废止。|REPEALS|中华人民共和国民法总则",
            "对从境外采购进口的原产于中国境内的货物，海关依照《中华人民共和国进出口税则》征收进口关税。|CITES|中华人民共和国进出口税则",
            "《中华人民共和国药典》和药品标准为国家药品标准。|CITES|中华人民共和国药典",
            "本条例所称奥林匹克标志，是指《奥林匹克宪章》和相关奥林匹克运动会主办城市合同中规定的标志。|CITES|奥林匹克宪章",
            // not documents: forms, certificates, programmes; self references
            "填报《中华人民共和国企业所得税月（季）度预缴纳税申报表（A类）》。|CITES|",
            "填写《研发费用加计扣除优惠明细表》。|CITES|",
            "出具《外商投资经营电信业务审定意见书》。|CITES|",
            "深入宣传《安全生产法》《刑法修正案（十一）》。|CITES|中华人民共和国刑法修正案（十一）",
            "取得《安全生产许可证》后方可生产。|CITES|",
            "《测试管理条例》自公布之日起施行。|CITES|",
            // repeals
            "本办法自印发之日起施行。《财政部关于印发<水污染防治资金管理办法>的通知》（财资环〔2019〕10号）同时废止。|REPEALS|财政部关于印发《水污染防治资金管理办法》的通知",
            "《企业安全生产费用提取和使用管理办法》（财企〔2012〕16号）同时废止。|REPEALS|企业安全生产费用提取和使用管理办法",
            "经研究，决定废止《关于在高危行业推进安全生产责任保险的指导意见》。|REPEALS|关于在高危行业推进安全生产责任保险的指导意见",
            "若引用的标准已废止，应给出“废止”的结论，参照《标准化工作导则》。|REPEALS|",
            // amendments: body statements, but not planned revisions
            "国务院决定对《建设工程质量管理条例》作如下修改。|AMENDS|建设工程质量管理条例",
            "加快修订《废弃电器电子产品回收处理管理条例》。|AMENDS|",
            "推动修订《中华人民共和国循环经济促进法》。|AMENDS|",
            // duties
            "国务院住房和城乡建设主管部门对全国的建设工程抗震实施统一监督管理。|RESPONSIBLE|国务院住房和城乡建设主管部门",
            "防治资金由财政部会同生态环境部负责管理。|RESPONSIBLE|财政部",
            "本办法由财政部会同生态环境部负责解释。|RESPONSIBLE|财政部",
            "县级以上地方人民政府应当采取措施，预防和治理耕地土壤流失、污染。|RESPONSIBLE|县级以上地方人民政府",
            "生态环境部、财政部按职责分工负责组织实施。|RESPONSIBLE|财政部",
            "临时用地由县级以上人民政府自然资源主管部门批准。|RESPONSIBLE|县级以上人民政府自然资源主管部门",
            "建设单位应当对建设工程的抗震设防负责。|RESPONSIBLE|",
            "有关部门应当加强协调配合。|RESPONSIBLE|",
            // delegations
            "具体办法和耕地保护补偿实施步骤由国务院自然资源主管部门会同有关部门规定。|DELEGATES|国务院自然资源主管部门",
            "按照省、自治区、直辖市的规定缴纳耕地开垦费。|DELEGATES|省、自治区、直辖市",
            "省级财政和生态环境部门可根据本办法，结合当地实际，制定具体实施办法。|DELEGATES|省级生态环境部门",
            "监督管理部门开展监督检查时，可以委托专业机构进行抽样检测。|DELEGATES|专业机构",
            "国务院授权的省、自治区、直辖市人民政府批准。|DELEGATES|省、自治区、直辖市人民政府",
            "受托单位不得委托其他单位进行鉴定。|DELEGATES|",
            "施工单位应当送建设单位委托的检测机构进行检测。|DELEGATES|",
            // bare order numbers after a date (corpus history lines): the date's 日 is no issuer, 经济/对外 are
            "依照1999年5月25日民政部令第14号发布的办法执行。|CITES|民政部令第14号",
            "依照1995年9月4日对外贸易经济合作部令第6号发布的细则执行。|CITES|对外贸易经济合作部令第6号",
            // after a date the issuer is read whole, 和 and long names included (ministry-rule headers)
            "依照2007年11月30日国家安全生产监督管理总局令第15号公布的办法执行。|CITES|国家安全生产监督管理总局令第15号",
            "依照2018年1月1日人力资源和社会保障部令第36号公布的规定执行。|CITES|人力资源和社会保障部令第36号",
    })
    void findsRelation(String sentence, RelationType type, String target) {
        List<Relation> rels = relations(sentence);
        List<String> targets = rels.stream().filter(r -> r.type() == type).map(Relation::target).toList();
        if (target == null) {
            assertTrue(targets.isEmpty(), () -> "unexpected " + type + " " + targets);
        } else {
            assertTrue(targets.contains(target), () -> "missing " + type + " " + target + " in " + rels);
            rels.stream().filter(r -> r.type() == type && r.target().equals(target)).forEach(r -> {
                assertEquals("第一条", r.source().article());
                assertTrue(r.source().line() == 2 || r.source().line() == 3, "line " + r.source().line());
                assertFalse(r.source().surface() == null || r.source().surface().isEmpty());
            });
        }
    }

    private static <T extends Relation> List<T> of(List<Relation> rels, Class<T> kind) {
        return rels.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void repealIsNotAlsoACitation() {
        List<Relation> rels = relations("《企业安全生产费用提取和使用管理办法》（财企〔2012〕16号）同时废止。");
        assertTrue(rels.stream().noneMatch(r -> r.type() == RelationType.CITES), rels::toString);
        Relation.Repeals r = (Relation.Repeals) rels.get(0);
        assertEquals("财企〔2012〕16号", r.targetDocNumber());
        assertFalse(r.partial());
    }

    @Test
    void aliasWithBracketsInsideItsTitleMarks() {
        // seed 004 (发改体改规〔2022〕397号): the short name keeps its edition in brackets
        List<Relation> rels = relations("国家发展改革委对《市场准入负面清单（2020年版）》开展全面修订，形成《市场准入负面清单（2022年版）》"
                + "（以下简称《清单（2022年版）》），经党中央、国务院批准印发。");
        List<Relation.Alias> aliases = of(rels, Relation.Alias.class);
        assertEquals(1, aliases.size(), rels::toString);
        assertEquals("清单（2022年版）", aliases.get(0).alias());
        assertEquals("市场准入负面清单（2022年版）", aliases.get(0).target());
        assertTrue(rels.stream().noneMatch(r -> r.type() == RelationType.CITES && r.target().equals("清单（2022年版）")), rels::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "近日，国务院办公厅印发《关于进一步盘活存量资产扩大有效投资的意见》（国办发〔2022〕19 号，以下简称《意见》）。|国办发〔2022〕19号",
            "为了贯彻实施《中华人民共和国土地管理法》（以下简称《土地管理法》），制定本条例。|"})
    void numberAndShortNameInOneParenthesisAreOneCitation(String sentence, String number) {
        List<Relation.Cites> cites = of(relations(sentence), Relation.Cites.class);
        assertEquals(1, cites.size(), cites::toString);
        assertEquals(number, cites.get(0).targetDocNumber());
    }

    @Test
    void aliasDefinedThenUsed() {
        List<Relation> rels = relations(
                "为了贯彻实施《中华人民共和国土地管理法》（以下简称《土地管理法》），制定本条例。",
                "符合《土地管理法》第四十五条规定的，应当发布征收土地预公告。",
                "土地管理部门（以下简称主管部门）负责。");
        List<Relation.Alias> aliases = of(rels, Relation.Alias.class);
        assertEquals(1, aliases.size(), aliases::toString); // the plain-term alias is not a document alias
        assertEquals("土地管理法", aliases.get(0).alias());
        assertEquals("中华人民共和国土地管理法", aliases.get(0).target());
        assertTrue(of(rels, Relation.Cites.class).stream().anyMatch(r -> "第二条".equals(r.source().article())
                && r.target().equals("中华人民共和国土地管理法") && "第四十五条".equals(r.targetArticle())));
    }

    @Test
    void partialRepealThroughANumberAlias() {
        List<Relation> rels = relations(
                "《国家税务总局关于企业研究开发费用税前加计扣除政策有关问题的公告》（2015年第97号，以下简称97号公告）规定。",
                "97号公告第二条第（三）项“其他相关费用的归集与限额计算”的规定同时废止。");
        Relation.Repeals rep = of(rels, Relation.Repeals.class).get(0);
        assertEquals("国家税务总局关于企业研究开发费用税前加计扣除政策有关问题的公告", rep.target());
        assertTrue(rep.partial());
        assertEquals(List.of("第二条第（三）项"), rep.articles());
        assertTrue(of(rels, Relation.Alias.class).stream().anyMatch(r -> "97号公告".equals(r.alias())));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            《国家税务总局关于进一步简化税务行政许可事项办理程序的公告》（2019 年第 34 号）同时废止。 | 国家税务总局公告2019年第34号
            《国家税务总局关于简化税务行政许可事项办理程序的公告》（2017 年第 21 号发布，2018 年第 31 号、第 67 号修改）同时废止。 | 国家税务总局公告2017年第21号
            《国务院关于在线政务服务的若干规定》（国务院令第 716 号）同时废止。 | 国务院令第716号
            《国家税务总局关于更新税务行政许可事项目录的公告》（2016 年第 10 号发布，2018 年第 31 号修改）同时废止。 | 国家税务总局公告2016年第10号
            """)
    void repealedAnnouncementsAreNumberedWithTheirIssuers(String sentence, String number) {
        Relation.Repeals rep = of(relations(sentence), Relation.Repeals.class).get(0);
        assertEquals(number, rep.targetDocNumber());
    }

    @Test
    void amendmentHistoryLines() {
        List<SourceLine> lines = List.of(
                new SourceLine(1, "中华人民共和国土地管理法实施条例"),
                new SourceLine(3, "（1998年12月27日中华人民共和国国务院令第256号发布　根据2011"),
                new SourceLine(5, "年1月8日《国务院关于废止和修改部分行政法规的决定》第一次修"),
                new SourceLine(7, "订　根据2014年7月29日《国务院关于修改部分行政法规的决定》"),
                new SourceLine(9, "第二次修订　2021年7月2日中华人民共和国国务院令第743号第三次修订）"),
                new SourceLine(11, "第一条　为了加强土地管理，制定本条例。"));
        ExtractedArticle a = new ExtractedArticle(1, "第一条", null, "为了加强土地管理，制定本条例。", 11, 11, lines.subList(5, 6));
        ExtractedDocument d = new ExtractedDocument("国务院令第743号", "中华人民共和国土地管理法实施条例", "国务院令第743号", List.of("国务院"),
                null, null, "条例", null, null, "t.txt", 1, 11, List.of(), List.of(a), lines);
        List<Relation> rels = stage.extract(List.of(d)).relations();
        List<Relation.Amends> amends = of(rels, Relation.Amends.class);
        assertEquals(3, amends.size(), amends::toString);
        assertEquals("国务院关于废止和修改部分行政法规的决定", amends.get(0).history().instrument());
        assertEquals(LocalDate.of(2011, 1, 8), amends.get(0).history().date());
        assertEquals(5, amends.get(0).source().line());
        assertEquals(2, amends.get(1).ordinal());
        assertEquals("国务院令第743号", amends.get(2).history().instrumentDocNumber());
        assertEquals(LocalDate.of(2021, 7, 2), amends.get(2).history().date());
        amends.forEach(r -> assertEquals("中华人民共和国土地管理法实施条例", r.target()));
        // the amending 决定 is also a citation
        assertTrue(rels.stream().anyMatch(r -> r.type() == RelationType.CITES && r.target().equals("国务院关于修改部分行政法规的决定")));
    }

    @Test
    void noticePromulgatesItsAttachmentWithoutCitingIt() {
        ExtractedDocument notice = new ExtractedDocument("财资环〔2021〕36号", "关于印发《水污染防治资金管理办法》的通知", "财资环〔2021〕36号",
                List.of("财政部"), null, null, "通知", null, null, "t.txt", 1, 3, List.of(), List.of(),
                List.of(new SourceLine(1, "关于印发《水污染防治资金管理办法》的通知"),
                        new SourceLine(3, "我们制定了《水污染防治资金管理办法》，现予印发。")));
        ExtractedDocument att = new ExtractedDocument("水污染防治资金管理办法", "水污染防治资金管理办法", null, List.of("财政部"), null, null,
                "办法", null, notice.id(), "t.txt", 5, 5, List.of(), List.of(), List.of(new SourceLine(5, "水污染防治资金管理办法")));
        List<Relation> rels = stage.extract(List.of(notice, att)).relations();
        assertEquals(1, rels.stream().filter(r -> r.type() == RelationType.PROMULGATES && r.target().equals(att.title())).count());
        assertTrue(rels.stream().noneMatch(r -> r.type() == RelationType.CITES), rels::toString);
    }

    /** A name a notice issues in its own title is a document whatever its last word; a form is none (seeds 001, 004). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "国家发展改革委等部门关于发布《高耗能行业重点领域能效标杆水平和基准水平（2021年版）》的通知|高耗能行业重点领域能效标杆水平和基准水平（2021年版）",
            "国家发展改革委等部门关于发布《重点用能产品设备能效先进水平、节能水平和准入水平（2022年版）》的通知|重点用能产品设备能效先进水平、节能水平和准入水平（2022年版）",
            "国务院办公厅关于印发《新污染物治理行动方案》的通知|新污染物治理行动方案",
            "关于印发《企业安全生产标准化定级申请表》的通知|",
            "应急管理部关于废止原国家安全监管总局印发的《关于在高危行业推进安全生产责任保险的指导意见》的通知|"})
    void noticeTitlePromulgatesWhatItIssues(String title, String expected) {
        ExtractedDocument notice = new ExtractedDocument("发改产业〔2021〕1609号", title, "发改产业〔2021〕1609号",
                List.of("国家发展和改革委员会"), null, null, "通知", null, null, "t.txt", 1, 2, List.of(), List.of(),
                List.of(new SourceLine(1, title), new SourceLine(2, "各有关单位：现予发布。")));
        List<String> promulgated = stage.extract(List.of(notice)).relations().stream()
                .filter(r -> r.type() == RelationType.PROMULGATES).map(Relation::target).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), promulgated);
    }

    /**
     * The list of attachments that closes a notice whose attachments the input does not hold (seed 004): each item a
     * document's title, a bracketed note the line broke off put back; not a form, nor an item left out (（略）).
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "附件：法律、行政法规、国务院决定设定的行政许可事项清单/（2022年版）/国务院办公厅/2022年1月10日|法律、行政法规、国务院决定设定的行政许可事项清单（2022年版）",
            "附件：1.税务行政许可事项清单（2022年版）/2.税务行政许可文书样式（略）/3.增值税防伪税控系统最高开票限额审批实施规定（略）/国家税务总局/2022年9月28日|税务行政许可事项清单（2022年版）",
            "附件：1.企业政务服务“一件事一次办”事项基础清单（2022年版）/2.个人政务服务“一件事一次办”事项基础清单（2022年版）/国务院办公厅|企业政务服务“一件事一次办”事项基础清单（2022年版）;个人政务服务“一件事一次办”事项基础清单（2022年版）",
            // forms, and a list whose items are forms
            "附件：金属非金属矿山生产建设规模分类一览表/国家矿山安全监察局|",
            "附件：/1.2021版研发支出辅助账（样式）/2.2021版研发支出辅助账汇总表（样式）/国家税务总局|",
    })
    void aNoticesListOfAttachmentsNamesWhatItIssues(String closing, String expected) {
        List<SourceLine> lines = new ArrayList<>(List.of(new SourceLine(1, "国务院办公厅关于全面实行行政许可事项清单管理的通知"),
                new SourceLine(2, "各省、自治区、直辖市人民政府：现通知如下。")));
        for (String line : closing.split("/")) {
            lines.add(new SourceLine(lines.size() + 1, line));
        }
        ExtractedDocument notice = new ExtractedDocument("国办发〔2022〕2号", lines.get(0).text(), "国办发〔2022〕2号",
                List.of("国务院办公厅"), null, null, "通知", null, null, "t.txt", 1, lines.size(), List.of(), List.of(), lines);
        List<String> promulgated = stage.extract(List.of(notice)).relations().stream()
                .filter(r -> r.type() == RelationType.PROMULGATES).map(Relation::target).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), promulgated);
    }

    /** 《关于X》 without its issuers resolves to the one document titled …关于X (seeds 001 and 004), never to the citing one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "中共中央国务院关于深入打好污染防治攻坚战的意见|关于深入打好污染防治攻坚战的意见|中共中央国务院关于深入打好污染防治攻坚战的意见",
            "国务院办公厅关于进一步盘活存量资产扩大有效投资的意见|关于进一步盘活存量资产扩大有效投资的意见|国务院办公厅关于进一步盘活存量资产扩大有效投资的意见",
            "国务院办公厅关于进一步盘活存量资产扩大有效投资的意见|关于盘活存量资产的意见|关于盘活存量资产的意见"})
    void citationWithoutItsIssuersResolvesToTheSignedTitle(String known, String cited, String expected) {
        ExtractedDocument target = new ExtractedDocument("D3", known, null, List.of("国务院"), LocalDate.of(2021, 11, 2),
                null, "意见", null, null, "t.txt", 1, 1, List.of(), List.of(), List.of(new SourceLine(1, known)));
        String line = "为贯彻落实《" + cited + "》，制定本方案。";
        ExtractedDocument citing = new ExtractedDocument("环法规〔2021〕107号", "关于印发某方案的通知", "环法规〔2021〕107号",
                List.of("生态环境部"), LocalDate.of(2021, 12, 1), null, "通知", null, null, "t.txt", 3, 4, List.of(),
                List.of(), List.of(new SourceLine(3, "关于印发某方案的通知"), new SourceLine(4, line)));
        RelationStage.Result found = stage.extract(List.of(target, citing));
        var resolved = stage.resolve(new org.reggraph.extract.Extraction(List.of(target, citing), found.relations(),
                found.agencies(), List.of()));
        assertEquals(List.of(expected), resolved.relations().stream()
                .filter(r -> r.type() == RelationType.CITES && r.source().from().equals(citing.id())).map(Relation::target).toList());
    }

    @Test
    void aDocumentCitingItsOwnTitleWithoutIssuersIsNoCitationOfItself() {
        String title = "国务院办公厅关于进一步盘活存量资产扩大有效投资的意见";
        ExtractedDocument self = new ExtractedDocument("国办发〔2022〕19号", title, "国办发〔2022〕19号", List.of("国务院办公厅"),
                LocalDate.of(2022, 5, 19), null, "意见", null, null, "t.txt", 1, 2, List.of(), List.of(),
                List.of(new SourceLine(1, title), new SourceLine(2, "各地区要认真落实《关于进一步盘活存量资产扩大有效投资的意见》。")));
        RelationStage.Result found = stage.extract(List.of(self));
        var resolved = stage.resolve(new org.reggraph.extract.Extraction(List.of(self), found.relations(), found.agencies(), List.of()));
        assertTrue(resolved.relations().stream().noneMatch(r -> r.type() == RelationType.CITES && r.target().equals(title)),
                resolved.relations()::toString);
    }

    @Test
    void agenciesOfTheDutiesAndTheIssuers() {
        RelationStage.Result r = stage.extract(List.of(ArticleDocuments.doc("测试管理条例", null, "生态环境部、财政部按职责分工负责。")));
        assertTrue(r.agencies().stream().anyMatch(a -> a.id().equals("生态环境部")));
        assertTrue(r.agencies().stream().anyMatch(a -> a.id().equals("国务院"))); // the issuer
    }
}
