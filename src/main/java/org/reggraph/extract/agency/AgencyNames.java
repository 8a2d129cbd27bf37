package org.reggraph.extract.agency;

import org.reggraph.extract.lexicon.AgencyShortNames;
import org.reggraph.extract.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cleans the agency span a duty pattern captured (RESPONSIBLE, DELEGATES) into an agency name, or rejects it.
 * Rules from the language of regulations, not lists of names:
 * <ul>
 * <li>An agency name is a noun phrase that ends in an agency head (部, 委员会, 局, 署, 司, 办, 办公厅, 人民政府,
 * 主管部门, 部门, 机关, 机构 …).</li>
 * <li>It does not contain clause words: prepositions and markers (经, 由, 报, 商, 会同, 向, 对, 将, 依照 …), modals
 * (应当, 必须, 需) or clause verbs (制定, 批准, 组织, 负责, 委托, 配合 …). When one stands inside the span the pattern
 * ran over a clause boundary: if the words in front of the first one are an agency, that agency is the subject
 * (工业和信息化部牵头会同财政部 → 工业和信息化部); otherwise the agency is what follows the last one (制定…预案并报本级人民政府
 * → 本级人民政府).</li>
 * <li>A relative description (X的机关) is kept only when it is a role name of the law: the head is itself a typed
 * agency (接到举报的住房和城乡建设主管部门 → 住房和城乡建设主管部门), the modifier is a competence (有批准权的人民政府,
 * 有管辖权的…), a remit (负责药品监督管理的部门, 上级人民政府负责地方志工作的机构) or an agency's designee
 * (县级以上地方人民政府或者其授权的部门). A bare 机关/机构/部门 described by an act
 * (作出行政决定的机关, 所有权人委托…的机构) or by a relation alone (上级机关, 有关国家机关) names no agency.</li>
 * <li>Text in front of an unbalanced bracket, dates and list numbers (（一）) belong to the sentence before.</li>
 * </ul>
 */
final class AgencyNames {

    /** Words that end an agency name. */
    private static final Pattern HEAD = Pattern.compile(Lexicon.anyOf(Lexicon.AGENCY_NAME_HEADS) + "$");
    private static final int HEAD_MAX = Lexicon.AGENCY_NAME_HEADS.stream().mapToInt(String::length).max().orElse(0);
    /** Heads that are not agencies (部署, 布局 …) and spans that are no agency at all. */
    private static final Pattern NOT_HEAD = Pattern.compile("(?:部署|布局|格局|结局|大局|(?<!安)全局|当局|公司|总部|干部|内部|外部|(?<!安)全部|局部|本部|(?:部门|机构|机关|政府)组织|型(?:机关|政府|部门)|(?:[餐舞歌大展映示像艺业客门堂]|候.|会议|音乐)厅)$");
    private static final int NOT_HEAD_MAX = 4;
    /**
     * Clause words: a span containing one ran over a clause boundary. Guards keep the words names are made of
     * (经济, 经委, 商务, 对外, 应急, 组织部, 组织协调机构, 行政审批服务局, 批准权, 原批准机关, 授权的, 牵头部门, 审批机关 …); 请求 as in 知识产权权利人请求海关实施…
     * (not 请求人, 请求权, 请求书, nor the noun of 收到复核请求的行政机关); 下设 (X下设Y: DutyFinder reads Y), not in X及下设Y, a body and its units.
     */
    static final String CLAUSE_WORDS =
            "应当|必须|需经|须经|未经|非经|报经|报请|报送|提请|申请(?!人(?!民)|[书表设办筹在])|(?<![情公海举预通汇简快电申])报(?![社刊告表])"
                    + "|(?<![审批决已曾神财])经(?![济贸营信费销侦纪管]|办机构|委(?![托员]))|(?<![自理缘])由|(?<![厂外客电供承工招通经])商(?![务业标检会品贸委])"
                    + "|会同|协同|协助|配合|接受|移送|提交|在征求|征求|征得|服从|不服(?!从)|制定|制订|批准(?!权|机关|部门|设立机关)|组织(?!部|协调机构|$)|负责|牵头(?!部门|单位|机构)"
                    + "|(?<!其)委托|委托(?!的)|(?<!其)授权(?!的)|授权(?!的|单位|部门|机构)|依据|依照|参照|依法|按照|(?<!依)按(?![摩揭])|根据|(?<!医)结合|适用于|适用|是指|是|属于|认为|被(?![^的，、]{0,12}?(?:的|所在))|转交|转送|移交|批转|指定(?!的)|建立|强化|构建|加快|统筹(?!地区)|推动|规范|定期|逐级"
                    + "|可以|通报(?!的)|事先|拒绝|阻碍|阻挠|履行|责成|抄送|遵守|符合|使用|受(?![托理]|送达人)|领导(?!小组|机构|机关|指挥|干部|班子)|审批(?!机关|机构|部门|权|单位|的|和|、|职|事|服务)"
                    + "|(?<![相适响供对反效理回呼顺感])应(?![急用])|需(?!求)|(?<![方导面倾取动意])向|(?<![针相核面绝])对(?![外口])|将|(?<![合兼吞])并|能够|请求(?![人权书的])|合办|协办|(?<!作)出具|(?<![及和])下设";
    /**
     * The first character every clause word begins with: a lookahead on it spares the ~90 alternatives at every other
     * offset of a span (AgencyNamesClauseTest checks that both find the same words).
     */
    static final String CLAUSE_FIRST = "应必需须未非报提申经由商会协配接移在征服不制批组负牵委授依参按根结适是属认被转指建强构加统推规定逐可通事拒阻履责抄遵符使受领审向对将并能请合出下";
    private static final Pattern CLAUSE = Pattern.compile("(?=" + Lexicon.charClass(CLAUSE_FIRST) + ")(?:" + CLAUSE_WORDS + ")");
    /** Clause words that, first in a span, make the agency after them an object (对X, 属于X受理的, 被X发现). */
    private static final Pattern OBJECT_AFTER = Pattern.compile("对|向|属于|认为|被");
    /** Clause words after which an agency acts (报X批准, 经X审核, 由X负责, 批转X办理) even when another noun is the subject. */
    private static final Pattern INTRODUCES = Pattern.compile("报|报经|报请|报送|提请|申请|经|未经|非经|需经|须经|由|提交|移送|接受|批转");
    /** Along the coast, a river, a line or the border (沿海, 沿江, 沿线, 沿边): a place before a level. */
    private static final String ALONG_PLACE = "沿[海江线边]";
    /** Places a party is registered or lives at, before a level ({@link #PLACE}) or a department ({@link #SEAT_OF_BODY}). */
    private static final String PARTY_PLACES = "户籍地|居住地|登记地|注册地|经营地";
    /**
     * Where a body sits, in front of its level: 渡口所在地县级人民政府, 突发事件发生地县级人民政府, 起运地省、自治区、直辖市…,
     * 黄河流域省级人民政府, 当地县级人民政府, 沿海县级以上地方人民政府, 资源所在地的县级人民政府负责…的部门, 所在地城市、县人民政府… — the place describes
     * which one; the name is the level's (as 青藏高原县级以上…). So before a court or procuratorate (复议机关所在地人民法院, 犯罪地中级人民法院:
     * the court of that place, named 人民法院 as the samples name it), a court's instance (原审人民法院, 第二审人民法院) and another
     * court (委托外地人民法院调查, 委托其他人民法院代为送达; samples 286, 292).
     */
    private static final Pattern PLACE = Pattern.compile("^(?:[^和及或、，（）()]{0,14}?(?:所在地|所在|发生地|起运地|启运地|安置地|" + PARTY_PLACES + "|流域|地区|(?<=[^设治辖政他])区)的?|当地|原审|第[一二]审|(?:外地|其他)(?=人民法院$)|" + ALONG_PLACE + "|[\\u4e00-\\u9fff]{0,4}?(?<![各本外内])地)(?=(?:有关)?(?:省|县|设区|市级|乡|地方|自治区|自治州|市、|区县|(?<!地)区、|城市、)"
            + "|(?:基层|中级|高级)?人民(?:法院|检察院)$)");
    /**
     * The place where a department sits or a matter arose, before the department (企业所在地公安机关, 事故发生地公安机关, 被告住所地海关):
     * the samples name the department without it (183 of 184 所在地, 25 of 27 发生地), as {@link #PLACE} does before a level; not a
     * government's department with no level (烈士纪念设施所在地人民政府退役军人工作主管部门: the government is named by its place).
     * A ship's port of registry likewise (船籍港船舶登记机关 → 船舶登记机关, as the samples write it nine times of nine), and a
     * party's residence, the place of an act or of a journey's end (居住地公安机关, 行为地的主管公安机关, 运达地县级人民政府公安机关 →
     * 公安机关…; the samples cut them fifteen times of fifteen).
     */
    private static final Pattern SEAT_OF_BODY = Pattern.compile("^(?:[^和及或、，（）()的]{1,14}?(?:所在地|发生地|住所地)|[^和及或、，（）()的]{0,14}?(?:" + PARTY_PLACES + "|行为地|暂住地|到达地|运达地|出发地|目的地)|船籍港)的?(?!人民政府|政府)(?=[\\u4e00-\\u9fff&&[^和及或]]{0,12}?(?:机关|部门|机构|海关)$)");
    /**
     * 当地 before a department or body that names no government and no national body: the place says which one, the name is the
     * body's (当地公安机关 → 公安机关); not 当地人民政府 (a government has no name without its place) nor 当地中国人民银行 (a branch
     * of the national bank, which the bare name would not be).
     */
    private static final Pattern LOCAL = Pattern.compile("当地(?!人民政府|政府|中国|中华人民共和国|国家|国务院)");
    /**
     * 沿海, 沿江, 沿线, 沿边 before a level in a list's later member (国务院和沿海县级以上地方人民政府, 长江水利委员会或者沿江省、直辖市
     * 人民政府…): the place, which {@link #PLACE} cuts when it begins the name.
     */
    private static final Pattern ALONG = Pattern.compile("^" + ALONG_PLACE + "(?=(?:有关)?(?:省|县|设区|市级|乡|地方|自治区|自治州))");
    /** A time phrase run into the subject: 实施期限届满前财政部, 每年末受托管理机构. */
    private static final Pattern WHEN = Pattern.compile("^(?:[^，、]{0,10}?(?:届满前|之前|之后|以前|以后)|每年(?:末|底|初)?|每季度|年度终了后)");
    /** 有关 before a level: 有关县级以上地方人民政府 is the county governments concerned, named as such elsewhere (有关区、市…). */
    private static final Pattern RELATED_LEVEL = Pattern.compile("^(?:有关|相关)(?=县|省|地方|各级|设区|市级|市、|区、|乡|国务院)");
    /** 有关 before a level inside a level list (市、有关区、市…). */
    private static final Pattern RELATED_LEVEL_INSIDE = Pattern.compile("、(?:有关|相关)(?=县|区、|市、|乡|镇)");
    /** 有关 between a level and its government (由县级以上有关人民政府计量行政部门进行调解): the level's governments, as the samples name them. */
    private static final Pattern LEVEL_RELATED_GOVERNMENT = Pattern.compile("^((?:县|省|设区的市|市)级以上(?:地方)?(?:各级)?)(?:有关|相关)(?=人民政府)");
    /**
     * 有关 between a level and a named kind of body (国务院有关金融监督管理机构, 国务院有关交通运输主管部门, 县级以上人民政府有关
     * 自然保护区行政主管部门): the bodies of that kind, as the samples name them; 国务院有关(主管、行政管理、行政监督)部门(法制机构) names no kind and keeps it.
     */
    private static final Pattern RELATED_KIND = Pattern.compile("^(国务院|[^、和或及的有]{0,24}?人民政府)(?:有关|相关)(?!(?:行政|主管|行政主管|行政管理|管理|监督管理|行政监督|业务|业务主管)?(?:部门|机关|机构))(?![^，]*?(?:国务院|政府))(?=[^、和或及的，]{2,14}(?:部门|机构|机关)$)");
    /**
     * 全国人民代表大会有关专门委员会, 县人民代表大会常务委员会有关工作机构, (the congress's own rules) 常务委员会有关工作部门: the
     * congress's committees and its standing committee's offices concerned, named as the samples name them (…专门委员会,
     * …工作机构, 常务委员会工作部门).
     */
    private static final Pattern RELATED_COMMITTEE = Pattern.compile("^((?:设区的市|[^和或及的有]){0,20}?人民代表大会(?:常务委员会)?|常务委员会)(?:有关|相关)(?=专门委员会$|工作机构$|工作部门$)");
    /** {@code name} with {@link #RELATED_COMMITTEE}'s 有关 cut: every recorded name gets it ({@code DutyFinder.addName}). */
    static String committeesConcerned(String name) {
        return name.indexOf('关') >= 0 ? RELATED_COMMITTEE.matcher(name).replaceFirst("$1") : name;
    }

