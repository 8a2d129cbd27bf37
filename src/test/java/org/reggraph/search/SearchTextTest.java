package org.reggraph.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The spellings users type, and the forms they fold to (cases from issue 15 and the seed corpus). */
class SearchTextTest {

    /** What users type, its folded form, and the canonical document number when it is one ('-': none). */
    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "国办发〔2021〕26号            | 国办发〔2021〕26号            | 国办发〔2021〕26号",
            "国办发[2021]26号              | 国办发〔2021〕26号            | 国办发〔2021〕26号",
            "国办发（2021）26号            | 国办发〔2021〕26号            | 国办发〔2021〕26号",
            "国办发(2021)26号              | 国办发〔2021〕26号            | 国办发〔2021〕26号",
            "国办发【2021】26号            | 国办发〔2021〕26号            | 国办发〔2021〕26号",
            "国办发〔2021〕26 号           | 国办发〔2021〕26号            | 国办发〔2021〕26号",
            "国办发〔２０２１〕２６号      | 国办发〔2021〕26号            | 国办发〔2021〕26号",
            "国办发［2021］26号            | 国办发〔2021〕26号            | 国办发〔2021〕26号",
            "财资环(2021)46号              | 财资环〔2021〕46号            | 财资环〔2021〕46号",
            "国务院令748号                 | 国务院令748号                 | 国务院令第748号",
            "国务院令第 748 号             | 国务院令第748号               | 国务院令第748号",
            "国务院令 748                  | 国务院令748                   | 国务院令第748号",
            "中华人民共和国国务院令第744号 | 中华人民共和国国务院令第744号 | 国务院令第744号",
            "國務院令第748號                | 国务院令第748号               | 国务院令第748号",
            "国家税务总局公告2021年第28号  | 国家税务总局公告2021年第28号  | 国家税务总局公告2021年第28号",
            "地下水管理條例                | 地下水管理条例                | -",
            "《地下水管理条例》            | 地下水管理条例                | -",
            "中華人民共和國土地管理法      | 中华人民共和国土地管理法      | -",
            "“十四五”节能减排综合工作方案 | 十四五节能减排综合工作方案    | -",
            "5G应用“扬帆”行动计划         | 5g应用扬帆行动计划             | -",
            "建设工程抗震管理条例　        | 建设工程抗震管理条例          | -",
            "国办发〔2021〕                | 国办发〔2021〕                | -",
            "26号                          | 26号                          | -",
    })
    void foldsAndFindsTheCanonicalNumber(String typed, String folded, String number) {
        assertThat(SearchText.normalize(typed)).isEqualTo(folded);
        assertThat(SearchText.docNumber(typed)).isEqualTo(number);
    }

    @org.junit.jupiter.api.Test
    void blankTextIsNoDocumentNumber() {
        assertThat(SearchText.docNumber("   ")).isNull();
        assertThat(SearchText.normalize(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: [{1},{2}) of the folded text is [{3},{4}) of the original")
    @CsvSource(delimiter = '|', value = {
            "国办发〔2021〕26 号 | 9 | 12 | 9 | 13",
            "《地下水管理条例》  | 0 | 3  | 1 | 4",
            "地下水管理條例      | 5 | 7  | 5 | 7",
    })
    void foldedRangesMapBackToTheOriginal(String original, int from, int to, int start, int end) {
        assertThat(SearchText.fold(original).originRange(from, to)).containsExactly(start, end);
    }
}
