package org.reggraph.extract.agency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Short names a document defines for an agency, from real sentences of the corpus and the seeds. */
class DefinedNamesTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            seed 004 自然资源标准立项审查、评估和复审暂行办法 第七条 after an article heading|第七条 自然资源标准化工作管理委员会（以下简称管理委员会）主要职责是：|管理委员会|自然资源标准化工作管理委员会
            seed 004 … 第八条 a lead word cut|第八条 自然资源部科技主管司局（以下简称主管司局）主要职责是：|主管司局|自然资源部科技主管司局
            证券、期货投资咨询管理暂行办法 ASCII brackets|(五)中国证券监督管理委员会(以下简称中国证监会)认定的其他形式。|中国证监会|中国证券监督管理委员会
            高等教育自学考试暂行条例(2014-07-29) 第六条 a quoted short name|第六条 全国高等教育自学考试指导委员会(以下简称“全国考委”)在国家教育委员会领导下，负责全国高等教育自学考试工作。|全国考委|全国高等教育自学考试指导委员会
            民用航空器适航管理条例(1987-05-03) 第四条 the 由 before the defined body is cut|民用航空器的适航管理由中国民用航空局(以下简称民航局)负责。|民航局|中国民用航空局
            水法 negative: a body named by its function keeps its name (设立的 is no part of it)|国家对水资源实行流域管理与行政区域管理相结合的管理体制。国务院水行政主管部门在国家确定的重要江河、湖泊设立的流域管理机构（以下简称流域管理机构），在所管辖的范围内行使法律、行政法规规定的和国务院水行政主管部门授予的水资源管理和监督职责。|流域管理机构|-
            药品管理法(2019-08-26) 第八条 negative: a function's name stands for every body with it|设区的市级、县级人民政府承担药品监督管理职责的部门（以下称药品监督管理部门）负责本行政区域内的药品监督管理工作。|药品监督管理部门|-
            negative: a list defined under one name|各省级应急管理部门和国家矿山安全监察局各省级局（以下统称省级标准化定级管理部门）负责本地区工作。|省级标准化定级管理部门|-
            seed 004 … 第八条 (its lines, joined) the body after 等有关, not the fields grouped before it|负责对自然资源与国土空间规划、海洋、地理信息、珠宝玉石等有关全国标准化技术委员会（以下简称标委会）报送的标准立项计划建议、标准计划项目延期评估建议、复审结论建议进行审核和确认；|标委会|全国标准化技术委员会
            seed 004 … 第十条 (its lines, joined) the body after 及下设|第十条 标委会及下设专业标准化分技术委员会（以下简称分技委）分别承担本专业领域内标准立项、延期评估和复审工作，|分技委|专业标准化分技术委员会
            高等教育自学考试暂行条例(2014-07-29) 第八条 the 等 of 高等 groups nothing|第八条 省、自治区、直辖市高等教育自学考试委员会(以下简称“省考委”)在省、自治区、直辖市人民政府领导和全国考委指导下进行工作。|省考委|省、自治区、直辖市高等教育自学考试委员会
            武器装备质量管理条例(2010-09-30) 第七条 negative: a list defines no one body|第七条 国务院国防科技工业主管部门、国务院有关部门和中国人民解放军总装备部(以下简称总装备部)，在各自的职责范围内负责武器装备质量的监督管理工作。|总装备部|-
            上海市人民代表大会专门委员会工作条例(2020-09-25) 第一条 a purpose's object after 为了进一步加强和完善|第一条 为了进一步加强和完善市人民代表大会专门委员会（以下简称专门委员会）工作，保障专门委员会依法履行职责，制定本条例。|专门委员会|市人民代表大会专门委员会
            negative: a party is no agency|从事生产经营活动的单位（以下简称生产经营单位）应当遵守本办法。|生产经营单位|-
            """)
    void resolvesAShortNameToTheAgencyDefinedBeforeIt(String source, String text, String shortName, String full) {
        assertEquals(full, DefinedNames.in(text).get(shortName), source);
    }

    /** seed 004 自然资源标准立项审查、评估和复审暂行办法 第十四条: 标委会和分技委加强指导 — a list of two defined short names. */
    @org.junit.jupiter.api.Test
    void resolvesEachMemberOfAListOfShortNames() {
        java.util.Map<String, String> defined = java.util.Map.of("标委会", "全国标准化技术委员会", "分技委", "专业标准化分技术委员会");
        assertEquals(new DefinedNames.Resolved(java.util.List.of("全国标准化技术委员会", "专业标准化分技术委员会"),
                "全国标准化技术委员会和专业标准化分技术委员会"), DefinedNames.resolve("标委会和分技委", defined));
        assertEquals(new DefinedNames.Resolved(java.util.List.of("相关标委会或分技委"), null),
                DefinedNames.resolve("相关标委会或分技委", defined), "a member that is no short name: as written");
    }
}