    /** 该 of a body named before and 有管辖权的, cut before a name ({@link #LEADING}) and a list member ({@link #MEMBER_LEAD}). */
    private static final String ANAPHORA = "该(?![国级])|有管辖权的|(?:前款|本款|上款)(?:所称|所列|所指|规定的)?";
    /**
     * Words that cannot begin a name (besides clause words); 自 of a time phrase (自国际公布日或者国务院专利行政部门公布之日起); 便于 of a
     * purpose (…平台上预先登记基本信息，便于驻外外交机构对其提供领事保护与协助); 有管辖权的, which the samples cut (有管辖权的人民法院 →
     * 人民法院, 经有管辖权的水行政主管部门或者流域管理机构同意); 该 of a body named before (该县级人民政府 → 县级人民政府, as the samples
     * write it; not 该国…, a foreign state's, nor 该级…, a level).
     */
    private static final Pattern LEADING = Pattern.compile("^(?:的|是指|是|必要时|已经|(?:必须|须|需)经过?(?!济|贸)|(?:书面)?通知|[^、，]{1,6}?提出(?:要求|申请)(?:或者|或)|但是|但(?!书)|除(?![尘害])|如果|如(?=全国|国务院|委员长|该)|给(?![水排])|而|或者|或|和|及|以及|与|即|在|从|自[^，。；、]{1,12}?日(?:或者|或)|自(?=国务院|国家|中国|全国|县级|省级|设区的市|地方)|到|至|送|要|交(?!通|易|警)|请求|请|不影响|便于|上届|所辖(?=各级|地方)|按(?!照)|" + ANAPHORA + "|[、，,）)])+");
    /** A relative description with a remit: (agency)负责/管理…工作的机构, (agency)负有…职责的部门. */
    private static final Pattern REMIT = Pattern.compile("(?:(?:负责|负有|管理|主管|承担|从事)[^的，、]{1,20}|履行[^的，、]{1,16}职责)的(?:有关|相关)?(?:行政)?(?:机构|部门|机关|单位)(?:(?:或者|和)(?:机构|部门|机关))?");
    /** The first characters of {@link #REMIT}'s verbs: where a remit can begin. */
    private static final boolean[] REMIT_FIRST_CHAR = Lexicon.charTable("负管主承从履");
    /** What may stand before a remit besides an agency: a bare level (县级以上负责专利执法的部门). */
    private static final Pattern LEVEL_ONLY = Pattern.compile("(?:县级以上(?:地方)?(?:各级)?|省级|设区的市级|市级|县级|地方各级|各级|[省市县区])");
    /** An agency and a join before a remit: 国务院安全生产监督管理部门和负有安全生产监督管理职责的有关部门 (a list). */
    private static final Pattern JOINED = Pattern.compile("(.{2,}?)(?:和|、|以及|及|或者|或)(?:其他)?");
    /**
     * {@link #remitFirst}: (the first member (its body) remit的head)、, 和 or 或者 (the rest: one name, or a list of its own);
     * not 的部门或者机构 (one role name with two heads) nor 或者其授权的部门 (a designee).
     */
    private static final Pattern REMIT_FIRST = Pattern.compile("^(([^、和]*?)" + DutyFinder.REMIT_VERB + "[^的，、]{1,20}的"
            + DutyFinder.REMIT_HEAD + ")(?:、|和(?!其他)|或者(?!其|" + DutyFinder.REMIT_HEAD + "))([^，]{2,80})$");
    /**
     * {@link #remitSecond}: (the first member)、(a member named by its remit)、 or 和 (the rest of the list): 县级以上人民政府公安机关、
     * 负责药品监督管理的部门、安全生产监督管理部门…和海关.
     */
    private static final Pattern REMIT_SECOND = Pattern.compile("^([^、和，]{2,30}?)、(" + DutyFinder.REMIT_VERB + "[^的，、]{1,20}的"
            + DutyFinder.REMIT_HEAD + ")(?:、|和(?!其他))([^，]{2,120})$");

