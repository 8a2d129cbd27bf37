package org.reggraph.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TitleKeyTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "中华人民共和国建筑法|建筑法",
            "《中华人民共和国建筑法》|中华人民共和国建筑法",
            "中华人民共和国 防震减灾法|防震减灾法",
            "建设工程抗震管理条例|建 设 工 程 抗 震 管 理 条 例",
            "建设工程抗震管理条例|《建设工程抗震管理条例》",
            "关于深化生态保护补偿制度改革的意见|关于深化生态保护补偿制度改革意见",
            "企业所得税月（季）度预缴纳税申报表|企业所得税月(季)度预缴纳税申报表",
            "“十四五”规划|\"十四五\"规划",
            "ＡＢＣ管理办法|abc管理办法",
            "国务院办公厅关于印发《X方案》的通知|国务院办公厅关于印发X方案的通知",
            "中华人民共和国国务院令|中华人民共和国国务院令",
    })
    void equalUnderArtefacts(String a, String b) {
        assertThat(TitleKey.of(a)).isEqualTo(TitleKey.of(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "建筑法|建筑法实施条例",
            "中华人民共和国国务院令|国务院令",
            "中华人民共和国土地管理法实施条例|土地管理法实施条例",
            "水污染防治法|大气污染防治法",
    })
    void differentTitlesStayDifferent(String a, String b) {
        assertThat(TitleKey.of(a)).isNotEqualTo(TitleKey.of(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "《建设工程抗震管理条例》|建设工程抗震管理条例",
            " 建设工程\u3000抗震管理条例 |建设工程抗震管理条例",
            "'  '|NULL",
    })
    void cleanRemovesSpacesAndOuterTitleBrackets(String in, String expected) {
        assertThat(TitleKey.clean(in)).isEqualTo(expected);
    }

    /** A notice may name the attachment it issues in slightly other words than the attachment's own heading. */
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "自然资源标准立项审查评估复审暂行办法|自然资源标准立项审查评估和复审暂行办法|true",
            "市场准入负面清单2020年版|市场准入负面清单2022年版|false",
            "建设工程抗震管理条例|建设工程抗震管理条例|false",
            "水污染防治法|大气污染防治法|false",
            "企业安全生产标准化建设定级办法|企业安全生产费用提取和使用管理办法|false",
    })
    void nearlySameTitles(String a, String b, boolean same) {
        assertThat(TitleKey.nearlySame(a, b)).isEqualTo(same);
        assertThat(TitleKey.nearlySame(b, a)).isEqualTo(same);
    }

    /** The extraction's key drops punctuation but keeps 的 and the 中华人民共和国 of laws, unlike {@link TitleKey#of}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "《财政部关于印发<水污染防治资金管理办法>的通知》|财政部关于印发水污染防治资金管理办法的通知",
            "企业所得税月（季）度预缴纳税申报表（A类）|企业所得税月季度预缴纳税申报表A类",
            "中华人民共和国 建筑法|中华人民共和国建筑法",
            "关于深化生态保护补偿制度改革的意见|关于深化生态保护补偿制度改革的意见",
    })
    void bareDropsSpacesBracketsAndPunctuation(String in, String expected) {
        assertThat(TitleKey.bare(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "《中华人民共和国建筑法》|建筑法",
            "关于印发《建设工程抗震管理条例》的通知|关于印发建设工程抗震管理条例的通知",
    })
    void plainDropsBookBracketsAndTheStateName(String in, String expected) {
        assertThat(TitleKey.plain(in)).isEqualTo(expected);
    }
}
