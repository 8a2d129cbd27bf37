package org.reggraph.extract.agency;

import org.reggraph.extract.ExtractedAgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyRecognizerTest {

    @Test
    void agenciesAreNormalised() {
        assertEquals("国家发展和改革委员会", AgencyRecognizer.canonical("国家发展改革委"));
        ExtractedAgency mee = AgencyRecognizer.describe("生态环境部", List.of());
        assertEquals("国务院", mee.parent());
        assertEquals("国家", mee.level());
        ExtractedAgency role = AgencyRecognizer.describe("县级以上地方人民政府自然资源主管部门", List.of());
        assertTrue(role.generic());
        assertEquals("县级", role.level());
        assertEquals(List.of("生态环境部", "财政部"), AgencyRecognizer.split("生态环境部、财政部"));
        assertEquals(List.of("国务院交通运输、水利等有关部门"), AgencyRecognizer.split("国务院交通运输、水利等有关部门"));
        assertEquals(List.of("国家发展和改革委员会", "财政部"), AgencyRecognizer.known("国家发展改革委、财政部负责"));
    }

    /**
     * PART_OF: the State Council's ministries, commissions and bureaus, and no other national body (names of the corpus): the
     * legislature's organs are the NPC's, the army's, the party's, the courts' and the bodies' own committees and branches none.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            公安部|国务院
            国家发展和改革委员会|国务院
            海关总署|国务院
            退役军人事务部|国务院
            对外贸易经济合作部|国务院
            国防科学技术工业委员会|国务院
            全国人民代表大会常务委员会|全国人民代表大会
            全国人民代表大会财政经济委员会|全国人民代表大会
            全国人民代表大会常务委员会法制工作委员会|全国人民代表大会常务委员会
            上海市人民代表大会常务委员会|
            国家监察委员会|
            中国人民解放军总参谋部|
            军区政治部|
            中共中央宣传部|
            审判委员会|
            劳动争议仲裁委员会|
            人民调解委员会|
            国家外汇管理局分支局|
            防汛指挥部|
            全国草品种审定委员会|
            长江水利委员会|
            """)
    void partOf(String name, String parent) {
        assertEquals(parent, AgencyRecognizer.describe(name, List.of()).parent());
    }

    /** The level of a body named with its province, or placed before its level (有关, 所在地, 长江流域); a ministry's is the state's. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            上海市人民代表大会常务委员会|省级
            广东省公安厅|省级
            两省一市人民政府水行政主管部门|省级
            所在地省、自治区、直辖市人民政府环境保护主管部门|省级
            长江流域县级以上地方人民政府水行政主管部门|县级
            有关市、县人民政府|市级
            有关地方人民政府|
            公安部|国家
            国务院生态环境主管部门|国家
            """)
    void level(String name, String level) {
        assertEquals(level, AgencyRecognizer.describe(name, List.of()).level());
    }

    /** Short names of the seeds and corpus resolve from lexicon/agency-aliases.tsv, and only as whole names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            本办法由财政部、应急部负责解释（seed 004）|财政部;应急管理部
            财政部、国家林草局（国家公园局）关于推进国家公园建设若干财政政策的意见（seed 004）|财政部;国家林业和草原局;国家公园管理局
            国家发展改革委、市场监管总局按职责分工负责（seed 003）|国家发展和改革委员会;国家市场监督管理总局
            做好应急部署和商务部门的协调|
            国办发〔2021〕7号（document number, not an agency）|
            中华人民共和国办理出入境手续|
            """)
    void shortNamesResolveWithABoundary(String text, String names) {
        List<String> expected = names == null ? List.of() : List.of(names.split(";"));
        assertEquals(expected, AgencyRecognizer.known(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            应急部|应急管理部
            国家林草局|国家林业和草原局
            中央军委|中央军事委员会
            国家矿山安监局|国家矿山安全监察局
            应急管理部|应急管理部
            """)
    void canonicalNames(String shortName, String full) {
        assertEquals(full, AgencyRecognizer.canonical(shortName));
    }

    /**
     * Level and role-name flag of names the duty stage records (社会救助暂行办法, 消防法); a function's body named without a level
     * (会同同级财政部门 → 财政部门) is a role name of any level, not the state's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            街道办事处|乡级|true
            城市街道办事处|乡级|true
            乡镇人民政府|乡级|true
            生态环境部|国家|false
            民族乡人民政府|乡级|true
            自治县人民政府兵役机关|县级|true
            市辖区人民政府兵役机关|县级|true
            不设区的市人民政府兵役机关|县级|true
            自治州人民政府|市级|true
            自治区人民政府|省级|true
            直辖市人民政府|省级|true
            财政部门||true
            卫生行政部门||true
            公安机关||true
            证券监督管理机构||true
            国务院证券监督管理机构|国家|true
            国家财政部门|国家|false
            财政部|国家|false
            海关|国家|false
            香港特别行政区立法会|省级|false
            立法会|省级|false
            澳门特别行政区终审法院|省级|false
            香港特别行政区基本法委员会|国家|false
            """)
    void levelAndGeneric(String name, String level, boolean generic) {
        ExtractedAgency a = AgencyRecognizer.describe(name, List.of());
        assertEquals(level, a.level());
        assertEquals(generic, a.generic());
    }
}