    /**
     * The bodies a list leaves unnamed by their duty: 其他负有安全生产监督管理职责的(有关)部门, 其他依法负有反洗钱监督管理职责的部门,
     * 其他依法履行…职责的部门 (the corpus writes the three: 58, 8 and 8 times).
     */
    static final String UNNAMED_BY_REMIT = "其他(?:依法)?(?:负有|履行)[^，。；、的]{1,24}?职责的(?:有关)?部门";
    /**
     * Such bodies inside a list, more members after them (各级应急管理部门、矿山安全监察机构及其他负有安全生产监督管理职责的部门和
     * 财政部门): the list is the rest's, written as the text writes it.
     */
    private static final Pattern UNNAMED_INSIDE = Pattern.compile("(?:和|及|以及|或者|、)" + UNNAMED_BY_REMIT + "(?=和|及|以及|或者|、)");
    /** A department named by its field (教育行政部门, 卫生主管部门), not a related or relative one (有关部门, 上级机关). */
    private static final Pattern OWN_DEPARTMENT = Pattern.compile("(?!有关|相关|其他|上级|下级|同级|本级|各)[\u4e00-\u9fff]{1,10}?(?:行政|主管|管理)?部门");
    /** The departments concerned of one government (县级以上人民政府的有关部门, …的有关主管部门). */
    private static final Pattern RELATED_DEPARTMENTS = Pattern.compile("(?:有关|相关)(?:行政)?(?:主管)?部门");
    /** A party a list may name before the public bodies: everyone, no agency of its own. */
    private static final String PARTY = "(?:团体|社会团体|人民团体|企业事业单位|企业事业组织|事业单位|企业|单位|学校)";
    /** The parties a list names first (机关、团体、企业事业单位和…), cut before the bodies after them. */
    private static final Pattern PARTIES_FIRST = Pattern.compile("^(?:国家)?机关、(?:" + PARTY + "、)*" + PARTY + "和(?=.{2})");
    /** A body's own branch, named after it with 的: X的派出机构, X的分支机构 (not a commercial bank's branch). */
    private static final Pattern BRANCH = Pattern.compile("(?:派出|分支|派驻)(?:机构|机关)");
    /**
     * A department's own unit named by its field after 的 (交通主管部门的海事管理机构, 卫生行政部门的卫生监督机构, 人民政府的审计机关):
     * one body, written without the 的 as the samples write it.
     */
    private static final Pattern OWN_UNIT = Pattern.compile("(?!有关|相关|其他|上级|下级|同级|本级|各|该|所属|下属)[\u4e00-\u9fff]{2,10}?(?:机构|机关)");
    /** X和(各)有关部门: a body and the others the text leaves unnamed. */
    static final Pattern AND_RELATED = Pattern.compile("^(.+?)(?:和|及|以及|或者)(?:其他|各)?(?:有关|相关)(?:主管)?部门$");
    /** A level's field that shares the 部门 after it (市农业农村和其他有关部门, 县级以上人民政府农业农村或者其他有关部门). */
    private static boolean levelledField(String s) {
        return AgencyLists.hasOwnLevel(s) && isAgency(s + "部门");
    }

    /** A competence: 有批准权的, 有管辖权的, 有管理权限的. */
    private static final Pattern COMPETENCE = Pattern.compile("^(?:依法)?(?:有|具有|享有)[^的]{1,8}权(?:限)?$");
    /**
     * A body, or other bodies another body names to act (我国驻外国的外交(领事)机构或者外交部授权的其他驻外机构): the first acts
     * ({@code 国务院或者国务院授权的部门} stays one role name).
     */
    private static final Pattern NAMED_DESIGNEE = Pattern.compile("^(.+?)(?:或者|或)([^、和或的其]{2,20}?)(?:依法)?(?:授权|委托)$");
    /** An agency or its designee: 县级以上地方人民政府或者其授权的部门. */
    private static final Pattern OWN = Pattern.compile("^(.+?)(?:或者|或|及|和)(?:其)?(.*?)(?:授权|指定|委托|所属|设立|派出|(?<=[或者及和]其)确定)$");
    /**
     * The party an agency authorises or entrusts, named by a head that names no agency (由城市供水行政主管部门或者其授权的单位责令…,
     * X或者其委托的医疗卫生机构、行业组织): the agency acts, its designee is a delegation.
     */
    private static final Pattern DESIGNEE_PARTY = Pattern.compile("(?:单位|组织)$");
    /** An agency and the unit it authorises or entrusts, written without 的: X或其授权单位. */
    private static final Pattern DESIGNEE_UNIT = Pattern.compile("^(.+?)(?:或者|或)其(?:授权|委托)单位$");
    /** A designee named by no type of its own (X指定的部门): the role name stands for it; X指定的医疗保健机构 names its type. */
    private static final Pattern UNNAMED_DESIGNEE = Pattern.compile("(?:有关)?(?:监督)?(?:管理|主管)?(?:部门|机构|机关)");
    /** A heading run into the sentence: 盘活存量资产工作各地发展改革部门. */
    private static final Pattern AFTER_TASK = Pattern.compile("^[^、，]{2,20}?工作(?=(?:各|地方|国家|国务院|省|县|市)[^的]*$)");
    /** Words that only relate an agency to the text (上级, 有关, 原 …). */
    private static final String RELATIONAL = "(?:上级|上一级|下级|同级|本级|原|有关|相关|其他|该|这些|此类|上述|下列|其|各|各级|共同|国家|具备条件)";
    private static final String ACT_VERB = "(?:作出|颁发|核发|发放|批准|审批|审核|受理|组织|登记|发布|签发|查处|认定|核准|设置|划定|吊销|发证)";
    /**
     * A body described by its act on the case (颁发资质证书的机关, 原批准、发证的部门, 作出处罚决定的机关): the law's way of
     * naming the competent body, as a subject or after 由/经; the verb leads the description (审核发放采伐许可证的部门,
     * 受理公务员申诉的机关). Not the receiver of a report (接到举报的部门), which the samples resolve to the bodies named before
     * it.
     */
    private static final Pattern ACT_DESCRIBED = Pattern.compile("^原?" + ACT_VERB + "((?:、" + ACT_VERB + ")?[^的]{0,14})$");
    private static final Pattern DESCRIBED_HEAD = Pattern.compile("(?:行政)?(?:机关|部门|机构)|人民政府");
    /** 其 + a department named by its function (其环境保护主管部门, 其卫生行政部门); not 其主管部门 or 其办事机构, which name none. */
    private static final Pattern ITS_FUNCTION = Pattern.compile("^其(?!他|主管|办事|工作|所属|有关|相关|授权|委托|指定|派出|设立|内设|下属|直属)[\u4e00-\u9fff]{2,12}?(?:行政)?(?:主管)?(?:部门|机关)$");
    /** 其下属/所属/直属(的)X: X a body of the one named before (委托其下属工商行政管理所办理…登记), named on its own unless bare. */
    private static final Pattern ITS_OWN = Pattern.compile("^其(?:下属|所属|直属)的?");
    /** The body above: 上级机关, 上一级机关 (由其上级机关或者监察机关责令改正) — one body, named by its place. */
    private static final Pattern ABOVE = Pattern.compile("^其?(上级|上一级)(?:机关|部门|行政机关)$");
    /** A bare head: no agency named, however it is related (有关部门, 人民政府 alone; not 上级机关: {@link #ABOVE}). */
    private static final Pattern BARE = Pattern.compile("^(?!" + ABOVE.pattern().substring(1) + ")(?:" + RELATIONAL + "*(?:国家机关|机关|机构|部门|单位|组织)|人民政府|政府|[部局委署]|管理所)$");
    /**
     * X和/或者/、Y的Z部门: two governments whose departments the name means (国务院和省、自治区、直辖市人民政府的药品监督管理部门,
     * 国务院、中央军事委员会的有关部门).
     */
    private static final Pattern GOVERNMENTS = Pattern.compile("^([^和及的]{0,20}?(?:国务院|人民政府|中央军事委员会))(?:和|以及|及|或者|、)([^和及的]{0,24}?(?:人民政府|中央军事委员会))$");
    private static final Pattern DATE = Pattern.compile(Lexicon.DIGIT_DATE);
    private static final Pattern ENUMERATOR = Pattern.compile("(?:[（(]" + Lexicon.SMALL_NUMERAL + "+[）)]|[一二三四五六七八九十]+、)");

