package org.reggraph.extract.relation;

import org.reggraph.extract.ArticleDocuments;
import org.reggraph.extract.Relation;
import org.reggraph.extract.RelationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every delegation and duty form of issue 12 (forms.md, mined from the corpus), on real sentences of the corpus or the
 * seeds (file in the case name): the exact set of targets of the type (members of lists written out, separated by
 * ';'), and for DELEGATES the kind. An empty target set is a negative case.
 */
class DutyFormsTest {

    private final RelationExtractor stage = new RelationExtractor();

    @ParameterizedTest(name = "{0}: {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # D1 passive rule-making: object 由 X (会同 Y) (依照本法) (另行) 制定/规定/确定
            消防法(2021-04-29)|公安派出所可以负责日常消防监督检查、开展消防宣传教育，具体办法由国务院公安部门规定。|DELEGATES|国务院公安部门|rulemaking
            博物馆条例(2015-02-09)|具体办法由国家文物主管部门会同其他有关部门制定。|DELEGATES|国家文物主管部门|rulemaking
            文物保护法(2024-11-08)|历史文化名城和历史文化街区、村镇的保护办法，由国务院制定。|DELEGATES|国务院|rulemaking
            会计法(2024-06-28)|个体工商户会计管理的具体办法，由国务院财政部门根据本法的原则另行规定。|DELEGATES|国务院财政部门|rulemaking
            城镇国有土地使用权出让和转让暂行条例|依照前款规定方式出让土地使用权的具体程序和步骤，由省、自治区、直辖市人民政府规定。|DELEGATES|省、自治区、直辖市人民政府|rulemaking
            对外合作开采陆上石油资源条例(2013-07-18)|具体办法由财政部会同海关总署制定。|DELEGATES|财政部;海关总署|rulemaking
            海域使用管理法(2001-10-27)|军事用海的管理办法，由国务院、中央军事委员会依据本法制定。|DELEGATES|国务院;中央军事委员会|rulemaking
            地下水管理条例 seed 001|取水规模由省、自治区、直辖市人民政府水行政主管部门制定、公布。|DELEGATES|省、自治区、直辖市人民政府水行政主管部门|rulemaking
            彩票管理条例(2009-05-04)|彩票品种中彩票资金的具体构成比例，由国务院财政部门按照国务院的决定确定。|DELEGATES|国务院财政部门|rulemaking
            彩票管理条例(2009-05-04) no duty besides|彩票品种中彩票资金的具体构成比例，由国务院财政部门按照国务院的决定确定。|RESPONSIBLE||
            海域使用管理法(2001-10-27) no duty besides|军事用海的管理办法，由国务院、中央军事委员会依据本法制定。|RESPONSIBLE||
            seed 003 重点危险废物…管理办法 可以由X制定, the object after the verb|其他危险废物集中处置设施、场所可以由各省（自治区、直辖市、计划单列市）财政部门、价格主管部门、生态环境主管部门根据本地区实际情况制定退役费用预提、使用和管理规定。|DELEGATES|各省（自治区、直辖市、计划单列市）财政部门;各省（自治区、直辖市、计划单列市）价格主管部门;各省（自治区、直辖市、计划单列市）生态环境主管部门|rulemaking
            档案法实施条例 object 可以由X会同Y确定|反映地方文化习俗、民族风貌、历史人物、特色品牌等的档案，其具体范围可以由省、自治区、直辖市档案主管部门会同同级有关部门确定。|DELEGATES|省、自治区、直辖市档案主管部门|rulemaking
            农药管理条例 negative 可以由X依照…规定 + a sanction|违法使用剧毒、高毒农药的，除依照有关法律、法规规定给予处罚外，可以由公安机关依照第一款规定给予拘留。|DELEGATES||
            negative 违反…由X处罚 (enforcement)|违反本条例规定的，由县级以上人民政府市场监督管理部门依照本条例的规定处罚。|DELEGATES||
            negative 由X确定 a decision|监事的人选由国务院确定。|DELEGATES||
            公路法(2017-11-04) 由X会同Y编制; a relative approver (本级/上一级人民政府) is no agency|县道规划由县级人民政府交通主管部门会同同级有关部门编制，经本级人民政府审定后，报上一级人民政府批准。|RESPONSIBLE|县级人民政府交通主管部门|
            土地调查条例(2018-03-19) 由X会同Y拟订|全国土地调查总体方案由国务院国土资源主管部门会同国务院有关部门拟订，报国务院批准。|RESPONSIBLE|国务院国土资源主管部门;国务院有关部门;国务院|
            机构编制 inside a name is no verb|国务院组成部门的设立、撤销或者合并由国务院机构编制管理机关提出方案。|RESPONSIBLE|国务院机构编制管理机关|
            预算法实施条例(2020-08-03) a department of the same level is named|各部门在审核汇总所属各单位决算草案基础上，汇编成本部门决算草案并附详细说明，经部门负责人签章后，在规定期限内报本级政府财政部门审核。|RESPONSIBLE|本级政府财政部门|
            建设工程抗震管理条例 seed 000 a catalogue the subject must make is its duty|县级以上人民政府住房和城乡建设主管部门或者其他有关监督管理部门应当制定建设工程抗震新技术推广目录，加强对建设工程抗震管理和技术人员的培训。|DELEGATES||
            建设工程抗震管理条例 seed 000 … and no rule left to it|县级以上人民政府住房和城乡建设主管部门应当制定建设工程抗震新技术推广目录，加强对建设工程抗震管理和技术人员的培训。|RESPONSIBLE|县级以上人民政府住房和城乡建设主管部门|
            生物安全法(2020-10-17) a catalogue with its rules is rule-making|国务院农业农村主管部门会同国务院其他有关部门制定外来入侵物种名录和管理办法。|DELEGATES|国务院农业农村主管部门;国务院其他有关部门|rulemaking
            国家货币出入境管理办法(1993-01-20) a sentence whose only agency ends in 银行|本办法由中国人民银行负责解释。|RESPONSIBLE|中国人民银行|
            住房公积金管理条例(2019-03-24) … or in 中心|住房公积金管理中心应当为缴存住房公积金的职工发放缴存住房公积金的有效凭证。|RESPONSIBLE|住房公积金管理中心|
            城市市容和环境卫生管理条例(2017-03-01) … or is a 街道办事处|居住区、街巷等地方，由街道办事处负责组织专人清扫保洁。|RESPONSIBLE|街道办事处|
            中国人民银行法(2003-12-27) the central bank is an agency, no bank|中国人民银行应当组织或者协助组织银行业金融机构相互之间的清算系统，协调银行业金融机构相互之间的清算事项，提供清算服务。|RESPONSIBLE|中国人民银行|
            中国人民银行法(2003-12-27) … and makes rules with its 会同 partner|中国人民银行会同国务院银行业监督管理机构制定支付结算规则。|DELEGATES|中国人民银行;国务院银行业监督管理机构|rulemaking
            金融资产管理公司条例(2000-11-10) 经济 is no 经 of an approval|债权转股权的方案和协议由国家经济贸易委员会会同财政部、中国人民银行审核，报国务院批准后实施。|RESPONSIBLE|国家经济贸易委员会;财政部;中国人民银行;国务院|
            # D2 / D10 active rule-making under this text
            军事设施保护法(2021-06-10)|国务院和中央军事委员会根据本法制定实施办法。|DELEGATES|国务院;中央军事委员会|rulemaking
            残疾人专用品免征进口税收暂行规定|海关总署根据本规定制定实施办法。|DELEGATES|海关总署|rulemaking
            妇女权益保障法(2018-10-26)|省、自治区、直辖市人民代表大会常务委员会可以根据本法制定实施办法。|DELEGATES|省、自治区、直辖市人民代表大会常务委员会|rulemaking
            seed 001 省级财政和生态环境部门|省级财政和生态环境部门可根据本办法，结合当地实际，制定具体实施办法。|DELEGATES|省级财政部门;省级生态环境部门|rulemaking
            seed 004 生态保护红线生态环境监督办法 结合… then 参照本办法|省级生态环境部门可结合本行政区具体情况，参照本办法，制定本行政区生态保护红线生态环境监督办法。|DELEGATES|省级生态环境部门|rulemaking
            seed 004 生态保护红线生态环境监督办法 no duty besides|省级生态环境部门可结合本行政区具体情况，参照本办法，制定本行政区生态保护红线生态环境监督办法。|RESPONSIBLE||
            审计机关审计监督条例 参照本办法 then 结合…|省、自治区、直辖市审计机关，可以参照本办法，结合本地方的实际情况，制定地方预算执行情况审计监督实施办法，报同级人民政府批准。|DELEGATES|省、自治区、直辖市审计机关|rulemaking
            营业性演出管理条例 可以参照本条例的规定制定|民间游散艺人的营业性演出，省、自治区、直辖市人民政府可以参照本条例的规定制定具体管理办法。|DELEGATES|省、自治区、直辖市人民政府|rulemaking
            医疗废物管理条例 the object before 由 is no part of the name|军队医疗卫生机构医疗废物的管理由中国人民解放军卫生主管部门参照本条例制定管理办法。|DELEGATES|中国人民解放军卫生主管部门|rulemaking
            seed 004 涉密地质资料管理细则 按X有关规定执行|国家秘密标志的形式和标注方式按国家保密行政管理部门有关规定执行，工作秘密标志的形式和标注方式按自然资源部有关规定执行。|DELEGATES|国家保密行政管理部门;自然资源部|rulemaking
            个人信息保护法(2021-08-20) 按照国家X部门的规定|（二）按照国家网信部门的规定经专业机构进行个人信息保护认证；|DELEGATES|国家网信部门|rulemaking
            归侨侨眷权益保护法 negative 按照国家有关规定|地方人民政府和有关部门对回国定居的华侨，按照国家有关规定给予安置。|DELEGATES||
            seed 004 矿山救护队标准化定级管理办法 modal 应|省级标准化定级管理部门应根据本办法制定矿山救护队标准化定级实施细则。|DELEGATES|省级标准化定级管理部门|rulemaking
            seed 004 市场监督管理行政处罚裁量权指导意见 参照本意见 … 基准|省级和设区的市级市场监管部门可以参照本意见，结合地区实际制定行政处罚裁量权基准。|DELEGATES|省级市场监管部门;设区的市级市场监管部门|rulemaking
            seed 004 生态环境损害赔偿管理规定 a long object (43 characters) in one clause|生态环境部负责制定生态环境损害鉴定评估技术总纲和关键技术环节、基本生态环境要素、基础方法等基础性技术标准，商国务院有关主管部门后，与市场监管总局联合发布。|DELEGATES|生态环境部|rulemaking
            会计法(2024-06-28) a long object in one clause|国务院有关部门可以依照本法和国家统一的会计制度制定对会计核算和会计监督有特殊要求的行业实施国家统一的会计制度的具体办法或者补充规定，报国务院财政部门审核批准。|DELEGATES|国务院有关部门|rulemaking
            大气污染防治法(2018-10-26) negative 制定规划 then 标准 clauses later|地方各级人民政府应当对本行政区域的大气环境质量负责，制定规划，采取措施，控制或者逐步削减大气污染物的排放量，使大气环境质量达到规定标准并逐步改善。|DELEGATES||
            seed 004 生态环境损害赔偿管理规定 根据职责或者工作需要|国务院相关主管部门可以根据职责或者工作需要，制定生态环境损害鉴定评估的专项技术规范。|DELEGATES|国务院相关主管部门|rulemaking
            negative 根据…需要，制定…预案 (no rule made)|县级以上人民政府测绘行政主管部门应当根据应对自然灾害等突发事件的需要，制定相应的基础测绘应急保障预案。|DELEGATES||
            节约能源法(2018-10-26) 根据本地实际情况 (本 of a place, not of this law)|省、自治区、直辖市人民政府建设主管部门可以根据本地实际情况，制定严于国家标准或者行业标准的地方建筑节能标准，并报国务院标准化主管部门和国务院建设主管部门备案。|DELEGATES|省、自治区、直辖市人民政府建设主管部门|rulemaking
            母婴保健法(2017-11-04) 根据本地区的实际情况|省、自治区、直辖市人民政府根据本地区的实际情况，制定婚前医学检查制度实施办法。|DELEGATES|省、自治区、直辖市人民政府|rulemaking
            母婴保健法(2017-11-04) no duty besides|省、自治区、直辖市人民政府根据本地区的实际情况，制定婚前医学检查制度实施办法。|RESPONSIBLE||
            seed 004 企业安全生产费用提取和使用管理办法 结合…，会同Y制定|各省级应急管理部门、矿山安全监察机构可以结合本地区实际情况，会同相关部门制定特定行业具体办法，报省级人民政府批准后实施。|DELEGATES|各省级应急管理部门;矿山安全监察机构|rulemaking
            反间谍法(2023-04-26) 根据…需要，可以会同Y制定…标准|国家安全机关根据反间谍工作需要，可以会同有关部门制定反间谍技术防范标准，指导有关单位落实反间谍技术防范措施，对存在隐患的单位，经过严格的批准手续，可以进行反间谍技术防范检查和检测。|DELEGATES|国家安全机关|rulemaking
            土地管理法 negative 会同Y根据…国家制定的统一标准|县级以上人民政府自然资源主管部门会同同级有关部门根据土地调查成果、规划土地用途和国家制定的统一标准，评定土地等级。|DELEGATES||
            negative 依照本条例规定 + act|国务院交通主管部门依照本条例规定对全国船员实施监督管理。|DELEGATES||
            强制检定的工作计量器具检定管理办法(1987-04-14)|国务院计量行政部门可以根据本办法和《中华人民共和国强制检定的工作计量器具目录》，制定强制检定的工作计量器具的明细目录。|DELEGATES|国务院计量行政部门|rulemaking
            水污染防治法(2017-06-27)|省、自治区、直辖市人民政府可以对国家水环境质量标准中未作规定的项目，制定地方标准，并报国务院环境保护主管部门备案。|DELEGATES|省、自治区、直辖市人民政府|rulemaking
            标准化法(2017-11-04) negative 的制定 is a noun|国务院标准化行政主管部门会同国务院有关行政主管部门对团体标准的制定进行规范、引导和监督。|DELEGATES||
            标准化法(2017-11-04)|国务院标准化行政主管部门会同国务院有关行政主管部门对团体标准的制定进行规范、引导和监督。|RESPONSIBLE|国务院标准化行政主管部门;国务院有关行政主管部门|
            # D3 active rule-making, free standing
            企业名称登记管理规定(2020-12-28)|国务院市场监督管理部门负责制定具体管理办法。|DELEGATES|国务院市场监督管理部门|rulemaking
            税收征收管理法实施细则(2016-02-06)|国家税务总局应当制定税务人员行为准则和服务规范。|DELEGATES|国家税务总局|rulemaking
            # D4 interpretation
            总会计师条例(2011-01-08)|本条例由财政部负责解释。|DELEGATES|财政部|interpretation
            幼儿园管理条例(1989-09-11)|本条例由国家教育委员会解释。|DELEGATES|国家教育委员会|interpretation
            # D5 entrustment
            地名管理条例(2022-03-30)|县级以上人民政府地名行政主管部门和其他有关部门可以委托第三方机构对地名保护情况进行评估。|DELEGATES|第三方机构|entrustment
            动物防疫法(2021-01-22)|逾期不处理的，由县级以上地方人民政府农业农村主管部门委托有关单位代为处理。|DELEGATES||
            居住证暂行条例|居住证由受公安机关委托的社区服务机构受理。|DELEGATES|社区服务机构|entrustment
            出境入境管理法(2012-06-30) a list entrusts a list, with its remit between|公安部、外交部可以在各自职责范围内委托县级以上地方人民政府公安机关出入境管理机构、县级以上地方人民政府外事部门受理外国人入境、停留居留申请。|DELEGATES|县级以上地方人民政府公安机关出入境管理机构;县级以上地方人民政府外事部门|entrustment
            中药品种保护条例(2018-09-18) a 委员会|国务院药品监督管理部门委托国家中药品种保护审评委员会负责对申请保护的中药品种进行审评。|DELEGATES|国家中药品种保护审评委员会|entrustment
            seed 001 a description named by its short name|科技部、财政部共同委托具备条件的机构（以下称受托管理机构）负责转化基金的日常管理工作。|DELEGATES|受托管理机构|entrustment
            seed 003 a short name after the entrusted (the text's name for it)|政府部门不再直接管理具体项目，委托项目管理专业机构（以下称专业机构）开展重点专项资金管理。|DELEGATES|专业机构|entrustment
            残疾人保障法 the manner between|县级以上人民政府有关部门、残疾人联合会应当利用社区资源，或者通过政府购买服务方式委托社会组织，组织开展康复指导。|DELEGATES|社会组织|entrustment
            残疾人教育条例(2017-02-01) Y接受X的委托|残疾人教育专家委员会可以接受教育行政部门的委托，对适龄残疾儿童、少年的身体状况、接受教育的能力和适应学校学习生活的能力进行评估，提出入学、转学建议；对残疾人义务教育问题提供咨询，提出建议。|DELEGATES|残疾人教育专家委员会|entrustment
            社会保险费征缴暂行条例 Y受X的委托|社会保险经办机构受劳动保障行政部门的委托，可以进行与社会保险费征缴有关的检查、调查工作。|DELEGATES|社会保险经办机构|entrustment
            seed 004 尾矿污染环境防治管理办法 Y依据职责或者X的委托|国务院生态环境主管部门所属的流域生态环境监督管理机构依据法律法规规定的职责或者国务院生态环境主管部门的委托，对管辖范围内的尾矿污染防治工作进行指导、协调和监督。|DELEGATES|流域生态环境监督管理机构|entrustment
            物业管理条例 negative the owner's entrustment|物业服务企业可以根据业主的委托提供物业服务合同约定以外的服务项目，服务报酬由双方约定。|DELEGATES||
            negative a person's entrustment|报关企业接受进出口货物收发货人的委托，以委托人的名义办理报关手续的，应当向海关提交由委托人签署的授权委托书，遵守本法对委托人的各项规定。|DELEGATES||
            进出口商品检验法 negative a foreign body's entrustment|其他检验机构可以接受对外贸易关系人或者外国检验机构的委托，办理进出口商品检验鉴定业务。|DELEGATES||
            seed 004 工业和信息化领域数据安全管理办法 X及其委托的Y|行业监管部门及其委托的数据安全评估机构工作人员对在履行职责中知悉的个人信息和商业秘密等，应当严格保密，不得泄露或者非法向他人提供。|DELEGATES|数据安全评估机构|entrustment
            城镇排水与污水处理条例 X或者其委托的Y|城镇排水主管部门或者其委托的专门机构应当加强指导和监督。|DELEGATES|专门机构|entrustment
            货物进出口管理条例 X或者其委托的Y, Y bare|实行自动许可的进出口货物，收货人、发货人在办理海关报关手续前提出自动许可申请的，国务院对外贸易主管部门或者其委托的机构应当予以许可；|DELEGATES|国务院对外贸易主管部门委托的机构|entrustment
            易制毒化学品管理条例 X或者其委托的Y, the whole name of Y|申请进口或者出口易制毒化学品，应当提交下列材料，经国务院商务主管部门或者其委托的省、自治区、直辖市人民政府商务主管部门审批，取得进口或者出口许可证后，方可从事进口、出口活动：|DELEGATES|省、自治区、直辖市人民政府商务主管部门|entrustment
            外国常驻新闻机构和外国记者采访条例 X委托的 a government's department|外事服务单位由外交部或者外交部委托的地方人民政府外事部门指定。|DELEGATES|地方人民政府外事部门|entrustment
            环境保护法 X及其委托的Y和其他…部门|县级以上人民政府环境保护主管部门及其委托的环境监察机构和其他负有环境保护监督管理职责的部门，有权对排放污染物的企业事业单位和其他生产经营者进行现场检查。|DELEGATES|环境监察机构|entrustment
            seed 004 工业和信息化领域数据安全管理办法 委托Y建立|工业和信息化部委托相关行业组织建立工业和信息化领域数据安全违法行为投诉举报渠道，地方行业监管部门分别建立本地区数据安全违法行为投诉举报机制或渠道，依法接收、处理投诉举报，根据工作需要开展执法调查。|DELEGATES|相关行业组织|entrustment
            海关稽查条例 negative a private party entrusts|被稽查人委托会计、税务等方面的专业机构作出的专业结论，可以作为海关稽查的参考依据。|DELEGATES||
            医疗纠纷预防和处理条例 negative the parties entrust|需要检验的，应当由双方共同委托依法具有检验资格的检验机构进行检验。|DELEGATES||
            社会救助暂行办法 negative a person entrusts the village committee|家庭成员申请有困难的，可以委托村民委员会、居民委员会代为提出申请。|DELEGATES||
            negative a regulated party with the manner between|建设单位可以通过招标方式委托监理机构对工程进行监理。|DELEGATES||
            seed 000 negative 不得委托|不得下放临时用地审批权或者委托相关部门行使审批权。|DELEGATES||
            网络安全法 negative 自行或者委托|运营者应当自行或者委托网络安全服务机构对其网络的安全性进行检测评估。|DELEGATES||
            航道法 negative owner entrusts an agency|应当自行或者委托负责航道管理的部门代为设置标志。|DELEGATES||
            # D6 authorisation
            黄河水量调度条例(2006-07-24)|报国务院或者国务院授权的部门批准实施。|DELEGATES|国务院授权的部门|authorisation
            地下水管理条例 seed 001|由县级以上地方人民政府或者其授权的部门组织封井或者回填。|DELEGATES|县级以上地方人民政府授权的部门|authorisation
            计量法实施细则|样机试验由经省级人民政府计量行政部门授权的技术机构进行。|DELEGATES|技术机构|authorisation
            制止牟取暴利的暂行规定|省、自治区、直辖市人民政府价格管理部门也可以根据需要，授权市、县人民政府价格管理部门测定。|DELEGATES|市、县人民政府价格管理部门|authorisation
            negative 授权委托书|代理人应当提交授权委托书。|DELEGATES||
            # D7 implied rule-making
            娱乐场所管理条例|歌舞娱乐场所应当按照国务院公安部门的规定在营业场所安装闭路电视监控设备。|DELEGATES|国务院公安部门|rulemaking
            电力监管条例|电力企业应当按照国务院价格主管部门、财政部门的有关规定缴纳电力监管费。|DELEGATES|国务院价格主管部门;国务院财政部门|rulemaking
            negative 按照国家有关规定|用人单位应当按照国家有关规定缴纳社会保险费。|DELEGATES||
            negative 依照本法的规定|县级以上人民政府应当依照本法的规定组织实施。|DELEGATES||
            # R1/R4/R6 lists: each member, shared head and prefix, 等 closing the list
            传染病防治法(2013-06-29)|各级人民政府农业、水利、林业行政部门按照职责分工负责指导和组织消除农田、湖区、河流、牧场、林区的鼠害与血吸虫危害。|RESPONSIBLE|各级人民政府农业行政部门;各级人民政府水利行政部门;各级人民政府林业行政部门|
            未成年人保护法(2020-10-17)|新闻出版、教育、卫生健康、文化和旅游、网信等部门应当定期开展预防未成年人沉迷网络的宣传教育。|RESPONSIBLE|新闻出版部门;教育部门;卫生健康部门;文化和旅游部门;网信部门|
            地下水管理条例 seed 001|国务院自然资源等主管部门按照职责分工做好地下水调查、监测等相关工作。|RESPONSIBLE|国务院自然资源主管部门|
            湿地保护法(2021-12-24)|县级以上人民政府林业草原、自然资源、水行政主管部门应当加强湿地保护。|RESPONSIBLE|县级以上人民政府林业草原主管部门;县级以上人民政府自然资源主管部门;县级以上人民政府水行政主管部门|
            黄河水量调度条例|国务院水行政主管部门和国务院发展改革主管部门负责黄河水量的统一调度。|RESPONSIBLE|国务院水行政主管部门;国务院发展改革主管部门|
            水土保持法(2010-12-25)|县级以上人民政府水行政主管部门、流域管理机构，应当对生产建设项目水土保持方案的实施情况进行跟踪检查。|RESPONSIBLE|县级以上人民政府水行政主管部门;流域管理机构|
            地下水管理条例 seed 001 及其有关部门|县级以上地方人民政府及其有关部门应当加强农药、肥料等农业投入品使用指导和技术服务。|RESPONSIBLE|县级以上地方人民政府;县级以上地方人民政府有关部门|
            # R5 会同: lead and co-agencies
            女职工劳动保护特别规定|国务院安全生产监督管理部门会同国务院人力资源社会保障行政部门、国务院卫生行政部门根据经济社会发展情况，对女职工禁忌从事的劳动范围进行调整。|RESPONSIBLE|国务院安全生产监督管理部门;国务院人力资源社会保障行政部门;国务院卫生行政部门|
            seed 000 水污染防治资金管理办法|防治资金由财政部会同生态环境部负责管理。|RESPONSIBLE|财政部;生态环境部|
            seed 004 矿山生产安全事故报告和调查处理办法 由X牵头|重大及以下等级煤矿事故由国家矿山安全监察局省级局牵头组织调查。|RESPONSIBLE|国家矿山安全监察局省级局|
            seed 004 矿山生产安全事故报告和调查处理办法 分别由 a list|重大、较大、一般非煤矿山事故分别由事故发生地省级人民政府、设区的市级人民政府、县级人民政府负责直接组织事故调查组进行调查，也可以授权或者委托有关部门组织事故调查组进行调查。|RESPONSIBLE|省级人民政府;设区的市级人民政府;县级人民政府|
            大型群众性活动安全管理条例 设区的市 in a list's first member|预计参加人数在5000人以上的，由活动所在地设区的市级人民政府公安机关或者直辖市人民政府公安机关实施安全许可。|RESPONSIBLE|设区的市级人民政府公安机关;直辖市人民政府公安机关|
            戒毒条例(2018-09-18) a bare level takes the last member's name|对依照《中华人民共和国禁毒法》第三十九条第一款规定不适用强制隔离戒毒的吸毒成瘾人员，县级、设区的市级人民政府公安机关应当作出社区戒毒的决定，依照本条例第三章的规定进行社区戒毒。|RESPONSIBLE|县级人民政府公安机关;设区的市级人民政府公安机关|
            反家庭暴力法(2015-12-27) 县级或者设区的市级人民政府|县级或者设区的市级人民政府可以单独或者依托救助管理机构设立临时庇护场所，为家庭暴力受害人提供临时生活帮助。|RESPONSIBLE|县级人民政府;设区的市级人民政府|
            突发事件应对法(2024-06-28) 省级和设区的市级人民政府|省级和设区的市级人民政府应当对本行政区域内容易引发特别重大、重大突发事件的危险源、危险区域进行调查、登记、风险评估，组织进行检查、监控，并责令有关单位采取安全防范措施。|RESPONSIBLE|省级人民政府;设区的市级人民政府|
            seed 004 涉密地质资料管理细则 （含）以上 carried to the later members|省级（含）以上自然资源主管部门、保密行政管理部门根据地质资料保密管理实际情况可以组织或者联合组织开展涉密地质资料管理情况检查。|RESPONSIBLE|省级（含）以上自然资源主管部门;省级（含）以上保密行政管理部门|
            乳品质量安全监督管理条例 以上 carried to the later members|县级以上质量监督部门、工商行政管理部门在监督检查中，对不符合乳品质量安全国家标准的乳制品，责令并监督生产企业召回、销售者停止销售。|RESPONSIBLE|县级以上质量监督部门;县级以上工商行政管理部门|
            港口法(2018-12-29) 县级以上地方 carried to a later member|有下列行为之一的，由县级以上地方人民政府或者港口行政管理部门责令限期改正。|RESPONSIBLE|县级以上地方人民政府;县级以上地方港口行政管理部门|
            地方各级人民政府机构设置和编制管理条例 机构编制管理机关 one name (编制 no verb)|县级以上各级人民政府机构编制管理机关应当按照管理权限履行管理职责，并对下级机构编制工作进行业务指导和监督。|RESPONSIBLE|县级以上各级人民政府机构编制管理机关|
            社会保险法(2018-12-29) 机构编制管理机关 in a list|市场监督管理部门、民政部门和机构编制管理机关应当及时向社会保险经办机构通报用人单位的成立、终止情况，公安机关应当及时向社会保险经办机构通报个人的出生、死亡以及户口登记、迁移、注销等情况。|RESPONSIBLE|市场监督管理部门;民政部门;机构编制管理机关;公安机关|
            seed 004 涉密地质资料管理细则 negative X核发的 with X a 机构编制 name|（1）事业单位应当提交县级（含）以上人民政府机构编制管理部门核发的《事业单位法人证书》复印件，并加盖本单位公章。|RESPONSIBLE||
            立法法 机构 then the verb 编制|全国人民代表大会常务委员会工作机构编制立法技术规范。|RESPONSIBLE|全国人民代表大会常务委员会工作机构|
            疫苗流通和预防接种管理条例 设区的市 after 和|省、自治区、直辖市人民政府和设区的市级人民政府应当对困难地区的县级人民政府开展与预防接种相关的工作给予必要的经费补助。|RESPONSIBLE|省、自治区、直辖市人民政府;设区的市级人民政府|
            seed 004 矿山生产安全事故报告和调查处理办法 X或者Y|未造成人员死亡的一般事故，县级人民政府或者国家矿山安全监察局省级局可以委托事故发生单位或者有关部门组织事故调查组进行调查。|RESPONSIBLE|县级人民政府;国家矿山安全监察局省级局|
            seed 004 矿山安全标准工作管理办法 a department of a ministry (司)|政策法规和科技装备司具体负责技术委员会的组建和管理。|RESPONSIBLE|政策法规和科技装备司|
            证券法 negative a company (公司) is no 司|证券公司应当建立健全内部控制制度，采取有效隔离措施，防范公司与客户之间、不同客户之间的利益冲突。|RESPONSIBLE||
            # R8 enforcement, R10 approval
            广告法|由市场监督管理部门没收广告费用。|RESPONSIBLE|市场监督管理部门|
            反垄断法|由反垄断执法机构责令停止违法行为。|RESPONSIBLE|反垄断执法机构|
            对外贸易法(2022-12-30)|由海关依照有关法律、行政法规的规定处理、处罚。|RESPONSIBLE|海关|
            城乡规划法(2019-04-23)|经县人民政府批准后，报上一级人民政府备案。|RESPONSIBLE|县人民政府|
            营业性演出管理条例(2020-11-29)|由县级以上人民政府文化主管部门依据各自职权责令其退回并交付受捐单位。|RESPONSIBLE|县级以上人民政府文化主管部门|
            道路运输条例(2023-07-20)|经设区的市级人民政府交通运输主管部门对有关客运法律法规、机动车维修和旅客急救基本知识考试合格。|RESPONSIBLE|设区的市级人民政府交通运输主管部门|
            海南自由贸易港法(2021-06-10)|货物、物品可以自由进出，海关依法进行监管。|RESPONSIBLE|海关|
            城市供水条例(2020-03-27) 省、自治区 is one name|省、自治区人民政府城市建设行政主管部门主管本行政区域内的城市供水工作。|RESPONSIBLE|省、自治区人民政府城市建设行政主管部门|
            民用爆炸物品安全管理条例(2014-07-29)|省、自治区、直辖市人民政府民用爆炸物品行业主管部门应当依照《安全生产许可证条例》的规定对其进行查验。|RESPONSIBLE|省、自治区、直辖市人民政府民用爆炸物品行业主管部门|
            seed 004 矿山救护队标准化定级管理办法 X（以下简称Y）负责|各省级应急管理部门和国家矿山安全监察局各省级局（以下简称省级标准化定级管理部门）负责本地区矿山救护队标准化定级组织管理工作。|RESPONSIBLE|各省级应急管理部门;国家矿山安全监察局各省级局|
            全民健身条例 a description before (以下简称Y)|县级以上地方人民政府主管体育工作的部门(以下简称体育主管部门)负责本行政区域内的全民健身工作，县级以上地方人民政府其他有关部门在各自职责范围内负责有关的全民健身工作。|RESPONSIBLE|县级以上地方人民政府主管体育工作的部门;县级以上地方人民政府其他有关部门|
            seed 004 矿山救护队标准化定级管理办法 a ministry's 中心|应急管理部矿山救援中心负责全国矿山救护队标准化定级组织管理工作，各省级应急管理部门和国家矿山安全监察局各省级局（以下简称省级标准化定级管理部门）负责本地区矿山救护队标准化定级组织管理工作。|RESPONSIBLE|应急管理部矿山救援中心;各省级应急管理部门;国家矿山安全监察局各省级局|
            反洗钱法(2006-10-31) negative X设立…信息中心|国务院反洗钱行政主管部门设立反洗钱信息中心，负责大额交易和可疑交易报告的接收、分析，并按照规定向国务院反洗钱行政主管部门报告分析结果，履行国务院反洗钱行政主管部门规定的其他职责。|RESPONSIBLE||
            """)
    void findsForm(String source, String sentence, RelationType type, String targets, String kind) {
        check(source, sentence, type, targets, kind);
    }

    /** The forms found by the blind corpus samples and the review rounds after them (the first table is full). */
    @ParameterizedTest(name = "{0}: {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # forms found by the blind second corpus sample (issue 12), cases from other corpus files
            护士条例(2020-03-27) D7 按照X规定的N|本条例施行前，尚未达到护士配备标准的医疗卫生机构，应当按照国务院卫生主管部门规定的实施步骤，自本条例施行之日起3年内达到护士配备标准。|DELEGATES|国务院卫生主管部门|rulemaking
            内河交通安全管理条例(2019-03-02) D7 符合X规定的N|（三）配备符合国务院交通主管部门规定的船员；|DELEGATES|国务院交通主管部门|rulemaking
            negative D7 依照本条例规定的|（二）未依照本条例规定的期限办理变更登记的；|DELEGATES||
            negative D7 按照国家规定的|用人单位应当按照国家规定的标准支付加班工资。|DELEGATES||
            生产安全事故应急条例(2019-02-17) a remit name X负有…职责的部门|县级以上地方人民政府负有安全生产监督管理职责的部门应当对本行政区域内前款规定的重点生产经营单位的生产安全事故应急救援预案演练进行抽查；|RESPONSIBLE|县级以上地方人民政府负有安全生产监督管理职责的部门|
            中小企业促进法(2017-09-01) a remit name X负责…的部门|国务院负责中小企业促进工作综合管理的部门应当委托第三方机构定期开展中小企业发展环境评估，并向社会公布。|RESPONSIBLE|国务院负责中小企业促进工作综合管理的部门|
            归侨侨眷权益保护法(2009-08-27) X及其负责…的机构|县级以上各级人民政府及其负责侨务工作的机构，组织协调有关部门做好保护归侨、侨眷的合法权益的工作。|RESPONSIBLE|县级以上各级人民政府;县级以上各级人民政府负责侨务工作的机构|
            志愿服务条例(2017-08-22) X及其有关部门: the government and its departments|县级以上人民政府及其有关部门应当在各自职责范围内，为志愿服务提供指导和帮助。|RESPONSIBLE|县级以上人民政府;县级以上人民政府有关部门|
            药品管理法(2019-08-26) X和Y的Z部门|国务院和省、自治区、直辖市人民政府的药品监督管理部门应当定期公告药品质量抽查检验结果；公告不当的，应当在原公告范围内予以更正。|RESPONSIBLE|国务院药品监督管理部门;省、自治区、直辖市人民政府药品监督管理部门|
            种子法(2021-12-24) X和Y的Z、W部门|国务院和省、自治区、直辖市人民政府的农业农村、林业草原主管部门分别设立由专业人员组成的农作物品种和林木品种审定委员会。|RESPONSIBLE|国务院农业农村主管部门;国务院林业草原主管部门;省、自治区、直辖市人民政府农业农村主管部门;省、自治区、直辖市人民政府林业草原主管部门|
            殡葬管理条例(2012-11-09) 由X和Y的Z部门|建设殡仪馆、火葬场，由县级人民政府和设区的市、自治州人民政府的民政部门提出方案，报本级人民政府审批。|RESPONSIBLE|县级人民政府民政部门;设区的市人民政府民政部门;自治州人民政府民政部门|
            军品出口管理条例(2002-10-15) 会同X、Y的有关部门|军品出口项目，由国家军品出口主管部门或者由国家军品出口主管部门会同国务院、中央军事委员会的有关部门审查批准。|RESPONSIBLE|国家军品出口主管部门;国务院有关部门;中央军事委员会有关部门|
            保险法(2015-04-24) 经X会同Y批准|经国务院保险监督管理机构会同国务院证券监督管理机构批准，保险公司可以设立保险资产管理公司。|RESPONSIBLE|国务院保险监督管理机构;国务院证券监督管理机构|
            消耗臭氧层物质管理条例(2018-03-01) 由X会同Y批准|具体用途、数量由国务院环境保护主管部门会同国务院有关部门批准。|RESPONSIBLE|国务院环境保护主管部门;国务院有关部门|
            药品管理法实施条例(2019-03-02) 由X或者Y的Z部门|需要暂停销售和使用的，应当由国务院或者省、自治区、直辖市人民政府的药品监督管理部门作出决定。|RESPONSIBLE|国务院药品监督管理部门;省、自治区、直辖市人民政府药品监督管理部门|
            全国农业普查条例(2006-08-23) X和Y的有关部门|国务院和地方各级人民政府的有关部门应当积极参与并密切配合普查办公室开展农业普查工作。|RESPONSIBLE|国务院有关部门;地方各级人民政府有关部门|
            基础测绘条例(2009-05-12) 由 a body described by its act|本条例规定的降低资质等级、吊销测绘资质证书的行政处罚，由颁发资质证书的部门决定；其他行政处罚由县级以上人民政府测绘行政主管部门决定。|RESPONSIBLE|颁发资质证书的部门;县级以上人民政府测绘行政主管部门|
            生物安全法(2024-04-26) negative: the receiver of a report (the samples name the bodies reported to)|任何单位和个人有权举报危害生物安全的行为；接到举报的部门应当及时依法处理。|RESPONSIBLE||
            长江河道采砂管理条例(2001-10-25) a subject described by its act|发放河道采砂许可证的机关应当将收取的长江河道砂石资源费全部上缴财政。|RESPONSIBLE|发放河道采砂许可证的机关|
            药品管理法(2019-08-26) 由原X、Y的部门|撤销许可、吊销许可证件的，由原批准、发证的部门决定。|RESPONSIBLE|原批准、发证的部门|
            公共文化服务保障法(2016-12-25) 由其上级机关或者Y|地方各级人民政府和县级以上人民政府有关部门，有下列行为之一的，由其上级机关或者监察机关责令限期改正。|RESPONSIBLE|上级机关;监察机关|
            国有土地上房屋征收与补偿条例 a typed body described by its act asks the court: the body|被征收人在法定期限内不申请行政复议或者不提起行政诉讼，在补偿决定规定的期限内又不搬迁的，由作出房屋征收决定的市、县级人民政府依法申请人民法院强制执行。|RESPONSIBLE|市、县级人民政府|
            渔业法(2013-12-28) 经X或者Y批准, a list longer than a name|因养殖或者其他特殊需要，捕捞有重要经济价值的苗种或者禁捕的怀卵亲体的，必须经国务院渔业行政主管部门或者省、自治区、直辖市人民政府渔业行政主管部门批准，在指定的区域和时间内，按照限额捕捞。|RESPONSIBLE|国务院渔业行政主管部门;省、自治区、直辖市人民政府渔业行政主管部门|
            中国人民解放军实施《药品管理法》办法 经A和B或者C批准 across two systems|遇有灾情、疫情以及其他突发事件或者临床急需而市场上没有供应时，经中央军事委员会后勤保障部负责卫生工作的业务部门和国务院药品监督管理部门或者省、自治区、直辖市人民政府药品监督管理部门批准，医疗机构配制的制剂可以在指定的军队医疗机构和地方医疗机构之间调剂使用。|RESPONSIBLE|中央军事委员会后勤保障部;国务院药品监督管理部门;省、自治区、直辖市人民政府药品监督管理部门|
            国防交通法(2016-09-03) 未经X、Y和Z批准|未经县级以上人民政府国土资源主管部门、城乡规划主管部门和国防交通主管机构批准，任何组织和个人不得占用作为国防交通控制范围的土地。|RESPONSIBLE|县级以上人民政府国土资源主管部门;县级以上人民政府城乡规划主管部门;国防交通主管机构|
            文物保护法(2017-11-04) negative: 经X征得Y同意 is no list|市、县级文物保护单位应当经核定公布该文物保护单位的人民政府文物行政部门征得上一级文物行政部门同意后，报核定公布该文物保护单位的人民政府批准。|RESPONSIBLE||
            公务员法(2018-12-29) negative: the body an appeal goes to|对省级以下机关作出的申诉处理决定不服的，可以向作出处理决定的上一级机关提出再申诉。|RESPONSIBLE||
            生物安全法(2020-10-17) a list ending in X及其有关部门|国务院有关部门、县级以上地方人民政府及其有关部门应当根据预测和职责权限及时发布预警，并采取相应的防控措施。|RESPONSIBLE|国务院有关部门;县级以上地方人民政府;县级以上地方人民政府有关部门|
            水生野生动物保护实施条例 X及其有关主管部门|县级以上各级人民政府及其有关主管部门应当鼓励、支持有关科研单位、教学单位开展水生野生动物科学研究工作。|RESPONSIBLE|县级以上各级人民政府;县级以上各级人民政府有关主管部门|
            优化营商环境条例(2019-10-22) negative 政府及其有关部门 (no level)|政府及其有关部门应当完善政策措施、强化创新服务，鼓励和支持市场主体拓展创新空间。|RESPONSIBLE||
            劳动争议调解仲裁法(2007-12-29) X另有规定 after laws: X alone|法律、行政法规或者国务院另有规定的，依照其规定。|DELEGATES|国务院|rulemaking
            水污染防治法(2017-06-27) 由X提出意见|情节严重的，由县级以上人民政府经济综合宏观调控部门提出意见，报请本级人民政府责令停业、关闭。|RESPONSIBLE|县级以上人民政府经济综合宏观调控部门|
            反间谍法(2014-11-01) X因…需要 (the subject before its reason)|国家安全机关因反间谍工作需要，可以依照规定查验有关组织和个人的电子通信工具、器材等设备、设施。|RESPONSIBLE|国家安全机关|
            中医药法 医疗卫生机构 is a regulated party|医疗卫生机构应当在疾病预防与控制中积极运用中医药理论和技术方法。|RESPONSIBLE||
            基本农田保护条例 negative 按照国务院规定的职责分工 (no rules left)|国务院土地行政主管部门和农业行政主管部门按照国务院规定的职责分工，依照本条例负责全国的基本农田保护管理工作。|DELEGATES||
            安全生产法 按照国务院规定的权限|予以关闭的行政处罚，由负有安全生产监督管理职责的部门报请县级以上人民政府按照国务院规定的权限决定。|DELEGATES|国务院|rulemaking
            民用航空器适航管理条例 negative X因…的过失 (no duty)|民航局因适航管理工作的过失造成人身伤亡或者重大财产损失的，应当承担赔偿责任，并对直接责任人员给予行政处分；|RESPONSIBLE||
            人体器官捐献和移植条例 负责人体… is 负责 + 人体|县级以上人民政府卫生健康部门负责人体器官捐献和移植的监督管理工作。|RESPONSIBLE|县级以上人民政府卫生健康部门|
            审计法实施条例(2010-02-11) negative 机关负责人 is a person|审计人员的回避，由审计机关负责人决定；|RESPONSIBLE||
            大气污染防治法(2018-10-26) 由X会同Y责令|未召回的，由国务院市场监督管理部门会同国务院生态环境主管部门责令其召回。|RESPONSIBLE|国务院市场监督管理部门;国务院生态环境主管部门|
            矿产资源补偿费征收管理规定(1997-07-03) 由X、Y、Z共同确定|矿产资源补偿费费率的调整，由国务院财政部门、国务院地质矿产主管部门、国务院计划主管部门共同确定，报国务院批准施行。|RESPONSIBLE|国务院财政部门;国务院地质矿产主管部门;国务院计划主管部门;国务院|
            农药管理条例(2022-03-29) X还应当|有前款第二项规定的行为的，县级人民政府农业主管部门还应当没收禁用的农药。|RESPONSIBLE|县级人民政府农业主管部门|
            # forms found by the blind third corpus sample (issue 12), cases from other corpus files
            海上航行警告和航行通告管理规定 交通部 is a name (交 is no lead word)|本规定由交通部负责解释。|DELEGATES|交通部|interpretation
            航道管理条例(2008-12-27) 由交通部|国家航道及其航道设施按海区和内河水系，由交通部或者交通部授权的省、自治区、直辖市交通主管部门管理。|RESPONSIBLE|交通部|
            矿山安全法实施条例 D1 …要求，由X规定|安全专篇的编写要求，由国务院劳动行政主管部门规定。|DELEGATES|国务院劳动行政主管部门|rulemaking
            矿山安全法实施条例 no duty besides|安全专篇的编写要求，由国务院劳动行政主管部门规定。|RESPONSIBLE||
            药品管理法(2019-08-26) D7 按照X规定 + verb|所需费用按照国务院规定列支。|DELEGATES|国务院|rulemaking
            防震减灾法(2008-12-27) D7 按照X规定执行|具体分级标准按照国务院规定执行。|DELEGATES|国务院|rulemaking
            母婴保健法实施办法 D7 按照X制定的N|医疗、保健机构应当按照国务院卫生行政部门制定的技术操作规范，实施消毒接生和新生儿复苏，预防产伤及产后出血等产科并发症，降低孕产妇及围产儿发病率、死亡率。|DELEGATES|国务院卫生行政部门|rulemaking
            地名管理条例 D7 按照X会同Y制定的N|地名的罗马字母拼写以《汉语拼音方案》作为统一规范，按照国务院地名行政主管部门会同国务院有关部门制定的规则拼写。|DELEGATES|国务院地名行政主管部门;国务院有关部门|rulemaking
            文物保护法 negative 在全国重点文物保护单位…前款规定的|在全国重点文物保护单位的保护范围内进行前款规定的建设工程或者作业的，必须经省、自治区、直辖市人民政府批准，在批准前应当征得国务院文物行政部门同意。|DELEGATES||
            内河交通安全管理条例 所在地 before the level is cut|渡口所在地县级人民政府应当建立、健全渡口安全管理责任制，指定有关部门负责对渡口和渡运安全实施监督检查。|RESPONSIBLE|县级人民政府|
            长江保护法 a place before the level is cut only from the whole name, never across a list|国务院有关部门和长江流域地方各级人民政府应当采取措施，加快病险水库除险加固。|RESPONSIBLE|国务院有关部门;长江流域地方各级人民政府|
            长江保护法 流域 before the level is cut|长江流域县级以上地方人民政府应当加强对长江流域草原资源的保护，对具有调节气候、涵养水源、保持水土、防风固沙等特殊作用的基本草原实施严格管理。|RESPONSIBLE|县级以上地方人民政府|
            出版管理条例 negative 所在地 after a clause word (the receiver stays out)|由主办单位向所在地省、自治区、直辖市人民政府出版行政主管部门办理注销登记。|RESPONSIBLE||
            文物保护法 X凭…放行|海关凭文物出境许可证放行。|RESPONSIBLE|海关|
            商标法实施条例 X不予受理|申请手续不齐备、未按照规定填写申请文件或者未缴纳费用的，商标局不予受理，书面通知申请人并说明理由。|RESPONSIBLE|商标局|
            商标法实施条例 不影响X is no part of the name|被异议人不答辩的，不影响商标局作出决定。|RESPONSIBLE|商标局|
            标准化法实施条例 由X会同Y规划|国家检验机构由国务院标准化行政主管部门会同国务院有关行政主管部门规划、审查。|RESPONSIBLE|国务院标准化行政主管部门;国务院有关行政主管部门|
            发票管理办法 negative 由X确定的N (relative)|增值税专用发票由国务院税务主管部门确定的企业印制；|RESPONSIBLE||
            民事诉讼法 negative 不服X|公民不服选举委员会对选民资格的申诉所作的处理决定，可以在选举日的五日以前向选区所在地基层人民法院起诉。|RESPONSIBLE||
            建筑法(2019-04-23) X可以规定… (the subject sets the rule)|国务院可以规定实行强制监理的建筑工程的范围。|DELEGATES|国务院|rulemaking
            建筑法(2019-04-23) X可以规定… is no duty besides|国务院可以规定实行强制监理的建筑工程的范围。|RESPONSIBLE||
            水污染防治法(2017-06-27) X和Y根据…，可以规定…|国务院和省、自治区、直辖市人民政府根据水环境保护的需要，可以规定在饮用水水源保护区内，采取禁止或者限制使用含磷洗涤剂、化肥、农药以及限制种植养殖等措施。|DELEGATES|国务院;省、自治区、直辖市人民政府|rulemaking
            标准化法实施条例(1990-04-06) 由X统一规定|国家标准、行业标准和地方标准的代号、编号办法，由国务院标准化行政主管部门统一规定。|DELEGATES|国务院标准化行政主管部门|rulemaking
            标准化法实施条例(1990-04-06) 由X统一规定 is no duty besides|国家标准、行业标准和地方标准的代号、编号办法，由国务院标准化行政主管部门统一规定。|RESPONSIBLE||
            疫苗管理法(2019-06-29) 由X、Y共同制定|疫苗储存、运输管理规范由国务院药品监督管理部门、国务院卫生健康主管部门共同制定。|DELEGATES|国务院卫生健康主管部门;国务院药品监督管理部门|rulemaking
            疫苗管理法(2019-06-29) 由X、Y共同制定 is no duty besides|疫苗储存、运输管理规范由国务院药品监督管理部门、国务院卫生健康主管部门共同制定。|RESPONSIBLE||
            医疗器械监督管理条例(2021-02-09) 分别由X、Y制定|具体收费项目、标准分别由国务院财政、价格主管部门按照国家有关规定制定。|DELEGATES|国务院价格主管部门;国务院财政主管部门|rulemaking
            医疗器械监督管理条例(2021-02-09) 分别由X、Y制定 is no duty besides|具体收费项目、标准分别由国务院财政、价格主管部门按照国家有关规定制定。|RESPONSIBLE||
            武器装备科研生产许可管理条例(2008-03-06) 会同Y(以下简称Z)和W共同制定|许可目录由国务院国防科技工业主管部门会同中国人民解放军总装备部(以下简称总装备部)和军工电子行业主管部门共同制定，并适时调整。|DELEGATES|中国人民解放军总装备部;军工电子行业主管部门;国务院国防科技工业主管部门|rulemaking
            期货和衍生品法(2022-04-20) X或者Z授权的Y: Z authorises|衍生品市场由国务院期货监督管理机构或者国务院授权的部门按照职责分工实行监督管理。|DELEGATES|国务院授权的部门|authorisation
            基金会管理条例(2004-03-08) X或者Z授权的Y, Z one name|省、自治区、直辖市人民政府有关部门或者省、自治区、直辖市人民政府授权的组织，是省、自治区、直辖市人民政府民政部门登记的基金会的业务主管单位。|DELEGATES|省、自治区、直辖市人民政府授权的组织|authorisation
            铁路法(2015-04-24) X或者X授权的Y after a verb|地方铁路、专用铁路、铁路专用线的建设计划必须符合全国铁路发展规划，并征得国务院铁路主管部门或者国务院铁路主管部门授权的机构的同意。|DELEGATES|国务院铁路主管部门授权的机构|authorisation
            # agency acts on funds, plans and files (seed 003 misses; cases from other corpus files)
            城镇排水与污水处理条例(2013-10-02) X核定|城镇排水主管部门核定城镇污水处理运营成本，应当考虑主要污染物削减情况。|RESPONSIBLE|城镇排水主管部门|
            社会救助暂行办法 X统筹|国务院民政部门统筹全国社会救助体系建设。|RESPONSIBLE|国务院民政部门|
            旅游法(2018-10-26) X统筹组织本地的… (a place after the verb, no relative clause)|县级以上地方人民政府统筹组织本地的旅游形象推广工作。|RESPONSIBLE|县级以上地方人民政府|
            出口管制法(2020-10-17) X综合考虑…，…|国家出口管制管理部门综合考虑下列因素，对出口经营者出口管制物项的申请进行审查，作出准予或者不予许可的决定：|RESPONSIBLE|国家出口管制管理部门|
            国家科学技术奖励条例(2020-10-07) X聘请|国家科学技术奖励委员会聘请有关方面的专家、学者等组成评审委员会和监督委员会，负责国家科学技术奖的评审和监督工作。|RESPONSIBLE|国家科学技术奖励委员会|
            人类遗传资源管理条例(2019-05-28) 由X合并审批|可以在开展国际合作科学研究申请中列明出境计划一并提出申请，由国务院科学技术行政部门合并审批。|RESPONSIBLE|国务院科学技术行政部门|
            生猪屠宰管理条例(2021-06-25) 由X结合…|生猪定点屠宰厂（场）对病害生猪及生猪产品进行无害化处理的费用和损失，由地方各级人民政府结合本地实际予以适当补贴。|RESPONSIBLE|地方各级人民政府|
            矿产资源法(2024-11-08) 由X收回|情节严重的，由原矿业权出让部门收回矿业权。|RESPONSIBLE|原矿业权出让部门|
            环境保护法(2014-04-24) 由X下达|重点污染物排放总量控制指标由国务院下达，省、自治区、直辖市人民政府分解落实。|RESPONSIBLE|国务院|
            外国律师事务所驻华代表机构管理条例 negative X合并、分立 befalls a body|代表机构合并、分立或者增加新任代表的，应当依照本条例有关代表机构设立程序的规定办理许可手续。|RESPONSIBLE||
            企业法人登记管理条例 negative X核准登记注册的N (relative)|登记主管机关核准登记注册的企业法人的法定代表人是代表企业行使职权的签字人。|RESPONSIBLE||
            城镇土地使用税暂行条例 negative 由X拨付事业经费的N (relative)|(二)由国家财政部门拨付事业经费的单位自用的土地；|RESPONSIBLE||
            职业教育法(2022-04-20) negative 政府统筹、分级管理 (a way of governing)|职业教育实行政府统筹、分级管理、地方为主、行业指导、校企合作、社会参与。|RESPONSIBLE||
            # entrustment of a body named by what it is fit for; 委托其 after a short name
            劳动保障监察条例(2004-11-01) 委托符合…的组织|县级、设区的市级人民政府劳动保障行政部门可以委托符合监察执法条件的组织实施劳动保障监察。|DELEGATES|符合监察执法条件的组织|entrustment
            医疗保障基金使用监督管理条例(2021-01-15) 依法委托符合…的组织|医疗保障行政部门可以依法委托符合法定条件的组织开展医疗保障行政执法工作。|DELEGATES|符合法定条件的组织|entrustment
            旅行社条例 negative Y(以下简称Z)…委托其, no agency entrusts|组团社组织旅游者出国旅游，应当选择在目的地国家依法设立并具有良好信誉的旅行社(以下简称境外接待社)，并与之订立书面合同后，方可委托其承担接待工作。|DELEGATES||
            # approval 经X确认
            无人驾驶航空器飞行管理暂行条例(2023-05-31) 经X确认后|应当在计划起飞1小时前向空中交通管理机构报告预计起飞时刻和准备情况，经空中交通管理机构确认后方可起飞。|RESPONSIBLE|空中交通管理机构|
            公路安全保护条例(2011-03-07) 经X确认…方可|在公路桥梁跨越的河道上下游各500米范围内依法进行疏浚作业的，应当符合公路桥梁安全要求，经公路管理机构确认安全方可作业。|RESPONSIBLE|公路管理机构|
            # designation X为/是…的Y部门
            反间谍法(2023-04-26) X是…的主管机关|国家安全机关是反间谍工作的主管机关。|RESPONSIBLE|国家安全机关|
            河道管理条例(2018-03-19) X是…的主管机关|国务院水利行政主管部门是全国河道的主管机关。|RESPONSIBLE|国务院水利行政主管部门|
            仲裁委员会登记暂行办法 negative a role X, its agency after 是|仲裁委员会的登记机关是省、自治区、直辖市的司法行政部门。|RESPONSIBLE||
            外国商会管理暂行规定 negative X是指 (a definition)|商业机构是指外国公司、企业以及其他经济组织依法在中国境内设立的代表机构和分支机构。|RESPONSIBLE||
            # fifth round (general fixes): lists whose shared head is written once
            抗旱条例(2009-02-26) X和其他有关部门 at X's level|县级以上人民政府水行政主管部门和其他有关部门应当及时向人民政府防汛抗旱指挥机构提供水情、雨情和墒情信息。|RESPONSIBLE|县级以上人民政府水行政主管部门;县级以上人民政府其他有关部门|
            外商投资法实施条例(2019-12-26) X、Y以及其他有关部门|国务院商务主管部门、投资主管部门以及其他有关部门按照职责分工，密切配合、相互协作，共同做好外商投资促进、保护和管理工作。|RESPONSIBLE|国务院商务主管部门;国务院投资主管部门;国务院其他有关部门|
            广告法(2021-04-29) 以及其他有关部门 without a level: the head of the member before|新闻出版、广播电视主管部门以及其他有关部门应当依法对负有责任的主管人员和直接责任人员给予处分；情节严重的，并可以暂停媒体的广告发布业务。|RESPONSIBLE|新闻出版主管部门;广播电视主管部门|
            地质灾害防治条例(2003-11-24) 第十八条 会同同级X、Y等部门: the level shared|县级以上地方人民政府国土资源主管部门会同同级建设、水利、交通等部门依据地质灾害防治规划，拟订年度地质灾害防治方案，报本级人民政府批准后公布。|RESPONSIBLE|县级以上地方人民政府国土资源主管部门;同级建设部门;同级水利部门;同级交通部门|
            水污染防治法(2017-06-27) 会同Y， ends the clause; X等部门 as one member|国务院环境保护主管部门应当会同国务院水行政等部门和有关省、自治区、直辖市人民政府，建立重要江河、湖泊的流域水环境保护联合协调机制，实行统一规划、统一标准、统一监测、统一的防治措施。|RESPONSIBLE|国务院环境保护主管部门;国务院水行政部门;有关省、自治区、直辖市人民政府|
            固体废物污染环境防治法(2020-04-29) 会同X、Y、海关等主管部门|国家逐步实现固体废物零进口，由国务院生态环境主管部门会同国务院商务、发展改革、海关等主管部门组织实施。|RESPONSIBLE|国务院生态环境主管部门;国务院商务主管部门;国务院发展改革主管部门;海关|
            反间谍法(2023-04-26) X、Y等有关部门和Z|公安、保密等有关部门和军队有关部门按照职责分工，密切配合，加强协调，依法做好有关工作。|RESPONSIBLE|公安部门;保密部门;军队有关部门|
            机关团体建设楼堂馆所管理条例(2017-10-05) X、Y等有关部门以及Z: Y is a full name|财政给予经费补助的事业单位和人民团体以外的其他团体建设、维修楼堂馆所的管理办法，由国务院发展改革部门会同国务院财政部门、住房城乡建设部门等有关部门以及有关机关事务管理部门按照确有必要、严格控制的原则制定。|DELEGATES|国务院发展改革部门;国务院财政部门;国务院住房城乡建设部门;国务院有关机关事务管理部门|rulemaking
            长江三峡工程建设移民条例 named provinces share the body|湖北省、重庆市人民政府负责本行政区域内三峡工程建设移民工作，并设立三峡工程建设移民管理机构。|RESPONSIBLE|湖北省人民政府;重庆市人民政府|
            文物保护法(2017-11-04) levels sharing 人民政府, then another member|设区的市级和县级文物保护单位，分别由设区的市、自治州人民政府和县级人民政府核定公布，并报省、自治区、直辖市人民政府备案。|RESPONSIBLE|设区的市人民政府;自治州人民政府;县级人民政府|
            土地管理法(2019-08-26) levels after 授权的|本条第二款、第三款规定以外的土地利用总体规划，逐级上报省、自治区、直辖市人民政府批准；其中，乡（镇）土地利用总体规划可以由省级人民政府授权的设区的市、自治州人民政府批准。|DELEGATES|设区的市人民政府;自治州人民政府|authorisation
            立法法(2023-03-13) two levels joined by 的|省、自治区、直辖市和设区的市、自治州的人民政府，可以根据法律、行政法规和本省、自治区、直辖市的地方性法规，制定规章。|RESPONSIBLE|省、自治区、直辖市人民政府;设区的市人民政府;自治州人民政府|
            地方组织法(2022-03-11) negative X分别由…组成|县、自治县、不设区的市、市辖区的人民政府分别由县长、副县长，市长、副市长，区长、副区长和局长、科长等组成。|RESPONSIBLE||
            烈士褒扬条例(2019-08-01) 由X帮助|家住农村的烈士遗属住房有困难的，由当地人民政府帮助解决。|RESPONSIBLE|当地人民政府|
            枪支管理法(2015-04-24) 由X收缴|配置民用枪支的单位和个人不再符合持枪条件时，必须及时将枪支连同持枪证件上缴核发持枪证件的公安机关；未及时上缴的，由公安机关收缴。|RESPONSIBLE|公安机关|
            食盐专营办法(2017-12-26) 由X予以|有下列情形之一的，由县级以上地方人民政府盐业主管部门予以取缔，没收违法生产经营的食盐和违法所得。|RESPONSIBLE|县级以上地方人民政府盐业主管部门|
            教师资格条例 由X审定|教师资格考试科目、标准和考试大纲由国务院教育行政部门审定。|RESPONSIBLE|国务院教育行政部门|
            国家赔偿法 negative 两个以上行政机关 names no agency|两个以上行政机关共同行使行政职权时侵犯公民、法人和其他组织的合法权益造成损害的，共同行使行政职权的行政机关为共同赔偿义务机关。|RESPONSIBLE||
            期货和衍生品法 negative a market firm (…经营/发行/销售/交易机构) is a regulated party|期货经营机构应当依法经营，勤勉尽责，诚实守信。|RESPONSIBLE||
            突发事件应对法(2024-06-28) 会同X、Y等部门 + any verb|国务院应急管理部门会同卫生健康、自然资源、住房城乡建设等部门统筹、指导全国应急避难场所的建设和管理工作，建立健全应急避难场所标准体系。|RESPONSIBLE|国务院应急管理部门;卫生健康部门;自然资源部门;住房城乡建设部门|
            # sixth round, after sample 6: a role name with two heads, 由X安排/改变, bodies with no name
            防震减灾法(2008-12-27) 负责…的部门或者机构: two bodies|县级以上地方人民政府负责管理地震工作的部门或者机构应当采取紧急措施组织修复。|RESPONSIBLE|县级以上地方人民政府负责管理地震工作的部门;县级以上地方人民政府负责管理地震工作的机构|
            国务院关于禁止在市场经济活动中实行地区封锁的规定 由X改变或者撤销|国务院有关部门的规定违反本规定的，由国务院改变或者撤销该部门不适当的规定。|RESPONSIBLE|国务院|
            民兵武器装备管理条例 由X安排|需要修理的，由军区司令部门安排修理。|RESPONSIBLE|军区司令部门|
            防汛条例 negative 由X安排的N (the agency qualifies a noun)|由财政部门安排的防汛经费，按照分级管理的原则，分别列入中央财政和地方财政预算。|RESPONSIBLE||
            海洋环境保护法(2023-10-24) negative 部门或者机构 alone names no one|由依照本法规定行使海洋环境监督管理权的部门或者机构责令改正。|RESPONSIBLE||
            民用航空法(2021-04-29) X对…另有规定的，从其规定: a rule left to X, no duty|国务院、中央军事委员会对无人驾驶航空器的管理另有规定的，从其规定。|DELEGATES|国务院;中央军事委员会|rulemaking
            民用航空法(2021-04-29) … no duty besides|国务院、中央军事委员会对无人驾驶航空器的管理另有规定的，从其规定。|RESPONSIBLE||
            国务院关于预防煤矿生产安全事故的特别规定 X负责…的部门、Y: a list whose first member is named by its remit|县级以上地方人民政府负责煤矿安全生产监督管理的部门、煤矿安全监察机构对被责令停产整顿的煤矿进行监督检查。|RESPONSIBLE|县级以上地方人民政府负责煤矿安全生产监督管理的部门;煤矿安全监察机构|
            航道法(2016-07-02) 负责…的部门、Y with no body before it|负责航道管理的部门、海事管理机构应当根据需要对航标或者航道的位置、走向进行临时调整。|RESPONSIBLE|负责航道管理的部门;海事管理机构|
            工业产品生产许可证管理条例(2005-07-09) 依照X、Y的有关规定: the list's members share its level|办理工业产品生产许可证的收费项目依照国务院财政部门、价格主管部门的有关规定执行。|DELEGATES|国务院财政部门;国务院价格主管部门|rulemaking
            种子法(2021-12-24) a list of types under one head|从境外引进种质资源的，依照国务院农业农村、林业草原主管部门的有关规定办理。|DELEGATES|国务院农业农村主管部门;国务院林业草原主管部门|rulemaking
            优化营商环境条例 a law beside the agency: the agency alone|新设行政许可应当按照行政许可法和国务院的规定严格设定标准。|DELEGATES|国务院|rulemaking
            # negatives: recipients, objects of supervision, persons
            seed 004 市场监督管理行政处罚裁量权指导意见 negative X制定的 (relative)|市场监管部门制定的行政处罚裁量权基准应当主动向社会公开。|RESPONSIBLE||
            seed 004 涉密地质资料管理细则 negative X会同Y制定的 (relative)|依据国家保密行政管理部门会同中央有关机关制定的保密事项范围进行。|RESPONSIBLE||
            企业法人登记管理条例 negative X核发的 (relative)|登记主管机关核发的《企业法人营业执照》是企业法人凭证。|RESPONSIBLE||
            国务院令第457号 negative X确定的 (relative)|省、自治区、直辖市人民政府确定的公共场所的经营者应当在公共场所内放置安全套或者设置安全套发售设施。|RESPONSIBLE||
            国家赔偿法 the subject of the next clause still counts|赔偿委员会作出的赔偿决定生效后，如发现赔偿决定违反本法规定的，经本院院长决定或者上级人民法院指令，赔偿委员会应当在两个月内重新审查并依法作出决定。|RESPONSIBLE|赔偿委员会|
            seed 004 生态环境损害赔偿管理规定 negative 指定X (the verb's object)|赔偿权利人可以根据有关职责分工，指定有关部门或机构负责具体工作。|RESPONSIBLE||
            negative 报X备案|建设单位应当于施工前报有管辖权的水行政主管部门备案。|RESPONSIBLE||
            negative 直接负责的主管人员|对直接负责的主管人员和其他直接责任人员依法给予处分。|RESPONSIBLE||
            negative 向X报告|乡镇煤矿应当定期向原审查办矿条件的煤炭工业主管部门报送图纸。|RESPONSIBLE||
            # a sentence that ends 由X(另行)规定 leaves what it speaks of to X, however far its object (no duty besides)
            城市房地产管理法(2019-08-26) 第十四条|土地使用权出让最高年限由国务院规定。|DELEGATES|国务院|rulemaking
            国歌法(2017-09-01) 第九条|军队奏唱国歌的场合和礼仪，由中央军事委员会规定。|DELEGATES|中央军事委员会|rulemaking
            公司法(2023-12-29) 第二百四十五条|对外国公司分支机构的经营资金需要规定最低限额的，由国务院另行规定。|DELEGATES|国务院|rulemaking
            水路货物运输合同实施细则 由X商Y另行规定 is no duty|港口费用的核收，由交通部商国家物价局、国家工商行政管理局另行规定。|RESPONSIBLE||
            """)
    void findsFormOfTheSamples(String source, String sentence, RelationType type, String targets, String kind) {
        check(source, sentence, type, targets, kind);
    }

    private void check(String source, String sentence, RelationType type, String targets, String kind) {
        List<Relation> rels = stage.extract(List.of(ArticleDocuments.doc("测试管理条例", "国务院令第999号", sentence))).relations();
        Set<String> expected = targets == null ? Set.of() : new TreeSet<>(Arrays.asList(targets.split(";")));
        Set<String> found = rels.stream().filter(r -> r.type() == type).map(Relation::target)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, found, () -> source + ": " + rels);
        if (kind != null) {
            rels.stream().filter(r -> r instanceof Relation.Delegates).map(r -> (Relation.Delegates) r)
                    .forEach(d -> assertEquals(kind, d.kind(), d::toString));
        }
    }

