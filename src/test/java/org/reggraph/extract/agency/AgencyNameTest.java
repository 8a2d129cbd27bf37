package org.reggraph.extract.agency;

import org.reggraph.extract.ArticleDocuments;
import org.reggraph.extract.Relation;
import org.reggraph.extract.RelationType;
import org.reggraph.extract.relation.RelationExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agency names of RESPONSIBLE and DELEGATES are clean noun phrases: real sentences of the seeds and of the
 * administrative regulations that used to give junk names. An empty expected agency means "none of this type".
 */
class AgencyNameTest {

    private final RelationExtractor stage = new RelationExtractor();

    private List<String> targets(String sentence, RelationType type) {
        return stage.extract(List.of(ArticleDocuments.doc("测试管理条例", "国务院令第999号", sentence))).relations().stream()
                .filter(r -> r.type() == type).map(Relation::target).toList();
    }

    @ParameterizedTest(name = "{1} {2} ← {0}")
    @CsvSource(delimiter = '|', value = {
            // a verb phrase swallowed: the agency follows 报 — an approver named relative to the reporter is none
            "县级以上地方人民政府水行政主管部门应当会同本级人民政府有关部门，制定动用地下水储备预案并报本级人民政府批准。|RESPONSIBLE|县级以上地方人民政府水行政主管部门|储备预案",
            "县级以上地方人民政府水行政主管部门应当会同本级人民政府有关部门，制定动用地下水储备预案并报国务院批准。|RESPONSIBLE|国务院|储备预案",
            // a foreign government is no Chinese agency (企业所得税法实施条例 第九十一条)
            "(一)外国政府向中国政府提供贷款取得的利息所得；|RESPONSIBLE||",
            // 参考X办理…的成本: X the object of the clause's verb (法律援助条例 第二十四条), no subject with a duty (DutyFinder.NOT_SUBJECT)
            "法律援助办案补贴的标准由省、自治区、直辖市人民政府司法行政部门会同同级财政部门，根据当地经济发展水平，参考法律援助机构办理各类法律援助案件的平均成本等因素核定，并可以根据需要调整。|RESPONSIBLE||",
            // a subject noun phrase swallowed: 经X审核 (relative approvers: none)
            "地方土地等级评定结果经本级人民政府审核，报上一级人民政府自然资源主管部门批准后向社会公布。|RESPONSIBLE||",
            "地方土地等级评定结果经省、自治区、直辖市人民政府审核后向社会公布。|RESPONSIBLE|省、自治区、直辖市人民政府|评定结果",
            // 申请/提请 begin a clause: the agency after them acts (个人独资企业法, 人民陪审员法); 申请人 is a person
            "个人独资企业解散，由投资人自行清算或者由债权人申请人民法院指定清算人进行清算。|RESPONSIBLE|人民法院|申请",
            "确定人民陪审员人选，由基层人民法院院长提请同级人民代表大会常务委员会任命。|RESPONSIBLE|同级人民代表大会常务委员会|提请",
            // descriptions, not agencies
            "逾期不拆除的，由作出行政决定的机关依法申请人民法院强制执行。|RESPONSIBLE||",
            "作出处罚决定的机关可以申请人民法院强制执行。|RESPONSIBLE||",
            "对未经抗震性能鉴定的建设工程，由所有权人委托具有相应技术条件和技术能力的机构进行鉴定。|RESPONSIBLE||",
            "违反本条例规定，有下列行为之一的，由上级机关责令改正。|RESPONSIBLE|上级机关|",
            // a leading 经 is no part of the name; a competence is a role name
            "情节严重的，报经国务院批准，责令停业整顿。|RESPONSIBLE|国务院|经",
            "情节严重的，报经有批准权的人民政府批准，责令停业整顿。|RESPONSIBLE||",
            "有批准权的人民政府应当对征收土地的必要性、合理性进行审查。|RESPONSIBLE|有批准权的人民政府|",
            // 有关/相关 before a level only says which ones (地下水管理条例 第二十七条, 水污染防治法 第六十三条); a bare head keeps it
            "有关县级以上地方人民政府应当采取禁止开采、限制开采措施，逐步实现地下水采补平衡。|RESPONSIBLE|县级以上地方人民政府|有关",
            "有关地方人民政府应当在饮用水水源保护区的边界设立明确的地理界标和明显的警示标志。|RESPONSIBLE|地方人民政府|有关",
            "由有关自然资源主管部门负责审核。|RESPONSIBLE|有关自然资源主管部门|",
            // the lead agency in front of 牵头/会同/协助/组织 is the subject
            "工业和信息化部牵头会同财政部开展评估。|RESPONSIBLE|工业和信息化部|",
            "政策法规和科技装备司组织技术委员会对标准进行复审。|RESPONSIBLE|政策法规和科技装备司|",
            "国务院审改办负责组织国务院有关部门开展清理。|RESPONSIBLE|国务院审改办|",
            // fragments: 商/会同/配合 + 有关部门, a private subject with 对
            "矿山应当配合有关部门做好调查工作。|RESPONSIBLE||",
            "工业和信息化领域数据处理者应当对行业监管部门开展的数据安全检查予以配合。|RESPONSIBLE||",
            // a report to an agency written after another subject
            "证券类资产转让方案应当报国务院证券监督管理机构批准。|RESPONSIBLE|国务院证券监督管理机构|",
            // 设区的市 is a name
            "设区的市级以上地方生态环境主管部门应当组织开展检查。|RESPONSIBLE|设区的市级以上地方生态环境主管部门|",
            // an agency or its designee, a remit
            // X或者其授权的Y: X acts (the dev gold: 地下水管理条例 第四十九条), Y is a delegation
            "县级以上地方人民政府或者其授权的部门负责实施。|RESPONSIBLE|县级以上地方人民政府|授权",
            "县级以上地方人民政府或者其授权的部门负责实施。|DELEGATES|县级以上地方人民政府授权的部门|",
            // a list before a role name with two heads keeps its first member whole (防震减灾法 第二十三条)
            "国务院地震工作主管部门和县级以上地方人民政府负责管理地震工作的部门或者机构会同同级有关部门，制定应急预案。|RESPONSIBLE|国务院地震工作主管部门|和县级以上",
            // 报本级人民政府或者其授权的部门批准: a relative approver, however written
            "水资源综合规划应当报本级人民政府或者其授权的部门批准。|RESPONSIBLE||",
            // a relative clause in front of a typed agency is cut off
            "接到举报的住房和城乡建设主管部门或者其他有关监督管理部门应当进行调查。|RESPONSIBLE|住房和城乡建设主管部门|",
            // 按照X制定的…: the agency is cited, not charged
            "其他项目资金应按照生态环境部、财政部制定的入库指南办理。|RESPONSIBLE||",
            // delegations: 授权对X is the object of supervision; 会同/组织 fragments are no agency
            "国家自然资源督察机构根据授权对省、自治区、直辖市人民政府土地利用情况进行督察。|DELEGATES|国家自然资源督察机构|省、自治区、直辖市人民政府",
            "具体办法由国务院自然资源主管部门会同有关部门制定。|DELEGATES|国务院自然资源主管部门|",
            "国务院或者国务院授权的省、自治区、直辖市人民政府批准。|DELEGATES|国务院授权的省、自治区、直辖市人民政府|",
            // X是…的主管部门: X is the competent body, not the words after 是 (行政区域边界争议处理条例, 税收征收管理法)
            "民政部是国务院处理边界争议的主管部门。|RESPONSIBLE|民政部|是",
            "税务机关是发票的主管机关，负责发票印制、领购、开具、取得、保管、缴销的管理和监督。|RESPONSIBLE|税务机关|主管机关",
            // 是/属于/认为/被 in a span: an object or a predicate, no agency with a duty (宪法, 民事诉讼法, 拘留所条例)
            "全国地方各级人民政府都是国务院统一领导下的国家行政机关，都服从国务院。|RESPONSIBLE||",
            "属于人民法院受理民事诉讼的范围和受诉人民法院管辖。|RESPONSIBLE||",
            "违反治安管理行为在六个月内没有被公安机关发现的，不再处罚。|RESPONSIBLE||",
            // …but 被X的Y and 被X所在地Y describe Y (农产品质量安全法, 民用运力国防动员条例)
            "被约谈的地方人民政府应当立即采取整改措施。|RESPONSIBLE|地方人民政府|",
            // 街道办事处 is a government office (sub-district), a member of its list (生猪屠宰管理条例, 社会救助暂行办法)
            "乡镇人民政府、街道办事处应当加强生猪定点屠宰的宣传教育。|RESPONSIBLE|街道办事处|",
            "乡镇人民政府、街道办事处负责有关社会救助的申请受理、调查审核，具体工作由社会救助经办人员负责。|RESPONSIBLE|乡镇人民政府|",
            // interpretation of a regulation's application (a comma may stand before 由)
            "本条例具体应用中的问题由公安部负责解释。|DELEGATES|公安部|",
            // 政府 inside other words: a foreign NGO, government-set prices (境外非政府组织境内活动管理法, 价格法)
            "境外非政府组织在中国境内开展活动应当遵守中国法律。|RESPONSIBLE||",
            "经营者不执行政府指导价、政府定价的，责令改正，没收违法所得。|RESPONSIBLE||",
            "极少数商品和服务价格实行政府指导价或者政府定价。|RESPONSIBLE||",
            // designations: a company's or association's organ is no competent body (公司法, 工会法)
            "股东会是公司的权力机构，依照本法行使职权。|RESPONSIBLE||",
            "国有企业的工会委员会是职工代表大会的工作机构。|RESPONSIBLE||",
            "国务院民政部门和省、自治区、直辖市人民政府民政部门是基金会的登记管理机关。|RESPONSIBLE|省、自治区、直辖市人民政府民政部门|",
            // X（以下统称Y）负责: X is the subject, as with 以下简称 (植物新品种保护条例, 外汇管理条例)
            "国务院农业、林业行政部门(以下统称审批机关)按照职责分工共同负责植物新品种权申请的受理和审查。|RESPONSIBLE|国务院林业行政部门|审批机关",
            "国务院外汇管理部门及其分支机构(以下统称外汇管理机关)依法履行外汇管理职责。|RESPONSIBLE|国务院外汇管理部门|外汇管理机关",
            // what is handed on (转交/移交) or designated (指定) is no agency name (安全生产法, 濒危野生动植物进出口管理条例);
            // the receiver of 移交X处理 must deal with it (the development gold: 移交地方公安部门查处)
            "罚没的实物移交野生动植物主管部门依法处理。|RESPONSIBLE|野生动植物主管部门|实物",
            "各级人民政府应当建立健全本行政机关的政府信息公开工作制度，并指定机构负责本行政机关政府信息公开的日常工作。|RESPONSIBLE|各级人民政府|指定机构",
            // 但是X另有规定: 但是 is no part of the name (证券投资基金法)
            "基金财产不得买卖其他基金份额，但是国务院证券监督管理机构另有规定的除外。|DELEGATES|国务院证券监督管理机构|但是",
            // 同级/本级 before a function name is cut, in a list's members too (野生药材资源保护管理条例, 道路运输条例, 民办教育促进法,
            // 体育法); kept before the government itself (畜牧法) and where the rest names no function (预算法实施条例's 本级政府财政部门)
            "前款关于禁止采猎区、禁止采猎期和禁止使用的工具，由县以上医药管理部门会同同级野生动物、植物管理部门确定。|DELEGATES|植物管理部门|同级",
            "工本费的具体收费标准由省、自治区、直辖市人民政府财政部门、价格主管部门会同同级交通运输主管部门核定。|DELEGATES|交通运输主管部门|同级",
            "违反国家有关规定擅自举办民办学校的，由所在地县级以上地方人民政府教育行政部门或者人力资源社会保障行政部门会同同级公安、民政或者市场监督管理等有关部门责令停止办学、退还所收费用。|RESPONSIBLE|市场监督管理部门|同级",
            "因特殊需要临时占用公共体育场地设施超过十日的，应当经本级人民政府体育行政部门同意。|RESPONSIBLE|人民政府体育行政部门|本级",
            "县级以上人民政府农牧主管部门编制畜牧业发展规划，报本级人民政府或者其授权的部门批准实施。|DELEGATES|本级人民政府授权的部门|",
            "各部门应当按照本级政府财政部门规定的期限和要求，向本级政府财政部门报送本部门及其所属各单位的预算收支情况等报表和文字说明材料。|DELEGATES|本级政府财政部门|",
            // named bodies closed by 等相关单位, the last a short name of the table (国办发〔2021〕26号); parties so closed are none
            "科技部要发挥主责作用，牵头做好科技成果评价改革的组织实施、统筹指导与监督评估，教育部、中科院、工程院、中国科协等相关单位要积极主动协调配合。|RESPONSIBLE|中国科协|单位",
            "科技部要发挥主责作用，牵头做好科技成果评价改革的组织实施、统筹指导与监督评估，教育部、中科院、工程院、中国科协等相关单位要积极主动协调配合。|RESPONSIBLE|教育部|单位",
            "博物馆、纪念馆、文物保管所、考古遗址公园等有关单位应当结合参观游览内容有针对性地开展文物保护宣传教育活动。|RESPONSIBLE||",
            // the state's name before an organ is cut: one 公安部, one 邮电部 in the graph (户口登记条例 第二十二条, 金银管理条例 第二十四条)
            "户口簿、册、表格、证件，由中华人民共和国公安部统一制定式样，由省、自治区、直辖市公安机关统筹印制。|DELEGATES|公安部|中华人民共和国",
            "国家允许个人邮寄金银饰品，具体管理办法由中国人民银行会同中华人民共和国邮电部制定。|DELEGATES|邮电部|中华人民共和国",
            // before a role name too (专属经济区和大陆架法 第五条: the samples cut it themselves); never before its government
            "任何国际组织、外国的组织或者个人进入中华人民共和国的专属经济区从事渔业活动，必须经中华人民共和国主管机关批准。|RESPONSIBLE|主管机关|",
    })
    void cleanAgency(String sentence, RelationType type, String agency, String absent) {
        List<String> got = targets(sentence, type);
        if (absent != null) {
            assertTrue(got.stream().noneMatch(t -> t.contains(absent)), () -> "unexpected " + type + " " + absent + " in " + got);
        }
        if (agency == null) {
            assertTrue(got.isEmpty(), () -> "unexpected " + type + " " + got);
        } else {
            assertTrue(got.contains(agency), () -> "missing " + type + " " + agency + " in " + got);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "制定动用地下水储备预案并报本级人民政府|本级人民政府",
            "除国务院财政、税务主管部门|国务院财政、税务主管部门",     // 除X另有规定外 (企业所得税法实施条例)
            "如果全国人民代表大会常务委员会|全国人民代表大会常务委员会", // 宪法 第六十一条
            "原批准机关|原批准机关",                                   // 水法 第十八条: the approving organ
            "批准设立机关|批准设立机关",                               // 宗教事务条例 第六十五条
            "社会保险经办机构|社会保险经办机构",
            "至政策法规和科技装备司|政策法规和科技装备司",
            "的部门|",
            "部门组织|",
            "部门负责组织|",
            "商有关部门|",
            "会同相关部门|",
            "地方土地等级评定结果经本级人民政府|本级人民政府",
            "所有权人委托具有相应技术条件和技术能力的机构|",
            "上级机关|上级机关",
            "其上级机关|上级机关",
            "有关机关|",
            "同级机关|",
            "有关国家机关|",
            "作出行政决定的机关|作出行政决定的机关",
            "原批准、发证的部门|原批准、发证的部门",
            "提供资料的机关|",
            "颁发资质证书的机关|颁发资质证书的机关",
            "颁发资质证书的单位|",
            "经有批准权的人民政府|有批准权的人民政府",
            "有管辖权的水行政主管部门|水行政主管部门", // 有管辖权的 cut, as the samples name it
            "国务院水行政主管部门|国务院水行政主管部门",
            "县级以上地方人民政府自然资源主管部门|县级以上地方人民政府自然资源主管部门",
            "省、自治区、直辖市人民政府|省、自治区、直辖市人民政府",
            "（工业和信息化部、财政部|工业和信息化部、财政部",
            "区县）地方生态环境部门|地方生态环境部门",
            "沿黄河省、区按职责分工负责）七、保障措施（一）加强组织领导国家各有关部门|",
            "1994年1月12日国务院|国务院",
            "是指各级市场监管部门|各级市场监管部门",
            "调整应报经省级人民政府|省级人民政府",
            "以局综合司名义发布或者报请国家标准委和应急管理部|国家标准委和应急管理部",
            "统筹推动盘活存量资产工作各地发展改革部门|各地发展改革部门",
            "规范临时用地审批县（市）自然资源主管部门|县（市）自然资源主管部门",
            "重点专项任务部署|",
            "统筹优化队伍规模、结构、布局|",
            "加快构建党委领导、政府|",
            "或者委|",
            "人民政府|",
            "负责事故调查的矿山安全监察机构|矿山安全监察机构",
            "国务院或者国务院授权的部门|国务院或者国务院授权的部门",
            "本级人民政府或者其指定的部门|本级人民政府或者其指定的部门",
            "上级人民政府负责地方志工作的机构|上级人民政府负责地方志工作的机构",
            "国务院和地方各级人民政府的有关部门|国务院和地方各级人民政府的有关部门",
            "国务院、中央军事委员会的有关部门|国务院、中央军事委员会的有关部门",
            "国务院和省、自治区、直辖市人民政府的药品监督管理部门|国务院和省、自治区、直辖市人民政府的药品监督管理部门",
            "县级人民政府和设区的市、自治州人民政府的民政部门|县级人民政府和设区的市、自治州人民政府的民政部门",
            "省、自治区、直辖市和设区的市、自治州的人民政府|省、自治区、直辖市和设区的市、自治州人民政府", // the levels' 的 dropped, as after 或者
            "审批机关和工商行政管理机关|审批机关和工商行政管理机关",
            "国家发展和改革委员会|国家发展和改革委员会",
            "中共中央组织部|中共中央组织部",
            "国务院应急管理部门|国务院应急管理部门",
            "对外经济贸易部门|对外经济贸易部门",
            "相关行业组织|相关行业组织",
            "国家矿山安全监察局省级局|国家矿山安全监察局省级局",
            "县级以上地方人民政府负责药品监督管理的部门|县级以上地方人民政府负责药品监督管理的部门",
            "负责该管制区飞行管制的部门|负责该管制区飞行管制的部门",
            "接到举报的部门|",
            "事机动车维修经营业务不符合国务院交通主管部门|",
            "受国家机关|",
    })
    void cleanName(String raw, String expected) {
        assertEquals(expected, AgencyNames.clean(raw));
    }
}
