package org.reggraph.extract.lexicon;

import org.reggraph.extract.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021 年 7 月 19 日|2021-07-19",
            "（2021 年 4月 23 日）|2021-04-23",
            "(2021 年 11 月 2日)|2021-11-02",
            "2021 年 10 月 08 日|2021-10-08",
            "二〇二二年三月一日|2022-03-01",
            "二〇二一年十一月二十日|2021-11-20",
    })
    void readsDateLines(String line, LocalDate expected) {
        assertEquals(expected, Dates.dateLine(TextNormalizer.squeeze(TextNormalizer.normalizeLine(line).text())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"二〇二一年十一月", "2021年13月1日", "2021年2月30日", "自2021年9月1日起施行", "生态环境部办公厅2021年10月29日印发"})
    void rejectsNonDateLines(String line) {
        assertNull(Dates.dateLine(line));
    }

    /** The last date of a history line before an earlier instrument's number dates that instrument. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1998年12月27日中华人民共和国国务院令第256号发布|1998-12-27",
            "（2004年1月13日中华人民共和国国务院令第397号公布根据2019年3月2日|2004-01-13",
            "根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》第一次修订|2011-01-08",
    })
    void lastDateBeforeANumber(String line, LocalDate expected) {
        int at = line.indexOf("号");
        assertEquals(expected, Dates.last(at < 0 ? line : line.substring(0, at)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"中华人民共和国国务院令第256号发布", "2021年13月1日"})
    void noLastDate(String line) {
        assertNull(Dates.last(line));
    }
}