    private static final String CITY = "设区的市";
    private static final String CITY_MARK = "设区\u0001市";

    private AgencyNames() {
    }

    /** Cleaned spans: the same spans recur in every document and reach this from several finders. */
    private static final Map<String, String> CLEANED = new ConcurrentHashMap<>();
    private static final int CLEANED_MAX = 50_000;
    private static final String NO_NAME = new String("no name"); // compared by identity: no cleaned span is this object

    /** Where a definition of a short name opens: （以下简称, (以下统称, （以下称, the local texts' (下简称, and a notice's bare （简称. */
    static final String DEFINITION_OPEN = "[（(](?:以?下(?:简称|统称|称)|简称)";

    /** The place a body is named by relative to the party (当地, 所在地的), before its name; 当地人民政府 stays as written. */
    private static final Pattern LOCAL_PLACE = Pattern.compile("(?:当地|所在地的?)(?=.{2})(?!(?:人民)?政府$)");

    /** How many characters of {@code name} are such a place ({@link #LOCAL_PLACE}), to be cut as in a name; 0 for none. */
    static int localPlace(String name) {
        if (!name.startsWith("当地") && !name.startsWith("所在地")) {
            return 0;
        }
        Matcher m = LOCAL_PLACE.matcher(name);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Whether {@code s} may hold a {@link #DEFINITION_OPEN}: the cheap test before its patterns. */
    static boolean mayDefine(String s) {
        for (int i = s.indexOf('下'); i >= 0; i = s.indexOf('下', i + 1)) { // one scan for 以下 and 下简称
            if (i > 0 && s.charAt(i - 1) == '以' || s.startsWith("简称", i + 1)) {
                return true;
            }
        }
        return s.contains("（简称") || s.contains("(简称");
    }
    /** A definition inside a span, not at its end (地区(以下称血吸虫病防治地区)县级以上…): no part of the name. */
    private static final Pattern DEFINITION_INSIDE = Pattern.compile(DEFINITION_OPEN + "[^（）()]{1,20}[）)]");

    /** A scope within a name: 设区的市级及以上（包括直辖市所辖的区县）地方生态环境部门 (not 省级（含）以上, whose 含 stands alone). */
    private static final Pattern SCOPE = Pattern.compile("[（(](?:包括|含)[^（）()]{2,20}[）)]");

    /** A name without a place ({@link #ALONG}) before its level. */
    static String withoutAlong(String name) {
        Matcher along = name.startsWith("沿") ? ALONG.matcher(name) : null;
        return along != null && along.lookingAt() ? name.substring(along.end()) : name;
    }

    /** A name without the state's name before an organ ({@link #namedOrgan}: 中华人民共和国邮电部 → 邮电部). */
    private static String withoutState(String name) {
        String rest = name.startsWith(STATE_NAME) ? name.substring(STATE_NAME.length()) : null;
        return rest != null && namedOrgan(rest) ? rest : name;
    }

    /**
     * A name without the place before its level ({@link #PLACE}: 长江流域县级以上地方人民政府 → 县级以上地方人民政府) when the rest is an
     * agency; in a whole span ({@code span}) also when the rest is a list of levels or, after 的 or 沿…, a role name. The 有关 after
     * the place goes with it (建设工程所在地的有关省…).
     */
    private static String withoutPlace(String name, boolean span) {
        Matcher place = placeMayStand(name) ? PLACE.matcher(name) : null;
        if (place == null || !place.find()) {
            place = name.contains("地") || name.startsWith("船籍港") ? SEAT_OF_BODY.matcher(name) : null;
            if (place == null || !place.find()) {
                return name;
            }
        }
        if (CLAUSE.matcher(place.group()).find()) {
            return name;
        }
        String rest = name.substring(place.end());
        boolean named = isAgency(rest) || span && (AgencyLists.isLevelList(rest) || AgencyLists.startsWithLevelList(rest)
                || (place.group().endsWith("的") || place.group().startsWith("沿")) && isRoleName(rest));
        return named ? RELATED_LEVEL.matcher(rest).replaceFirst("") : name;
    }

    /**
     * Whether {@code name} holds a character that every {@link #PLACE} match ends its place with (所在, …地, 流域, 区, 原审, 其他,
     * 沿…): most names hold none, and the pattern's nested lazy loops are not run for them.
     */
    private static boolean placeMayStand(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (PLACE_CHARS.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String PLACE_CHARS = "所地流区审其沿";

    /**
     * A list member as the list's members are named: {@link #withoutState}, {@link #withoutAlong}, {@link #withoutPlace},
     * {@link #withoutSameLevel} (同级财政部门、水行政主管部门 → 财政部门, 水行政主管部门), and without the 有关 between its level and its
     * kind ({@link #RELATED_KIND}, which the cleaning applies to a name alone: 国务院有关自然保护区行政主管部门或者省…人民政府).
     */
    static String asMember(String member) {
        String m = withoutSameLevel(withoutPlace(withoutAlong(withoutState(MEMBER_LEAD.matcher(member).replaceFirst(""))), false));
        m = JOIN_LEAD.matcher(m).replaceFirst("");
        return m.contains("有关") || m.contains("相关") ? RELATED_KIND.matcher(m).replaceFirst("$1") : m;
    }

    /**
     * The party committee named beside the government (各级党委和政府应当…, 各级党委和政府信访部门): no agency; the government (and its
     * department) is, as the samples write it.
     */
    private static final Pattern PARTY_AND_GOVERNMENT = Pattern.compile("党委(?:和|、|及)(?=政府|人民政府)");

    /** A mission named with 的 (驻该国的使领馆, 驻外国的使馆): the same mission as without it. */
    private static final Pattern MISSION_OF = Pattern.compile("(驻[^的，、]{1,10})的((?:使|领|使领|使\\(领\\)|使（领）)馆)$");

    /** What {@link #LEADING} cuts before a name that a list member may also begin with (当地公安机关或者该人民警察所属机关). */
    private static final Pattern MEMBER_LEAD = Pattern.compile("^(?:" + ANAPHORA + ")");
    /**
     * The join a member keeps once its same level is cut (本级或者上级人民政府…等部门 → 或者上级人民政府…部门): the member is the
     * body after it.
     */
    private static final Pattern JOIN_LEAD = Pattern.compile("^(?:或者|以及|或)");

    /** The words 各/各地/各类 the cleaning cut before a name (its {@link #EACH}), as the text wrote them before {@code agency}. */
    static String eachBefore(String raw, String agency) {
        int at = agency.isEmpty() || agency.startsWith("各") ? -1 : raw.indexOf(agency);
        if (at <= 0) {
            return "";
        }
        String before = raw.substring(Math.max(0, at - 2), at);
        return before.equals("各地") || before.equals("各类") ? before : before.endsWith("各") ? "各" : "";
    }

    /** The state's name before one of its organs (中华人民共和国公安部, 中华人民共和国最高人民法院). */
    private static final String STATE_NAME = "中华人民共和国";

    /**
     * Whether what follows the state's name is an organ of its own: not its government (中华人民共和国政府, whose 政府授权的… and
     * 政府有关主管部门 the samples keep whole), nor a name that is bare (机关) or 有关 without it (中华人民共和国有关机关). A mission is
     * cut as the samples write it (中华人民共和国驻外使馆 → 驻外使馆).
     */
    private static boolean namedOrgan(String rest) {
        return rest.length() >= 2 && !rest.startsWith("政府") && !rest.startsWith("有关")
                && !BARE.matcher(rest).matches() && isAgency(rest);
    }

    /** Whether {@code raw} is a name as the cleaning leaves it, or that name after the state's (中华人民共和国交通部). */
    static boolean namesItself(String raw) {
        String cleaned = clean(raw);
        return cleaned != null && (raw.equals(cleaned) || raw.equals(STATE_NAME + cleaned));
    }

    /** The agency named by a captured span, or null when it names none. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String out = CLEANED.get(raw);
        if (out == null) {
            out = cleanOnce(raw);
            if (CLEANED.size() >= CLEANED_MAX) {
                CLEANED.clear();
            }
            CLEANED.put(raw, out == null ? NO_NAME : out);
        }
        return out == NO_NAME ? null : out;
    }

    /** A manner after a name, before its act (依法, 分别, 共同): cut from a role name as a name's own clause words are. */
    private static final Pattern TRAILING_MANNER = Pattern.compile("(?:依法|分别|共同|统一|联合|协商)$");

    /** Where the body named after it sits, its only 的 (自贸试验区所在地的市人民政府): a place, no relative clause. */
    private static final Pattern SEAT_OF = Pattern.compile("[^的，]{0,14}?(?:所在地|发生地|住所地|驻在地)的(?=[^的]+$)");

    /** A name with another name of the body in brackets after its head (厅（局）, 发展改革委(物价局)). */
    private static final Pattern TRAILING_ALTERNATIVE = Pattern.compile("(.+?)" + SubjectScan.ALTERNATIVE_REGEX);

    /**
     * 在 inside a cleaned name: a clause, no name (林业经营者在政府支持引导下, 食品生产经营者在食品安全监督管理部门…, 办公室设在…部门);
     * 所在地 and 驻在地 are other words.
     */
    private static final Pattern CLAUSE_INSIDE = Pattern.compile("(?<=[\u4e00-\u9fff])(?<![所驻存现实])在(?![地京华])");

    /**
     * Where the bodies after a verb inside a span begin, or -1: 义务教育经费投入实行国务院和地方各级人民政府…共同负担,
     * …和禁毒志愿者共同组成社区戒毒工作小组, 相关院士、专家组成…技术委员会.
     */
    private static int bodiesAfter(String name) {
        int system = name.lastIndexOf("实行");
        Matcher formed = name.contains("组成") ? FORMED.matcher(name) : null;
        int at = Math.max(system < 0 ? -1 : system + 2, formed != null && formed.find() ? formed.end() : -1);
        return at < name.length() ? at : -1;
    }

    /** How the bodies after 实行 begin: a level or the state. */
    private static final Pattern BODY_START = Pattern.compile("国务院|国家|中央|全国|中国|地方|各级|省|自治|县|乡|镇|设区|市(?![场容政])|区(?!域)");
    /** 代表 as a verb inside a span (市长代表市政府), not a name's (人民代表大会, 代表团, 代表处, 代表资格审查委员会) nor a deputy (人民代表大会代表). */
    private static final Pattern ACTS_FOR = Pattern.compile("(?<![会的所每一])代表(?!大会|团|处|机构|机关|委员会|资格)");

    /** 组成 after the people who make a body up (…和禁毒志愿者共同组成X, 由相关院士、专家组成X); not 组成部门, 组成人员. */
    private static final Pattern FORMED = Pattern.compile("(?:共同)?组成(?!部门|人员|单位)(?=.{2})");

    /**
     * A level's 的 before its congress, government or a department (省、自治区、直辖市的人民代表大会, 民族自治地方的自治机关, 设区的市的X部门):
     * no relative clause, the name as the samples write it; not a lower level's (直辖市的区人民政府: the districts').
     */
    private static final Pattern LEVEL_OF = Pattern.compile("^(各?(?:民族自治地方|省、自治区、直辖市|省、自治区|省、直辖市|设区的市|不设区的市|较大的市|自治区|直辖市|自治州|自治县|市辖区|民族乡|县级|乡级|县|乡|镇))的(?![区县市乡镇])(?=人民代表大会|人民政府|[\\u4e00-\\u9fff&&[^的]]{1,12}?(?:部门|机构|机关)$)");
    /** A level list's 的 after 或者/和 (…常务委员会或者乡、民族乡、镇的人民代表大会主席团): no relative clause, as at the start. */
    private static final Pattern LEVELS_OF = Pattern.compile("(?<=或者|和|以及)各?((?:乡|民族乡|镇|县|自治县|不设区的市|市辖区|设区的市|自治州|省|自治区|直辖市)"
            + "(?:、(?:乡|民族乡|镇|县|自治县|不设区的市|市辖区|设区的市|自治州|省|自治区|直辖市))*)的(?=人民代表大会|人民政府)");
    /** 县级以上的地方各级人民政府 (宪法, 地方组织法), anywhere in a list: the level's 的, no relative clause. */
    private static final Pattern ABOVE_OF = Pattern.compile("(?<![^、和及者的])((?:县|乡|省|设区的市)级以上)的(?=地方|各级|其他|人民|[\\u4e00-\\u9fff]{0,10}(?:机关|部门|机构))");

    private static String cleanOnce(String raw) {
        // 设区的市 is a name, its 的 no relative clause; nor is the 的 of a scope the name sets aside (（包括直辖市所辖的区县）)
        // 驻该国的使领馆 → 驻该国使领馆, as the samples write it (its 的 no relative clause either)
        String mission = raw.endsWith("馆") && raw.indexOf('的') > 0 ? MISSION_OF.matcher(raw).replaceFirst("$1$2") : raw;
        if (mission.contains("党委")) {
            mission = PARTY_AND_GOVERNMENT.matcher(mission).replaceAll(""); // 各级党委和政府信访部门 → 各级政府信访部门
        }
        String level = mission.indexOf('的') > 0
                ? LEVELS_OF.matcher(ABOVE_OF.matcher(LEVEL_OF.matcher(mission).replaceFirst("$1")).replaceAll("$1")).replaceAll("$1") : mission;
        String out = clean(SCOPE.matcher(level).replaceAll("").replace(CITY, CITY_MARK), 0);
        if (out != null && out.contains("关于")) {
            return null; // 刑法、刑事诉讼法以及最高人民法院…关于立案标准和公安部关于公安机关: the topic of rules, no list of names
        }
        if (out != null && out.indexOf('关') >= 0) {
            out = RELATED_KIND.matcher(out).replaceFirst("$1"); // on the name found: the inner steps keep it a part of the span
        }
        int verbEnd = out == null ? -1 : bodiesAfter(out);
        if (verbEnd > 0) {
            // after 实行 a system's bodies (实行国务院和地方各级人民政府…共同负担), not a policy's words (实行市场调节价、政府指导价)
            return out.startsWith("实行", verbEnd - 2) && !BODY_START.matcher(out).region(verbEnd, out.length()).lookingAt()
                    ? null : cleanOnce(out.substring(verbEnd));
        }
        Matcher actsFor = out != null && out.indexOf("代表") > 0 ? ACTS_FOR.matcher(out) : null;
        if (actsFor != null && actsFor.find()) {
            // X代表中国政府履行公约: the body before the verb acts (市长代表市政府: a person, no name)
            return cleanOnce(out.substring(0, actsFor.start()));
        }
        if (out != null && out.indexOf('在') > 0 && CLAUSE_INSIDE.matcher(out).find()) {
            return null; // on the name found: the steps before cut the words of a described body (在…设立的X)
        }
        if (out != null && (out.startsWith("同级") || out.startsWith("本级")) && AgencyLists.members(out).size() == 1) {
            out = withoutSameLevel(out); // a list keeps its 同级 for its members' shared level (同级公安、民政或者市场监督管理等有关部门)
        }
        return out == null ? null : out.replace(CITY_MARK, CITY);
    }

    /** {@code name} without a {@link #SAME_LEVEL} 同级/本级: 会同同级财政部门, the department of the acting body's level is the department. */
    private static String withoutSameLevel(String name) {
        return (name.startsWith("同级") || name.startsWith("本级")) && SAME_LEVEL.matcher(name).lookingAt() ? name.substring(2) : name;
    }

    /**
     * 同级/本级 before a function name, which the samples name without it (同级财政部门, 同级野生动物、植物管理部门, 本级人民政府出版行政部门,
     * 本级人民政府体育行政部门 → 人民政府体育行政部门); kept before the government or the congress itself (同级人民政府, 本级人民政府或者其
     * 授权的部门, 本级人民代表大会常务委员会), a party committee and what names no function (同级机关, 同级有关部门, 本级人民政府有关部门,
     * 本级政府财政部门: the rest would be no name).
     */
    private static final Pattern SAME_LEVEL = Pattern.compile("^(?:同级|本级)(?!(?:地方)?(?:人民)?政府(?![\\u4e00-\\u9fff&&[^和及或与授指确的有相其]])"
            + "|政府|人民代表大会|党委|党组织|(?:国家)?(?:机关|机构|部门|单位)(?:$|[和及或与、])|(?:有关|相关|其他|各)|.*其他)(?=[\\u4e00-\\u9fff]{2})");

    /** 国务院X各(主管)部门, X a field (not a list: 国务院以及国务院各部门): 各 ranges over the field's departments. */
    private static final Pattern FIELD_EACH = Pattern.compile("^(国务院[\\u4e00-\\u9fff&&[^和及或与以的]]{2,8})各(?=(?:主管|有关)?部门$)");

    /**
     * 各(地/类) before a name: each of the bodies, which the samples name without it (各省、自治区、直辖市人民政府, 各地国家税务局,
     * 各专门委员会); not 各级 (a level), 各部、委员会 or 各部门 (the State Council's, or no name), 各该, 各方, 各地区.
     */
    private static final Pattern EACH = Pattern.compile("^各(?:地(?![方区])|类)?(?![级部委该方个项种]|自(?!治)|地区)(?=[\\u4e00-\\u9fff（(、]{2})");

    /**
     * 各 between a government or a congress and its bodies (人民政府各农业行政主管部门, 人民政府各有关部门, 全国人民代表大会各专门委员会,
     * 国务院各大坝主管部门, 县一级各大坝主管部门): no part of the name.
     */
    private static final Pattern GOVERNMENT_EACH = Pattern.compile("(?<=政府|代表大会|国务院|一级)各(?![级地自该方]|部门)(?=[\\u4e00-\\u9fff]{2})");

    private static String clean(String raw, int depth) {
        if (raw == null || depth > 6) {
            return null;
        }
        String s = raw.strip();
        s = afterUnbalancedClose(s);
        Matcher alternative = s.endsWith("）") || s.endsWith(")") ? TRAILING_ALTERNATIVE.matcher(s) : null;
        if (alternative != null && alternative.matches() && endsInHead(alternative.group(1))) {
            return clean(alternative.group(1), depth + 1); // 省交通厅（局）, 市发展改革委(市物价局): the body's first name, as a subject's
        }
        if (s.contains("国务院各有关")) {
            s = s.replace("国务院各有关", "国务院有关"); // 国务院各有关部门: the samples name the departments without 各
        } else if (s.startsWith("国务院") && s.endsWith("部门") && s.indexOf('各') > 3) {
            s = FIELD_EACH.matcher(s).replaceFirst("$1"); // 国务院工业交通各部门: the field's departments (samples 21 and 54)
        } else if (s.startsWith("各")) {
            s = EACH.matcher(s).replaceFirst(""); // 由各航空管理部门自行规定, 各省、自治区、直辖市人民政府: each body is the body
        }
        if (s.indexOf("政府各") > 0 || s.indexOf("大会各") > 0 || s.indexOf("院各") > 0 || s.indexOf("一级各") > 0) {
            s = GOVERNMENT_EACH.matcher(s).replaceFirst(""); // 县级以上地方人民政府各农业行政主管部门: each department is the department
        }
        int below = s.indexOf("以下");
        below = below >= 0 ? below : s.indexOf("下简称");
        if (below > 0 && below < s.length() - 8) {
            // 省、自治区、直辖市人民政府（以下统称省级人民政府）生态环境主管部门: the definition is no part of the name around it
            s = DEFINITION_INSIDE.matcher(s).replaceAll("");
        }
        if (s.startsWith("（") && s.indexOf('）') < 0 || s.startsWith("(") && s.indexOf(')') < 0) {
            s = s.substring(1);
        }
        Matcher m = DATE.matcher(s);
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        m = ENUMERATOR.matcher(s);
        while (m.find()) {
            cut = Math.max(cut, m.end());
        }
        if (cut > 0) {
            s = s.substring(cut);
        }
        s = LEADING.matcher(s).replaceFirst("");
        if (s.startsWith("机关、") || s.startsWith("国家机关、")) {
            s = PARTIES_FIRST.matcher(s).replaceFirst(""); // 机关、团体、企业事业组织和乡…人民政府: the bodies after the parties
        }
        s = RELATED_LEVEL.matcher(s).replaceFirst("");
        if (s.contains("、有关") || s.contains("、相关")) {
            s = RELATED_LEVEL_INSIDE.matcher(s).replaceAll("、"); // 市、有关区、市价格主管部门: the levels concerned, 有关 cut as at the start
        }
        if (s.contains("有关人民政府") || s.contains("相关人民政府")) {
            s = LEVEL_RELATED_GOVERNMENT.matcher(s).replaceFirst("$1");
        }
        if (s.startsWith("其上级") || s.startsWith("其上一级")) {
            s = s.substring(1); // 由其上级机关: the body above the offender
        } else if (ITS_FUNCTION.matcher(s).matches()) {
            s = s.substring(1); // 由其环境保护主管部门召集…: 其 points back to the government; the department is named by its function
        } else if (s.startsWith("其")) {
            Matcher own = ITS_OWN.matcher(s);
            if (own.lookingAt() && !BARE.matcher(s.substring(own.end())).matches()) {
                s = s.substring(own.end()); // 委托其下属工商行政管理所: the branch is named
            }
        }
        s = WHEN.matcher(s).replaceFirst("");
        s = withoutPlace(s, true);
        s = withoutState(s); // 中华人民共和国公安部, 中华人民共和国海关总署: the organ, one node with 公安部
        if (s.startsWith("当地") && LOCAL.matcher(s).lookingAt() && isAgency(s.substring(2))) {
            s = s.substring(2); // 当地水土保持部门, 当地公安机关: the local department is the department, as the samples write it
        }
        Matcher task = AFTER_TASK.matcher(s);
        if (task.find() && isAgency(s.substring(task.end()))) {
            s = s.substring(task.end());
        }
        if (s.length() < 2) {
            return null;
        }
        if (AgencyLists.isLevelList(s) || AgencyLists.startsWithLevelList(s)) {
            return s; // 省、自治区、直辖市和设区的市、自治州的人民政府, 乡、民族乡、镇的人民政府以及街道办事处: 的 and 及其 join levels and bodies
        }
        // a role name with its remit: 县级以上地方人民政府负责地方志工作的机构
        if (isRoleName(s)) {
            return s; // a remit is a competence, not an act: 负责药品监督管理的部门
        }
        Matcher manner = s.endsWith("的部门") || s.endsWith("的机构") ? null : TRAILING_MANNER.matcher(s);
        if (manner != null && manner.find() && isRoleName(s.substring(0, manner.start()))) {
            return s.substring(0, manner.start()); // 由负有…职责的部门依法制定: the manner after the role name is no part of it
        }
        Matcher unnamed = AND_RELATED.matcher(s);
        boolean andUnnamed = unnamed.matches(); // s stays as it is below: the last test reads the same match
        if (andUnnamed && isRoleName(unnamed.group(1))) {
            return s; // 县级以上人民政府负责英雄烈士保护工作的部门和其他有关部门: the role, and bodies the text leaves unnamed
        }
        if (actDescribed(s)) {
            return s; // 颁发资质证书的机关, 原发证机关: the body the text means by what it did
        }
        if (remitFirst(s) != null || remitListAfterAnd(s)) {
            return s; // X负责…的部门、Y: a list whose first member is named by its remit (AgencyLists splits it)
        }
        if (s.indexOf("其他", 1) > 0 && namedAround(s)) {
            return s; // X、Y及其他负有…职责的部门和Z: the members around the unnamed ones
        }
        Matcher v = CLAUSE.matcher(s);
        if (v.find()) {
            int first = v.start();
            int lastEnd = v.end();
            String last = v.group();
            if (first == 0 && OBJECT_AFTER.matcher(last).matches()) {
                return null; // 授权对省、自治区、直辖市人民政府…进行督察, 属于人民法院受理的: the agency is the object
            }
            while (v.find()) {
                lastEnd = v.end();
                last = v.group();
            }
            if (first > 0) {
                String prefix = s.substring(0, first);
                String before = clean(prefix, depth + 1);
                // 工业和信息化部牵头会同财政部; 所在地的市人民政府按照…: a place's 的, no relative clause
                if (before != null && prefix.endsWith(before) && (!prefix.contains("的") || SEAT_OF.matcher(prefix).lookingAt())) {
                    return before;
                }
                if (!INTRODUCES.matcher(last).matches()) {
                    return null; // 数据处理者应当对行业监管部门: the agency is an object
                }
            }
            return clean(s.substring(lastEnd), depth + 1);
        }
        int de = s.lastIndexOf('的');
        if (de >= 0) {
            String mod = s.substring(0, de);
            String head = s.substring(de + 1);
            Matcher named = NAMED_DESIGNEE.matcher(mod);
            if (named.matches() && head.startsWith("其他") && endsInHead(head) && isAgency(named.group(2))) {
                return clean(named.group(1), depth + 1); // X或者外交部授权的其他驻外机构: X acts, the designee is a delegation
            }
            Matcher own = OWN.matcher(mod);
            if (own.matches() && isAgency(own.group(1)) && (own.group(2).isEmpty() || isAgency(own.group(2)))
                    && (endsInHead(head) || (mod.endsWith("授权") || mod.endsWith("委托")) && DESIGNEE_PARTY.matcher(head).find())) {
                return s; // 本级人民政府或者其指定的部门
            }
            if ((mod.endsWith("指定") || mod.endsWith("确定")) && UNNAMED_DESIGNEE.matcher(head).matches()
                    && isAgency(mod.substring(0, mod.length() - 2))) {
                return s; // 省级人民政府指定的部门, 国务院确定的机构: a role name, as X或者其指定的部门 is (the development gold)
            }
            if (COMPETENCE.matcher(mod).matches() && endsInHead(head) && !endsInFalseHead(head)) {
                return s;
            }
            if (governments(mod, head) != null) {
                return s; // each government's Z部门: a list, written as the text writes it (members: governments(…))
            }
            if (mod.endsWith("人民政府") && mod.indexOf('、') < 0 && mod.indexOf('和') < 0 && RELATED_DEPARTMENTS.matcher(head).matches()
                    && isAgency(mod)) {
                return mod + head; // 县级以上人民政府的有关部门: the government's departments concerned, as the samples write them
            }
            if (mod.endsWith("人民政府") && isAgency(mod) && isAgency(head) && (OWN_DEPARTMENT.matcher(head).matches()
                    || head.indexOf('、') > 0 && mod.indexOf('、') < 0
                    && AgencyLists.members(head).stream().allMatch(d -> OWN_DEPARTMENT.matcher(d).matches()))) {
                // 地方各级人民政府的教育行政部门: the government's own department; 县级人民政府的发展和改革、财政…等有关部门: one
                // government's own departments, each
                return mod + head;
            }
            if (BRANCH.matcher(head).matches() && isAgency(mod) && (!mod.endsWith("银行") || mod.endsWith("人民银行"))) {
                return mod + head; // 中国人民银行的分支机构, 国务院电力监管机构的派出机构: the body's own branch
            }
            List<String> units = ownUnits(mod, head);
            if (units != null) {
                return units.size() == 1 ? units.get(0) : s; // a list's units: written as the text writes it (members: governments(…))
            }
            if (!BARE.matcher(head).matches()) {
                return isAgency(head) ? head : null;
            }
            return isAgency(mod) ? s : null; // 国务院和地方各级人民政府的有关部门
        }
        if (andUnnamed && unnamed.group(1).indexOf('、') < 0 && !isAgency(unnamed.group(1)) && !unnamed.group(1).endsWith("政府")
                && !AgencyLists.isLevelList(unnamed.group(1)) && !levelledField(unnamed.group(1))) {
            return null; // 分级管理和各有关部门: 和有关部门 completes a body named before it, here none
        }
        Matcher designee = s.endsWith("单位") ? DESIGNEE_UNIT.matcher(s) : null;
        if (designee != null && designee.matches() && isAgency(designee.group(1))) {
            return s; // 国务院渔业行政主管部门或其授权单位, as X或者其授权的单位
        }
        return isAgency(s) || endsInShortName(s) ? s : null;
    }

    /** A list whose last member is a short name of the table (教育部、中科院、工程院、中国科协): named, as its members before it are. */
    private static boolean endsInShortName(String s) {
        int cut = Math.max(s.lastIndexOf('、'), s.lastIndexOf('和'));
        return cut > 1 && AgencyShortNames.isShortName(s.substring(cut + 1)) && isAgency(s.substring(0, cut));
    }

    /**
     * The members of X和Y的Z部门 (国务院和省、自治区、直辖市人民政府的药品监督管理部门 → 国务院药品监督管理部门,
     * 省、自治区、直辖市人民政府药品监督管理部门), of a list's {@link #OWN_UNIT}s and of X及其所属的Y ({@link #SUBORDINATE}),
     * each still to be split by {@link AgencyLists}; null for any other name.
     */
    static List<String> governments(String name) {
        if (name.indexOf('的') < 0) {
            return null;
        }
        String s = name.replace(CITY, CITY_MARK);
        int de = s.lastIndexOf('的');
        List<String> both = de < 0 ? null : governments(s.substring(0, de), s.substring(de + 1)); // 设区的市 alone: none
        if (both == null && de >= 0) {
            both = ownUnits(s.substring(0, de), s.substring(de + 1));
        }
        Matcher subordinate = both == null ? SUBORDINATE.matcher(s) : null;
        if (subordinate != null && subordinate.matches() && OWN_UNIT.matcher(subordinate.group(2)).matches()
                && isAgency(subordinate.group(1)) && isAgency(subordinate.group(2))) {
            List<String> owners = AgencyLists.members(subordinate.group(1)); // 县、市、自治州人民政府X主管部门或者其所属的Y
            String units = "所属的" + subordinate.group(2);
            both = Stream.concat(owners.stream(), owners.stream().map(owner -> AgencyLists.unitOf(owner, units))).distinct().toList();
        }
        return both == null ? null : both.stream().map(m -> m.replace(CITY_MARK, CITY)).toList();
    }

    /**
     * A body and its unit (X及其所属的Y, X或者其所属的Y): two bodies, the unit named as the list splitter names it
     * ({@link AgencyLists#unitOf}: by its own name, or the owner's for a unit named by its function alone).
     */
    private static final Pattern SUBORDINATE = Pattern.compile("^(.+?)(?:及其|或者其|或其|和其)所属的(.+)$");

    /**
     * Each department's {@link #OWN_UNIT} (铁路、交通、民用航空行政主管部门的卫生主管机构 → 铁路行政主管部门卫生主管机构, …), or null
     * when the head is no such unit or an owner is no department or government (其主管部门 names none); not after 或者
     * (X或者Y、Z的卫生主管机构: whose units the text leaves open, {@code DutyFinder.eitherDescribed} reads it).
     */
    private static List<String> ownUnits(String mod, String head) {
        if (!OWN_UNIT.matcher(head).matches() || !owner(mod) || mod.contains("或") || mod.startsWith("其") || !isAgency(mod) || !isAgency(head)) {
            return null;
        }
        List<String> owners = AgencyLists.members(mod);
        return owners.stream().allMatch(AgencyNames::owner) ? owners.stream().map(owner -> owner + head).toList() : null;
    }

    private static boolean owner(String name) {
        return name.endsWith("部门") || name.endsWith("人民政府");
    }

    private static List<String> governments(String mod, String head) {
        Matcher m = GOVERNMENTS.matcher(mod);
        if (!m.matches() || head.length() < 3 || !endsInHead(head) || endsInFalseHead(head)
                || !isAgency(m.group(1)) || !isAgency(m.group(2))) {
            return null;
        }
        return List.of(m.group(1) + head, m.group(2) + head);
    }

    /**
     * A list whose first member is a role name with its remit (县级以上地方人民政府负责煤矿安全生产监督管理的部门、煤矿安全监察机构):
     * the first member, then the rest's members (the rest is split once, here), or null.
     */
    static List<String> remitFirst(String name) {
        if (name.indexOf('、') < 0 && name.indexOf('和') < 0 && !name.contains("或者")) {
            return null;
        }
        Matcher m = REMIT_FIRST.matcher(name);
        if (!m.matches() || !m.group(2).isEmpty() && !isAgency(m.group(2))) {
            return name.indexOf('、') > 0 ? remitSecond(name) : null;
        }
        // the rest is one name (X负责…的部门、Y) or a list of its own (负责…的部门、网信、公安等有关部门)
        String rest = m.group(3);
        boolean oneName = isAgency(rest) || isRoleName(rest); // 和省、自治区、直辖市人民政府负责…的部门: a role name too
        if (!oneName && rest.indexOf('、') < 0) {
            return null;
        }
        List<String> restMembers = AgencyLists.members(rest);
        if (!oneName && restMembers.size() < 2) {
            return null;
        }
        // 县级以上地方人民政府负责…的部门和发展改革、财政等有关部门: the departments after it are the same government's
        String government = AgencyLists.GOVERNMENT_PREFIX.matcher(m.group(2)).find() ? m.group(2) : "";
        List<String> out = new ArrayList<>(restMembers.size() + 1);
        out.add(m.group(1));
        for (String member : restMembers) {
            out.add(!government.isEmpty() && member.endsWith("部门") && !AgencyLists.hasOwnLevel(member) ? government + member : member);
        }
        return out;
    }

    /** A list whose second member is named by its remit: its members, the remit's at the first member's level; null when none. */
    private static List<String> remitSecond(String name) {
        Matcher m = REMIT_SECOND.matcher(name);
        if (!m.matches() || !isAgency(m.group(1))) {
            return null;
        }
        String others = m.group(1) + "、" + m.group(3);
        if (clean(others, 0) == null) {
            return null;
        }
        List<String> out = new ArrayList<>(AgencyLists.members(others));
        Matcher government = AgencyLists.GOVERNMENT.matcher(m.group(1)); // 县级以上人民政府 of 县级以上人民政府公安机关
        out.add(Math.min(1, out.size()), (government.lookingAt() ? government.group() : "") + m.group(2));
        return out;
    }

    /** A body, 和, then another government's list that opens with a department named by its remit (A和省人民政府负责…的部门、Y部门). */
    private static boolean remitListAfterAnd(String s) {
        int and = s.indexOf('和');
        return and > 0 && s.indexOf('、', and) > 0 && isAgency(s.substring(0, and)) && AgencyLists.remitListAfter(s.substring(and + 1));
    }

    /** Whether the name with its {@link #UNNAMED_INSIDE} bodies taken out is a name of its own, cleaned as it stands. */
    private static boolean namedAround(String s) {
        Matcher m = UNNAMED_INSIDE.matcher(s);
        if (!m.find()) {
            return false;
        }
        String rest = m.replaceAll("");
        return rest.equals(clean(rest));
    }

    /** Whether a clean name is a body described by its act (原批准、发证的部门: one body, no list). */
    static boolean actDescribed(String name) {
        int de = name.lastIndexOf('的');
        return de > 0 && actDescribed(name.substring(0, de), name.substring(de + 1));
    }

    /** {@link #ACT_DESCRIBED}, with no clause word after its verb (its verb may be one: 批准, 审批). */
    private static boolean actDescribed(String mod, String head) {
        Matcher act = ACT_DESCRIBED.matcher(mod);
        return act.matches() && DESCRIBED_HEAD.matcher(head).matches() && !CLAUSE.matcher(act.group(1)).find();
    }

    /**
     * A role name with its remit, after what may stand before it ({@link #remitOwner}): the first place where a remit
     * runs to the end with such an owner before it (安全生产监督管理部门和负有…职责的有关部门: not at the 管理 inside the first
     * member).
     */
    static boolean isRoleName(String s) {
        if (s.indexOf('的') < 0) {
            return false;
        }
        Matcher remit = REMIT.matcher(s);
        for (int k = 0; k < s.length(); k++) {
            if (REMIT_FIRST_CHAR[s.charAt(k)] && remit.region(k, s.length()).matches()) {
                String before = s.substring(0, k);
                if (before.endsWith("其他依法")) {
                    before = before.substring(0, before.length() - 2); // 和其他依法负有…职责的部门: 依法 is the remit's, no clause
                }
                if (remitOwner(before) && !CLAUSE.matcher(before).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What may stand before a role name's remit: nothing, an agency, a bare level, or an agency and a join (a list). */
    private static boolean remitOwner(String before) {
        if (before.isEmpty() || isAgency(before) || LEVEL_ONLY.matcher(before).matches()) {
            return true;
        }
        Matcher joined = JOINED.matcher(before);
        return joined.matches() && isAgency(joined.group(1));
    }

    /** {@link #HEAD} found: a head at the end, so only the last {@link #HEAD_MAX} characters are tried. */
    static boolean endsInHead(String s) {
        return HEAD.matcher(s).region(Math.max(0, s.length() - HEAD_MAX), s.length()).find();
    }

    /** {@link #HEAD} ending {@code [from, to)} of {@code s}, read in that window alone (no copy of it). */
    static boolean endsInHead(String s, int from, int to) {
        return HEAD.matcher(s).region(from, to).find();
    }

    /** {@link #NOT_HEAD} found, tried on the last characters only as {@link #endsInHead}. */
    private static boolean endsInFalseHead(String s) {
        return NOT_HEAD.matcher(s).region(Math.max(0, s.length() - NOT_HEAD_MAX), s.length()).find();
    }

    /** Ends in an agency head and is not a bare or false head. */
    static boolean isAgency(String s) {
        return s.length() >= 2 && endsInHead(s) && !endsInFalseHead(s) && !BARE.matcher(s).matches()
                && !s.replace(CITY, "").contains("的") // 设区的市级人民政府 is a name, its 的 no relative clause
                || AgencyShortNames.isShortName(s); // 中国科协: a short name of the table, whatever it ends in
    }

    /** The text after a closing bracket that has no opening one: 区县）地方生态环境部门 → 地方生态环境部门. */
    private static String afterUnbalancedClose(String s) {
        int depth = 0;
        int cut = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                if (depth == 0) {
                    cut = i + 1;
                } else {
                    depth--;
                }
            }
        }
        return cut < 0 ? s : s.substring(cut);
    }
}
