package org.reggraph.extract.lexicon;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChineseNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "一, 1", "十, 10", "十二, 12", "二十, 20", "二十三, 23", "一百, 100", "一百零三, 103", "一百二十三, 123",
            "六十七, 67", "七十五, 75", "两千, 2000", "二〇二一, 2021", "二〇二二, 2022", "744, 744", "0, 0",
            "abc, -1", "第一, -1"
    })
    void parses(String text, int expected) {
        assertEquals(expected, ChineseNumbers.parse(text));
    }
}
