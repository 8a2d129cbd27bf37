package org.reggraph.extract.lexicon;

import org.reggraph.extract.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "国办发〔2021〕26 号|国办发〔2021〕26号",
            "国科办区[2021]108 号|国科办区〔2021〕108号",
            "工信部政法函 〔2021〕159 号|工信部政法函〔2021〕159号",
            "发改环资（2021）969号|发改环资〔2021〕969号",
            "国发［2021］7号|国发〔2021〕7号",
            "国发〔２０２１〕７号|国发〔2021〕7号",
            "国家税务总局公告 2021 年第 28 号|国家税务总局公告2021年第28号",
            "财政部 税务总局 科技部公告 2022 年第 16 号|财政部税务总局科技部公告2022年第16号",
            "2021 年第 41 号|2021年第41号",
            "生态环境部令 第 26号|生态环境部令第26号",
            "（国发〔2021〕23 号）|国发〔2021〕23号",
            "中华人民共和国主席令 第八十一号|主席令第81号",
            "发文字号：国办发〔2021〕26号|国办发〔2021〕26号",
    })
    void parsesNumberLines(String line, String expected) {
        String squeezed = TextNormalizer.squeeze(TextNormalizer.normalizeLine(line).text());
        assertEquals(expected, DocNumbers.parseLine(squeezed));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            国家税务总局关于进一步简化税务行政许可事项办理程序的公告 | 2019年第34号     | 国家税务总局公告2019年第34号
            财政部税务总局关于进一步完善研发费用税前加计扣除政策的公告 | 公告2023年第7号 | 财政部税务总局公告2023年第7号
            国家税务总局关于企业研究开发费用税前加计扣除政策有关问题的公告 | 国家税务总局公告2015年第97号 | 国家税务总局公告2015年第97号
            关于进一步落实研发费用加计扣除政策有关问题的公告 | 2021年第28号 | 2021年第28号
            国务院关于在线政务服务的若干规定 | 国务院令第716号 | 国务院令第716号
            自然资源部关于矿业权申请资料实行互联网远程申报的通知 | 2020年第10号 | 2020年第10号
            """)
    void announcementNumbersTakeTheIssuersOfTheTitle(String title, String number, String expected) {
        assertEquals(expected, DocNumbers.withIssuers(title, number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "2021年7月19日", "第744号", "国务院办公厅",
            "按照《国务院关于在线政务服务的若干规定》（国务院令第716号）"
    })
    void rejectsOtherLines(String line) {
        assertNull(DocNumbers.parseLine(TextNormalizer.squeeze(line)));
    }

    @ParameterizedTest
    @CsvSource({"中华人民共和国国务院令, 国务院令", "国务院令, 国务院令"})
    void readsOrderHeads(String line, String expected) {
        assertEquals(expected, DocNumbers.orderHead(line));
    }

    /** Orders in corpus history lines: the issuer after the date, without 中华人民共和国. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021年10月21日中华人民共和国国务院令第748号公布|国务院令第748号",
            "1996年10月3日 中华人民共和国交通部令第8号发布|交通部令第8号",
            "根据2015年4月2日国家安全生产监督管理总局令第77号修正|国家安全生产监督管理总局令第77号",
    })
    void readsOrdersInText(String line, String expected) {
        Matcher m = DocNumbers.ORDER_IN_TEXT.matcher(line);
        assertTrue(m.find(), line);
        assertEquals(expected, DocNumbers.orderNumber(m));
    }

    @ParameterizedTest
    @CsvSource({"国务院令, true", "生态环境部令, true", "国家林业和草原局令, true", "主席令, true", "北京市人民政府令, false"})
    void knowsTheOrdersWhoseNumbersNameDocuments(String order, boolean expected) {
        assertEquals(expected, DocNumbers.isDocumentOrder(order));
    }
}
