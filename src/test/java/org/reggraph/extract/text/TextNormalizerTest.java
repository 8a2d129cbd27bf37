package org.reggraph.extract.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {

    /** Real lines of the seeds: spaces the PDF put inside numbers go, spaces between words stay. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "第 744 号|第744号",
            "2021 年 9 月 1日起施行|2021年9月1日起施行",
            "（2021 年 4月 23 日）|（2021年4月23日）",
            "国办发〔2021〕26 号|国办发〔2021〕26号",
            "国科办区[2021]108 号|国科办区[2021]108号",
            "国家税务总局公告 2021 年第 28 号|国家税务总局公告 2021年第28号",
            "## **第一章 发展背景**|第一章 发展背景",
            "**中共中央 国务院印发**  |中共中央 国务院印发",
            "- 附件：1. 企业安全生产标准化自评报告  |附件：1. 企业安全生产标准化自评报告",
            "２０２１年７月１９日|2021年7月19日",
            "第一条　为了加强管理|第一条 为了加强管理",
            "PM<sub>2.5</sub>浓度|PM2.5浓度",
            " 中华人民共和国国务院令|中华人民共和国国务院令",
            // an article's heading as the corpus misprints it: a space inside its ordinal (刑事诉讼法 2018), 笫 for 第
            // (农民专业合作社法 2017); spaces between words, and 笫 elsewhere, stay
            "第一百二十八 条侦查人员对于与犯罪有关的场所|第一百二十八条侦查人员对于与犯罪有关的场所",
            "第 四 条 本条例自公布之日起施行。|第四条 本条例自公布之日起施行。",
            "笫五十四条 清算组成员应当忠于职守|第五十四条 清算组成员应当忠于职守",
            "笫宅 一 户|笫宅 一 户",
            // a half-width , ; : after Chinese text is the full-width one (证券投资基金法 2015 第一百一十二条; web copies of local rules);
            // not in numbers or times
            "国务院证券监督管理机构依法履行下列职责:|国务院证券监督管理机构依法履行下列职责：",
            "作出规定的,从其规定;|作出规定的，从其规定；",
            "罚款1,000元，时间10:30|罚款1,000元，时间10:30",
            "《决定》,依照本法|《决定》，依照本法",
    })
    void normalizesLines(String raw, String expected) {
        assertEquals(expected, TextNormalizer.normalizeLine(raw).text());
    }

    /** Comments are cut in one pass; an unclosed one stays as written (nothing later can close it). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "第一条<!-- 注 -->为了|第一条为了",
            "<!--a-->第<!--b-->一条|第一条",
            "第一条<!--未闭合|第一条<!--未闭合",
            "<!--<!--<!--|<!--<!--<!--",
            "甲<!--a-->乙<!--b|甲乙<!--b",
    })
    void dropsHtmlComments(String raw, String expected) {
        assertEquals(expected, TextNormalizer.dropComments(raw));
    }

    @Test
    void marksHeadingsAsTitleHints() {
        assertTrue(TextNormalizer.normalizeLine("# 国务院关于印发 2030 年前碳达峰行动方案的通知").heading());
        assertTrue(TextNormalizer.normalizeLine("**应急管理部关于印发  ").heading());
        assertFalse(TextNormalizer.normalizeLine("第一条 为了").heading());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "落实生 态|落实生态",
            "党中央、国 务院决|党中央、国务院决",
            "5G 应用|5G 应用",
            "the State Council|the State Council",
    })
    void dropsSpacesBetweenChineseOnly(String in, String expected) {
        assertEquals(expected, TextNormalizer.dropCjkSpaces(in));
    }

    @Test
    void joinsLinesBrokenByThePdf() {
        assertEquals("为了提高建设工程抗震防灾能力，降低地震灾害风险，保障人民生命财产安全",
                TextNormalizer.join(List.of("为了提高建设工程抗震防灾能力，降低地震灾害风险，", "保障人民生命财产安全")));
        assertEquals("5G network", TextNormalizer.join(List.of("5G", "network")));
    }
}
