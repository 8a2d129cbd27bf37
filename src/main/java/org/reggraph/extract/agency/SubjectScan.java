package org.reggraph.extract.agency;

import org.reggraph.extract.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code DutyFinder.SUBJECT} — an optional lead word (由, 并, 其中 …), a name of up to {@link #MAX_NAME} name characters
 * taken lazily, an agency head, then a duty word (or parties, or a designee, and then one) — matched by hand. The regex
 * tried the 23 heads and then ~90 duty words at each position of every clause that names an agency (8 % of the
 * extraction); here a head is tried only where its first character stands. The result is the regex's: same lazy order, heads in list order, the lead word
 * tried before none; {@code SubjectScanTest} compares both on the corpus's clauses.
 */
final class SubjectScan {

    /**
     * The ends of a clause subject: the agency heads, and 等(相关)单位 closing a list of named bodies (教育部、中科院、工程院、中国科协等
     * 相关单位要积极主动协调配合; DutyFinder's CLOSED_BY_UNITS splits the bodies named). The closers end a subject only: in the heads of every other
     * pattern ({@code DutyFinder.SUFFIX}) they would be tried wherever a head is.
     */
    static final List<String> HEAD_WORDS = java.util.stream.Stream.concat(Lexicon.AGENCY_HEADS.stream(),
            java.util.stream.Stream.of("等相关单位", "等有关单位")).toList(); // no other head begins with 等: the order is free

    /** The lead words a clause subject may follow (但如 before 但: 但如香港特别行政区法院在审理案件时需要…). */
    static final List<String> LEADS = List.of("由", "并", "且", "其中", "同时", "但如", "但", "另外", "此外");
    /** The words that may follow a clause subject: its duty, modal or preposition. */
    static final List<String> NEXT = List.of("应当", "应", "负责", "对", "会同", "按照", "依照", "依据", "根据", "在", "可以",
            "可", "统一", "组织", "主管", "履行", "开展", "发现", "建立", "制定", "审核", "加强", "参与", "承担", "指导", "批准",
            "进行", "确定", "鼓励", "编制", "完成", "认为", "没收", "决定", "监督", "实施", "向", "于", "将", "方可", "给予", "不得",
            "要", "须", "必须", "按", "牵头", "接到", "以及", "做好", "及时", "定期", "每年", "适时", "推动", "落实",
            "依法", "具体", "作出", "查处", "中止", "有权", "审查", "通知", "核发", "告知", "受理", "办理", "登记", "公布", "征收",
            "处理", "责令", "立即", "共同", "分别", "并", "还应当", "还应", "还可以", "不予", "准予", "参照", "凭",
            // a body that helps do the work (乡、镇人民政府和街道办事处协助做好…工作); not 协助 alone, whose subject is as often
            // asked for help (通知公安机关协助, 在中央人民政府协助或授权下) or no body (多部门协同)
            "协助做好", "协同做好", "配合做好",
            // a modal after an adverb (X也可以…, X仍然认为…的，应当…, X均应当…)
            "也可以", "也可", "也应当", "也应", "仍然", "仍应当", "均应当", "均应", "都应当",
            // bodies that act among themselves (X和其他有关部门之间应当建立…机制); not 之间的, a relation named
            "之间应当", "之间应",
            // acts of an agency on funds, plans and files (财政部核定并批复…, 专业机构综合考虑…，组织…)
            "核定", "批复", "下达", "拨付", "收回", "追回", "统筹", "督促", "聘请", "审定", "核准", "核实", "结合", "综合考虑",
            "合并",
            // policy acts of a government (国务院和省…人民政府规范财政转移支付制度, 地方各级人民政府确保…资金…用于义务教育)
            "规范", "确保", "保障", "加大", "完善", "健全",
            // 获知…后, 知悉…的, 分工负责/管理/协作 (X和其他有关部门获知…风险信息后，应当…)
            "获知", "知悉", "分工负责", "分工管理", "分工协作",
            // 收到…后 as 接到…后 (法律援助机构收到法律援助申请后，应当进行审查); 行使…职责/职权 (各级X部门行使…监督职责)
            "收到", "行使",
            // 单独或者会同Y…, 自行或者会同Y…: the subject acts alone or with a partner
            "单独或者会同", "单独或会同", "自行或者会同",
            // 设立 a body (国务院设立国家禁毒委员会): the act is the subject's; DutyFinder.SET_UP_BODY takes the body; 组建 a team
            // (公安部门组建消防队) or 成立 one (有关部门应当成立工作组), not a body X formed (县级以上地方人民政府组建的抢险救灾指挥机构)
            // nor the subject's own founding (机构成立后)
            "设立", "组建", "成立",
            // acts mined from clause subjects of the corpus and seeds (县级以上人民政府领导…, 各级人民政府采取…, 行业监管部门推进…)
            "领导", "采取", "推进", "审批", "自行", "保障", "支持", "扶持", "协调",
            "驳回",
            // a body that guides a field (国家矿山安全监察局引导和规范…标准工作, 地方人民政府引导农业富余劳动力…); not 引导 in a
            // principle's pairs (政府引导、市场运作, 政府引导与市场调节相结合, 政府引导为主)
            "引导",
            // the police's and the courts' steps in a case (公安机关立案侦查传销案件; 公安机关、人民检察院、人民法院讯问未成年犯罪嫌疑人); a
            // complaint the bodies no longer take (各级人民政府信访工作机构和其他行政机关不再受理)
            "立案侦查", "讯问", "不再受理",
            // a draft the body writes (房屋征收部门拟定征收补偿方案，报市、县级人民政府); a rule it drafts stays rule-making
            // (DutyFinder.DELEGATE_SUBJECT reads the clause's 制定 and 拟订 of rules)
            "拟定", "拟订",
            // a sanction the subject imposes, its duties after it (X或者Y吊销…许可证后，应当通知…)
            "吊销",
            // a government carries out the decisions of its congress (乡、民族乡、镇的人民政府执行本级人民代表大会的决议…); not 执行
            // alone, which ends the clause after the body a party is sent to (安排有关办案机关执行, 申请人民法院执行)
            "执行本级", "执行上级",
            // a congress or its committee hears reports (各级人民代表大会常务委员会听取和审议本级监察委员会的专项工作报告); not 讨论, whose
            // subjects the samples record as none (管理委员会讨论…事项, 提交审判委员会讨论决定, 常务委员会讨论…重大事项)
            "听取",
            // X予以配合 (工业、市场监督管理等有关部门予以配合); not 予以 alone: 由X予以取缔 is read by 由, 请求X予以撤销 no duty
            "予以配合", "予以协助", "予以支持",
            // the subject's own prior step (X经商Y后，…; X经审核同意后; X经抽查发现…; 海关经了解有关情况…后; 中央人民政府经同…磋商;
            // 最高人民检察院经审查，认为…; nine of the samples' fifteen 经审查 after a body record it, the six others name no body;
            // 公安机关经调查，发现…的，应当…, 监察机关经调查认为…);
            // its own acts on data (X汇总编制…, X综合平衡…, X征询…, X送达…)
            "经商", "经审核", "经审查", "经调查", "经抽查", "经与", "经同", "经了解", "汇总", "综合平衡", "征询", "送达",
            // the time limit of the subject's act (人民检察院自收到…案件材料之日起三日以内，应当告知…; 行政机关自受理申请之日起二十日内…;
            // the samples record each of the fifteen they hold)
            "自收到", "自受理", "自接到", "自立案",
            // 发挥…作用 (人民法院、人民检察院发挥审判、检察职能作用，依法防范…)
            "发挥",
            // a court's procedure (人民法院适用简易程序审理案件，应当…), a questioning (公安机关…提讯人犯时，必须持有提讯证); not
            // 实行, whose 国务院实行总理负责制 and 实行民主集中制原则 the samples record as no duty
            "适用简易程序", "适用普通程序", "适用特别程序", "提讯",
            // a court's ruling (海事法院裁定准予申请人设立…基金的，应当…); the acts besides another's (银行业监督管理机构除依照本法…
            // 规定处罚外，还可以…); not 除 alone, which closes an exception (…部门除外)
            "裁定", "除依照", "除依法", "除按照",
            // a court's hearing before its judgment (人民法院经过审理，查明…，判决…), the police's inquiry before its next step
            // (公安机关经过侦查，对有证据证明有犯罪事实的案件，应当进行预审)
            "经过审理", "经过侦查",
            // a court's hearing of a kind of case, its duties after it (人民法院审理…减刑、假释案件，应当通知…; 人民法院审理行政案件，以事实为
            // 根据); not 审理的, what it hears
            "审理",
            // a court's trial of a kind of case (人民法院审判第一审案件应当公开进行, 人民法院审判公诉案件…); not 审判委员会, 审判员, 审判的
            "审判第一审", "审判第二审", "审判案件", "审判公诉", "审判上诉", "审判下列",
            // a body's duties listed after it (国有资产监督管理机构的主要职责是：…, 管理委员会（以下简称…）主要职责是:…; 的职责 only
            // ending the clause: 婚姻登记机关的职责：(一)…)
            "主要职责", "的主要职责", "的职责是", "的职责为", "的职责", "的具体职责", "的基本职责", "的工作职责", "职责是",
            // 管理 + the area governed (国家人民防空主管部门管理全国的人民防空工作, 商检机构管理所辖地区的…工作); 管理 alone begins role
            // names (X管理…工作的部门)
            "管理全国", "管理本行政区域", "管理本区域", "管理本系统", "管理所辖", "管理本辖区",
            // the local areas by name (自治县人民政府林业行政主管部门管理本县的林业工作, 市农业局管理全市…)
            "管理本省", "管理本市", "管理本州", "管理本县", "管理本区", "管理本地区", "管理本乡", "管理本镇", "管理全省", "管理全市",
            "管理全州", "管理全县", "管理全区",
            // the department a matter is assigned to (国家邮政局计划财务部归口管理…工作)
            "归口管理",
            // 管理 + what the subject governs, before the duties it lists (劳动保障行政部门管理失业保险工作，履行下列职责：)
            "管理",
            // a purpose before the act (国务院外汇管理部门为履行外汇管理职责，可以…); 为 alone names a beneficiary (为船员提供…)
            "为履行", "为了", "为维护", "为应对",
            // X代表国家(行使…所有权、具体负责追索): the subject's own act (not 指定, which begins X指定的Y, a body X names)
            "代表国家", "代表本级人民政府",
            // an inquiry the subject makes, its powers after it (监督检查部门调查涉嫌不正当竞争行为，可以采取下列措施)
            "调查", "检查",
            // a responsibility the subject bears (交通主管部门、公路管理机构负有管理和保护公路的责任); 负有…职责的部门 stays a role name
            "负有",
            // a need that conditions the subject's act (县级、设区的市级人民政府需要设置…场所的，应当合理布局)
            "需要",
            // the cases a body hears, named before the clause ends (国务院部门管辖下列行政复议案件, 中级人民法院管辖第一审…案件,
            // 高级人民法院管辖在本辖区有重大影响的第一审民事案件; not 管辖的Y, what X governs: the guard asks for 案件), and 同时管辖
            "管辖", "同时管辖",
            // the principles a body holds to (国务院坚持中国共产党的领导，…; 人民法院坚持司法公正; 全国人民代表大会及其常务委员会坚持科学立法…):
            // the organic laws' duties, as the samples read them
            "坚持",
            // the means of the subject's act (县级以上人民政府通过预算、审计…等方式，加强资金的监督管理); not 通过 alone, which is a
            // passing (经X通过, X通过的决定)
            "通过");
    /**
     * Words that continue a name after its head: 机构 + 编制管理机关 (编制 is also a duty word); 负责人 is a person
     * (会计机构负责人, 行政机关负责人), not the body's 负责 — unless a word begins with its 人 (负责人体器官…, 负责人民防空…);
     * 国务院 + 应急管理部门 is one name, not 国务院 + the modal 应; 合并、分立 and 合并或者分立 befall a body (代表机构合并、分立),
     * where 合并 + an object is an agency's act; X统筹、Y管理 names a way of governing (职业教育实行政府统筹、分级管理);
     * X设立的Y is the body Y (国务院民用航空主管部门设立的地区民用航空管理机构负责…), where X设立Y is X's act; 国务院对外贸易主管部门
     * and 县级以上人民政府主管部门 are one name each, not 国务院 + 对 or 人民政府 + 主管; a title's X组织法 is no X + 组织,
     * nor a party committee's department (省委组织部, 市委组织部) its committee + 组织.
     */
    static final List<String> NAME_GOES_ON = List.of("编制管理", "编制部门", "编制机关", "负责人", "应急", "合并、", "合并或", "统筹、",
            "设立的", "对外贸易", "对外经济", "主管部门", "主管机关", "主管机构", "组织法", "组织部",
            "领导班子", "领导小组", "领导机构", "领导人员", "组长", "成员",
            // X负责制 is a system of responsibility, not X + 负责 (…防治实行地方人民政府负责制); 负责制定 is 负责 + 制定
            "负责制");
    /** Characters after 负责人 that make 负责 + a word (人体, 人民, 人口, 人力, 人才, 人事 …), not 负责人 the person. */
    static final String AFTER_PERSON_WORD = "体民口力才事工防类身权";
    /**
     * Regulated parties named beside the agencies of a subject (乡镇人民政府、村民委员会、居民委员会应当…, 地方各级人民政府、有关部门和单位应当…,
     * 各级教育行政部门和学校应当…; people's organisations: 教育行政部门、妇女联合会应当…, 各级人民政府和红十字会对…给予奖励). Longer
     * words first where one begins another.
     */
    static final List<String> PARTIES = bothBracketWidths(List.of("基层群众自治组织", "村民委员会", "居民委员会", "企业事业单位", "事业单位", "用人单位",
            "单位", "企业", "学校", "社会组织", "社会团体", "人民团体", "医疗机构", "新闻媒体", "个人", "部队", "集体经济组织", "行业组织",
            "行业协会", "妇女联合会", "残疾人联合会", "红十字会", "工会组织", "农业集体经济组织", "农村集体经济组织",
            // a basic court's tribunals, part of the court (基层人民法院和它派出的法庭审理…简单的民事案件)
            "它派出的法庭",
            // organisations beside a subject (各级人民政府、基层群众性自治组织和企业事业组织应当…)
            "基层群众性自治组织", "企业事业组织",
            // the armed police beside the police (公安机关、中国人民武装警察部队应当依法协助…: a force, recorded by no sample as an agency)
            "人民武装警察部队",
            // the commissioners beside the supervision bodies (派驻或者派出的监察机构、监察专员根据授权…: officers, borderline in the samples)
            "监察专员",
            // the triad local texts list after the governments (各级人民政府、街道办事处、居(村)民委员会、机关、团体、企业事业单位，应当…)
            // (a fixed phrase; 机关 alone ends too many agencies' names to be a party of its own)
            "居(村)民委员会", "村(居)民委员会", "机关、团体、企业事业单位", "机关、团体、企事业单位",
            "企事业单位", "新闻单位",
            // the mass organisations by their short names (各级财政、卫生行政部门和工会、妇联组织协助做好…)
            "工会", "妇联组织", "妇联", "残联",
            // the media beside the departments that spread a message (广播电视、…等行政主管部门和大众传播媒体应当宣传…)
            "大众传播媒体", "大众传播媒介", "新闻媒介"));

    /** Each word, and after it the same word with full-width brackets when it has half-width ones (居(村)民委员会, 居（村）民委员会). */
    private static List<String> bothBracketWidths(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w);
            if (w.indexOf('(') >= 0) {
                out.add(w.replace('(', '（').replace(')', '）'));
            }
        }
        return List.copyOf(out);
    }
    /** What may stand before a party: 有关单位, 其他社会组织, 各类学校, 其他有关单位, 中国残疾人联合会. */
    static final List<String> PARTY_QUALIFIERS = List.of("其他有关", "其他相关", "有关", "相关", "其他", "各类", "各", "有条件的",
            // the national people's organisations (国务院卫生、教育、民政等有关部门和中国残疾人联合会在履行职责时应当…)
            "中国");
    /**
     * Between the members of a subject; also before the party an agency authorises (林业主管部门或者其授权的单位可以代为除治: the
     * agency is the subject, the unit it authorises a delegation, which {@code Delegations} reads).
     */
    static final List<String> PARTY_JOINS = List.of("、", "和", "以及", "及", "或者其授权的", "或其授权的", "或者");
    /** Before a body the subject designates (其授权的 as {@link #PARTY_JOINS} has it, before a party). */
    static final List<String> DESIGNEE_JOINS = List.of("或者其委托的", "或其委托的", PARTY_JOINS.get(4), PARTY_JOINS.get(5));
    /** The words that end a party named by what it does: 管理单位, 接种单位, 公路经营企业, 其所属单位, 普通高等学校, 军事院校, 博物馆行业组织. */
    static final List<String> PARTY_ENDS = List.of("单位", "企业", "学校", "院校", "行业组织", "行业协会");
    /** What the 等 closing a list of parties may name them as (妇联、残联等社会团体, X、Y企业等单位). */
    private static final List<String> PARTIES_CLOSED_BY = List.of("社会团体", "社会组织", "人民团体", "单位");

    /** The most fields a list of units names (供电、通信等单位): a bound that keeps a scan from each join linear. */
    private static final int FIELD_UNITS_MAX = 12;
    /** How many characters may name what such a party does; none of them joins names or ends an agency's. */
    private static final int PARTY_DOES_MAX = 6;
    private static final String NOT_PARTY_DOES = "和及或与门府关构局委";
    /**
     * {@link #PARTIES} as a regex alternation, each word literal (居(村)民委员会 has brackets, which a regex would read as a group),
     * longer words first, so that an atomic group takes the longest as the hand scan does (工会组织, not 工会 and a verb 组织).
     */
    static final String PARTIES_REGEX = PARTIES.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|"));
    /** The parties after a subject's agencies, as a regex (the specification {@code DutyFinder.SUBJECT} uses). */
    static final String PARTY_TAIL_REGEX = "(?:(?:" + String.join("|", PARTY_JOINS) + ")(?:" + String.join("|", PARTY_QUALIFIERS)
            + ")?(?:(?>" + PARTIES_REGEX + ")|[\u4e00-\u9fff&&[^" + NOT_PARTY_DOES + "]]{1," + PARTY_DOES_MAX + "}?(?:" + String.join("|", PARTY_ENDS) + ")"
            + "|(?:[\u4e00-\u9fff&&[^" + NOT_PARTY_DOES + "]]{1," + PARTY_DOES_MAX + "}、){1," + (FIELD_UNITS_MAX - 1) + "}[\u4e00-\u9fff&&[^" + NOT_PARTY_DOES + "]]{1,"
            + PARTY_DOES_MAX + "}?等(?:单位|企业)(?=" + nextRegex() + ")))+(?:等(?:" + String.join("|", PARTIES_CLOSED_BY) + ")|等)?";
    /** Longest alternative name in brackets after a head: 厅(局), 军分区（警备区）, 军区(卫戍区、警备区). */
    static final int ALTERNATIVE_MAX = 6;
    /** {@link #bracketEnd} as a regex (the specification {@code DutyFinder.SUBJECT} uses). */
    static final String ALTERNATIVE_REGEX = "[（(](?!以下|简称|下称|下简称|含|包括)[\\u4e00-\\u9fff、]{1," + ALTERNATIVE_MAX + "}[）)]";
    /** {@link #NAME_GOES_ON} as a regex (the specification {@code DutyFinder.SUBJECT} uses). */
    static final String NAME_GOES_ON_REGEX = String.join("|", NAME_GOES_ON).replace("负责人", "负责人(?![" + AFTER_PERSON_WORD + "])")
            .replace("负责制", "负责制(?![定订])");
    /**
     * A subject list may be long: 县、自治县、不设区的市、市辖区人民政府兵役机关和基层人民武装部 …; 易制毒化学品管理条例 第三条 names
     * eleven departments in 95 characters, and the plans' (牵头…：X、Y…等按职责分工负责) lists run longer.
     */
    static final int MAX_NAME = 120;
    private static final Words HEADS = new Words(HEAD_WORDS);
    private static final Words NEXT_WORDS = new Words(NEXT);
    private static final Words GOES_ON = new Words(NAME_GOES_ON);
    private static final Words PARTY_WORDS = new Words(PARTIES);
    private static final Words QUALIFIER_WORDS = new Words(PARTY_QUALIFIERS);
    private static final Words JOIN_WORDS = new Words(PARTY_JOINS);

    private SubjectScan() {
    }

    /** The subject's span {start, end} in {@code cl}, or null. */
    static int[] find(String cl) {
        for (String lead : LEADS) {
            if (cl.startsWith(lead)) {
                int end = nameEnd(cl, lead.length());
                if (end >= 0) {
                    return new int[]{lead.length(), end};
                }
                break; // the leads begin with different characters: no other one can match
            }
        }
        int end = nameEnd(cl, 0);
        return end < 0 ? null : new int[]{0, end};
    }

    /**
     * {@code [\u4e00-\u9fff、（）()\d]{0,60}?HEAD(?!GOES_ON)(?:PARTY_TAIL)?(?=NEXT)} at {@code from}: the end of the name,
     * or -1.
     */
    private static int nameEnd(String s, int from) {
        for (int at = from; at <= from + MAX_NAME; at++) {
            int head = companyAt(s, at) ? -1 : HEADS.firstAt(s, at, SubjectScan::subjectEnds, GOES_ON);
            if (head >= 0 && !verbsOffice(s, at, head) && !placeWordAt(s, at + head)) {
                return at + head;
            }
            if (at >= s.length() || !nameChar(s.charAt(at))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Characters before 办 that make it a verb's (举办, 承办, 督办, 代办, 民办) or a place's (通办, 网办), not an office named short
     * (港澳办, 网信办, 法制办).
     */
    static final String VERB_BEFORE_OFFICE = "拟补举承创开代督主协交包查兴停试合筹转经帮缓申通网快照领自民公联在待直受分呈催";
    /** Characters after 办 that make a word of it (办法, 办理, 办事, 办公, 办学, 办案), no office's short name. */
    static final String WORD_AFTER_OFFICE = "法理事公学案";

    /**
     * Whether the 办 at {@code i} may end an office's short name (网信办, 法制办): the one test of DutyFinder's gate, its heads'
     * regex and this scan.
     */
    static boolean officeAt(String s, int i) {
        return (i == 0 || VERB_BEFORE_OFFICE.indexOf(s.charAt(i - 1)) < 0)
                && (i + 1 >= s.length() || WORD_AFTER_OFFICE.indexOf(s.charAt(i + 1)) < 0);
    }

    /** Characters after a head's 所 that make it 所辖, 所属 (检验机构管理所辖地区…: no 管理所); not 在 (看守所在…期间). */
    static final String AFTER_PLACE_WORD = "辖属";

    /** A head ending at {@code end} with the 所 of 所辖/所属 ({@link #AFTER_PLACE_WORD}; DutyFinder.SUFFIX guards it alike). */
    private static boolean placeWordAt(String s, int end) {
        return end < s.length() && s.charAt(end - 1) == '所' && AFTER_PLACE_WORD.indexOf(s.charAt(end)) >= 0;
    }

    /** The 司 of 公司 at {@code at}: no head (DutyFinder.SUFFIX guards it alike). */
    private static boolean companyAt(String s, int at) {
        return at > 0 && at < s.length() && s.charAt(at) == '司' && s.charAt(at - 1) == '公';
    }

    /** A head of {@code length} at {@code at} that is the 办 of a verb or a word (查办, 举办), not 办公室 after 查 (普查办公室). */
    private static boolean verbsOffice(String s, int at, int length) {
        return length == 1 && s.charAt(at) == '办' && !officeAt(s, at);
    }

    /** A duty word at {@code at}, a list's 等 and then one, or parties and then one ({@link #PARTY_TAIL_REGEX}, every way it can match). */
    private static boolean subjectEnds(String s, int at) {
        return nextAt(s, at) || listEndThenNext(s, at) || partiesThenNext(s, at) || designeeThenNext(s, at);
    }

    /**
     * The body the subject entrusts or authorises, then a duty word: 县级人民政府或者其委托的乡级人民政府应当… (the subject acts,
     * the designee is a delegation, which {@code Delegations} reads; a party designee is a {@link #PARTY_JOINS} tail).
     */
    private static boolean designeeThenNext(String s, int at) {
        return designeeEnd(s, at) > at;
    }

    /**
     * Where the designator of a name {@code [from, to)} that ends with the body it designates ends (由X或者其委托的Y核发: X, the
     * designee a delegation); {@code to} when the name names no designee.
     */
    static int designatorEnd(String s, int from, int to) {
        for (String join : DESIGNEE_JOINS) {
            int at = s.indexOf(join, from);
            if (at > from && at < to && designeeEnd(s, at) == to) {
                return at;
            }
        }
        return to;
    }

    /** The end of the body the subject ending at {@code at} designates ({@link #designeeThenNext}), or {@code at} if none. */
    static int designeeEnd(String s, int at) {
        if (at >= s.length() || s.charAt(at) != '或') {
            return at; // every join begins with 或: the scan asks at each head, so most offsets end here
        }
        for (String join : DESIGNEE_JOINS) {
            if (s.startsWith(join, at)) {
                int end = nameEnd(s, at + join.length());
                return end >= 0 ? end : at;
            }
        }
        return at;
    }

    /**
     * 等 closing the list of a subject, then a duty word: X、Y等应当…, X部门、Y部门等按照职责… (等于 is no list's end, nor 等 + a
     * name going on: X、Y等主管部门).
     */
    private static boolean listEndThenNext(String s, int at) {
        // not 等管理部门, the list's head (交通运输、邮电、海关等管理部门应…: 管理 is no duty word there)
        return s.startsWith("等", at) && !s.startsWith("等于", at) && !GOES_ON.at(s, at + 1) && NEXT_WORDS.at(s, at + 1)
                && !HEADS.at(s, at + 1);
    }

    /**
     * A word that may follow a subject at {@code at}, or an alternative name in brackets and then one (省、自治区、直辖市公安厅(局)
     * 负责…: the name ends before the bracket); not a definition (（以下简称…）, which {@code DutyFinder.SHORT_NAMED} reads).
     */
    static boolean nextAt(String s, int at) {
        if (NEXT_WORDS.at(s, at)) {
            return guardsHold(s, at);
        }
        int after = bracketEnd(s, at);
        return after >= 0 && NEXT_WORDS.at(s, after) && guardsHold(s, after);
    }

    /** Characters after 应 that make it 'due' (应选, 应纳, 应缴, 应收, 应付, 应税), no modal. */
    private static final String DUE = "选纳缴收付税";

    /** 应 of 应选…名额, 应纳税额 at {@code at}: what is due, no duty word. */
    private static boolean dueAt(String s, int at) {
        return at + 1 < s.length() && s.charAt(at) == '应' && DUE.indexOf(s.charAt(at + 1)) >= 0;
    }

    /** What follows 引导 paired in a principle (政府引导、市场运作; 政府引导与市场调节相结合; 政府引导为主). */
    private static final String PRINCIPLE_PAIRS = "、与相为，,";

    /** 引导 paired in a principle, no act of a body. */
    private static boolean guidesInAPrinciple(String s, int at) {
        return s.startsWith("引导", at) && at + 2 < s.length() && PRINCIPLE_PAIRS.indexOf(s.charAt(at + 2)) >= 0;
    }

    /** 编制 of the field 机构编制 in a list (应急管理、机构编制、政务服务数据管理部门), no verb. */
    private static boolean staffingField(String s, int at) {
        return s.startsWith("编制", at) && at >= 2 && s.startsWith("机构", at - 2) && at + 2 < s.length() && "、和及等部主".indexOf(s.charAt(at + 2)) >= 0;
    }

    /**
     * Whether a 的 stands before the clause's end after {@code from}: the words describe what was granted (X准予注册的…期限,
     * X准予登记的其他民用航空器) or state a condition (X准予撤回…的，…), no act of X's.
     */
    private static boolean describes(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '的') {
                return true;
            }
            if (c == '，' || c == '。' || c == '；' || c == ',') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the duty word at {@code at} opens the subject's act: not 负有 of a role name, not 需要 after a place, not 组建的
     * of a body the subject formed nor 拟定的 of a draft it wrote (国家兽药典委员会拟定的…兽药典), nor 准予 that describes ({@link #describes}), nor 编制 of 机构编制 ({@link #staffingField}), nor 成立 of its founding
     * ({@link #FOUNDED}); not 通过 without a means after it (a passing), 审理的 (what the court hears), 管辖 without the cases it
     * hears, or 应 of what is due ({@link #dueAt}).
     */
    private static boolean guardsHold(String s, int at) {
        return !remitNameAt(s, at) && !placeNeedsAt(s, at) && !s.startsWith("组建的", at) && !passedAt(s, at) && !dueAt(s, at)
                && !s.startsWith("拟定的", at) && !s.startsWith("拟订的", at) && !(s.startsWith("准予", at) && describes(s, at + 2))
                && !staffingField(s, at) && !guidesInAPrinciple(s, at)
                && !s.startsWith("审理的", at) && !(s.startsWith("管辖", at) && !CASES_AFTER.matcher(s).region(at + 2, s.length()).lookingAt())
                && !(s.startsWith("成立", at) && FOUNDED_AFTER.matcher(s).region(at + 2, s.length()).lookingAt())
                && !(s.startsWith("管理", at) && !governsAt(s, at))
                && !(s.startsWith("的职责", at) && at + 3 < s.length() && !s.startsWith("的职责是", at) && !s.startsWith("的职责为", at));
    }

    /**
     * 管理 of the subject's own: the area named in {@link #NEXT} (管理全国…) or what it governs before its listed duties
     * (…管理民兵武器装备，履行下列职责; X管理技术市场的主要职责是：…; in a clause, what it governs runs to the clause's end); 管理 alone
     * begins role names
     * (X管理…工作的部门), and 管理机关 goes on with a name (会同干部管理机关).
     */
    private static final String GOVERNED = "(?!机关|部门|机构|局|委员会|办公室|处|所|站)[^，。；,;的]{1,24}?(?:$|[，,]履行(?:下列|以下)?职责|的(?:主要)?职责(?:是|为|$))";
    private static final Pattern GOVERNED_AFTER = Pattern.compile(GOVERNED);
    /** The words of {@link #NEXT} that name the area governed after 管理 (管理全国, 管理本行政区域 …). */
    private static final List<String> GOVERNS_AREA = NEXT.stream().filter(w -> w.startsWith("管理") && w.length() > 2).toList();

    private static boolean governsAt(String s, int at) {
        for (String w : GOVERNS_AREA) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return GOVERNED_AFTER.matcher(s).region(at + 2, s.length()).lookingAt();
    }

    /**
     * The means after 通过, within the clause: 通过…等方式/措施/途径/形式/渠道/手段, and a system the body publishes through
     * (通过…公示系统向社会公示), not one it obtains data through (通过政务信息系统…取得的电子数据).
     */
    private static final String MEANS = "[^，。；,;]{1,40}?(?:方式|措施|途径|形式|渠道|手段|(?:系统|平台)(?=向|公示|公告|公布|发布))";
    private static final Pattern MEANS_AFTER = Pattern.compile(MEANS);

    /** 通过 that names no means (经X通过, X通过的…): a passing or a going through, no act of the subject. */
    private static boolean passedAt(String s, int at) {
        return s.startsWith("通过", at) && !MEANS_AFTER.matcher(s).region(at + 2, s.length()).lookingAt();
    }

    /** The cases a body hears, named before the clause ends (管辖…第一审民事案件); not 管辖的, what it governs. */
    private static final String CASES = "(?!的)[^，。；,;]{0,30}?案件";
    private static final Pattern CASES_AFTER = Pattern.compile(CASES);

    /** After 成立, the subject's own founding, or a body it formed (机构成立后, 依法成立的, 成立日期): no act of the subject. */
    private static final String FOUNDED = "的|后|之日|日期|以来|时|前";
    private static final Pattern FOUNDED_AFTER = Pattern.compile(FOUNDED);

    /** 负有 beginning a role name by remit (X负有…职责的部门): the name goes on, no act of X's begins there. */
    private static final Pattern REMIT_NAME = Pattern.compile("负有" + DutyFinder.REMIT_TAIL);
    /** The last characters of a body's name: 需要 after anything else is a place's need. */
    private static final String BODY_ENDS = "门府关构局委会院署办厅部";

    /** {@link #NEXT} as a regex, with the guards {@link #nextAt} applies (负有, 需要, 组建, 成立, 通过, 审理, 管辖; the specification's form). */
    static String nextRegex() {
        return NEXT.stream().map(w -> switch (w) {
            case "应" -> "应(?![" + DUE + "])";
            case "负有" -> "负有(?!" + DutyFinder.REMIT_TAIL + ")";
            case "需要" -> "(?<=[" + BODY_ENDS + "])需要";
            case "组建" -> "组建(?!的)";
            case "拟定" -> "拟定(?!的)";
            case "拟订" -> "拟订(?!的)";
            case "引导" -> "引导(?![" + PRINCIPLE_PAIRS + "])";
            case "成立" -> "成立(?!" + FOUNDED + ")";
            case "通过" -> "通过(?=" + MEANS + ")";
            case "审理" -> "审理(?!的)";
            case "管辖" -> "管辖(?=" + CASES + ")";
            case "管理" -> "管理(?=" + GOVERNED + ")";
            case "的职责" -> "的职责$";
            default -> w;
        }).collect(Collectors.joining("|"));
    }

    /** 需要 after a place, not a body (个别省、直辖市需要易地开垦耕地的): the region's need, no agency's act. */
    private static boolean placeNeedsAt(String s, int at) {
        return s.startsWith("需要", at) && (at == 0 || BODY_ENDS.indexOf(s.charAt(at - 1)) < 0);
    }

    private static boolean remitNameAt(String s, int at) {
        return s.startsWith("负有", at) && REMIT_NAME.matcher(s).region(at, s.length()).lookingAt();
    }

    /** The offset after an alternative in brackets ({@link #ALTERNATIVE_REGEX}) at {@code at}, or -1. */
    private static int bracketEnd(String s, int at) {
        if (at >= s.length() || s.charAt(at) != '（' && s.charAt(at) != '(') {
            return -1;
        }
        if (s.startsWith("以下", at + 1) || s.startsWith("简称", at + 1) || s.startsWith("下称", at + 1) || s.startsWith("下简称", at + 1)
                || s.startsWith("含", at + 1) || s.startsWith("包括", at + 1)) {
            return -1;
        }
        for (int i = at + 1; i < s.length() && i <= at + ALTERNATIVE_MAX + 1; i++) {
            char c = s.charAt(i);
            if ((c == '）' || c == ')') && i > at + 1) {
                return i + 1;
            }
            if (!(c >= '\u4e00' && c <= '\u9fff' || c == '、')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean partiesThenNext(String s, int at) {
        for (String join : JOIN_WORDS.all(s, at)) {
            int q = at + join.length();
            for (String qualifier : QUALIFIER_WORDS.all(s, q)) {
                if (partyThenNext(s, q + qualifier.length())) {
                    return true;
                }
            }
            if (partyThenNext(s, q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean partyThenNext(String s, int at) {
        // the longest party word only (工会组织，以及…: not 工会 and a verb 组织)
        int longest = 0;
        for (String party : PARTY_WORDS.all(s, at)) {
            longest = Math.max(longest, party.length());
        }
        if (longest > 0 && nextAfterParty(s, at + longest)) {
            return true;
        }
        for (int k = 1; k <= PARTY_DOES_MAX && at + k < s.length() && doesChar(s.charAt(at + k - 1)); k++) {
            for (String end : PARTY_ENDS) {
                if (s.startsWith(end, at + k) && nextAfterParty(s, at + k + end.length())) {
                    return true; // 和管理单位应当…: a party named by what it does
                }
            }
        }
        return fieldUnitsThenNext(s, at);
    }

    /** 供电、通信等单位 then a duty word: units named by their fields, a list closed by 等单位 or 等企业. */
    private static boolean fieldUnitsThenNext(String s, int at) {
        int i = at;
        int fields = 0;
        while (fields < FIELD_UNITS_MAX) {
            int k = 0;
            while (k < PARTY_DOES_MAX && i + k < s.length() && doesChar(s.charAt(i + k)) && s.charAt(i + k) != '等') {
                k++;
            }
            if (k == 0 || i + k >= s.length()) {
                return false;
            }
            fields++;
            if (s.charAt(i + k) == '、') {
                i += k + 1;
            } else if (fields > 1 && (s.startsWith("等单位", i + k) || s.startsWith("等企业", i + k))) {
                return nextAt(s, i + k + 3);
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean nextAfterParty(String s, int e) {
        if (s.startsWith("主管部门", e) || s.startsWith("主管机关", e)) {
            return false; // 和企业主管部门负责…: the department in charge of the parties, no party (主管 is no duty word here)
        }
        // X、Y企业等单位应当…: the list of parties closed by 等单位
        return nextAt(s, e) || s.startsWith("等", e) && (nextAt(s, e + 1) || closedThenNext(s, e + 1))
                || partiesThenNext(s, e);
    }

    /** One of {@link #PARTIES_CLOSED_BY} at {@code at}, then a duty word. */
    private static boolean closedThenNext(String s, int at) {
        for (String closing : PARTIES_CLOSED_BY) {
            if (s.startsWith(closing, at) && nextAt(s, at + closing.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean doesChar(char c) {
        return c >= '\u4e00' && c <= '\u9fff' && NOT_PARTY_DOES.indexOf(c) < 0;
    }

    private static boolean nameChar(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c == '、' || c == '（' || c == '）' || c == '(' || c == ')' || c >= '0' && c <= '9';
    }

    /**
     * A word list by first character, each character's words in list order: the first word of the list that matches
     * at an offset is the first of that offset's character (no other can match there).
     */
    static final class Words {
        private final String[][] byFirst = new String[Character.MAX_VALUE + 1][];

        Words(List<String> words) {
            Map<Character, List<String>> lists = new LinkedHashMap<>();
            for (String w : words) {
                lists.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            }
            lists.forEach((c, ws) -> byFirst[c] = ws.toArray(String[]::new));
        }

        /** Whether one of the words starts at {@code at}. */
        boolean at(String s, int at) {
            String[] ws = at < s.length() ? byFirst[s.charAt(at)] : null;
            if (ws == null) {
                return false;
            }
            for (String w : ws) {
                if (s.startsWith(w, at)) {
                    return true;
                }
            }
            return false;
        }

        /** The first offset from {@code from} on where one of the words starts, or -1: one scan for the whole list. */
        int indexIn(String s, int from) {
            for (int k = from; k < s.length(); k++) {
                if (byFirst[s.charAt(k)] != null && at(s, k)) {
                    return k;
                }
            }
            return -1;
        }

        /** The words that start at {@code at}, in list order. */
        List<String> all(String s, int at) {
            String[] ws = at < s.length() ? byFirst[s.charAt(at)] : null;
            if (ws == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>(1);
            for (String w : ws) {
                if (s.startsWith(w, at)) {
                    out.add(w);
                }
            }
            return out;
        }

        /** The length of the first word (in list order) at {@code at} that {@code then} and no {@code unless} follows, or -1. */
        int firstAt(String s, int at, Follows then, Words unless) {
            String[] ws = at < s.length() ? byFirst[s.charAt(at)] : null;
            if (ws == null) {
                return -1;
            }
            for (String w : ws) {
                if (s.startsWith(w, at) && !goesOn(unless, s, at + w.length()) && then.at(s, at + w.length())) {
                    return w.length();
                }
            }
            return -1;
        }

        /** What must stand at an offset after a word. */
        interface Follows {
            boolean at(String s, int at);
        }

        /** A continuation word at {@code at}; 负责人 only when no word begins with its 人 (see AFTER_PERSON_WORD), 负责制 not before 定/订. */
        private static boolean goesOn(Words unless, String s, int at) {
            return unless.at(s, at) && !(s.startsWith("负责人", at) && at + 3 < s.length()
                    && AFTER_PERSON_WORD.indexOf(s.charAt(at + 3)) >= 0)
                    && !(s.startsWith("负责制", at) && at + 3 < s.length() && "定订".indexOf(s.charAt(at + 3)) >= 0);
        }
    }
}
