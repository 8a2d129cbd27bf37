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

    /** Level and role-name flag of names the duty stage records (社会救助暂行办法, 消防法). */
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
            """)
    void levelAndGeneric(String name, String level, boolean generic) {
        ExtractedAgency a = AgencyRecognizer.describe(name, List.of());
        assertEquals(level, a.level());
        assertEquals(generic, a.generic());
    }
}
