package org.reggraph.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ShortTitlesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "地下水管理条例                    | 地下水条例",
            "中华人民共和国土地管理法          | 土地管理法;土地法",
            "中华人民共和国城镇土地使用税暂行条例 | 城镇土地使用税暂行条例;城镇土地使用税条例",
            "企业安全生产费用提取和使用管理办法 | 企业安全生产费用提取和使用办法",
            "排污许可管理办法〔试行〕          | 排污许可管理办法;排污许可办法",
            "中华人民共和国土地管理法实施条例  | 土地管理法实施条例",
            "国务院关于修改部分行政法规的决定  | ''",
    })
    void genericShortForms(String title, String forms) {
        String[] expected = forms.isEmpty() ? new String[0] : forms.split(";");
        assertThat(ShortTitles.variants(SearchText.normalize(title))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"土地管理法, true", "97号公告, true", "预算法, true", "通知, false", "若干意见, false", "单位, false",
            "本条例, false", "意见, false"})
    void genericShortTitlesAreNoKeys(String shortTitle, boolean usable) {
        assertThat(ShortTitles.usable(shortTitle)).isEqualTo(usable);
    }
}
