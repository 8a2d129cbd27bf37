package org.reggraph.extract.agency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** X是…的主管部门: the designated competent body, on real sentences of the corpus; empty = no designation. */
class DesignationsTest {

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "国家安全机关是反间谍工作的主管机关。|国家安全机关",                                   // 反间谍法
            "国务院水利行政主管部门是全国河道的主管机关。|国务院水利行政主管部门",                   // 河道管理条例
            "民政部是国务院处理边界争议的主管部门。|民政部",                                       // 行政区域边界争议处理条例
            "税务机关是发票的主管机关，负责发票印制、领购、开具、取得、保管、缴销的管理和监督。|税务机关", // 税收征收管理法
            "国务院民政部门和省、自治区、直辖市人民政府民政部门是基金会的登记管理机关。|国务院民政部门;省、自治区、直辖市人民政府民政部门", // 基金会管理条例
            // organs of companies and associations are no designated authority
            "股东会是公司的权力机构，依照本法行使职权。|",
            "国有企业的工会委员会是职工代表大会的工作机构。|",
            "矿山企业的地质测量机构是本企业矿产资源开发利用与保护工作的监督管理机构。|",
            // 是 in another role
            "国务院证券监督管理机构是指国务院授权的部门。|",
    })
    void designatedBody(String sentence, String expected) {
        List<DutyFinder.Duty> out = new ArrayList<>();
        Designations.find(sentence, 0, out);
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, out.stream().map(DutyFinder.Duty::agency).toList());
    }
}
