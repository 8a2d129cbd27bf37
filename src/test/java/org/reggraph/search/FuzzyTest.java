package org.reggraph.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzyTest {

    @ParameterizedTest(name = "{0} in {1}: [{2},{3}) with {4} edits")
    @CsvSource(delimiter = '|', value = {
            "地下水管理条列 | 地下水管理条例             | 0 | 7 | 1",
            "地下水管理条例 | 地下水管理条例             | 0 | 7 | 0",
            "抗震管里条例   | 建设工程抗震管理条例       | 4 | 10 | 1",
            "地下水管条例   | 地下水管理条例             | 0 | 7 | 1",
            "地下水水管理条例 | 地下水管理条例           | 0 | 7 | 1",
    })
    void oneWrongCharacterIsForgiven(String pattern, String text, int start, int end, int distance) {
        assertThat(Fuzzy.find(pattern, text, 1)).isEqualTo(new Fuzzy.Occurrence(start, end, distance));
    }

    @ParameterizedTest(name = "{0} not in {1}")
    @CsvSource(delimiter = '|', value = {
            "地下水管理规定 | 地下水管理条例",
            "土地管理法     | 地下水管理条例",
            "''             | 地下水管理条例",
    })
    void twoWrongCharactersAreTooMany(String pattern, String text) {
        assertThat(Fuzzy.find(pattern, text, 1)).isNull();
    }
}