    /** What a rule-making delegation leaves to the body (`what`): the object before 由, or 规定 when a condition stands there. */
    @ParameterizedTest(name = "{1}: {2} ← {0}")
    @CsvSource(delimiter = '|', value = {
            "历史文化名城和历史文化街区、村镇的保护办法，由国务院制定。|国务院|保护办法",                 // 文物保护法
            "土地使用权出让最高年限由国务院规定。|国务院|土地使用权出让最高年限",                          // 城市房地产管理法
            "军队奏唱国歌的场合和礼仪，由中央军事委员会规定。|中央军事委员会|场合和礼仪",                  // 国歌法
            "对外国公司分支机构的经营资金需要规定最低限额的，由国务院另行规定。|国务院|规定",              // 公司法
    })
    void delegatedSubject(String sentence, String target, String what) {
        List<Relation> rels = stage.extract(List.of(ArticleDocuments.doc("测试管理条例", "国务院令第999号", sentence))).relations();
        List<String> got = rels.stream().filter(r -> r instanceof Relation.Delegates d && d.target().equals(target))
                .map(r -> ((Relation.Delegates) r).what()).toList();
        assertEquals(List.of(what), got, rels::toString);
    }

    /** Notices and plans without articles assign duties too (负责, 牵头, 会同 and responsibility parentheticals). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            安委办〔2022〕12号 (seed 004)|进行建设和管理。应急管理部负责国家安全生产应急救援力量建设的指导协调工作，综合考虑事故风险。|应急管理部
            seed 004 parenthetical|推广说理式执法文书。（生态环境部负责）|生态环境部
            seed 003 按职责分工负责|加快推进知识产权强国建设。（国家知识产权局、市场监管总局按职责分工负责）|国家知识产权局;市场监管总局
            seed 003 牵头单位|完善审查制度。（牵头单位：国家知识产权局；参与单位：最高人民法院、公安部）|国家知识产权局;最高人民法院;公安部
            seed 003 牵头|深化改革。国家知识产权局牵头，中央组织部、中央宣传部按职责分工负责。|国家知识产权局;中央组织部;中央宣传部
            negative 负责人|要吸收国家安全生产应急救援队伍负责人作为应急救援现场指挥部成员。|
            """)
    void findsNoticeDuty(String source, String paragraph, String targets) {
        List<Relation> rels = stage.extract(List.of(ArticleDocuments.notice("关于测试的指导意见", "安委办〔2099〕1号", paragraph))).relations();
        Set<String> expected = targets == null ? Set.of() : new TreeSet<>(Arrays.asList(targets.split(";")));
        Set<String> found = rels.stream().filter(r -> r.type() == RelationType.RESPONSIBLE).map(Relation::target)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, found, () -> source + ": " + rels);
    }
}
