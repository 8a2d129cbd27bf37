package org.reggraph.extract.agency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Members of lists joined by 以及: each half with a level of its own is split; a half without one shares the first's. */
class AgencyListsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "乡、民族乡、镇的人民政府以及街道办事处|乡人民政府;民族乡人民政府;镇人民政府;街道办事处",            // 征兵工作条例(2023) 第十一条
            "县级以上人民政府统计机构和有关部门以及乡、镇人民政府|县级以上人民政府统计机构;县级以上人民政府有关部门;乡人民政府;镇人民政府", // 统计法(2024) 第二十三条
            "国务院财政部门、住房城乡建设部门等有关部门以及有关机关事务管理部门|国务院财政部门;国务院住房城乡建设部门;国务院有关机关事务管理部门", // 机关团体建设楼堂馆所管理条例 第二十九条
            "国务院财政部门、住房城乡建设部门等有关部门以及市场监督管理部门|国务院财政部门;国务院住房城乡建设部门;国务院市场监督管理部门", // the 市 of 市场 is no level
    })
    void membersOfListsJoinedByAnd(String name, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), AgencyLists.members(AgencyNames.clean(name)));
    }

    /** A level written as 省、自治区、直辖市 without 人民政府 reaches every member; a remit after 等有关 is no part of the head. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "各省、自治区、直辖市农业主管部门、林业主管部门|省、自治区、直辖市农业主管部门;省、自治区、直辖市林业主管部门", // 植物检疫条例 第二条
            "省、自治区、直辖市药品监督管理、卫生行政部门|省、自治区、直辖市药品监督管理部门;省、自治区、直辖市卫生行政部门", // 放射性药品管理办法 第二十三条
            "省、自治区、直辖市环境保护、海洋、渔业等有关自然保护区行政主管部门|省、自治区、直辖市环境保护行政主管部门;省、自治区、直辖市海洋行政主管部门;省、自治区、直辖市渔业行政主管部门", // 自然保护区条例 第三十一条
            "住房城乡建设、交通运输、水利等相关行业工程建设主管部门|住房城乡建设主管部门;交通运输主管部门;水利主管部门", // 保障农民工工资支付条例 第七条
            "上级人民政府卫生等有关部门或者监察机关|上级人民政府卫生部门;监察机关", // 医疗纠纷预防和处理条例 第五十二条: 部门或者监察 is no remit
            "直辖市、设区的市或者县级人民政府司法行政部门|直辖市人民政府司法行政部门;设区的市级人民政府司法行政部门;县级人民政府司法行政部门", // 法律援助条例 第五条: 直辖市 was a member alone
            "直辖市、市、县人民政府|直辖市人民政府;市人民政府;县人民政府", // 地名管理条例 第十二条
    })
    void levelAndHeadReachEveryMember(String name, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), AgencyLists.members(AgencyNames.clean(name)));
    }

    /** Levels whose government is written 政府 (预算法) keep it and its department in every member; 及政府X is the 人民政府's. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "设区的市、自治州政府财政部门|设区的市政府财政部门;自治州政府财政部门", // 预算法(2018) 第四十四条
            "县、自治县、不设区的市、市辖区政府财政部门|县政府财政部门;自治县政府财政部门;不设区的市政府财政部门;市辖区政府财政部门", // 预算法(2018) 第六十九条
            "县、自治县、不设区的市、市辖区政府|县政府;自治县政府;不设区的市政府;市辖区政府", // 预算法(2018) 第四十四条
            "县(市、区)、市(地、州)和省、自治区、直辖市人民政府及政府有关部门|县(市、区)人民政府;县(市、区)人民政府有关部门;市(地、州)人民政府;市(地、州)人民政府有关部门;省、自治区、直辖市人民政府;省、自治区、直辖市人民政府有关部门", // 国务院关于特大安全事故行政责任追究的规定 第十六条
    })
    void governmentsWithoutRenmin(String name, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), AgencyLists.members(AgencyNames.clean(name)));
    }

    /**
     * Local level lists (the forty-fifth session's local texts): a level written once before a government's fields reaches
     * each field (徐州 rules: 市价格、财政部门审核; 北京市新技术产业开发试验区暂行条例 第十六条: 市财政、税务部门), and 市场, 市容 and
     * 县以上 are no level there; a field's name with 和 (住房和城乡建设) or another name in brackets is one field, not a list
     * (not 市行政主管部门); the levels counted (两级) before their body; a city's government with the prefecture's office of
     * its rank in brackets gives both bodies.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "市、县住房和城乡建设行政主管部门|市住房和城乡建设行政主管部门;县住房和城乡建设行政主管部门",
            "市、区县住房和城乡建设管理(市容环境)行政主管部门|市住房和城乡建设管理(市容环境)行政主管部门;区县住房和城乡建设管理(市容环境)行政主管部门", // 铜川市城市生活垃圾处理费收缴办法 第十八条
            "省、市人力资源和社会保障部门|省人力资源和社会保障部门;市人力资源和社会保障部门",
            "市价格、财政部门|市价格部门;市财政部门",
            "省物价、财政部门|省物价部门;省财政部门",
            "市财政、税务部门|市财政部门;市税务部门",
            "市容环境卫生、园林部门|市容环境卫生部门;园林部门",
            "市场监督管理、税务部门|市场监督管理部门;税务部门",
            "县以上药品监督管理、卫生行政部门|县以上药品监督管理部门;县以上卫生行政部门", // 放射性药品管理办法 第二十七条 (sample 39)
            "市规划和国土资源部门|市规划和国土资源部门",
            "区、县规划和国土资源部门|区规划和国土资源部门;县规划和国土资源部门",
            "市、有关区、市价格主管部门|市价格主管部门;区价格主管部门", // 有关 inside the level list, cut as at its start
            "省、设区的市、县(市)人民政府建设(市政公用)行政主管部门|省人民政府建设(市政公用)行政主管部门;设区的市人民政府建设(市政公用)行政主管部门;县(市)人民政府建设(市政公用)行政主管部门",
            "地(市)、县(市、区)矿产资源行政管理部门|地(市)矿产资源行政管理部门;县(市、区)矿产资源行政管理部门", // 地 with one unit in brackets
            "地(市)、县(市)公安局|地(市)公安局;县(市)公安局", // 计算机信息网络国际联网安全保护管理办法 第十五条 (sample 36)
            "市和区、县两级价格主管部门|市价格主管部门;区价格主管部门;县价格主管部门", // the levels counted (两级) before their body
            "设区的市、县两级人民政府|设区的市人民政府;县人民政府", // 信访条例 第十三条
            "省、市(州)人民政府经济和信息化行政主管部门|省人民政府经济和信息化行政主管部门;市(州)人民政府经济和信息化行政主管部门",
            "所在区、县价格主管部门|区价格主管部门;县价格主管部门", // 所在 the place, cut as 所在地的 is
            "市、县人民政府住房和城乡建设主管部门|市人民政府住房和城乡建设主管部门;县人民政府住房和城乡建设主管部门", // 地名管理条例 第十二条 (sample 216)
            "市人民政府(地区行政公署)价格主管部门|市人民政府价格主管部门;地区行政公署价格主管部门",
            "地、州、市经贸部门|地经贸部门;州经贸部门;市经贸部门", // the prefectures of Yunnan and Guizhou; 经 of a field's name
            "县、市经济和信息化部门|县经济和信息化部门;市经济和信息化部门",
            "市或县、区民政部门|市民政部门;县民政部门;区民政部门", // 或 joining levels
            "市、县、区地名委员会|市地名委员会;县地名委员会;区地名委员会", // a committee each level has
            "市、县区、乡镇人民政府、街道办事处|市人民政府;县区人民政府;乡镇人民政府;街道办事处", // 县区 one unit, as 区县
            "市及区(市)县人民政府|市人民政府;区(市)县人民政府", // Dalian's 区(市)县, joined by 及
            "地、市、州、县水行政主管部门|地水行政主管部门;市水行政主管部门;州水行政主管部门;县水行政主管部门",
            "县(市)、区价格、财政部门|县(市)价格部门;区价格部门;县(市)财政部门;区财政部门", // levels before fields, a bracket in one
            // 哈尔滨市城市环境综合管理办法 第八条: levels before fields, the first field with its other name in brackets
            "市、区市政公用(环境卫生)、交通、规划等行政主管部门|市市政公用(环境卫生)行政主管部门;区市政公用(环境卫生)行政主管部门;市交通行政主管部门;区交通行政主管部门;市规划行政主管部门;区规划行政主管部门",
            "省和市、县、自治县人民政府|省人民政府;市人民政府;县人民政府;自治县人民政府", // 海南省生态保护红线管理规定 第四条
            "省和设区的市环境保护部门|省环境保护部门;设区的市环境保护部门", // 山东省水污染防治条例 第二十四条
            "市、县(区)社保经办机构|市社保经办机构;县(区)社保经办机构", // 庆阳市城镇职工生育保险办法 第四条: 经 of 经办
            "市、旗县级人民政府|市级人民政府;旗县级人民政府",
            // 海南省规范性文件制定与备案登记规定 第六条: each level's government with its own units
            "市、县、自治县人民政府及其工作部门、派出机构|市人民政府;市人民政府工作部门;市人民政府派出机构;县人民政府;县人民政府工作部门;县人民政府派出机构;自治县人民政府;自治县人民政府工作部门;自治县人民政府派出机构",
            "省人民政府及其工作部门、派出机构|省人民政府;省人民政府工作部门;省人民政府派出机构",
            // 武汉市城市管理相对集中行政处罚权试行办法 第三条: named zones, then the body each has (not 武汉经济技术开发区机构)
            "武汉经济技术开发区、武汉东湖新技术开发区和武汉东湖风景名胜区城市管理执法机构|武汉经济技术开发区城市管理执法机构;武汉东湖新技术开发区城市管理执法机构;武汉东湖风景名胜区城市管理执法机构",
            "区、县级市照明建设管理机构|区照明建设管理机构;县级市照明建设管理机构", // 某市城市照明管理办法 第三十三条: 县级市 one unit
            // 哈尔滨市有线电视条例 第五条: the last level with its bracket, then the fields (a held-out round caught 市(市)建设…)
            "市、县(市)建设、规划、公安等行政管理部门|市建设行政管理部门;县(市)建设行政管理部门;市规划行政管理部门;县(市)规划行政管理部门;市公安行政管理部门;县(市)公安行政管理部门", // 通辽市蒙药保护发展条例 第五条: Inner Mongolia's 旗县, its 级 shared as in 市、县级
            // 公安机关适用继续盘问规定 第十七条: 旗 last before the body, and a named body after 或者
            "县、市、旗公安局或者城市公安分局|县公安局;市公安局;旗公安局;城市公安分局",
            // 宁波市市政设施管理条例 第四条, 第七条: Ningbo's 县(市)区, one unit (not 市区… and 县(市)区…)
            "市和县（市）区市政设施管理机构|市市政设施管理机构;县（市）区市政设施管理机构",
            "市、县（市）区人民政府|市人民政府;县（市）区人民政府",
            // 广东省粤菜发展促进条例 第八条: a government, then its departments by their fields before one head
            "县级以上人民政府及其商务、市场监督管理等部门|县级以上人民政府;县级以上人民政府商务部门;县级以上人民政府市场监督管理部门",
            "县级以上人民政府及其文化和旅游、商务等部门|县级以上人民政府;县级以上人民政府文化和旅游部门;县级以上人民政府商务部门",
            // 病原微生物实验室生物安全管理条例 第五十四条: departments named with their own heads are no bare fields
            "上级人民政府及其卫生主管部门、兽医主管部门、环境保护主管部门|上级人民政府;上级人民政府卫生主管部门;上级人民政府兽医主管部门;上级人民政府环境保护主管部门",
            // 广东省人口与计划生育条例 第二十条: 街道 a level beside 乡镇 before a body both have (not 乡镇机构)
            "乡镇、街道卫生健康工作机构|乡镇卫生健康工作机构;街道卫生健康工作机构",
            // 校车安全管理条例 第八条, 临沂市饮用水水源地保护条例 第三十五条: each field's department a level list of its own
            "县级和设区的市级人民政府教育、公安、交通运输、安全生产监督管理部门|县级人民政府教育部门;设区的市级人民政府教育部门;县级人民政府公安部门;设区的市级人民政府公安部门;县级人民政府交通运输部门;设区的市级人民政府交通运输部门;县级人民政府安全生产监督管理部门;设区的市级人民政府安全生产监督管理部门",
            "市、县（区）人民政府生态环境、水行政主管部门|市人民政府生态环境主管部门;县（区）人民政府生态环境主管部门;市人民政府水行政主管部门;县（区）人民政府水行政主管部门",
            // 北京市烟花爆竹安全管理规定 第十七条: a field ending in 管理 takes the shared head without its 行政管理 (no 管理 twice)
            "安全生产监督管理、工商行政管理、公安、交通行政管理部门|安全生产监督管理部门;工商行政管理部门;公安行政管理部门;交通行政管理部门",
            // 杭州市钱塘江综合保护与发展条例 第十二条: 规划和自然资源 one field (Zhejiang's 规划和自然资源局), as 规划和国土资源
            "市规划和自然资源、农业农村、林业、水利等部门|市规划和自然资源部门;市农业农村部门;市林业部门;市水利部门",
            // 公安机关适用继续盘问规定 第四十三条: a field's 厅 and 局 written once, then another body
            "省、自治区、直辖市公安厅、局和新疆生产建设兵团公安局|省、自治区、直辖市公安厅;省、自治区、直辖市公安局;新疆生产建设兵团公安局",
            // 平顶山市城市市容和环境卫生管理条例 第五条: 市容和环境卫生 one field (城市市容和环境卫生行政主管部门)
            "市、县（市、区）城市市容和环境卫生行政主管部门|市城市市容和环境卫生行政主管部门;县（市、区）城市市容和环境卫生行政主管部门",
            // 平顶山市城市市容和环境卫生管理条例 第二条: a named district beside the levels (石龙区), not 设区的市
            "市、县（市）、石龙区人民政府|市人民政府;县（市）人民政府;石龙区人民政府",
            "市、县（市）、石龙区城市市容和环境卫生行政主管部门|市城市市容和环境卫生行政主管部门;县（市）城市市容和环境卫生行政主管部门;石龙区城市市容和环境卫生行政主管部门",
            "市或者区档案行政管理部门|市档案行政管理部门;区档案行政管理部门",
            "财政、统计、物价等市级相关行政部门|市级财政行政部门;市级统计行政部门;市级物价行政部门",
            "国家林草局（国家公园局）等有关部门|国家林草局（国家公园局）",
            "国家或者省文物行政管理部门|国家文物行政管理部门;省文物行政管理部门",
            "偃师市财政、审计等部门|偃师市财政部门;偃师市审计部门",
            "江苏省物价、财政部门|江苏省物价部门;江苏省财政部门",
            "城市管理、园林等部门|城市管理部门;园林部门",
            "上级部门和市财政、审计等部门|上级部门;市财政部门;市审计部门",
            "地级以上市、县级人民政府价格主管部门|地级以上市人民政府价格主管部门;县级人民政府价格主管部门",
            "省和地级以上市人民政府及其有关部门|省人民政府;省人民政府有关部门;地级以上市人民政府;地级以上市人民政府有关部门",
            "市和区人民政府及其有关部门|市人民政府;市人民政府有关部门;区人民政府;区人民政府有关部门",
            "市和区县（自治县）对外经贸、发展改革、经济等行政主管部门|市对外经贸行政主管部门;区县（自治县）对外经贸行政主管部门;市发展改革行政主管部门;区县（自治县）发展改革行政主管部门;市经济行政主管部门;区县（自治县）经济行政主管部门",
            "市、区县（自治县）发展改革、财政部门|市发展改革部门;区县（自治县）发展改革部门;市财政部门;区县（自治县）财政部门",
            "市、区县（自治县）人民政府发展改革、公安等主管部门|市人民政府发展改革主管部门;区县（自治县）人民政府发展改革主管部门;市人民政府公安主管部门;区县（自治县）人民政府公安主管部门",
            "市、区商务等部门|市商务部门;区商务部门",
            "市商务、市场监管部门|市商务部门;市市场监管部门",
            "城乡一体化示范区、高新技术产业开发区、官庄工区和卧龙综合保税区等管委会|城乡一体化示范区管委会;高新技术产业开发区管委会;官庄工区管委会;卧龙综合保税区管委会",
            "省军区（卫戍区、警备区）、军分区（警备区）和县人民武装部|省军区（卫戍区、警备区）、军分区（警备区）和县人民武装部",
    })
    void localLevelLists(String name, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), AgencyLists.members(AgencyNames.clean(name)));
    }

    /** Scopes before 地方 share the local body's name (国办发〔2021〕26号: 行业、地方科技管理部门负责本行业本地区成果评价…). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "行业、地方科技管理部门|行业科技管理部门;地方科技管理部门",
    })
    void scopesBeforeTheLocalBody(String name, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), AgencyLists.members(AgencyNames.clean(name)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"县级以上人民政府农业、林业行政部门以及其他有关部门"})
    void othersAfterAndAreOneList(String name) {
        List<String> members = AgencyLists.members(AgencyNames.clean(name));
        assertEquals(List.of("县级以上人民政府农业行政部门", "县级以上人民政府林业行政部门", "县级以上人民政府其他有关部门"), members);
    }
}
