package org.reggraph.extract.lexicon;

import org.reggraph.extract.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitlesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "国务院办公厅关于完善科技成果评价机制的指导意见", "5G应用“扬帆”行动计划（2021-2023年）", "“十四五”循环经济发展规划",
            "中共中央办公厅国务院办公厅印发《关于深化生态保护补偿制度改革的意见》", "地下水管理条例", "工业和信息化部关于深化“证照分离”改革的通告",
            "知识产权强国建设纲要（2021－2035年）", "关于进一步落实研发费用加计扣除政策有关问题的公告"
    })
    void recognisesTitles(String title) {
        assertTrue(Titles.looksLikeTitle(title), title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"国家发展改革委", "国务院办公厅", "前言", "（六个方面33项措施）", "关于印发《5G应用“扬帆”行动计划（2021-2023年）》的"})
    void rejectsNonTitles(String text) {
        assertFalse(Titles.looksLikeTitle(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "为有效防范和遏制金属非金属地下矿山生产安全事故。", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "（一）指导思想", "一、总体要求", "第一条 为了", "附件：金属非金属矿山生产建设规模分类一览表", "2021年7月5日",
            "矿业权政务服务“跨省通办”事项基本目录.docx（略）", "（此件公开发布）"
    })
    void linesThatCannotBePartOfATitle(String line) {
        assertFalse(Titles.titleish(TextNormalizer.squeeze(line), false), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "建设工程抗震管理条例|条例", "水污染防治资金管理办法|办法", "关于加强金属非金属地下矿山外包工程安全管理的若干规定|规定",
            "国家发展改革委关于进一步完善分时电价机制的通知|通知", "“技能中国行动”实施方案|方案", "中华人民共和国土地管理法实施条例|条例",
            "国家矿山安全监察局关于印发《关于加强金属非金属地下矿山外包工程安全管理的若干规定》的通知|通知",
            "生态保护红线生态环境监督办法（试行）|办法", "专利法实施细则|细则", "中华人民共和国建筑法|法", "某某报道|other"
    })
    void readsKinds(String title, String kind) {
        assertEquals(kind, Titles.kind(title));
    }

    /** Short law titles take the state's name, as every national law and its implementing texts are titled. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "招标投标法|中华人民共和国招标投标法",
            "招标投标法实施条例|中华人民共和国招标投标法实施条例",
            "税收征收管理法实施细则|中华人民共和国税收征收管理法实施细则",
            "档案法实施办法|中华人民共和国档案法实施办法",
            "刑法修正案（十一）|中华人民共和国刑法修正案（十一）",
            "宪法修正案|中华人民共和国宪法修正案",
            // not a law's: a measures' rules, a 办法, a State Council text
            "国际收支统计申报办法实施细则|国际收支统计申报办法实施细则",
            "企业安全生产费用提取和使用管理办法|企业安全生产费用提取和使用管理办法",
            "中华人民共和国土地管理法实施条例|中华人民共和国土地管理法实施条例",
    })
    void fullLawTitles(String cited, String full) {
        assertEquals(full, Titles.fullLawTitle(cited));
    }
}
