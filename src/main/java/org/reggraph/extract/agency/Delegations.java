package org.reggraph.extract.agency;

import org.reggraph.extract.Relation.Delegates;
import org.reggraph.extract.RelationType;
import org.reggraph.extract.lexicon.LeadScan;
import org.reggraph.extract.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The forms of delegation found in one sentence (forms.md of issue 12, mined from the corpus):
 * <ul>
 * <li>D1 passive rule-making: 具体办法/标准/程序…(可以|分别)由X(会同Y)(依照本法)(统一|负责|共同)(另行)制定/规定/确定 — X and Y; also
 * …可以由X(根据…)制定…规定, the object after the verb;</li>
 * <li>D4 interpretation: 本办法由X负责解释;</li>
 * <li>D5 entrustment: X可以委托Y…, 受X委托的Y, X委托的Y — Y; not between regulated parties, not 不得委托;</li>
 * <li>D6 authorisation: X或者(X|其)授权的Y → X授权的Y; 经X授权的Y → Y; X授权Y(做) → Y;</li>
 * <li>D7 implied rule-making: 按照/依照/遵守X的(有关)规定 where X is an agency (not 国家, 本法, 法律).</li>
 * </ul>
 * The active forms (X根据本法制定实施办法, X负责制定…标准) are clause subjects and stay in {@link DutyFinder}.
 * Every window is bounded; nothing scans past the sentence.
 */
final class Delegations {

    /** What a name has besides CJK ideographs ({@link #isNameChar} reads the same set). */
    private static final String NAME_EXTRA = "、（）";
    private static final String NAME = "[\\u4e00-\\u9fff[" + NAME_EXTRA + "]]";
    private static final String AG = "(" + NAME + "{0,30}?" + DutyFinder.SUFFIX + ")";
    /** Things an agency is left to set, directly before 由 (or ，由). */
    static final List<String> OBJECTS = List.of("办法", "方法", "制度", "细则", "标准", "规程", "规则", "文本", "范本", "目录", "名录", "规定",
            "措施", "步骤", "范围", "程序", "条件", "期限", "数额", "比例", "清单", "规范", "幅度", "费率", "限额", "时限", "格式", "式样", "样式",
            "权限", "构成", "具体内容", "规模", "数量", "指标", "要求", "税率", "表格", "方式", "具体区域", "大纲", "流程",
            "指导性技术文件");
    /** The modals an object may end with before 由, or none. */
    static final List<String> OBJECT_MODALS = List.of("也可以", "还可以", "可以", "可", "分别", "");
    /** {@link #OBJECT_MODALS} as a regex (without the empty one). */
    private static final String MODAL = "(?:" + String.join("|", OBJECT_MODALS.subList(0, OBJECT_MODALS.size() - 1)) + ")";
    /**
     * An object, a comma and a modal at the end of the words before 由: the specification of {@link #endsWithObject}, which
     * tests the end alone (this pattern, tried at each of the 24 offsets, was 2 % of the extraction).
     */
    static final Pattern OBJECT = Pattern.compile("(?:" + String.join("|", OBJECTS) + ")(?:等(?:内容|事项)?)?[，,]?" + MODAL + "?$");
    /** 国家建立…制度，由X…: a system the state sets up, whose work X does; no 制度 left to X to make. */
    private static final Pattern SYSTEM_SET_UP = Pattern.compile("(?:建立|实行|健全|推行|完善)[^，。；]{0,20}制度[，,]?" + MODAL + "?$");
    /**
     * A second maker of the same rules after a comma (标准，可以由X制定，…，也可以由Y制定; 由X制定，或者由X和Y共同制定): the words
     * before its 由.
     */
    private static final Pattern ALTERNATIVE_MAKER = Pattern.compile("[，,](?:也可以|也可|还可以|或者|或)$");
    /**
     * The publishers of rules the clause before had made (标准，由X制定，由X和Y联合发布): the second 由's bodies issue them
     * jointly, and a standard issued jointly is made by all who issue it.
     */
    private static final Pattern JOINT_PUBLISHERS = Pattern.compile("由[^，。；]{2,60}?联合发布(?:施行)?(?=[，。；]|$)");
    /** The modal an object may end with before 由 (具体办法可以由X制定): no part of what is made. */
    private static final Pattern TRAILING_MAY = Pattern.compile(MODAL + "$");
    /** The longest of {@link #OBJECT_MODALS}. */
    private static final int MODAL_MAX = OBJECT_MODALS.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern OBJECT_AFTER = Pattern.compile("^[^，。；]{0,24}?(?:办法|细则|标准|规定|规章|规则|措施|规程|目录|格式|式样|计算方式|计算方法|具体范围)(?:(?:和|及|以及|、)[^，。；]{1,8})?$");
    /** 单独或者, 自行或者 before 会同Y: the body acts alone or with its partner. */
    private static final String ALONE = "(?:单独|自行)(?:或者|或)";
    /** How far before a sentence's end {@link #SETS_AT_END}'s 规定并 can stand: 规定并予以 and an act of four characters. */
    private static final int RULE_AND_TAIL = "规定并予以".length() + 4;
    /**
     * X's basis before a closing 规定 (由管辖该水域的县以上渔业行政主管部门根据情况规定), never one that ends as a rule's owner
     * (由X按照国家有关规定: the rules cited, no verb).
     */
    private static final String BASIS_BEFORE_RULE = "依法|(?:根据|依照|依据|按照|结合)[^，。；由]{1,30}?(?<!有关|国家|的)";
    /**
     * 由X(按照职责分工)(会同Y)(根据…)(另行)规定(并公布) closing a sentence, or 由X(根据…/依法)作出(具体)规定(并公布) (外汇管理条例 第九条,
     * 银行业监督管理法 第十八条): X's name, at most 30 characters, in group 1, Y in group 2; a second act after the rule in group 3
     * (…的范围、标准和来源，由…人民政府规定并拨付; 号牌的式样由国务院公安部门规定并监制).
     */
    private static final Pattern SETS_AT_END = Pattern.compile("由" + AG + "(?:按照职责分工|依据职责|依照职责)?(?:(?:" + ALONE + ")?会同(" + NAME + "{1,30}?))?(?:(?:" + BASIS_BEFORE_RULE + ")?(?:另行)?规定(?:并(?:予以)?(?:公布|发布|公告|([\\u4e00-\\u9fff]{2,4})))?"
            + "|(?:依法|(?:根据|依照|依据|按照)[^，。；由]{1,30}?)?作出(?:具体)?规定(?:并公布)?)$");
    /**
     * The verb that makes 由X… a delegation of rules; 统一/负责/共同/组织/自行 before it are no part of X (由X统一制定, 由X组织制定,
     * 立法会议事规则由立法会自行制定),
     * nor 协商 before 制定 (由有关人民政府协商制定管理办法; 协商确定 settles a case); (适当)调整 as the only verb (…标准可以由X根据本地实际
     * 适当调整), not after 制定、 (制定、调整和公布 is 制定's).
     */
    private static final Pattern RULE_VERB = Pattern.compile("(?:(?:统一|负责|共同|分别|联合|自行|研究)?(?:组织)?(?:另行)?(?:组织)?|协商(?=制定|制订))(?:制定|规定|拟定|拟订|制订|确定|决定|颁布|核定|商定)|(?:适当)?(?<![、和并])调整|联合发布");
    /**
     * {@link #RULE_VERB} or 划定 after a specific area (具体范围，由X划定并公布): the area's bounds left to X, as local texts
     * delegate them (page batches J, K, N, Q, R). A bare 范围由X划定 stays X's duty, as the corpus samples read it.
     */
    private static final Pattern BOUNDS_VERB = Pattern.compile(RULE_VERB.pattern() + "|(?<!负责)划定");
    /**
     * {@link #RULE_VERB} or 审定 after a syllabus or a standard (考试大纲和考核要求由X会同Y审定, 教学大纲由X审定): what X approves is
     * the rule others teach and examine to; textbooks, translations and data X approves are its duty, as the corpus samples read them.
     */
    private static final Pattern APPROVES_VERB = Pattern.compile(RULE_VERB.pattern() + "|(?:组织)?审定");
    /** A syllabus or a standard before 由: what {@link #APPROVES_VERB} approves. */
    private static final Pattern SYLLABUS_BEFORE = Pattern.compile("(?:大纲|标准(?!化)|(?:考核|考试)要求)[，,]?$");
    /** A specific area before 由 (具体范围, 具体管理范围, 具体区域): its bounds are {@link #BOUNDS_VERB}'s to set. */
    private static final Pattern SPECIFIC_AREA = Pattern.compile("具体[\\u4e00-\\u9fff]{0,4}(?:范围|区域)[，,]?$");
    /** 本办法由Y(负责)解释 (group 1) or 本办法的解释权(和修改权)属Y (group 2): Y interprets the text. */
    private static final Pattern INTERPRET = Pattern.compile("^本(?:法|条例|办法|规定|细则|规则|决定|标准|实施细则|实施办法)(?:[^，。；]{0,12}?[，,]?由" + AG
            + "(?:负责|联合|共同)?(?:进行)?解释|的?解释权(?:和修改权|及修改权)?(?:归|属于|属)" + AG + "(?=[。；，]|$))");
    private static final Pattern ENTRUSTED_BY = Pattern.compile("受" + AG + "(?:依法)?委托的(" + NAME + "{1,20}?(?:机构|组织|部门|机关|单位|人民政府|局|所|站|中心))");
    /** 受X委托的部门/机构: the bare body X entrusts (group 2), named by its principal X (group 1). */
    private static final Pattern ENTRUSTED_BY_BARE = Pattern.compile("受" + AG + "(?:依法)?委托的(部门|机构|单位|组织)(?![\\u4e00-\\u9fff&&[^的和或、应可]])");
    /** X或者受委托的Y: Y acts for the X named before it (向自然资源主管部门或者受委托的镇人民政府申请验线). */
    private static final Pattern OR_ENTRUSTED = Pattern.compile(AG + "(?:或者|或)受委托的(" + NAME + "{1,20}?(?:机构|部门|机关|人民政府|局|所|站|中心))");
    /** 由X(核发)或者委托Y: the entruster X is the maker of the clause's first alternative (由自然资源主管部门核发或者委托镇人民政府核发). */
    private static final Pattern BY_THEN_OR = Pattern.compile("由" + AG + "[^由]{0,12}?(?:或者|或)(?:可以|也可以)?$");
    /**
     * A name character of the entrusted Y, half-width brackets too (委托乡(镇)人民政府或者街道办事处…): Y stands right after 委托, so
     * no short name's bracket before it can draw the match back (as it could for a name that ends at an agency head).
     */
    private static final String ENTRUSTED_NAME = "[\\u4e00-\\u9fff[" + NAME_EXTRA + "()]]";
    /**
     * What an entrusted Y does, right after its name (委托Y承担/实施/颁发/签订/责令/履行…), or the clause's end, or its short name:
     * the words that close Y's name in {@link #ENTRUSTS}.
     */
    private static final String ENTRUSTED_ACTS = "承担|进行|开展|实施|执法|负责(?!人)|组织|办理|行使|对|代为|代|起草|建立|编制|提供|出具|作出"
            + "|拟订|研究|调查|监测|验收|验线|审计|核查|评估|检测|检验|鉴定|审查|审核|审批|受理|接受|发放|核发|颁发|开具|承办|保管|征收|收取|管理|具体"
            + "|按照|依照|根据|签订|查处|处罚|确认|责令|履行|协助|，|。|$|[（(]以下";
    /**
     * Y of X委托Y: a name or a list of names (up to 40 characters), then what Y does, or its short name (以下称Z). An agency's 自行或者委托Y
     * entrusts too (专业工程行政主管部门可以自行或者委托…监督机构); a party's is dropped with the party (PRIVATE, PARTY_LEAD).
     */
    private static final Pattern ENTRUSTS = Pattern.compile("(?<!不得|禁止|严禁|不得再)委托(?!人|书|合同|代理|他人|的|受|[、和或])"
            + "(?:符合《[^《》，。；]{1,30}》[^《》，。；]{0,12}?条件的)?("
            + ENTRUSTED_NAME + "{1,40}?(?:机构|组织|部门|机关|单位|人民政府|委员会|常委会|管委会|专家|协会|局|所|站|处|大队|总队|支队|中心|社|办事处|银行|人民法院|使领馆|使馆|领馆))(?="
            + ENTRUSTED_ACTS + ")");
    /** After the entruster X of Y受X委托: (的)(行政)委托, not 委托书, 委托人, 委托合同 or a relative 委托的. */
    private static final String ENTRUSTMENT_OF = "的?(?:行政)?委托(?!书|人|合同|的)";
    /**
     * Y acting on an agency's entrustment: Y(，)(可以)接受/受/根据/依据(…或者)X(的)(行政)委托 — Y at the clause start, X the words
     * before (的)委托 (after the last 或者), which must name an agency (Y受外交部委托，办理…).
     */
    private static final Pattern ON_ENTRUSTMENT = Pattern.compile("(?:^|[，,])(" + ENTRUSTED_NAME + "{1,40}?(?:机构|组织|部门|机关|委员会|理事会|联合会|人民政府|办事处|办公室|局|处|所|站|中心|单位|队伍|大队|委))"
            + "(?:[（(]以下(?:简称|称)[^）)]{1,12}[）)])?[，,]?(?:可以|也可以|可|应当|依法)?(?:接受|受|根据|依据|依照|按照)([^，。；]{2,50}?)" + ENTRUSTMENT_OF);
    /**
     * A clause that opens (或者)(可以)(接受)受X(的)委托, its subject carried from before (…站主要职责是：…；受税务部门委托，依法代征税收;
     * X根据…需要，或者接受有关部门委托，可以…).
     */
    private static final Pattern ENTRUSTED_CLAUSE = Pattern.compile("(?:或者|或)?(?:可以|也可以|依法)?(?:接受|受|根据)([^，。；]{2,30}?)" + ENTRUSTMENT_OF);
    /**
     * An entruster that is a public body (not 期货结算机构, 外国检验机构: market and foreign bodies entrust too, nor 业主委员会 and the
     * villagers' or residents' committees: self-governing bodies), or an organ named after its public body (公安机关消防机构,
     * 卫生行政部门卫生监督机构).
     */
    private static final Pattern PUBLIC_PRINCIPAL = Pattern.compile("^(?!外国|境外)(?!.*(?:业主|村民|居民)委员会$).*(?:部门|政府|国务院|机关|部|局|委员会|委|署|厅|管理机构|调查组|人民银行"
            + "|(?:机关|部门)[\\u4e00-\\u9fff]{1,8}机构)$");
    /**
     * X(或者其|或者由其|及其|和受其|或它)委托的Y: Y acts for X; with a bare Y (机构, 单位) the target is the role name X委托的Y.
     */
    private static final Pattern ENTRUSTED_OF = Pattern.compile(AG + "(?:及其|或者由其|或由其|或者其|或其|和其|或者|或|及|和|或它|(?:和|及|或者)受其"
            // X或者其派出机构、其委托的机构; X派出的或者委托的有关机构: X's other bodies before the one it entrusts
            + "|(?:或者|或)其[\\u4e00-\\u9fff]{2,6}、其|派出的(?:或者|或))?委托的("
            + NAME + "{0,20}?(?:机构|组织|部门|机关|单位|人民政府))");
    /** The department of a government that follows it: 地方人民政府|外事部门, 省、自治区、直辖市人民政府|商务主管部门. */
    private static final Pattern GOVERNMENT_DEPARTMENT = Pattern.compile("^[\\u4e00-\\u9fff&&[^或和及的办]]{0,8}?(?:主管部门|行政部门|管理部门|外事部门|公安机关出入境管理机构|公安机关|监督管理机构)");
    /** The short name a text gives Y: （以下称受托管理机构）. */
    private static final Pattern SHORT_NAME = Pattern.compile("^" + DutyFinder.SHORT_NAME_DEFINED);
    /** A short name inside a list of partners: 会同中国人民解放军总装备部(以下简称总装备部)和军工电子行业主管部门. */
    private static final Pattern SHORT_NAME_ANYWHERE = Pattern.compile("[（(]以下(?:简称|称)[^）)]{1,12}[）)]");
    /**
     * Words between the entruster and 委托: modals (可以, 共同) and the manner or remit (通过政府购买服务方式, 在各自职责范围内, 对…工作).
     */
    private static final Pattern MANNER = Pattern.compile(
            "(?:可以|应当|也可以|可|依法|另行|负责|共同|联合|分别|统一|(?:通过|采取|采用|以|在)[^，。；]{1,16}?(?:方式|形式|范围内)"
            // the work X leaves to Y (X对…的行业管理和指导等日常管理工作可以委托Y)
            + "|(?>对[^，。；]{1,40}?(?:工作|事项|事务|业务))"
            // what X hands over (区河道行政主管部门也可以将区管河道委托乡（镇）人民政府…实施日常监督管理)
            + "|将[^，。；将]{1,20})+$");
    /**
     * A body an agency entrusts, named by what it does or has (从事安全生产相关工作的单位, 具有相应资质的机构): a delegate
     * although 单位 names no agency, when the entruster is named and public.
     */
    private static final Pattern DESCRIBED_BODY = Pattern.compile("^(?:从事|承担|具有|具备|符合|持有)[^，。；]{1,30}的(?:单位|组织|机构)$");
    /** What joins principals in a list ({@link #lastOf}). */
    private static final Pattern LAST_JOIN = Pattern.compile("或者|或|、|和|以及|及");
    /** The joins of an entrusted list (事故发生单位或者有关部门). */
    private static final Pattern ENTRUSTED_JOIN = Pattern.compile("、|或者|或|和");
    /** An entrusted body named by no agency: 有关部门, 相关机构, or a unit named by its part (事故发生单位, 其他单位). */
    private static final Pattern UNNAMED_BODY = Pattern.compile("(?:有关|相关)(?:部门|机构|单位)|[\\u4e00-\\u9fff]{2,8}单位");
    /** X（以下简称Y），委托其负责…: Y, named just before, is entrusted by the sentence's agency. */
    private static final Pattern ENTRUSTS_IT = Pattern.compile("[（(]以下(?:简称|称)[“\"]?(" + NAME + "{2,12}?)[”\"]?[）)][，,]?(?:并)?委托其(?=负责|承担|办理|开展|实施|进行|组织|具体|对)");
    /** The entruster of 委托Y: an agency, or a clause with no subject (the article's agency). */
    private static final Pattern PRIVATE = Pattern.compile("(?:单位|所有权人|业主|企业|个人|公司|承包人|发包人|当事人|经营者|运营者|人|村民委员会|居民委员会|协会|(?:慈善|社会|社区|自治|经济|其他)组织|(?<![地军警官])方|(?<!代表)大会)(?:均|都|也)?(?:可以|应当|可)?$");
    /**
     * A regulated party opening the sentence, the entruster of a clause that names none (股东…，可以委托…): the parties a subject
     * scan knows and those of the lexicon's {@code party-leads.txt}, with what they do before them.
     */
    private static final Pattern PARTY_LEAD = Pattern.compile("^(?:各|其他)?[\\u4e00-\\u9fff]{0,6}?(?:" + SubjectScan.PARTIES_REGEX
            + "|" + String.join("|", Lexicon.lines("party-leads.txt")) + ")"
            // a unit named by the facility it runs, longer than the lead's reach (二次供水设施管理单位)
            + "|^[\\u4e00-\\u9fff]{0,10}?(?:设施管理|经营|使用|建设|施工|运营)单位");
    /**
     * Whether the sentence {@code [from, to)} of {@code text} opens with a regulated party ({@link #PARTY_LEAD}), after its
     * article's number if it has one: the actor a next sentence without a subject goes on with.
     */
    static boolean opensWithParty(String text, int from, int to) {
        Matcher article = ARTICLE_LEAD.matcher(text).region(from, to);
        return PARTY_LEAD.matcher(text).region(article.lookingAt() ? article.end() : from, to).lookingAt();
    }

    /** The number that opens an article's first paragraph (第二十五条), before its first sentence. */
    private static final Pattern ARTICLE_LEAD = Pattern.compile("第" + Lexicon.ARTICLE_NUMERAL + "+条");

    /**
     * Where the first clause of {@code sent} that opens with a regulated party ({@link #PARTY_LEAD}) starts, or the sentence's
     * length: the sentence's actor, for each 委托 after it. Read once a sentence, so a sentence of many 委托 stays linear.
     */
    private static int firstPartyClause(String sent) {
        Matcher party = PARTY_LEAD.matcher(sent);
        for (int k = 0; k < sent.length(); ) {
            if (party.region(k, sent.length()).lookingAt()) {
                return k;
            }
            int comma = sent.indexOf('，', k);
            if (comma < 0) {
                break;
            }
            k = comma + 1;
        }
        return sent.length();
    }

    /** A plan a body approved or issued, named as what sets a rule (由国务院批准的普查方案确定); not X's basis (由X根据国务院批准的…规划确定). */
    private static final Pattern PLAN_SETS = Pattern.compile("(?:(?!根据|依据|按照|依照)[^，。；]){2,30}?(?:批准|公布|发布|审定|制定)的[^，。；的]{1,16}(?:方案|规划|计划)");
    /** 委托(行政)机关 opening a sentence: the entrusting organ (行政处罚法 第二十条, 行政许可法 第二十四条), no entrustment made there. */
    private static final Set<String> ENTRUSTING_ORGAN = Set.of("机关", "行政机关");
    /** Self-governing bodies people entrust (可以委托村民委员会代为提出申请): no agency's entrustment. */
    private static final Pattern PEOPLES_BODY = Pattern.compile("^(?:村民委员会|居民委员会)");
    /** X或者(由)(其|Z)授权的Y: the authoriser is Z where it is named (国务院证券监督管理机构或者国务院授权的部门), else X. */
    private static final Pattern OR_AUTHORISED = Pattern.compile("(" + NAME + "{0,30}?" + DutyFinder.SUFFIX + ")(?:(?:或者|或)(?:由)?(?:其|(" + NAME + "{0,20}?" + DutyFinder.SUFFIX + "))?|及其)(?:依法)?授权(?:的(?:其他)?|(?=单位|机构|部门))(" + NAME + "{0,16}?(?:部门|机构|机关|人民政府|组织|单位))");
    /**
     * How far before its 授权 a match of {@link #OR_AUTHORISED} (two names of at most 30 and 20 characters and their heads,
     * 或者, 依法) or of {@link #AUTHORISED_BY} can start.
     */
    private static final int AUTHORISER_REACH = 30 + DutyFinder.SUFFIX_MAX + 2 + 20 + DutyFinder.SUFFIX_MAX + 2;
    /** The longest name {@link #AG} and the first name of {@link #OR_AUTHORISED} match: 30 name characters and a head. */
    private static final int NAME_REACH = 30 + DutyFinder.SUFFIX_MAX;
    /** How far after its 授权 such a match can end: 授权的其他, a name of at most 20 characters, and its head (人民政府). */
    private static final int AUTHORISED_REACH = "授权的其他".length() + 20 + "人民政府".length();
    /** Members of a named authoriser (国务院、中央军事委员会); 省、自治区、直辖市 stays one name. */
    private static final Pattern AUTHORISER_LIST = Pattern.compile("(?<!省|自治区)、(?!自治区|直辖市)");
    /** A body that authorises others by its own authority: the State Council, the Central Military Commission, a government. */
    private static final Pattern AUTHORITY = Pattern.compile("(?:国务院|中央军事委员会|人民政府|各级政府)$"); // 县级以上地方各级政府 as drafts write it
    /** 国务院和中央军事委员会: two authorities that authorise together. */
    private static final Pattern JOINT_AUTHORITIES = Pattern.compile("(国务院|中央军事委员会)和(国务院|中央军事委员会)");
    private static final Pattern AUTHORISED_BY = Pattern.compile("(?<!或者|或)(?:经)?" + AG + "(?:依法)?(?:设立或者)?授权的(?:其他)?(" + NAME + "{0,20}?(?:部门|机构|机关|政府|组织|单位))");
    /** A body named by kind alone (国务院授权的部门或者国务院期货监督管理机构): named by its authoriser, as 授权有关部门 is. */
    private static final Pattern NAME_END = Pattern.compile("(?:部门|机构|机关|政府|委员会|局|部|署|院|办|厅)$");
    private static final Pattern BARE_BODY = Pattern.compile("(?:有关)?(?:主管)?(?:部门|机构|机关|组织|单位)");
    /** X(或者)授权有关部门…: the bodies are not named, so the target is the role name X授权的部门 (国务院授权有关部门审批). */
    private static final Pattern AUTHORISES_UNNAMED = Pattern.compile("(?<![不未经被])授权(?:或者委托)?(?:有关|相关|其他)(?:主管)?部门(、机构)?");
    /** The modal that ends an entruster's clause before 委托 (保险机构可以). */
    private static final Pattern TRAILING_MODAL = Pattern.compile("(?:也|还|均|都)?(?:可以|应当|可|应|须|必须)?$");
    /** (负责)解释 right after an authorised body: the text's interpretation. */
    private static final Pattern INTERPRETS_AFTER = Pattern.compile("(?:负责)?解释");
    /** A modal alone before 授权: the authoriser is the sentence's subject (X可以直接…，也可以授权或者委托有关部门…). */
    private static final Pattern MODAL_ALONE = Pattern.compile("(?:也|并|还)?(?:可以|可|应当)");
    /** {@link #MODAL_ALONE} after the authoriser's name, before 授权 (县级以上人民政府可以授权有关部门…). */
    private static final Pattern NAME_THEN_MODAL = Pattern.compile("^(.{2,30}?)" + MODAL_ALONE.pattern() + "$");
    /**
     * X授权Y…: Y named (not 代表本级人民政府, an act: 授权…代表…; a congress's standing committee is: 省人民代表大会可以授权省人民代表大会
     * 常务委员会…).
     */
    private static final Pattern AUTHORISES = Pattern.compile("(?<![不未经被])授权(?!书|委托|代理|使用|的|人)((?:(?!代表(?!大会)|听取|审议)" + NAME
            + "){2,30}(?:部门|机构|机关|政府|法院|管委会|办公室|委员会|常委会|主任会议))(?=[\\u4e00-\\u9fff])");
    /** 有关 of the rules concerned (X有关…的规定), not of a name (X和Y有关部门, 有关主管部门 belong to the body). */
    private static final String RULES_CONCERNED = "有关(?!(?:主管|行政)?(?:部门|机关|机构))";
    /**
     * 按照X的规定 (also 按X有关规定, the short preposition of ministry rules): the words between the preposition and 规定, with
     * the 有关部门 of X的有关部门的规定 and X、Y等有关部门的规定 (the departments own the rules, not X alone). Not
     * X的相关规定, which the development gold leaves out (按照财政部关于结转结余资金管理的相关规定处理).
     */
    private static final Pattern BY_RULES_OF = Pattern.compile("(?:按照|(?<!依)按(?!照)|依照|依据|根据|遵守|符合|执行|违反|与(?=[^，。；]{2,40}?的规定(?:不符|相符|一致|不一致|相抵触)))([^，。；]{2,40}?)(?:的有关规定|" + RULES_CONCERNED + "[^，。；的]{0,20}(?:的(?:其他)?(?:管理)?规定|规定(?=的要求))|的(?:统一)?规定|有关规定)");
    /** 国家网信部门, 国家外汇管理局 own rules; 国家有关规定, 国家标准和X的规定 are no agency's. */
    private static final Pattern NATIONAL_AGENCY = Pattern.compile("^国家(?!有关|标准(?!化|委)|规定)[^、和或与及的]{1,16}?" + DutyFinder.SUFFIX + "$");
    /** Where a name after 在 or 除 must begin for the word to introduce a rule-maker (在国务院规定的…, 除国务院…规定的…外). */
    private static final String STATE_OR_LEVEL = "国务院|国家|全国|省|县|设区的市|地方|中央";
    /** What follows X规定 in {@link #SET_BY}: X's rules set the thing named (规定的N, 规定时限, 规定条件的N, 符合海关规定情形的 …). */
    private static final List<String> SET_BY_ENDINGS = List.of("的", "时限", "期限", "时间内", "提交的", "条件", "标准", "要求", "数额", "比例", "由", "式样",
            "规模", "格式", "情形");
    /** The owner of a D7 rule and its 会同 partner (groups 1 and 2). */
    private static final String RULE_OWNERS = "(" + NAME + "{0,50}?" + DutyFinder.SUFFIX + ")(?:会同(" + NAME + "{0,30}?" + DutyFinder.SUFFIX + "))?"
            + "(?:[（(][\u4e00-\u9fff]{1,6}[）)])?"; // 街道办事处（园区）规定的: the bodies of the like the bracket adds, no owner's name
    /** The verbs of {@link #MADE_RULE}'s first form; with 作出, 确定 and 颁发, the verbs whose 的 keys {@link #SET_BY} ({@link #SET_BY_KEYS}). */
    private static final List<String> MADE_VERBS = List.of("制定", "制订", "核定", "发布", "颁布", "公告", "公布", "制作", "印发");
    /** (依照本法)制定的 (核定的, 发布的) + a rule within the clause: what the owner made or fixed. */
    private static final String MADE_RULE = "(?:(?:(?:依据|依照|根据|按照)本(?:法|条例)|依法)?(?:" + String.join("|", MADE_VERBS) + ")的(?=[^，。；]{0,40}?(?:办法|标准|规则|规范|细则|目录|名录|规程|规定|准则|价格|定价|指导价|文本|方案|范围|原则|定额|大纲|制度|表格|格式|式样|样式|分类表|比例|限额|(?:基本|技术|具体|质量|安全|卫生)要求)"
            // a titled text X made (国家海关总署制定的《国别(地区)统计代码》), not its plan nor a law or regulation it issued (国务院发布的
            // 《水库大坝安全管理条例》: a text cited, CITES)
            + "|《(?![^《》]{0,30}(?:规划|计划|纲要|条例|法)》))"
            // X(依法)作出的(有关…的)规定 (动物防疫法 第四十三条, 人民警察法 第四十四条): X's rules; not a decision (作出的审计决定违反…规定)
            + "|(?:依法)?作出的(?=(?:有关|关于)?[^，。；决解]{0,24}?规定)"
            // X确定的具体适用税额 (车船税法实施条例 第十七条): a rate, price or standard X sets (samples 219, 351, 419; 执行市人民政府确定的
            // 票价); 按照X确定的权限/管理职责:
            // the division of powers X sets, as 按照X规定的职责分工
            + "|确定的(?=[^，。；的]{0,12}?(?:税额|税率|标准|权限|职责|票价|价格))"
            // X颁发的…标准 (应当严格执行国防部颁发的应征公民体格检查标准): a rule X issued; not a licence X issues (民航局颁发的适航证)
            + "|颁发的(?=[^，。；的证照书]{0,16}?(?:标准|规范|规定|办法|规程|目录|细则|规则)))";
    /**
     * D7 without 的规定: 按照/执行/符合/超过/不少于X规定的N, X规定时限, X规定提交的N, 符合X规定条件/标准的 — X sets N. The
     * word before X anchors it (a name is not read out of a longer phrase); X is one agency or a list of them
     * (国务院财政、税务主管部门); also after a title, the alternative source (按照《药典》或者X制定的《炮制规范》的规定).
     */
    private static final Pattern SET_BY = Pattern.compile("(?:按照|(?<!依)按(?!照)|依照|遵守|符合|执行|具备|超过|超出|达到|低于|高于|少于|以及|使用|参照|依据|根据|填报|填写|享受|提交|报送|出具|(?<![消排解废清剔删免去])除(?=" + STATE_OR_LEVEL + "|各级)|(?<![存现实])在(?=" + STATE_OR_LEVEL + "|[^，。；在]{2,50}?规定的?(?:期限|时间|地点|时限|站点|场所|区域|路段|线路))|(?<=》)(?:或者|或)|或者[\\u4e00-\\u9fff]{0,6}?所在地)"
            + "由?" + RULE_OWNERS + "(?:(?:统一|共同)?规定(?:" + String.join("|", SET_BY_ENDINGS) + ")(?!规定)|" + MADE_RULE + ")");
    /**
     * X(会同Y)制定的N opening a sentence, N a rule (国务院期货监督管理机构制定的规章、规则…; 国务院建设行政主管部门和…专业主管部门制定的
     * 抗震设计规范，应当…): X made the rule, as after 按照 ({@link #SET_BY}).
     */
    private static final Pattern MADE_BY_FIRST = Pattern.compile(RULE_OWNERS + MADE_RULE);
    /** How such a maker's name begins (not 附件一…, a date, 过去有关部门 of a repeal). */
    private static final Pattern OWNER_START = Pattern.compile("国务院|国家|全国|中国|中华人民共和国|最高|省|自治区|直辖市|设区的市|县|乡|地方|各级|上级|本级");

    /**
     * X规定应当/禁止…的N: a relative clause — N is what X's rules say must or must not be done (国务院规定应当划为基本草原的其他草原);
     * X规定…的除外: X's rules make the exception (国家无线电管理机构规定不需要批准的除外).
     */
    private static final Pattern PRESCRIBES = Pattern.compile("规定(?:(?:应当|禁止|实行)[^，。；]{1,24}?的|[^，。；的]{1,20}的除外)");
    /**
     * X规定 + any relative clause + 的, X an agency's name ending right before 规定 (国务院机动车产品主管部门规定免予安全技术检验的车型,
     * 国家食品药品监督管理局规定批签发的生物制品, 国务院规定由指定的单位统一收购的矿产品, 国务院关税税则委员会规定按货物征税的进境物品,
     * 国务院交通运输主管部门规定式样的…通行证): what the rules of X single out. Not 规定的 (RULED), 规定时限/期限, nor a list of rules
     * (规定和, 规定、).
     */
    private static final Pattern PRESCRIBES_ANY = Pattern.compile("规定(?![的时期和、：:了])[^，。；的]{1,24}?的");
    /** 但 before the name of {@link #PRESCRIBES}'s rule-maker (但国务院规定…的除外). */
    private static final Pattern BUT = Pattern.compile("^(?:但是|但)");
    /** Where an agency's name can begin: its level or the state (not a verb or a list of acts before it). */
    private static final Pattern NAME_START = Pattern.compile("两省一市|地级以上市|地级市|国务院|国家|中央|全国|省|自治区|县|设区的市|地方|各级|乡|城市|市(?!场|容|政)|区(?=、?县|人民政府)|本[省市县区]");
    /** Words one of which ends every {@link #SET_BY} match, and how far before it a match can start (its longest names). */
    private static final List<String> SET_BY_KEYS = Stream.concat(SET_BY_ENDINGS.stream().map(e -> "规定" + e),
            Stream.concat(MADE_VERBS.stream(), Stream.of("作出", "确定", "颁发")).map(v -> v + "的")).toList();
    private static final int SET_BY_REACH = 2 + 50 + 2 + 30 + 2 * DutyFinder.SUFFIX_MAX + 16;
    /**
     * D7 with 规定 as a verb's noun and no 的: 按照国务院规定列支, 按财政部规定列入, 按省政府规定提取, 违反中国人民银行规定, 根据国务院规定另行制定 — X's rules
     * govern the act (规定提交的 is SET_BY's).
     */
    private static final Pattern BY_RULES_VERB = Pattern.compile("(?:按照|依照|依据|根据|违反|(?<![依])按(?!照))(" + NAME + "{0,30}?" + DutyFinder.SUFFIX
            + ")(?:专项)?规定(?![的时期]|提交)(?=[\\u4e00-\\u9fff，,])");
    /** The state's rules before an agency's (国家有关规定和, 国家标准和, 国家有关放射性污染防治标准和, 国家殡葬管理法规和): no owner of their own. */
    private static final Pattern STATE_RULES_AND = Pattern.compile("国家(?:有关|相关)?[\\u4e00-\\u9fff]{0,12}?(?:规定|标准|法规|法律)和");
    /**
     * Words of a span that is more than an agency's name: laws, other requirements, a verb phrase; 等 but where it closes a list of
     * departments (当地民政、劳动保障等部门规定的…标准).
     */
    private static final Pattern NOT_OWNER = Pattern.compile("法律|法规|本法|法和|办法|条例|规定|要求|标准(?!化|委)|条件|标示|(?<!科学)技术(?!监督)|规范|措施|协议|合同|章程|条约|公约|等(?!(?:有关|相关)?(?:行政)?(?:主管|管理)?(?:部门|机关)$)|以及|当局|^有");
    /** Where a rule owner's list divides: 、 (not inside 省、自治区、直辖市), 和, 或者. */
    private static final Pattern OWNER_PARTS = Pattern.compile("(?<!省|自治区)、(?!自治区|直辖市)|和|或者");
    /** Words no agency type is made of: a person, an order, a place (投资管理人、托管人所在…, 医疗秩序). */
    private static final Pattern TYPE_NOT = Pattern.compile("人|秩序|所在|签署|条约|原则|程序|制度|计划|政策");
    /** The agency whose rules they are: X的规定, X有关规定, X关于Y的规定, X对Y的有关规定. */
    private static final Pattern RULE_OWNER = Pattern.compile("^(.*?" + DutyFinder.SUFFIX + ")(?:的|" + RULES_CONCERNED + "|关于|对(?!外)|$)"); // X对Y的规定: X's; X和Y有关部门: 有关 of a name

    private Delegations() {
    }

    /**
     * …由X拟订，报Y审核、发布: Y reviews and issues the rules X drafts, and so makes them too (中医药法 第十四条, 医师法 第十一条,
     * 化妆品监督管理条例 第七十七条; the samples record Y's rule-making); Y in group 1.
     */
    private static final Pattern REVIEWED_AND_PUBLISHED = Pattern.compile("[，,]报(" + NAME + "{2,30}?" + DutyFinder.SUFFIX + ")(?:审核|审定)、(?:发布|公布)(?=[，。；]|$)");

    /** {@link #REVIEWED_AND_PUBLISHED} after a rule this sentence left to X: Y makes the same rule. */
    private static void reviewedAndPublished(String sent, int base, List<DutyFinder.Duty> out, List<int[]> delegated) {
        Matcher m = REVIEWED_AND_PUBLISHED.matcher(sent);
        if (!m.find()) {
            return;
        }
        String what = null;
        for (DutyFinder.Duty d : out) {
            if (d.type() == RelationType.DELEGATES && Delegates.RULEMAKING.equals(d.kind()) && d.offset() >= base && d.offset() < base + m.start()) {
                what = d.what(); // the drafter's rule, as this sentence names it
            }
        }
        if (what != null && DutyFinder.add(out, true, base + m.start(1), m.group(1), null, what, Delegates.RULEMAKING, sent)) {
            delegated.add(new int[]{m.start(1), m.end(1)}); // no approval besides (REPORT_TO)
        }
    }

    private static final String CONGRESS_DECIDES = "人民代表大会常务委员会决定";
    /**
     * X人民政府…提出(…增加…)，报同级人民代表大会常务委员会决定: the congress's standing committee of X's level sets what X proposes (a tax
     * rate, a tax amount, the way a tax is levied, a relief's measures; 资源税法, 契税法, 耕地占用税法, 环境保护税法: the samples
     * read all as its rule-making); X in group 1, the committee as written in group 2.
     */
    private static final Pattern PROPOSED_TO_CONGRESS = Pattern.compile("(?<=^|由|[，,])(?!由)(" + NAME + "{0,20}?人民政府)[^。；由]{0,120}?[，,]"
            + "报((?:同级|本级)人民代表大会常务委员会)决定");

    /** {@link #PROPOSED_TO_CONGRESS}: the committee named by X's level, what before 由X (or 决定 when X opens the sentence). */
    private static void congressDecides(String sent, int base, List<DutyFinder.Duty> out, List<int[]> delegated) {
        Matcher m = PROPOSED_TO_CONGRESS.matcher(sent);
        if (!m.find()) {
            return;
        }
        String government = AgencyNames.clean(m.group(1));
        if (government == null || !government.endsWith("人民政府") || government.length() <= 4) {
            return;
        }
        String committee = government.substring(0, government.length() - 4) + "人民代表大会常务委员会";
        // …，由省、自治区、直辖市人民政府…提出: the thing proposed stands before that 由
        boolean by = m.start(1) > 0 && sent.charAt(m.start(1) - 1) == '由';
        String what = by ? objectBefore(sent, m.start(1) - 1) : "";
        if (DutyFinder.addName(out, true, base + m.start(2), committee, null, what.isEmpty() ? "决定" : what, Delegates.RULEMAKING, sent)) {
            delegated.add(new int[]{m.start(2), m.end(2)}); // no approval besides (REPORT_TO)
        }
    }

    /**
     * X将…行政处罚权交由(能够有效承接的)Y行使: a power handed over to Y, which the text names as X's grant (重庆市道路运输管理条例
     * 第九十三条, 行政处罚法 第二十四条's form): an authorisation, as 授权Y行使 is.
     */
    private static final Pattern HANDED_OVER = Pattern.compile("将([^，。；]{1,60}?(?:权|职权))交由(?:[^，。；交]{1,12}?的)?(" + NAME + "{2,40}?"
            + DutyFinder.SUFFIX + ")行使");

    private static void handedOver(String sent, int base, List<DutyFinder.Duty> out) {
        for (Matcher m = HANDED_OVER.matcher(sent); m.find(); ) {
            DutyFinder.add(out, true, base + m.start(2), m.group(2), null, m.group(1), Delegates.AUTHORISATION, sent);
        }
    }

    /**
     * The delegations of one sentence. {@code partyBefore}: its article opened the sentence before it with a regulated party,
     * so a 委托 that names no principal of its own is that party's (农民专业合作社应当…。不具备条件的，可以…委托…会计服务机构代理记账).
     */
    static void find(String sent, int base, List<DutyFinder.Duty> out, List<int[]> delegated, boolean partyBefore) {
        passive(sent, base, out, delegated);
        int ruleAnd = sent.lastIndexOf("规定并");
        if (sent.endsWith("规定") || ruleAnd >= 0 && ruleAnd >= sent.length() - RULE_AND_TAIL) { // 规定并(予以)公布, 规定并拨付
            setsAtEnd(sent, base, out, delegated);
        }
        if (sent.contains("解释")) {
            Matcher m = INTERPRET.matcher(sent);
            if (m.find()) {
                int g = m.group(1) != null ? 1 : 2; // 由X负责解释, or 解释权属X
                DutyFinder.add(out, true, base + m.start(g), m.group(g), null, "解释", Delegates.INTERPRETATION, sent);
                if (g == 2) { // the duty 负责解释 gives its body, as the development gold records it
                    DutyFinder.add(out, false, base + m.start(g), m.group(g), "lead", null, null, sent);
                }
            }
        }
        if (sent.contains("委托")) {
            entrust(sent, base, out, partyBefore);
        }
        if (sent.contains("交由")) {
            handedOver(sent, base, out);
        }
        if (sent.contains("授权")) {
            authorise(sent, base, out);
            if (sent.contains("经") || sent.contains("根据") || sent.contains("依据") || sent.contains("依照") || sent.contains("按照")) {
                actsOnAuthority(sent, base, out);
            }
        }
        boolean rules = sent.contains("规定"); // in every word the gates below and in setBy ask for, but 的除外 and SET_BY's keys
        if (rules && (sent.contains("的规定") || sent.contains("有关规定") || sent.contains("的统一规定") || sent.contains("的管理规定")
                || sent.contains("有关") && (sent.contains("的其他规定") || sent.contains("规定的要求")))) {
            rulesOf(sent, base, out);
        }
        setBy(sent, base, out, rules);
        if (sent.contains("的其他")) {
            catchAll(sent, base, out, delegated);
        }
        if (sent.contains(CONGRESS_DECIDES)) {
            congressDecides(sent, base, out, delegated);
        }
        if (sent.contains("审核、") || sent.contains("审定、")) {
            reviewedAndPublished(sent, base, out, delegated);
        }
        if (sent.contains("一个行政机关行使") || sent.contains("职权范围") || sent.contains("适用于")) {
            allocatesPowers(sent, base, out, delegated);
        }
        if (sent.contains("立法权")) {
            for (Matcher m = LEGISLATES.matcher(sent); m.find(); ) {
                // a standing power, not a task some document carries out: 规定, which the fulfilment step leaves alone (as 按照X的规定)
                DutyFinder.add(out, true, base + m.start(1), m.group(1), null, "规定", Delegates.RULEMAKING, sent);
            }
        }
        if (sent.contains("要求") && (sent.contains("符合") || sent.contains("满足") || sent.contains("关于"))) {
            Matcher m = MEETS_REQUIREMENT.matcher(sent);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                if (!notAnAgency(m.group(g)) && m.group(g).indexOf('党') < 0) { // 按照党中央、国务院关于…要求: policy, no rule
                    DutyFinder.add(out, true, base + m.start(g), m.group(g), null, "要求", Delegates.RULEMAKING, sent);
                }
            }
        }
    }

    /** A body opening the sentence or a clause of it, in group 1. */
    private static final String CLAUSE_BODY = "(?:^|[，,])(" + NAME + "{0,40}?" + DutyFinder.SUFFIX + ")";

    /**
     * X decides which body holds a power (国务院或者省、自治区、直辖市人民政府可以决定一个行政机关行使有关行政机关的行政处罚权, 行政许可法
     * 第二十五条's licensing twin; 国务院可以依法调整财政部门…、审计机关…的职权范围) or how far the text reaches (省…人民政府根据本地
     * 实际情况，可以决定本条例适用于…): X shapes the administration, rule-making as the samples read it (samples 46, 56, 252, 315,
     * 337), not a duty.
     */
    private static final Pattern POWERS_ALLOCATED = Pattern.compile(CLAUSE_BODY + "(?:根据[^，。；]{1,24}?[，,])?可以(?:依法)?(?:决定一个行政机关行使[^，。；]{0,16}?的([^，。；的]{2,8}权)|调整[^，。；]{2,60}?的(职权范围)"
            + "|决定(" + Lexicon.THIS_LAW + ")适用于)");

    /**
     * X(根据宪法规定)行使国家立法权: the legislature makes the laws (立法法 第七条, 全国人民代表大会组织法 第五条; samples 47, 50, 352),
     * rule-making beside whatever else the sentence gives it to do.
     */
    private static final Pattern LEGISLATES = Pattern.compile(CLAUSE_BODY + "(?:根据宪法规定)?行使国家立法权");

    private static void allocatesPowers(String sent, int base, List<DutyFinder.Duty> out, List<int[]> delegated) {
        Matcher m = POWERS_ALLOCATED.matcher(sent);
        while (m.find()) {
            if (!notAnAgency(m.group(1))) {
                String what = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) + "的适用范围";
                DutyFinder.add(out, true, base + m.start(1), m.group(1), null, what, Delegates.RULEMAKING, sent);
                delegated.add(new int[]{m.start(1), m.end(1)});
            }
        }
    }

    /**
     * D7: 符合X(关于…)的要求, 按照X关于…要求 — X sets the requirement, as with 符合X的规定 (符合国务院交通运输主管部门关于船型
     * 技术标准和船龄的要求); not 根据/按照X的要求, a request of the body in charge (sample README).
     */
    private static final Pattern MEETS_REQUIREMENT = Pattern.compile("(?:(?:符合|满足)(" + NAME + "{0,30}?" + DutyFinder.SUFFIX
            + ")(?:关于[^，。；]{1,30}?)?的(?:有关)?要求|按照(" + NAME + "{0,30}?" + DutyFinder.SUFFIX + ")关于[^，。；]{1,30}?的?要求)");

    /**
     * D1: a sentence that ends 由X(会同Y)(另行)规定 leaves what it speaks of to X, however far its object stands
     * (涉及海洋环境监督管理的有关部门的具体职权划分，本法未作规定的，由国务院规定).
     */
    private static void setsAtEnd(String sent, int base, List<DutyFinder.Duty> out, List<int[]> delegated) {
        Matcher m = SETS_AT_END.matcher(sent);
        if (m.find() && !notAnAgency(m.group(1))) {
            // what is left: the words before 由 (土地使用权出让最高年限); 规定 when a condition stands there (…的，由X规定)
            String what = objectBefore(sent, m.start());
            DutyFinder.add(out, true, base + m.start(1), m.group(1), null, what.isEmpty() ? "规定" : what,
                    Delegates.RULEMAKING, sent);
            delegated.add(new int[]{m.start(1), m.end(1)});
            if (m.group(2) != null && !m.group().contains("或")) {
                // 由X、Y按照职责分工会同Z规定: the partner makes the rules too (not in 由X单独或者会同Z规定: X's rules, the samples')
                DutyFinder.add(out, true, base + m.start(2), m.group(2), Delegates.PARTNER, what.isEmpty() ? "规定" : what, Delegates.RULEMAKING, sent);
            }
            if (m.group(3) != null) {
                // 规定并拨付: a duty besides the rule (the samples': sample 15's 制定并落实), not publishing it
                DutyFinder.add(out, false, base + m.start(1), m.group(1), "lead", null, null, sent);
            }
        }
    }

    /** The bodies concerned, named by kind alone (接受有关部门委托): public, though no name. */
    private static final Pattern BARE_RELATED_BODY = Pattern.compile("(?:有关|相关)(?:主管)?(?:部门|机关)");

    /** Whether the clause {@code cl} opens with a public body's entrustment ({@link #ENTRUSTED_CLAUSE}) of its carried subject. */
    static boolean opensOnEntrustment(String cl) {
        if (cl.isEmpty() || "受接可也依或根".indexOf(cl.charAt(0)) < 0) {
            return false;
        }
        Matcher m = ENTRUSTED_CLAUSE.matcher(cl);
        if (!m.lookingAt()) {
            return false;
        }
        String principal = BARE_RELATED_BODY.matcher(m.group(1)).matches() ? m.group(1) : AgencyNames.clean(m.group(1));
        return isPublic(principal) || CONGRESS_ORGAN.matcher(m.group(1)).matches();
    }

    /** A congress's or its standing committee's own organ (受主任会议委托，常委会办事机构…): a public entruster, named by no head. */
    private static final Pattern CONGRESS_ORGAN = Pattern.compile("(?:[\\u4e00-\\u9fff]{0,16}(?:人民代表大会|常务委员会|人大常委会|常委会))?的?(?:主任会议|委员长会议|主席团)");

    /** {@link #OBJECT} by hand: an object, perhaps a comma, perhaps a modal, ending {@code before}. */
    static boolean endsWithObject(String before) {
        for (String modal : OBJECT_MODALS) {
            if (!before.endsWith(modal)) {
                continue;
            }
            int end = before.length() - modal.length();
            if (endsWithListed(before, end) || end > 0 && "，,".indexOf(before.charAt(end - 1)) >= 0 && endsWithListed(before, end - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An object, or a list of them closed by 等 (有关…的申报要求、申报表格等，由X制定) or 等内容/等事项 (…的实施范围、补贴机具目录、申请程序
     * 等内容，由X会同Y制定), ending at {@code end}.
     */
    private static boolean endsWithListed(String s, int end) {
        if (end > 3 && (s.startsWith("等内容", end - 3) || s.startsWith("等事项", end - 3))) {
            return endsWithAny(s, end - 3);
        }
        return endsWithAny(s, end) || end > 0 && s.charAt(end - 1) == '等' && endsWithAny(s, end - 1);
    }

    private static boolean endsWithAny(String s, int end) {
        for (String object : OBJECTS) {
            if (s.startsWith(object, end - object.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 由X…核定 ending its clause, of anything but a price or a standard: X fixes one party's period, scope or amount (the samples
     * record 20 such 核定 as duties and 10, all of prices and standards, as rule-making: 具体收费标准由…价格主管部门核定).
     */
    private static boolean fixesCase(String sent, int by, String before) {
        return sent.startsWith("核定", clauseEnd(sent, by) - 2) && !PRICED.matcher(before).find();
    }

    /** Where the clause that {@code from} stands in ends: its comma, 。 or ；, or the sentence's end. */
    private static int clauseEnd(String sent, int from) {
        int end = from;
        while (end < sent.length() && "，。；,".indexOf(sent.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static final Pattern PRICED = Pattern.compile("标准|价|费");
    /** A price, rate or standard named before 由…核定 (具体价格, 收费标准; not a case's 费用). */
    private static final Pattern PRICE_SET = Pattern.compile("(?:价格|价|标准|费率)$");

    /**
     * Whether the clause before 由 at {@code by} states a duty (企业改制应当依照法定程序，由X决定: its 程序 is no object X sets,
     * the clause a manner the sentence requires).
     */
    private static boolean modalClauseBefore(String sent, int by) {
        int end = by > 0 && "，,".indexOf(sent.charAt(by - 1)) >= 0 ? by - 1 : by;
        String clause = sent.substring(lastComma(sent, end) + 1, end);
        return clause.contains("应当") || clause.contains("必须");
    }

    /** The provision a party breached just before 由 (经营者违反本条例规定，由X…予以处罚): a rule cited, nothing X makes. */
    private static final Pattern BREACH_BEFORE = Pattern.compile("违反[^，。；]{0,24}规定[，,]?$");
    /** Seats, head counts or posts just before 由: X allots them, a duty rather than a rule. */
    private static final Pattern QUOTA_BEFORE = Pattern.compile("(?:名额|人数|员额|人员编制)[，,]?$");

    /** D1: …办法由X(会同Y)…制定 (with no object in front of 由, 可以由X制定…规定: the object follows the verb). */
    private static void passive(String sent, int base, List<DutyFinder.Duty> out, List<int[]> delegated) {
        String madeBefore = null; // what an earlier 由X制定 of this sentence left to X, which an alternative maker may make too
        for (int by = sent.indexOf('由'); by >= 0; by = sent.indexOf('由', by + 1)) {
            if (by > 0 && sent.charAt(by - 1) == '自') {
                continue; // 自由 (海南自由贸易港…清单由X制定): no passive's 由
            }
            String before = sent.substring(Math.max(0, by - 24), by);
            String alternativeOf = madeBefore != null && (ALTERNATIVE_MAKER.matcher(before).find() && makesAlone(sent, by)
                    || before.endsWith("，") && JOINT_PUBLISHERS.matcher(sent).region(by, sent.length()).lookingAt()) ? madeBefore : null;
            if (alternativeOf == null && mannerCited(before)) {
                continue;
            }
            boolean objectBefore = alternativeOf != null || endsWithObject(before)
                    && !(before.contains("制度") && SYSTEM_SET_UP.matcher(sent.substring(Math.max(0, by - 30), by)).find())
                    && !modalClauseBefore(sent, by) && !BREACH_BEFORE.matcher(before).find();
            boolean nounBefore = !objectBefore && endsWithNoun(before);
            boolean catalogue = (objectBefore || nounBefore) && alternativeOf == null && publishesCatalogue(sent, by, before);
            if (catalogue) {
                objectBefore = true; // 《…目录》由X公布: the catalogue, quoted or not
                nounBefore = false;
            }
            // 由X负责确定…的标准: at the sentence's start, what X makes follows the verb, as after 可以
            // 提请国务院制定行政法规或者由X联合制定规章: an alternative maker whose rule follows its verb, as after 可以
            if (by > 0 && !objectBefore && !nounBefore && !before.endsWith("可") && !before.endsWith("可以") && !before.endsWith("或者")
                    && !conditionBefore(before)) {
                continue;
            }
            if (by > 0 && DISPUTE_BEFORE.matcher(sent).region(Math.max(0, by - 30), by).find()) {
                continue; // 对渔港认定有不同意见的，…由X确定: X settles a dispute, a case (a duty), no rule
            }
            if (fixesCase(sent, by, before)) {
                continue; // 具体纳税期限，由主管税务机关…分别核定; 业务范围…由X按照有关规定核定: X fixes a party's case, a duty
            }
            if (QUOTA_BEFORE.matcher(before).find()) {
                // …代表的具体名额，由X依照本法确定: X allots seats, a duty (samples 10, 300); so are head counts and posts
                // (送检人数由…征兵办公室…确定, 法官员额由最高人民法院…确定, 编制员额由中央军事委员会确定: samples 112, 160, 198, 338, 351)
                continue;
            }
            int end = Math.min(clauseEnd(sent, by + 1), by + 80);
            for (int k = by + 1; k < end; k++) {
                if (sent.charAt(k) == '：') {
                    end = k; // 由X按照下列规定进行处罚：（一）…: the list is no part of X's clause
                }
            }
            int listed = sent.indexOf("下列", by);
            if (listed >= 0 && listed < end && LISTED_BASIS.matcher(sent).region(by + 1, end).find()) {
                continue; // …范围由X按照下列标准确定并向社会公布：（一）…: the text sets the standards, X applies them
            }
            boolean syllabus = (objectBefore || nounBefore) && SYLLABUS_BEFORE.matcher(before).find();
            Matcher v = (catalogue ? PUBLISHES : objectBefore && SPECIFIC_AREA.matcher(before).find() ? BOUNDS_VERB
                    : syllabus ? APPROVES_VERB : RULE_VERB).matcher(sent).region(by + 1, end);
            int basis = -1;
            if (nounBefore) {
                // 国道的命名和编号，由X确定。: any noun is what X sets when the verb ends the clause (not 由X决定, a case);
                // the last verb (由X按照Y的有关规定确定: 确定), X cut before its basis
                int verb = -1;
                int earlier = -1;
                int earlierEnd = -1;
                while (v.find()) {
                    boolean alternative = earlierEnd >= 0 && orBetween(sent, earlierEnd, v.start());
                    // 由X和Y分别制定或者共同制定: X and Y, the verbs two ways of making the same rules
                    // 具体价格由X核定: a price or a standard X fixes is its rule (fixesCase)
                    boolean sets = SETS.matcher(v.group()).find() || syllabus && v.group().endsWith("审定")
                            || v.group().endsWith("决定") && ADJUSTED_BEFORE.matcher(before).find()
                            || v.group().endsWith("核定") && PRICE_SET.matcher(objectBefore(sent, by)).find();
                    verb = endsClause(sent, v.end(), end) && sets ? alternative ? earlier : v.start() : -1;
                    earlier = v.start();
                    earlierEnd = v.end();
                }
                boolean plan = verb >= 0 && (picked(objectBefore(sent, by), sent, verb, end) || planContent(sent, by));
                if (plan && makes(sent, verb, end)) {
                    planMakers(sent, base, by, verb, out); // 用水计划由X或者Y制定: a plan, the makers' duty (sample 3)
                }
                if (plan || verb >= 0 && end < sent.length() && sent.charAt(end) == '，'
                        && !REVIEWED_AFTER.matcher(sent).region(end + 1, sent.length()).lookingAt()
                        && !PARALLEL_AFTER.matcher(sent).region(end + 1, sent.length()).lookingAt()
                        && !(makes(sent, verb, end) && OTHER_MAKER_AFTER.matcher(sent).region(end + 1, sent.length()).lookingAt())) {
                    continue; // …，由X确定，…: X decides a case the sentence goes on with (not 由X制定，报Y批准: the rules' review)
                }
                if (verb >= 0) {
                    objectBefore = true;
                    basis = basisAt(sent, by + 1, verb);
                    v = RULE_VERB.matcher(sent).region(verb, end);
                } else {
                    v.reset().region(by + 1, end); // …收入，由X规定具体管理办法: the rule made follows the verb, as after 可以
                }
            }
            int agentEnd = -1;
            if (objectBefore && !nounBefore) {
                // 税率，由X在前款规定的幅度内…确定: not the 规定 of a relative clause inside X's bounds, but the verb after them
                int verb = -1;
                boolean cited = false;
                while (v.find()) {
                    boolean citing = citedRule(sent, by + 1, end, v);
                    cited |= citing;
                    if ((v.end() >= end || sent.charAt(v.end()) != '的') && !citing) {
                        verb = v.start();
                        break;
                    }
                }
                if (verb < 0 && cited) {
                    continue; // 由X依照前款规定界定: X acts on the provision cited, it makes no rules
                }
                v.reset().region(verb >= 0 ? verb : by + 1, end);
                Matcher within = verb >= 0 && sent.indexOf('在', by + 1) >= 0 ? WITHIN.matcher(sent).region(by + 1, verb) : null;
                if (within != null && within.find()) {
                    int basisFirst = basisAt(sent, by + 1, within.start());
                    basis = basisFirst >= 0 ? basisFirst : within.start(); // X's name ends at its basis or bounds
                }
            }
            if (!v.find()) {
                // 标准由X根据职责分工，(分别)会同Y制定: the verb one clause on, after X's basis
                boolean comma = (objectBefore || nounBefore) && end < sent.length() && sent.charAt(end) == '，';
                basis = comma && objectBefore ? basisAt(sent, by + 1, end) : -1;
                Matcher basisOn = comma && basis < 0 ? BASIS_THEN_VERB.matcher(sent).region(end + 1, sent.length()) : null;
                if (basisOn != null && basisOn.lookingAt() && (objectBefore || SETS.matcher(basisOn.group(1)).find()
                        && !picked(objectBefore(sent, by), sent, basisOn.start(1), basisOn.end(1)) && plainlyNamed(sent, by, end))) {
                    // 标准由X会同Y，根据…等因素确定: X's basis is the next clause, which ends at the verb; also after any noun
                    // (…的范围，由X会同Y，根据…等因素规定并公布), X named plainly (not 由承担鉴定的技术机构, a party by its task)
                    objectBefore = true;
                    v = RULE_VERB.matcher(sent).region(basisOn.start(1), basisOn.end(1));
                    v.find();
                    agentEnd = end;
                } else {
                    if (basis < 0) {
                        continue;
                    }
                    int next = sent.indexOf('，', end + 1);
                    v = RULE_VERB.matcher(sent).region(end + 1, next < 0 ? sent.length() : next);
                    if (!v.find() || !ONE_CLAUSE_ON.matcher(sent).region(end + 1, v.start()).matches()) {
                        continue;
                    }
                }
            }
            if (v.end() <= end && PLAN_MADE.matcher(sent).region(v.end(), end).matches()) {
                planMakers(sent, base, by, v.start(), out); // 条件，由X会同Y共同拟定方案: what X draws up is a plan, its duty
                continue;
            }
            String what;
            if (alternativeOf != null) {
                what = alternativeOf;
            } else if (objectBefore) {
                what = TRAILING_MAY.matcher(objectBefore(sent, by)).replaceFirst("");
                what = what.endsWith("等") ? what.substring(0, what.length() - 1) : what; // 申报要求、申报表格等
            } else {
                if (v.group().endsWith("商定")) {
                    continue; // 由X会同Y商定对…的保护措施: X and Y agree on a case; only a thing named before 由 is a rule they set
                }
                String made = sent.substring(v.end(), end);
                Matcher needed = made.isEmpty() || PUBLISHED.matcher(made).matches() ? RULE_NEEDED.matcher(before) : null;
                if (needed != null && needed.find()) {
                    what = needed.group(needed.group(1) != null ? 1 : 2); // …，需要制定具体办法的，由省人民政府另行制定: the rule named
                } else {
                    Matcher second = RULE_VERB.matcher(made);
                    if (second.lookingAt()) {
                        made = made.substring(second.end()); // 依照国务院有关规定制定办法: the verb of the rules, after the basis's 规定
                    }
                    boolean another = v.group().endsWith("另行规定") && !made.isEmpty();
                    if (!another && (made.startsWith("的") && !nounBefore || !OBJECT_AFTER.matcher(made).find())) {
                        continue; // 可以由公安机关依照第一款规定给予拘留: no rules are made
                    }
                    // 由财政部另行规定免税的…用地: what X provides for separately is its rule, whatever it names
                    what = another && !OBJECT_AFTER.matcher(made).find() ? "规定" : made.substring(made.lastIndexOf('的') + 1);
                }
            }
            String agent = sent.substring(by + 1, agentEnd >= 0 ? agentEnd : v.start());
            Matcher setting = basis < 0 ? IN_SETTING.matcher(agent) : null;
            if (setting != null && setting.find() && setting.start() > 0) {
                agent = agent.substring(0, setting.start()); // 由X在…规划中确定: X, the plan where it sets the rule cut
            }
            if (decidesCase(agent, v, sent)) {
                continue;
            }
            if (agent.indexOf('的') > 0 && PLAN_SETS.matcher(agent).matches()) {
                continue; // 具体范围，由国务院批准的…规划确定: the plan sets it; its approver makes no rule (samples 347, 358)
            }
            Matcher order = agent.endsWith("命令") ? ORDER_OF.matcher(agent) : null;
            if (order != null && order.matches()) {
                agent = order.group(1); // 由国务院、中央军事委员会的征兵命令规定: the bodies whose order sets it
            }
            agent = beforeAlternative(agent, base + by + 1, what, sent, out);
            int co = partnerWord(agent);
            int consults = agent.indexOf("分别商"); // 由X分别商Y和Z制定: X makes each rule, consulting one of them
            String lead = basis >= 0 ? sent.substring(by + 1, basis) : co >= 0 ? leadBefore(agent, co)
                    : consults > 0 ? agent.substring(0, consults) : agent;
            Matcher province = PROVINCE_LEAD.matcher(lead);
            if (province.matches() ? DutyFinder.addName(out, true, base + by + 1, province.group(1), null, what, Delegates.RULEMAKING, sent)
                    : DutyFinder.add(out, true, base + by + 1, lead, null, what, Delegates.RULEMAKING, sent)) {
                delegated.add(new int[]{by + 1, by + 1 + lead.length()});
                madeBefore = objectBefore ? what : null;
            }
            if (co >= 0) {
                DutyFinder.add(out, true, base + by + 1 + co + 2, partnersAfter(agent, co), Delegates.PARTNER, what, Delegates.RULEMAKING, sent);
            }
        }
    }

    /**
     * Whether the clause of {@code 由} at {@code by} makes rules itself (制定/制订), on no one's authorisation (由X授权Y制定 leaves
     * them to Y, whom the authorisation names; 由Y决定 settles a case).
     */
    private static boolean makesAlone(String sent, int by) {
        int end = sent.indexOf('，', by);
        String clause = sent.substring(by, end < 0 ? sent.length() : end);
        return (clause.contains("制定") || clause.contains("制订")) && !clause.contains("授权");
    }

    /**
     * 规定 of a cited provision with X's own verb after it (由X依照前款规定界定): the basis X acts on, not the verb of rules X
     * makes (由X根据本法规定 at the clause's end is).
     */
    private static boolean citedRule(String sent, int from, int end, Matcher v) {
        return v.group().equals("规定") && (v.end() < end && "并和、及".indexOf(sent.charAt(v.end())) < 0
                && CITED_BEFORE.matcher(sent).region(from, v.start()).find()
                || v.start() > from && sent.charAt(v.start() - 1) == '的' && CITED_WITH_OF.matcher(sent).region(from, v.start()).find());
    }

    /**
     * A provision cited with 的 before its 规定, ending X's clause: 由X根据本条例第二十七条的规定，…提出划定方案 (X acts on it; the
     * verb, if any, follows).
     */
    private static final Pattern CITED_WITH_OF = Pattern.compile("(?:根据|依照|按照|依据)(?:本法|本条例|本办法|本规定|前款|本款|本条|前条)?(?:第"
            + Lexicon.ARTICLE_NUMERAL + "+[条款项])*的$");

    /** Where the word that brings in X's partners (由X会同Y…, 由X协同Y…) stands in {@code agent}, or -1. */
    private static int partnerWord(String agent) {
        int co = agent.indexOf("会同");
        return co >= 0 ? co : agent.indexOf("协同");
    }

    /** The lead of 由X(分别)会同Y…, X without the adverb before 会同 at {@code co}. */
    private static String leadBefore(String agent, int co) {
        return ALONE_OR.matcher(agent.substring(0, co)).replaceFirst("");
    }

    /** The partners Y of 由X会同Y… after 会同 at {@code co}: without their short names, and 等 closing no name (会同人事部门等制定). */
    private static String partnersAfter(String agent, int co) {
        String partners = SHORT_NAME_ANYWHERE.matcher(agent.substring(co + 2)).replaceAll("");
        for (Pattern tail : PARTNERS_TAILS) {
            partners = tail.matcher(partners).replaceFirst("");
        }
        return partners;
    }

    /**
     * What closes the partners of 由X会同Y… and is no name of theirs, cut in this order: their basis (会同Y综合…等因素确定), the
     * manner before the verb (…等行政部门及时组织制定), a federation beside the departments (…等行政部门和市残疾人联合会), 等 closing no name
     * (会同人事部门等制定, 会同市人民政府办公厅等单位制定).
     */
    private static final List<Pattern> PARTNERS_TAILS = List.of(Pattern.compile("综合[^，。；]{1,60}?因素$"),
            Pattern.compile("(?:及时|依法|共同|统一|联合)$"), Pattern.compile("(?<=部门)和[^、和]{1,12}?(?:联合会|协会)$"),
            Pattern.compile("(?<=[门构关厅])等(?:有关|相关)?(?:单位)?$"));

    /**
     * 由X会同Y或者由Z(会同W)(依法)规定: Z (and W) make the rules too, named after the second 由; the agents before it are
     * returned. {@code at} is where {@code agent} stands.
     */
    private static String beforeAlternative(String agent, int at, String what, String sent, List<DutyFinder.Duty> out) {
        Matcher alternative = agent.contains("或") ? OR_BY.matcher(agent) : null;
        if (alternative == null || !alternative.find()) {
            return agent;
        }
        String other = BASIS_AT_END.matcher(agent.substring(alternative.end())).replaceFirst("");
        int co = partnerWord(other);
        int from = at + alternative.end();
        DutyFinder.add(out, true, from, co > 0 ? other.substring(0, co) : other, null, what, Delegates.RULEMAKING, sent);
        if (co > 0) {
            DutyFinder.add(out, true, from + co + 2, other.substring(co + 2), Delegates.PARTNER, what, Delegates.RULEMAKING, sent);
        }
        return agent.substring(0, alternative.start());
    }

    /**
     * Whether the body after 由 decides a case with its verb {@code v}, not a rule: a court's 决定/确定 (具体数额由海事法院决定,
     * 管理人的报酬由人民法院确定: samples 395, 442), a decision carried out (实行特别措施，由国务院、中央军事委员会决定并组织实施,
     * …决定，由Y组织实施: sample 441).
     */
    private static boolean decidesCase(String agent, Matcher v, String sent) {
        boolean decides = v.group().endsWith("决定");
        return agent.endsWith("法院") && (decides || v.group().endsWith("确定"))
                || decides && DECIDES_AND_CARRIES_OUT.matcher(sent).region(v.end(), sent.length()).lookingAt();
    }

    /** After 由X决定: the decision is carried out (决定并组织实施, 决定，由Y组织实施). */
    private static final Pattern DECIDES_AND_CARRIES_OUT = Pattern.compile("(?:并|和|后)(?:组织)?实施|[，,]由[^，。；]{2,60}?(?:组织)?实施(?=[，。；]|$)");
    /** 或者由 inside the agents of a passive: another body makes the rules (由X会同Y或者由Z依法规定). */
    private static final Pattern OR_BY = Pattern.compile("(?:或者|或)由");
    /** The basis after an agent's name (依法, 根据…): no part of it. */
    private static final Pattern BASIS_AT_END = Pattern.compile("(?:依法|(?:根据|依照|依据|按照)[^，。；]*)$");

    /** A dispute the clause before 由X settles (有不同意见的，, 有争议的，, 协商不成的，). */
    private static final Pattern DISPUTE_BEFORE = Pattern.compile("(?:不同意见|争议|异议|协商不成|协商不一致)的[，,][^，。；]{0,12}$");

    /**
     * A condition before 由 (…的，由X制定具体办法; 属于国家所有的，由X会同Y确定具体范围): what X makes follows the verb, as after
     * 可以 ({@link #OBJECT_AFTER}).
     */
    private static boolean conditionBefore(String before) {
        int n = before.length();
        return n >= 3 && (before.charAt(n - 1) == '，' || before.charAt(n - 1) == ',') && before.charAt(n - 2) == '的'
                && "，。；".indexOf(before.charAt(n - 3)) < 0;
    }

    /** Whether the verb ending at {@code verbEnd} ends the clause at {@code end}, perhaps with its publication after it. */
    private static boolean endsClause(String sent, int verbEnd, int end) {
        return verbEnd == end || PUBLISHED.matcher(sent).region(verbEnd, end).matches();
    }

    /**
     * A noun other than the listed objects directly before 由 (命名和编号，由X确定; 职责，由X规定), or a title (《…清单》由X制定): not a
     * condition (…的，由X确定), not a verb's object left hanging (或者, 等).
     */
    private static boolean endsWithNoun(String before) {
        if (before.endsWith("》")) {
            return true; // 《中国受控消耗臭氧层物质清单》由X制定: the document itself (after a comma, 依照《X》，由Y…: a basis)
        }
        int end = before.length();
        if (end > 0 && (before.charAt(end - 1) == '，' || before.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > 2 && before.charAt(end - 1) == '等' && before.indexOf('、') >= 0) {
            end--; // a list closed by 等 (纪念币的主题、面额…、发行时间等由X确定): its last noun
        }
        if (end < 2) {
            return false;
        }
        char c = before.charAt(end - 1);
        if (c < '\u4e00' || c > '\u9fff' || NOT_NOUN_END.indexOf(c) >= 0 && !before.startsWith("所得", end - 2)
                && !before.startsWith("原则", end - 2)) {
            return false; // (其他所得，由X确定: 所得 is income, not the modal 得; 划定原则，由X确定: a principle, not 则)
        }
        for (String w : NOT_NOUN_WORDS) {
            if (before.startsWith(w, end - w.length())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the clause before 由 is a manner a cited law sets (依照X规定的程序，由Y决定: how Y acts, no rule Y makes). */
    private static boolean mannerCited(String before) {
        int end = before.endsWith("，") ? before.length() - 1 : before.length();
        int clause = Math.max(before.lastIndexOf('，', end - 1), before.lastIndexOf('；', end - 1)) + 1;
        return before.indexOf("规定的", clause) >= 0 && MANNER_CITED.matcher(before).region(clause, end).matches();
    }

    /** A manner the law cited sets (依照治安管理处罚法规定的程序): an adverbial before 由, no made thing. */
    private static final Pattern MANNER_CITED = Pattern.compile("(?:依照|按照|依据)[^，；]{1,30}规定的[^，；的]{1,8}");

    /** Last characters of no made thing: the 的 of a condition, joins, modals, verbs' endings. */
    private static final String NOT_NOUN_END = "的或等及和并且也还均都再另则即就可应须得";
    /** Words that end no made thing either: joins, modals, adverbs, and the ends of time or place phrases (…后，由X规定). */
    private static final List<String> NOT_NOUN_WORDS = List.of("或者", "以及", "并且", "应当", "可以", "必须", "一律", "统一", "分别",
            "同时", "不得", "经", "需", "须要", "需要", "时", "后", "前", "外", "中", "内", "上", "下", "产生");
    /**
     * What X draws up or picks rather than a rule it is left to make (方案/计划/规划/区划 are X's duty, as X制定…规划 is; 项目由X择优确定
     * picks projects; 组长由X确定 names a person).
     */
    private static final Pattern PLANNED = Pattern.compile("(?:方案|计划|规划|区划|预案|项目|名单|人选|人员|组长|成员|负责人|责任人)$");

    /** Whether the rule verb at {@code verb} makes something (制定, 组织制定): not 确定, which picks a person or a project. */
    private static boolean makes(String sent, int verb, int end) {
        Matcher v = RULE_VERB.matcher(sent).region(verb, end);
        return v.lookingAt() && (v.group().endsWith("制定") || v.group().endsWith("制订"));
    }

    /** The makers of a plan left to them (…计划由X(会同Y)(根据…)制定): the duty of X, and of Y with it. */
    private static void planMakers(String sent, int base, int by, int verb, List<DutyFinder.Duty> out) {
        int basis = basisAt(sent, by + 1, verb);
        String agent = sent.substring(by + 1, basis >= 0 ? basis : verb);
        int co = partnerWord(agent);
        DutyFinder.add(out, false, base + by + 1, co >= 0 ? leadBefore(agent, co) : agent, "lead", null, null, sent);
        if (co >= 0) {
            DutyFinder.add(out, false, base + by + 1 + co + 2, partnersAfter(agent, co), "co", null, null, sent);
        }
    }

    /** A plan right after the verb, ending the clause (由X会同Y共同拟定方案): drawn up, no rule made. */
    private static final Pattern PLAN_MADE = Pattern.compile("[^，。；的]{0,12}" + DutyFinder.PLAN_NOUN);

    /**
     * {@link #PLANNED}, but 项目 that X 规定 are the items its rules list (具体项目由X、Y共同规定), not projects it picks; and a
     * survey's 调查项目 are its rules (统计法: 国家统计调查项目由国家统计局制定, beside 统计调查制度).
     */
    private static boolean picked(String object, String sent, int verb, int end) {
        return PLANNED.matcher(object).find() && !(object.endsWith("项目") && (sent.lastIndexOf("规定", end) >= verb || object.endsWith("调查项目")));
    }

    /**
     * A province left to make a rule, named as a place (具体办法由海南省制定; 地方储备粮的管理办法，由省、自治区、直辖市参照本条例规定的原则制定):
     * the legislator of the province, as 按照省、自治区、直辖市的规定 reads (no agency head to find).
     */
    private static final Pattern PROVINCE_LEAD = Pattern.compile("^(省、自治区、直辖市|(?!各|有关|本|该)[\\u4e00-\\u9fff]{2,3}省"
            + "|(?!各|有关|本|该)[\\u4e00-\\u9fff]{2,6}自治区|北京市|天津市|上海市|重庆市)(?:(?:参照|根据|依照|按照|依据|结合)[^，。；]*)?$");
    /**
     * A provision cited just before its 规定: 依照前款规定, 按照本条例第十条规定; rules in force, cited (依照相关法律和规定组织实施,
     * 按照国家有关规定办理, 依据国家规定会同Y制定); the text's own (按照下列规定予以处罚).
     */
    private static final Pattern CITED_BEFORE = Pattern.compile("(?:前款|本款|本条|前条|前[两二三]款|第" + Lexicon.ARTICLE_NUMERAL + "+[条款项]|本法|本条例|本办法|本规定"
            + "|(?:法律|法规)[和及、]|有关|(?:依据|根据|依照|按照)国家|下列|以下|如下)$");
    /**
     * What may follow the rule verb at the end of a clause: its publication (制订、公布, 制定、调整和公布, 确定并公布), also after
     * its approval (制订并报经市人民政府批准后对外公布).
     */
    private static final Pattern PUBLISHED = Pattern.compile("(?:(?:、|并予以|并予|并向社会|并|和|、调整和)(?:公布|发布|公告|调整))+(?:实施|施行)?|公布|发布"
            + "|后(?:予以|向社会)?(?:公布|发布)(?:实施|施行)?"
            + "|并报经?[^，。；]{2,30}?(?:批准|审定|同意)(?:后)?(?:对外|向社会)?(?:公布|发布|施行|执行|实施)?");
    /**
     * The next clause after 由X制定: the rules' review or filing (，报国务院批准, ，经…批准后实施), their publication
     * (具体范围，由市或者区档案行政管理部门确定，并通知有关的法人…) or their upkeep (具体价格由X核定，并根据实际情况适时调整).
     */
    private static final Pattern REVIEWED_AFTER = Pattern.compile("(?:并)?(?:报|经)|并(?:予以|向社会)?(?:公布|公告|通知|告知)"
            + "|并(?:根据[^，。；]{1,12}?)?(?:适时|及时|定期)?(?:调整|修订)");
    /** The next clause after 由X制定: their other maker (，或者由X和Y共同制定); not after 确定, a decision (军事禁区由X确定，或者由Y…确定). */
    private static final Pattern OTHER_MAKER_AFTER = Pattern.compile("或者由|或由");
    /** The verbs by which X sets what stands before 由 (not 决定 or 核定, which decide a case). */
    private static final Pattern SETS = Pattern.compile("(?:规定|制定|制订|确定|拟定|拟订)$");
    /**
     * A schedule's items, rates, limits or their adjustment before 由X决定: X sets the rule, as with 规定 (税目、税率的部分调整，由国务院
     * 决定; 准予抵扣的项目和扣除率的调整，由国务院决定; samples 46, 62, 76, 95, 162 read them as rule-making, sample 155 as a
     * duty), not a case X decides nor another adjustment (货币政策委员会组成单位的调整, 居民委员会的…规模调整: duties, sample 60).
     */
    private static final Pattern ADJUSTED_BEFORE = Pattern.compile("(?:税目|税率|扣除率|征收率|限额|减征幅度)(?:(?:的(?:部分)?调整)?[，,]|的(?:部分)?调整)$");
    /** Whether the body after 由 at {@code by} is named without a 的 before its basis or the clause's end at {@code end}. */
    private static boolean plainlyNamed(String sent, int by, int end) {
        int basis = basisAt(sent, by + 1, end);
        int de = sent.indexOf('的', by + 1);
        return de < 0 || de >= (basis >= 0 ? basis : end);
    }

    /**
     * A catalogue, list, scope or standard published by X and by no one else named (复检机构名录由国务院药品监督管理部门公布, 集中采购的
     * 范围由省级以上人民政府公布, 《…商品目录》由海关总署公布): publishing it is X's setting it (the samples read 8 of 9 so), unlike
     * results, information or reports X publishes (认定结果由X公布, 疫情由X发布: duties).
     */
    private static boolean publishesCatalogue(String sent, int by, String before) {
        if (!CATALOGUE_BEFORE.matcher(before).find()) {
            return false;
        }
        int end = clauseEnd(sent, by + 1);
        return PUBLISHES_ALONE.matcher(sent).region(by, end).matches() && !RULE_VERB.matcher(sent).region(by + 1, end).find();
    }

    /** The catalogues of {@link #publishesCatalogue}, at the end of what stands before 由 (a modal or a comma may follow). */
    private static final Pattern CATALOGUE_BEFORE = Pattern.compile("(?:目录|名录|清单|范围|标准|办法|规则|规范|细则|界线|基线)》?[，,]?(?:也可以|可以|可)?$");
    /** 由X(会同Y)(予以|统一|定期|及时)公布/发布 as a whole clause: the bodies named, then the publication alone (no 划定, 编制 …). */
    private static final Pattern PUBLISHES_ALONE = Pattern.compile("由" + NAME + "{0,40}?" + DutyFinder.SUFFIX + "(?:会同" + NAME + "{0,30}?"
            + DutyFinder.SUFFIX + ")?(?:予以|统一|定期|及时|向社会)?(?:公布|发布)");
    /** The publication verb of {@link #PUBLISHES_ALONE}, the rule verb there. */
    private static final Pattern PUBLISHES = Pattern.compile("(?:予以|统一|定期|及时|向社会)?(?:公布|发布)$");

    /** Whether 或者 or 或 alone stands from {@code from} to {@code to}: two rule verbs for the same rules (分别制定或者共同制定). */
    private static boolean orBetween(String sent, int from, int to) {
        return to - from == 2 && sent.startsWith("或者", from) || to - from == 1 && sent.charAt(from) == '或';
    }

    /**
     * A clause of X's basis that ends at the rule verb: 根据当地经济发展水平…等确定, 按照前款规定的原则制定, and a second one
     * (根据当地经济发展水平，参考…平均成本等因素核定: 法律援助条例 第二十四条); or the bodies X
     * consults (由X会同Y，并征求Z的意见制定: Z is heard, not a maker).
     */
    private static final Pattern BASIS_THEN_VERB = Pattern.compile("(?:(?:根据|按照|依照|依据|结合|参照)[^，。；]{1,80}?(?:，(?:参考|参照|结合|综合考虑|统筹考虑|考虑)[^，。；]{1,80}?)?"
            + "|并?征求[^，。；]{1,60}?意见后?)("
            + "(?<!有关|国家|本法|条例|办法)" + RULE_VERB.pattern() + ")(?:并(?:予以?)?(?:公布|公告)|并发布)?(?=[，。；]|$)");
    /** 由X单独或者会同Y规定, 由X分别会同Y和Z制定: X alone or with Y (the words are no part of X's name). */
    private static final Pattern ALONE_OR = Pattern.compile("(?:" + ALONE + "|分别)$");
    /** The bodies whose order sets a rule after 由 (由国务院和中央军事委员会的命令规定): group 1. */
    private static final Pattern ORDER_OF = Pattern.compile("(.+?)的[\\u4e00-\\u9fff]{0,4}命令");
    /**
     * What may stand between the comma and the verb one clause on: 分别, 会同Y, what X weighs (由县级人民政府根据本地实际，综合考虑
     * 年龄、婚姻状况、风俗习惯等因素确定).
     */
    private static final Pattern ONE_CLAUSE_ON = Pattern.compile("(?:分别)?(?:会同[^，。；]{1,40})?(?:(?:综合考虑|统筹考虑|考虑|参考|参照)[^，。；的]{1,60})?");
    private static final List<String> BASES = List.of("根据", "依照", "按照", "依据", "参照");
    /**
     * The next clause a second passive of the same kind (主城区的主干道由市人民政府确定并公布，其他地区的主干道由区县人民政府确定并公布):
     * the two bodies set the same thing for their areas, no case the sentence goes on with.
     */
    private static final Pattern PARALLEL_AFTER = Pattern.compile("(?!或)[^，。；由]{1,20}由[^，。；]{2,40}?(?:确定|制定|规定)(?:并(?:予以|向社会)?公布)?(?=[。；]|$)");

    /**
     * A condition that names the rule to be made (…事项，需要制定具体办法的，由X另行制定; 没有行业卫生标准的，由X制定: the one missing),
     * ending before 由.
     */
    private static final Pattern RULE_NEEDED = Pattern.compile("(?:(?:需要|需)(?:另行)?(?:在[^，。；]{1,10}?)?(?:制定|明确)([^，。；的]{0,12}?(?:办法|规定|细则|标准|规则))"
            + "|(?:没有|尚无)([^，。；的]{0,12}?(?:办法|细则|标准|规范|规则)))的[，,]?$");

    /** A plan whose contents the sentence lists before 由 (…出让方案应当明确…等内容，由X会同Y制定): X draws up the plan, a duty. */
    private static final Pattern PLAN_CONTENT = Pattern.compile("(?:方案|规划|计划|预案)[^。；]*?内容[，,]?$");

    private static boolean planContent(String sent, int by) {
        int at = sent.lastIndexOf("内容", by);
        return at >= 0 && by - at <= 3 && PLAN_CONTENT.matcher(sent).region(0, by).find();
    }

    /**
     * Where X sets a rule, between X and the verb (由市人民政府在历史文化名城保护规划中确定): 在…中, the agent's end; not 在…时, a case
     * (国家荣誉称号的具体名称由…在决定授予时确定).
     */
    private static final Pattern IN_SETTING = Pattern.compile("(?<![所驻存现实])在[^，。；在]{1,30}?中$");
    /** 在…幅度/范围内: the bounds X sets the rule within, after X's name (由省…人民政府在前款规定的幅度内…确定; not 所在地). */
    private static final Pattern WITHIN = Pattern.compile("(?<![所驻存现实])在[^，。；]{1,24}?(?:范围|幅度|额度|限额)内");

    /** Where X's basis (根据/依照/按照/依据…) begins after the name in [from, to), or -1. */
    private static int basisAt(String sent, int from, int to) {
        int first = -1;
        for (String b : BASES) {
            int at = sent.indexOf(b, from);
            if (at > from && at < to && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** A basis the text lists itself (按照下列标准, 依照下列规定): what the body after 由 does applies it, no rule of its own. */
    private static final Pattern LISTED_BASIS = Pattern.compile("(?:按照|依照|根据|依据)下列");

    /** A clause of manner between the thing made and 由 (按照低于当地最低工资标准…的水平，由X确定). */
    private static final Pattern MANNER_LEAD = Pattern.compile("(?:按照|依照|参照)[^，,]*的|(?:根据|依据)[^，,]*?(?:法|条例|规定)$");

    static int lastComma(String sent, int end) {
        return Math.max(sent.lastIndexOf('，', end - 1), sent.lastIndexOf(',', end - 1));
    }

    /**
     * The noun in front of 由: 具体办法, 保护办法, 补偿费标准和移民安置办法 (≤ 16 characters, after the last 的); the short name
     * the text gives it, when it gives one there (具体范围（以下简称保密事项范围），由X规定: 保密事项范围).
     */
    /**
     * Where a manner begun a clause before ends the clause from {@code clause} to {@code end} (按照低于最低工资标准，高于…保障标准的原则:
     * the comma is inside it), or -1.
     */
    private static int mannerStart(String sent, int clause, int end) {
        if (!(sent.startsWith("的原则", end - 3) || sent.startsWith("的水平", end - 3))) {
            return -1;
        }
        int before = lastComma(sent, clause - 1) + 1;
        return before < clause - 1 && MANNER_BEGUN.matcher(sent).region(before, clause - 1).lookingAt() ? before : -1;
    }

    /** The start of a manner whose clause a comma ends before its 的 (按照低于最低工资标准，…的原则). */
    private static final Pattern MANNER_BEGUN = Pattern.compile("(?:按照|依照|参照)[^，,的]{2,30}$");

    private static String objectBefore(String sent, int by) {
        int end = by;
        Matcher may = TRAILING_MAY.matcher(sent).region(Math.max(0, by - MODAL_MAX), by);
        if (may.find() && may.start() > 0 && "，,".indexOf(sent.charAt(may.start() - 1)) >= 0) {
            // 标准，可以由X制定: the object is the clause before the modal's (not 由法律规定，也可以由X…: a maker's); the search for
            // its 由 stops at the modal (the 由 at by is found at the latest), so it reads no further than that clause
            int clause = sent.lastIndexOf('，', may.start() - 2) + 1;
            if (sent.indexOf('由', clause) >= may.start()) {
                end = may.start();
            }
        }
        if (end > 0 && (sent.charAt(end - 1) == '，' || sent.charAt(end - 1) == ',')) {
            end--;
        }
        // 失业保险金的标准，按照低于…的水平，由X确定; …表决程序，根据…组织法，参照本法…的规定，由X规定: what X sets is the topic
        // before the clauses of manner and basis
        for (int clause = lastComma(sent, end) + 1; clause > 1; clause = lastComma(sent, end) + 1) {
            int manner = MANNER_LEAD.matcher(sent).region(clause, end).lookingAt() ? clause : mannerStart(sent, clause, end);
            if (manner < 2) {
                break;
            }
            end = manner - 1;
        }
        int start = end;
        // a list of things made is one object (人数、次数、时间和要求, 项目、标准和办法): 、 does not end it, 的 and a comma do
        while (start > 0 && end - start < 24 && "，。；的：,".indexOf(sent.charAt(start - 1)) < 0) {
            start--;
        }
        int mark = end - start == 24 ? sent.indexOf('、', start) : -1;
        if (mark >= 0 && mark < end) {
            start = mark + 1; // the scan stopped inside a member: the object begins at the first whole one
        }
        String object = sent.substring(start, end);
        Matcher shortName = object.indexOf("以下") >= 0 ? SHORT_NAME_AT_END.matcher(object) : null;
        return shortName != null && shortName.find() ? shortName.group(1) : object;
    }

    /** A short name's definition closing the object before 由. */
    private static final Pattern SHORT_NAME_AT_END = Pattern.compile(AgencyNames.DEFINITION_OPEN + "([^（）()]{1,16})[）)]$");

    /** D5: 受X委托的Y, X委托Y…. */
    private static void entrust(String sent, int base, List<DutyFinder.Duty> out, boolean partyBefore) {
        // 受X(依法)委托的Y, X(或者其)委托的Y: no match starts further before the first 委托的 than a name and 受…依法 or 或者其
        // reach, nor before a character no name has (受理 is everywhere)
        int entrustedOf = sent.indexOf("委托的");
        int ofFrom = entrustedOf < 0 ? -1 : nameRunFrom(sent, Math.max(0, entrustedOf - "受依法".length() - NAME_REACH), entrustedOf);
        Matcher m = Gate.when(entrustedOf >= 0, ENTRUSTED_BY, sent, ofFrom, sent.length());
        while (m.find()) {
            DutyFinder.add(out, true, base + m.start(2), m.group(2), null, "委托", Delegates.ENTRUSTMENT, sent);
        }
        m = Gate.when(entrustedOf >= 0 && sent.indexOf('受') >= 0, ENTRUSTED_BY_BARE, sent, ofFrom, sent.length());
        while (m.find()) {
            String principal = AgencyNames.clean(m.group(1));
            if (isPublic(principal) && !principal.equals("行政机关")) {
                // 受国务院卫生行政部门委托的部门: a body named only by its principal, the role name (as X委托的部门)
                DutyFinder.addName(out, true, base + m.start(1), principal + "委托的" + m.group(2), null, "委托", Delegates.ENTRUSTMENT, sent);
            }
        }
        m = Gate.when(sent.contains("受委托的"), OR_ENTRUSTED, sent);
        while (m.find()) {
            String principal = AgencyNames.clean(m.group(1));
            if (isPublic(principal)) {
                DutyFinder.add(out, true, base + m.start(2), m.group(2), null, "委托", Delegates.ENTRUSTMENT, sent);
            }
        }
        m = Gate.when(entrustedOf >= 0, ENTRUSTED_OF, sent, ofFrom, sent.length());
        while (m.find()) {
            String principal = AgencyNames.clean(m.group(1));
            if (principal == null) {
                principal = AgencyNames.clean(afterLastPreposition(m.group(1))); // 个人应当向X或者其委托的Y…: X, after 向
            }
            if (!isPublic(principal) || principal.equals("行政机关")) {
                continue; // 行政机关委托的组织: any organ's agent, the category of a definition (行政诉讼法, 国家赔偿法), no body entrusted
            }
            String y = withDepartment(sent, m.group(2), m.end(2));
            boolean own = sent.startsWith("其", m.start(2) - "其委托的".length()) && AgencyLists.GOVERNMENT_PREFIX.matcher(principal).find()
                    && ITS_DEPARTMENT.matcher("其" + y).matches();
            y = own ? principal + y : y; // 县级人民政府或者其委托的林业主管部门: the government's own department
            // 外交部委托的其他驻外机构: the others are named by their principal, as a bare body is
            if (y.startsWith("其他") || !DutyFinder.add(out, true, base + m.start(2), y, null, "委托", Delegates.ENTRUSTMENT, sent)) {
                DutyFinder.addName(out, true, base + m.start(1), lastOf(principal) + "委托的" + m.group(2).replaceFirst("^(?:其他|有关)", ""), null,
                        "委托", Delegates.ENTRUSTMENT, sent);
            } else if (own) {
                entrustedAlso(sent, base, m.end(2), out);
            }
        }
        m = Gate.when(sent.contains("委托"), ON_ENTRUSTMENT, sent);
        while (m.find()) {
            String by = m.group(2);
            int or = Math.max(by.lastIndexOf("或者"), by.lastIndexOf('或'));
            String principal = AgencyNames.clean(or >= 0 ? by.substring(or + (by.startsWith("或者", or) ? 2 : 1)) : by);
            String act = actOnEntrustment(sent, m.end());
            if (isPublic(principal) && !DutyFinder.add(out, true, base + m.start(1), m.group(1), null, act, Delegates.ENTRUSTMENT, sent)) {
                addEntrustedBody(out, base + m.start(1), m.group(1), act, sent);
            }
        }
        if (sent.contains("委托其")) {
            entrustsIt(sent, base, out);
        }
        m = ENTRUSTS.matcher(sent);
        int partyAt = -1; // where a party's clause starts (firstPartyClause), read at the first 委托 that needs it
        while (m.find()) {
            String before = clauseBefore(sent, m.start());
            String named = MANNER.matcher(before).replaceFirst("");
            if (PRIVATE.matcher(before).find() || PRIVATE.matcher(named).find() || before.startsWith("受") || before.endsWith("受")
                    || DutyFinder.regulatedParty(TRAILING_MODAL.matcher(named).replaceFirst(""))) {
                continue; // 保险机构可以委托…机构协助办理…业务: a regulated party entrusts
            }
            String principal = AgencyNames.clean(named);
            Matcher byThenOr = principal == null && named.contains("由") ? BY_THEN_OR.matcher(named) : null;
            boolean alternative = byThenOr != null && byThenOr.find();
            if (alternative) {
                principal = AgencyNames.clean(byThenOr.group(1));
            }
            if (principal == null && named.equals(before) && !named.isEmpty()) {
                continue; // the entruster is named and no agency (有关部门可以委托…: a bare agency still is one)
            }
            if (principal == null && partyAt < 0) {
                partyAt = firstPartyClause(sent);
            }
            if (principal == null && (partyAt < m.start() || partyBefore)) {
                // 股东查阅…，可以委托会计师事务所…; 企业可以…，也可以委托学校…; 幼儿园装修装饰后，应当委托专业机构…; …的，公民、法人
                // 和其他组织可以委托…: a regulated party entrusts
                continue;
            }
            if (PEOPLES_BODY.matcher(m.group(1)).find()) {
                continue;
            }
            if (m.start() == 0 && ENTRUSTING_ORGAN.contains(m.group(1))) {
                continue; // 委托行政机关对受委托组织…应当负责监督: the entrusting organ, a noun opening the sentence
            }
            Matcher alias = SHORT_NAME.matcher(sent).region(m.end(1), sent.length());
            String what = whatAfter(sent, alias.lookingAt() ? alias.end() : m.end(1));
            if (DutyFinder.add(out, true, base + m.start(1), itsOwn(m.group(1), principal), null, what, Delegates.ENTRUSTMENT, sent)) {
                continue;
            }
            if (alias.lookingAt()) { // 委托具备条件的机构（以下称受托管理机构）: the description names no agency
                DutyFinder.add(out, true, base + alias.start(1), alias.group(1), null, what, Delegates.ENTRUSTMENT, sent);
            } else if (isPublic(principal) && !alternative) {
                // 由X组织或者委托有关单位验收: the unnamed body of X's alternative, the samples record none (sample 6)
                entrustedUnnamed(out, base + m.start(1), m.group(1), what, sent);
            }
        }
    }

    /**
     * A body a public principal entrusts that the agency lexicon does not know by its head (县级以上残疾人联合会受本级人民政府委托,
     * 县移风易俗管理处受县民政部门委托, 各级水利管理单位可根据…的委托): the entrustment itself gives it public power. One body,
     * its name as written but for a leading 各.
     */
    private static void addEntrustedBody(List<DutyFinder.Duty> out, int offset, String name, String what, String sent) {
        Matcher body = ENTRUSTED_BODY.matcher(name);
        if (body.matches()) {
            DutyFinder.addName(out, true, offset + body.start(1), body.group(1), null, what, Delegates.ENTRUSTMENT, sent);
        }
    }

    /** The words after the last 向, 由, 经 or 报 of {@code run} (the body they name), or the run when it has none. */
    private static String afterLastPreposition(String run) {
        int at = -1;
        for (char c : new char[]{'向', '由', '经', '报'}) {
            at = Math.max(at, run.lastIndexOf(c));
        }
        return at >= 0 ? run.substring(at + 1) : run;
    }

    /** A body listed after the entrusted one: 、乡镇人民政府、街道办事处 (其委托的林业主管部门、乡镇人民政府、街道办事处). */
    private static final Pattern ALSO_ENTRUSTED = Pattern.compile("、(" + NAME + "{1,12}?(?:人民政府|办事处))(?![的主])");

    /** The bodies listed after an entrusted government's own department, from {@code from}: entrusted with it. */
    private static void entrustedAlso(String sent, int base, int from, List<DutyFinder.Duty> out) {
        Matcher also = ALSO_ENTRUSTED.matcher(sent).region(from, sent.length());
        while (also.lookingAt()) {
            DutyFinder.add(out, true, base + also.start(1), also.group(1), null, "委托", Delegates.ENTRUSTMENT, sent);
            also.region(also.end(), sent.length());
        }
    }

    /** The entruster's own unit before its name (所属的, 下属). */
    private static final Pattern OWN_BODY = Pattern.compile("(?:所属|下属)的?");

    /** One organisational body, 3–20 characters before its head, no list (联合会, 管理处, 管理所, 工作站, 管理单位, 执法队伍, 大队, 执法总队, 中心). */
    private static final Pattern ENTRUSTED_BODY = Pattern.compile("^(?:各(?!级))?((?:[\\u4e00-\\u9fff()（）](?<![、和或及与])){3,20}(?:联合会|处|所|站|单位|队伍|大队|总队|支队|中心))$");

    /** 其 and a department or organ of the entrusting government (其林业主管部门, 其民政部门, 其兵役机关). */
    private static final Pattern ITS_DEPARTMENT = Pattern.compile("其[\\u4e00-\\u9fff&&[^或和及、他]]{1,10}?(?:主管部门|行政部门|部门|(?<!的)机关)");
    /** The entruster's own body (X可以委托其派出机构…, 其所属/下属Y): X's field office, as the samples name it (X派出机构), or Y. */
    private static final Pattern ITS_OWN = Pattern.compile("^其(?:(派出机构|分支机构)|(?:所属|下属)(?=[\\u4e00-\\u9fff]{2}))");

    /** Whether {@code principal} names a public body ({@link #PUBLIC_PRINCIPAL}): only such a body entrusts or authorises power. */
    private static boolean isPublic(String principal) {
        return principal != null && PUBLIC_PRINCIPAL.matcher(principal).find();
    }

    /** {@code y} with the entruster's 其 read ({@link #ITS_OWN}); else {@code y} as it is. */
    private static String itsOwn(String y, String principal) {
        Matcher own = y.startsWith("其") ? ITS_OWN.matcher(y) : null;
        if (own == null || !own.lookingAt()) {
            // 县级人民政府可以委托其林业主管部门或者乡镇人民政府…: the government's own department
            boolean department = own != null && principal != null && AgencyLists.GOVERNMENT_PREFIX.matcher(principal).find()
                    && ITS_DEPARTMENT.matcher(y).lookingAt();
            return department ? principal + y.substring(1) : y;
        }
        if (own.group(1) == null) {
            return y.substring(own.end());
        }
        return isPublic(principal) ? principal + own.group(1) : y;
    }

    /**
     * 各级定级部门可以…确定…作为标准化定级组织单位（以下简称组织单位），委托其负责受理…: the body named before its short name
     * (after 作为), when the sentence's subject is a public agency.
     */
    private static void entrustsIt(String sent, int base, List<DutyFinder.Duty> out) {
        Matcher m = ENTRUSTS_IT.matcher(sent);
        if (!m.find()) {
            return;
        }
        int[] subject = SubjectScan.find(sent);
        String principal = subject == null ? null : AgencyNames.clean(sent.substring(subject[0], subject[1]));
        if (!isPublic(principal)) {
            return; // 组团社…选择…旅行社(以下简称境外接待社)…委托其承担接待工作: no agency entrusts
        }
        String before = clauseBefore(sent, m.start());
        int as = before.lastIndexOf("作为");
        String name = as >= 0 && before.length() - as - 2 >= 2 ? before.substring(as + 2) : m.group(1);
        int at = as >= 0 ? m.start() - before.length() + as + 2 : m.start(1);
        entrusted(out, base + at, name, whatAfter(sent, m.end()), sent);
    }

    /**
     * The bodies a public body entrusts that name no agency: one described by what it does or has (从事安全生产相关工作的单位),
     * or each of 有关部门, 相关机构 and a unit named by its part in the case (事故发生单位, 房屋征收实施单位), alone or joined by
     * 或者/和 (委托事故发生单位或者有关部门组织事故调查组).
     */
    private static void entrustedUnnamed(List<DutyFinder.Duty> out, int offset, String bodies, String what, String sent) {
        if (DESCRIBED_BODY.matcher(bodies).find()) {
            entrusted(out, offset, bodies, what, sent);
            return;
        }
        int at = 0;
        for (String part : ENTRUSTED_JOIN.split(bodies)) {
            at = bodies.indexOf(part, at);
            if (UNNAMED_BODY.matcher(part).matches()) {
                entrusted(out, offset + at, part, what, sent);
            } else {
                Matcher own = OWN_BODY.matcher(part); // 委托所属的重庆市路灯管理处: the entruster's own office, by any head
                addEntrustedBody(out, offset + at + (own.lookingAt() ? own.end() : 0), own.lookingAt() ? part.substring(own.end()) : part,
                        what, sent);
            }
            at += part.length();
        }
    }

    /** A body entrusted under a description, not a name (no agency head): recorded as written, not cleaned. */
    private static void entrusted(List<DutyFinder.Duty> out, int offset, String body, String what, String sent) {
        out.add(new DutyFinder.Duty(RelationType.DELEGATES, offset, body, null, what, Delegates.ENTRUSTMENT, sent, null));
    }

    /**
     * The last member of a list of principals (驻外使馆、领馆或者外交部委托的…: 外交部 entrusts); {@link #lastName} stops at no 和 or
     * 以及 (公安机关出入境管理机构以及…和外交部委托的…).
     */
    private static String lastOf(String principals) {
        Matcher join = LAST_JOIN.matcher(principals);
        int end = -1;
        while (join.find()) {
            end = join.end();
        }
        return end > 0 && end < principals.length() - 1 ? principals.substring(end) : principals;
    }

    /**
     * A government and the department of it that follows (其授权的地方人民政府|交通主管部门): the lazy name stops at 人民政府. The
     * designator's own level (授权的本级人民政府|国有资产监督管理机构) is no part of the designee's name: the department alone.
     */
    private static String withDepartment(String sent, String y, int end) {
        if (y.endsWith("人民政府")) {
            Matcher dept = GOVERNMENT_DEPARTMENT.matcher(sent).region(end, sent.length());
            if (dept.lookingAt()) {
                return y.equals("本级人民政府") ? dept.group() : y + dept.group();
            }
        }
        return y;
    }

    /**
     * 经/根据X(的)授权(或者委托), then what the authorised body does (a comma, 可以, 负责, 管理, 代行 …), X named; or 依照本条例的授权:
     * the text itself authorises (上海市市政工程管理处依照本条例的授权实施行政许可和行政处罚), group 1 empty.
     */
    private static final Pattern ON_AUTHORITY = Pattern.compile("(?:(?:经|根据|依据|依照|按照)" + AG + "|(?:依照|根据|依据|按照)" + Lexicon.THIS_LAW + ")"
            + "(?:的)?(?:具体|特别)?授权(?:或者委托)?(?=[，,]|可以|可|负责|管理|代行|行使|分工|继续|进行|实施|履行)");
    /** A modal between the authorised body and 经/根据 (审计机关的派出机构，应当根据审计机关的授权，…). */
    private static final Pattern MODAL_BEFORE = Pattern.compile("(?:应当|可以|可|依法)$");

    /**
     * D6 with the authorised body as the subject: Y(，)经X授权，V (中国船级社…，经船检局授权，可以代行法定检验; 澳门特别行政区经中央
     * 人民政府授权可进行船舶登记) or 经X授权(或者委托)，Y可以V — Y is the clause's subject before 经 or after the comma.
     */
    private static void actsOnAuthority(String sent, int base, List<DutyFinder.Duty> out) {
        Matcher m = ON_AUTHORITY.matcher(sent);
        while (m.find()) {
            if (m.group(1) != null && !isPublic(AgencyNames.clean(m.group(1)))) {
                continue;
            }
            int start = m.start();
            int clauseStart = Math.max(sent.lastIndexOf('，', start - 2), sent.lastIndexOf(',', start - 2)) + 1;
            String before = MODAL_BEFORE.matcher(sent.substring(clauseStart, start).replaceFirst("[，,]$", "")).replaceFirst("");
            if (before.isEmpty() && clauseStart > 1) {
                // Y，(应当)根据X的授权，V: Y is the clause before, a name alone (军工产品研制部门计量管理机构，根据…授权，负责…)
                int previous = Math.max(sent.lastIndexOf('，', clauseStart - 2), sent.lastIndexOf(',', clauseStart - 2)) + 1;
                String named = sent.substring(previous, clauseStart - 1);
                if (AgencyNames.clean(named) != null && DutyFinder.add(out, true, base + previous, named, null, "授权", Delegates.AUTHORISATION, sent)) {
                    continue;
                }
            }
            int[] subject = before.isEmpty() ? null : SubjectScan.find(before);
            // the clause's subject, or a name that is the whole clause before 经 (市、县邮电局经邮电管理局授权，管理…)
            if (subject != null && subject[0] == 0 && subject[1] == before.length() || subject == null && AgencyNames.namesItself(before)) {
                DutyFinder.add(out, true, base + clauseStart, before, null, "授权", Delegates.AUTHORISATION, sent);
                continue;
            }
            int after = m.end() < sent.length() && "，,".indexOf(sent.charAt(m.end())) >= 0 ? m.end() + 1 : -1;
            if (before.isEmpty() && after > 0) {
                int[] next = SubjectScan.find(sent.substring(after));
                if (next != null && next[0] == 0) {
                    DutyFinder.add(out, true, base + after, sent.substring(after, after + next[1]), null, "授权",
                            Delegates.AUTHORISATION, sent);
                }
            }
        }
    }

    /**
     * Where the run of {@link #NAME} characters that reaches {@code at} begins, not before {@code from}: a match whose name
     * runs up to {@code at} or past it (the name, and 经, 受, 或者其, 依法 around it, are all such characters) starts there
     * or later.
     */
    private static int nameRunFrom(String s, int from, int at) {
        int start = at;
        while (start > from && isNameChar(s.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** A character of {@link #NAME}. */
    private static boolean isNameChar(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || NAME_EXTRA.indexOf(c) >= 0;
    }

    /** The first place at or after {@code from} where any of {@code words} stands, -1 if none does. */
    private static int firstOf(String s, int from, String... words) {
        int first = -1;
        for (String w : words) {
            int at = s.indexOf(w, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * A foreign state's body named (所在国外交机关, 该国主管机关, 外国政府); not China's missions there (中国驻外国的外交代表机关, 驻该国使馆),
     * nor 该国有资产…, 该国家秘密…. (not-agency-spans drops such names as agencies; here a first name decides whether its designee is
     * read at all.)
     */
    private static final Pattern FOREIGN = Pattern.compile("(?<!驻)(?:所在国|该国(?!有资产|家秘密)|居住国|外国)");

    /** D6: X或者其授权的Y, 经X授权的Y, X授权Y…. */
    private static void authorise(String sent, int base, List<DutyFinder.Duty> out) {
        // both patterns need 授权的, and search a name at every offset: skip them without it
        boolean authorisedBody = sent.contains("授权的") || sent.contains("授权单位") || sent.contains("授权机构") || sent.contains("授权部门");
        // no match starts further before the first 授权, or ends further after the last, than the patterns reach
        int from = Math.max(0, sent.indexOf("授权") - AUTHORISER_REACH);
        int to = Math.min(sent.length(), sent.lastIndexOf("授权") + AUTHORISED_REACH);
        // and none starts further before the first 或/及其 (which ends its first name) or 授权的 than a name reaches, nor
        // before a character no name has (，；): the patterns try a name at every offset, and most sentences with 授权
        // have neither word near it
        int join = firstOf(sent, from, "或", "及其");
        int orFrom = join < 0 ? -1 : nameRunFrom(sent, Math.max(from, join - NAME_REACH), join);
        int authorisedOf = sent.indexOf("授权的", from);
        int byFrom = authorisedOf < 0 ? -1 : nameRunFrom(sent, Math.max(from, authorisedOf - "经依法".length() - NAME_REACH), authorisedOf);
        Matcher m = Gate.when(authorisedBody && join >= 0 && orFrom <= to, OR_AUTHORISED, sent, orFrom, to);
        Set<Integer> named = new HashSet<>(); // ends of the bodies read here: AUTHORISED_BY reads each only once
        while (m.find()) {
            named.add(m.end(3));
            String before = lastName(m.group(1));
            if (before != null && FOREIGN.matcher(before).find() && (m.group(2) == null || before.endsWith(m.group(2)))) {
                continue; // 经收养人所在国外交机关或者外交机关授权的机构认证: a foreign body and its designee
            }
            boolean byName = m.group(2) != null;
            // 授权单位 as written (或其授权单位, 或者国务院授权部门), 授权的Y otherwise (授权的其他驻外机关: 授权的驻外机关, as the samples name it)
            boolean of = sent.charAt(m.start(3) - 1) == '的' || sent.startsWith("的其他", m.start(3) - 3);
            // 国务院或者国务院授权的有关主管部门: the designee without 有关, as AUTHORISED_BY names it below
            String authorised = (of ? "授权的" : "授权") + withDepartment(sent, m.group(3), m.end(3)).replaceFirst("^有关(?=.{2})", "");
            List<String> parts = byName ? new ArrayList<>(List.of(AUTHORISER_LIST.split(m.group(2)))) : listedAuthorisers(m.group(1));
            String first = byName ? lastName(m.group(1)) : null;
            if (first != null && AUTHORITY.matcher(first).find() && AUTHORITY.matcher(m.group(2)).find()) {
                parts.add(0, first); // 国务院或者县级以上地方各级人民政府授权的组织: each authorises (sample 4)
            }
            for (String part : parts) {
                String who = lastName(part);
                if (who != null) {
                    DutyFinder.addName(out, true, base + m.start(byName ? 2 : 1), who + authorised, null, "授权",
                            Delegates.AUTHORISATION, sent);
                }
            }
        }
        m = Gate.when(authorisedBody && authorisedOf >= 0 && byFrom <= to, AUTHORISED_BY, sent, byFrom, to);
        while (m.find()) {
            if (named.contains(m.end(2))) {
                continue; // 领事机关或者外交部授权的其他驻外机关: read above as 外交部授权的驻外机关
            }
            if (!BARE_BODY.matcher(m.group(2)).matches()) {
                // X授权的省级人民政府地质矿产主管部门: the department, not the government the lazy name stops at
                DutyFinder.add(out, true, base + m.start(2), withDepartment(sent, m.group(2), m.end(2)), null, "授权",
                        Delegates.AUTHORISATION, sent);
                continue;
            }
            for (String who : authorisers(lastName(m.group(1)))) {
                // 国务院授权的有关主管部门: the samples name the designee without 有关
                DutyFinder.addName(out, true, base + m.start(1), who + "授权的" + m.group(2).replaceFirst("^有关(?=.{2})", ""), null, "授权",
                        Delegates.AUTHORISATION, sent);
            }
        }
        m = Gate.when(sent.contains("授权有关") || sent.contains("授权相关") || sent.contains("授权其他") || sent.contains("授权或者委托"),
                AUTHORISES_UNNAMED, sent);
        while (m.find()) {
            String before = nameBefore(sent, m.start());
            Matcher modal = NAME_THEN_MODAL.matcher(before);
            String name = modal.matches() ? modal.group(1) : before; // 县级以上人民政府可以授权有关部门…: the name before its modal
            String who = name.isEmpty() ? null : AgencyNames.clean(name);
            // 可以授权其他部门、机构代表本级人民政府…: each kind of body the text names
            List<String> bodies = m.group(1) == null ? List.of("部门") : List.of("部门", "机构");
            if (who != null && who.equals(name)) {
                for (String body : bodies) {
                    DutyFinder.addName(out, true, base + m.start() - before.length(), who + "授权的" + body, null, whatAfter(sent, m.end()),
                            Delegates.AUTHORISATION, sent);
                }
            } else if (MODAL_ALONE.matcher(before).matches()) {
                subjectAuthorises(sent, base, m.end(), bodies, out);
            }
        }
        m = AUTHORISES.matcher(sent);
        while (m.find()) {
            String before = clauseBefore(sent, m.start());
            if (PRIVATE.matcher(before).find() || INTERPRETS_AFTER.matcher(sent).region(m.end(1), sent.length()).lookingAt()) {
                continue; // 本条例授权X负责解释: the interpretation, read as X's duty (the development gold's convention)
            }
            DutyFinder.add(out, true, base + m.start(1), m.group(1), null, whatAfter(sent, m.end(1)), Delegates.AUTHORISATION, sent);
        }
    }

    /** Each member of the sentence's subject authorises the bodies left unnamed: X授权的部门 (the samples' role name). */
    private static void subjectAuthorises(String sent, int base, int end, List<String> bodies, List<DutyFinder.Duty> out) {
        int[] span = SubjectScan.find(sent);
        String raw = span == null ? null : sent.substring(span[0], span[1]);
        String subject = raw == null ? null : AgencyNames.clean(raw);
        if (subject == null || !subject.equals(raw)) {
            return; // a subject named as it stands (not 一般事故分别由X负责…，也可以授权…: X is no subject there)
        }
        for (String who : DutyFinder.members(subject)) {
            for (String body : bodies) {
                DutyFinder.addName(out, true, base + span[0], who + "授权的" + body, null, whatAfter(sent, end), Delegates.AUTHORISATION, sent);
            }
        }
    }

    /** The authorisers a name stands for: none, itself, or each of two authorities that authorise together (sample 36). */
    private static List<String> authorisers(String who) {
        if (who == null) {
            return List.of();
        }
        Matcher joint = JOINT_AUTHORITIES.matcher(who);
        return joint.matches() ? List.of(joint.group(1), joint.group(2)) : List.of(who);
    }

    /**
     * The bodies of X、Y或者其授权的Z, each of which authorises Z (the samples' reading: 由渔业行政主管部门、工商行政管理部门或者其授权的单位
     * 进行监督管理); the span alone when its last name follows no list mark.
     */
    private static List<String> listedAuthorisers(String span) {
        List<String> out = new ArrayList<>();
        String rest = span;
        String last = lastName(rest);
        while (last != null && rest.endsWith("、" + last)) {
            out.add(0, last);
            rest = rest.substring(0, rest.length() - last.length() - 1);
            last = lastName(rest);
        }
        out.add(0, rest);
        return out;
    }

    /**
     * The authoriser's name in a span the lazy pattern may start early (渔业资源费由县级以上人民政府渔业行政主管部门, 国务院期货监督管理
     * 机构、国务院): what follows its last 由, 凭, 向, 经 (not 经济), 或(者) or list mark when that is a name, else the span cleaned.
     */
    private static String lastName(String span) {
        // a list mark divides names only after a whole one (国务院期货监督管理机构、国务院; not 国务院财政、税务主管部门)
        for (int i = span.length() - 2; i >= 0; i--) {
            char c = span.charAt(i);
            String rest = span.substring(i + 1);
            if ((c == '由' || c == '凭' || c == '向' || c == '者' || c == '或' || c == '经' && rest.charAt(0) != '济' || c == '、' && !rest.startsWith("自治区")
                    && !rest.startsWith("直辖市") && NAME_END.matcher(span.substring(0, i)).find())) {
                String cleaned = AgencyNames.clean(rest);
                if (cleaned != null && rest.endsWith(cleaned)) {
                    return cleaned; // 有关 cut
                }
                break; // 由省、自治区、直辖市人民政府报国务院: the span's own cleaning reads it
            }
        }
        return AgencyNames.clean(span);
    }

    /**
     * An agency and the title of its rules (公安部《消防监督检查规定》), perhaps with their number (财政部《关于印发…的通知》(财预字[1996]435号)),
     * no law beside them; not a regulation (国务院《殡葬管理条例》: CITES).
     */
    private static final Pattern TITLED_RULES = Pattern.compile("([^《》、和]{2,30})《[^《》]{1,40}(?<!条例|法)》(?:[（(][^（()）]{1,20}[）)])?");
    /** A bare place after the owner of rules, as local texts write their own (国务院和省, 国务院和本市). */
    private static final Pattern PLACE_LAST = Pattern.compile("(?:和|及)本?(?:省|市|县|自治区|自治州)$");

    /** D7: 按照X的(有关)规定, the agencies among X (法律、行政法规和国务院公安部门 → 国务院公安部门). */
    private static void rulesOf(String sent, int base, List<DutyFinder.Duty> out) {
        Matcher m = LeadScan.of(BY_RULES_OF, sent);
        int from = 0;
        while (LeadScan.find(m, sent, BY_RULES_OF_LEADS, from)) {
            // a span that names no owner is read again from its next verb (执行任务时按照X的规定: 执行 opened no basis, 按照 does)
            from = ownerOf(m, sent, base, out) ? m.end() : m.start() + 2;
        }
    }

    /** A word that ends an agency's name, anywhere in a span (no such word before 以及: no body there). */
    private static final Pattern HEAD_WORD = Pattern.compile("部门|机构|机关|政府|委员会|国务院|局|署|厅");

    /** The owner of the rules {@code m} found, added to {@code out}; false when the span names none. */
    private static boolean ownerOf(Matcher m, String sent, int base, List<DutyFinder.Duty> out) {
        String inner = m.group(1);
        int about = inner.indexOf("关于");
        if (about > 0 && inner.lastIndexOf('《', about) > inner.lastIndexOf('》', about)) {
            about = -1; // 《关于印发…的通知》: a title's own 关于, no topic
        }
        String sources = about > 0 ? inner.substring(0, about) : inner; // X关于法规备案的规定: the topic names no source
        Matcher titled = sources.indexOf('《') > 1 ? TITLED_RULES.matcher(sources) : null;
        if (titled != null && titled.matches() && titled.group(1).equals(AgencyNames.clean(titled.group(1)))) {
            // 按照公安部《消防监督检查规定》的有关规定: the rules X issued under their title
            return DutyFinder.add(out, true, base + m.start(1), titled.group(1), null, "规定", Delegates.RULEMAKING, sent);
        }
        if (sources.contains("法律") || sources.contains("法规") || sources.contains("《")) {
            // with laws the agency's rules are one source among others (borderline in the sample)
            return true;
        }
        Matcher place = inner.length() > 3 ? PLACE_LAST.matcher(inner) : null;
        if (place != null && place.find()) {
            inner = inner.substring(0, place.start()); // 按国务院和省的有关规定: the province is a place, no body; 国务院 owns rules
        }
        Matcher o = RULE_OWNER.matcher(inner);
        if (!o.find()) {
            return false; // the owner, not the words after it, is asked (国家档案主管部门关于档案移交的规定)
        }
        String owner = o.group(1);
        int offset = base + m.start(1);
        boolean bodiless = owner.contains("以及") && !HEAD_WORD.matcher(owner.substring(0, owner.indexOf("以及"))).find();
        if (bodiless || notAnAgency(owner)) {
            // 国家有关…标准和X的规定, …风险管理以及X有关…规定: the standards are no agency's, X after them is the owner
            int and = bodiless ? owner.indexOf("以及") + 1 : owner.lastIndexOf('和');
            String last = and > 0 ? owner.substring(and + 1) : null;
            if (last == null || !NAME_START.matcher(last).lookingAt() || notAnAgency(last)) {
                return false;
            }
            offset += and + 1;
            owner = last;
        }
        int and = owner.lastIndexOf('和');
        if (and > 0 && AgencyLists.isLevelList(owner.substring(and + 1)) && AgencyNames.clean(owner.substring(0, and)) == null) {
            offset += and + 1; // 按照各自职责和市、县、区人民政府的规定: the duties own no rules, each level's government does
            owner = owner.substring(and + 1);
        }
        String[] parts = OWNER_PARTS.split(owner);
        // a list of agencies as one name, so that its members share its level (国务院财政部门、价格主管部门 →
        // 国务院价格主管部门); with other sources in it (本法和国务院, 医疗秩序和医疗机构) each agency alone
        if (agencyList(owner, parts) && DutyFinder.add(out, true, offset, owner, null, "规定", Delegates.RULEMAKING, sent)) {
            return true;
        }
        boolean any = false;
        for (String part : parts) {
            any |= DutyFinder.add(out, true, offset, part, null, "规定", Delegates.RULEMAKING, sent);
        }
        return any;
    }

    /** Whether each part of a rule owner's list is an agency, or a bare type the list's head completes (国务院农业农村、林业草原主管部门). */
    private static boolean agencyList(String owner, String[] parts) {
        if (parts.length < 2 || NOT_OWNER.matcher(owner).find()) {
            return false;
        }
        for (String part : parts) {
            if (AgencyNames.clean(part) == null && (part.length() > 8 || TYPE_NOT.matcher(part).find())) {
                return false;
            }
        }
        return true;
    }

    /** D7: 按照X规定的N — every member of X that is an agency name as it stands (no verb or object read into it). */
    private static void setBy(String sent, int base, List<DutyFinder.Duty> out, boolean rules) {
        int key = setByKey(sent);
        if (key >= 0) {
            // a match runs in name characters from its verb to its key word (按照国务院规定的): none starts before that run
            setBy(LeadScan.of(SET_BY, sent), SET_BY_LEADS, nameRunFrom(sent, Math.max(0, key - SET_BY_REACH), key), sent, base, out);
            Matcher first = MADE_BY_FIRST.matcher(sent);
            if (first.lookingAt() && OWNER_START.matcher(sent).lookingAt() && !sent.contains("废止")) {
                for (int g = 1; g <= first.groupCount() && first.group(g) != null; g++) {
                    setBy(first.group(g), first.start(g), first.end(), sent, base, out, g == 2 ? Delegates.PARTNER : null);
                }
            }
        }
        if (rules && (sent.indexOf('按') >= 0 || sent.contains("依照") || sent.contains("依据") || sent.contains("根据") || sent.contains("违反"))) {
            setBy(LeadScan.of(BY_RULES_VERB, sent), BY_RULES_VERB_LEADS, 0, sent, base, out);
        }
        if (rules && (sent.contains("规定应当") || sent.contains("规定禁止") || sent.contains("规定实行")) || sent.contains("的除外")) {
            prescribes(sent, base, out);
        }
        if (rules) {
            prescribesAny(sent, base, out);
        }
        if (rules) {
            ruledNoun(sent, base, out);
        }
    }

    /** The last verb that introduces rules inside the words before 规定 (…按照本级人民政府规定的): what precedes it is no owner. */
    private static final Pattern LEAD_INSIDE = Pattern.compile(".*(?:按照|依照|依据|根据|(?<!依)按(?!照))");
    /** Laws named beside an owner after its verb (本法和国务院, 法律、行政法规和X). */
    private static final Pattern LAWS_BESIDE = Pattern.compile("本法|法律|法规|本条例|规章");

    /**
     * D7 as a relative clause with no verb before it: X规定(数量、比例…)的N where SET_BY has no anchor ((一)国务院规定的免征额度内的…,
     * 印有国务院兽医行政管理部门规定的警示内容, 在城市人民政府规定的街道, 超过国务院规定数量的). X is the name before 规定 from its level on, a list
     * of agencies too (国务院财政、税务主管部门规定的范围), and 按照国务院规定的职责分工 (the division of duties X sets: the
     * samples record it, as the issue's 按照X的规定).
     */
    private static void ruledNoun(String sent, int base, List<DutyFinder.Duty> out) {
        for (Matcher ruled = RULED.matcher(sent); ruled.find(); ) {
            int k = ruled.start();
            if (k == 0 || sent.charAt(k - 1) == '有' || sent.charAt(k - 1) == '行') {
                continue; // 另有规定的, 另行规定的: OTHERWISE reads them
            }
            String before = nameBefore(sent, k);
            Matcher lead = LEAD_INSIDE.matcher(before);
            if (lead.find() && !LAWS_BESIDE.matcher(before).find(lead.end())) {
                // X和Y按照本级人民政府规定的…: the owner follows the verb, not the subject before it (with laws beside the owner,
                // 依照本法和国务院规定的职责, the run is read as before)
                before = before.substring(lead.end());
            }
            String owner = ruleOwner(before);
            if (owner == null) {
                continue;
            }
            DutyFinder.add(out, true, base + k - owner.length(), owner, null, "规定", Delegates.RULEMAKING, sent);
            // nameBefore stops at 或者: the name before it is another owner (not 由X或者有关部门依照国务院规定的…: 或者 joins no owner)
            int from = before.length() - owner.length() <= 2 ? k - before.length() : -1;
            int or = from < 2 ? -1 : sent.startsWith("或者", from - 2) ? from - 2 : sent.startsWith("或", from - 1) ? from - 1 : -1;
            String other = or > 0 ? otherOwner(nameBefore(sent, or)) : null;
            if (other != null) {
                DutyFinder.add(out, true, base + or - other.length(), other, null, "规定", Delegates.RULEMAKING, sent); // X或者Y规定的
            }
        }
    }

    /**
     * A catch-all an agency fills in: (经)X批准/确定/认定/同意/决定(免税…)的其他N closing a list ((三)经国务院批准的其他所得,
     * (五)国务院批准免税的其他情形): X decides what else falls under the rule, its rule-making as with X规定的其他N (SET_BY), and no
     * approval of a case (the samples record DELEGATES and no duty for it).
     */
    private static void catchAll(String sent, int base, List<DutyFinder.Duty> out, List<int[]> delegated) {
        for (Matcher m = CATCH_ALL.matcher(sent); m.find(); ) {
            String owner = ruleOwner(nameBefore(sent, m.start()));
            int at = m.start() - (owner == null ? 0 : owner.length());
            if (owner != null && DutyFinder.add(out, true, base + at, owner, null, "其他" + m.group(1), Delegates.RULEMAKING, sent)) {
                delegated.add(new int[]{at, m.start()}); // the clause's subject: no duty besides
            }
        }
    }

    /** What a catch-all fills in: cases and kinds, not bodies or business it admits (批准设立的其他金融机构, 批准的其他业务). */
    private static final String CATCH_ALL_NOUN = "(?:情形|所得|事项|传染病|协议|行为)(?:[。；，、]|的|$)";
    private static final Pattern CATCH_ALL = Pattern.compile("(?:批准|确定|认定|同意|决定)(?:免税|减税|免征|减征)?的其他(?=" + CATCH_ALL_NOUN
            + ")([\\u4e00-\\u9fff]{1,3}?)(?=[。；，、]|的|$)");

    /** What a body's rule fixes, named between 规定 and 的. */
    private static final String RULED_MEASURE = "(?:种类|数量|比例|范围|标准|期限|限额|数额|幅度|区域|名录|目录)";
    /** 规定的, or 规定 + a measure + 的 (超过国务院规定数量的, 人类遗传资源管理条例: 国务院科学技术行政部门规定种类、数量的人类遗传资源). */
    private static final Pattern RULED = Pattern.compile("规定(?:" + RULED_MEASURE + "(?:、" + RULED_MEASURE + ")*)?的");

    /** The first owner of X或者Y规定的: as {@link #ruleOwner}, or a name with no level word ((七)长江水利委员会). */
    private static String otherOwner(String before) {
        String owner = ruleOwner(before);
        String cleaned = owner != null ? owner : AgencyNames.clean(before);
        return cleaned != null && before.endsWith(cleaned) && AgencyNames.isAgency(cleaned) && !NOT_OWNER.matcher(cleaned).find()
                && !notAnAgency(cleaned) ? cleaned : null;
    }

    private static final Pattern PLACE_LEVEL = Pattern.compile("省|自治区|市|县|乡");

    /**
     * The agency that ends {@code before}, from its level on (销售国务院…部门 → 国务院…部门) or from the last join before it
     * when a place name precedes the level (烟、酒和海南省人民政府 → 海南省人民政府); null without one.
     */
    private static String ruleOwner(String before) {
        Matcher level = NAME_START.matcher(before);
        if (!level.find()) {
            return null;
        }
        String owner = before.substring(level.start());
        int join = -1;
        for (int i = level.start() - 1; i >= 0 && join < 0; i--) {
            join = "和、及与".indexOf(before.charAt(i)) >= 0 ? i : -1;
        }
        // only a level that ends a place name (海南省, 深圳市) takes the place: not 收购国务院…
        String placed = join >= 0 && join < level.start() - 1 && PLACE_LEVEL.matcher(level.group()).matches() ? before.substring(join + 1) : null;
        if (placed != null && AgencyNames.namesItself(placed) && AgencyNames.isAgency(placed) && placed.length() - owner.length() <= 4
                && !NOT_OWNER.matcher(placed).find()) {
            owner = placed;
        }
        return AgencyNames.namesItself(owner) && !NOT_OWNER.matcher(owner).find() && !notAnAgency(owner) ? AgencyNames.clean(owner) : null;
    }

    /**
     * D7 as a relative clause: X规定应当/禁止…的N. X is the name before 规定 from its level on (销售、收购国务院畜牧兽医行政主管部门 →
     * 国务院畜牧兽医行政主管部门); with laws beside it (法律、行政法规和X规定禁止的) it is one source among others and left out.
     */
    private static void prescribes(String sent, int base, List<DutyFinder.Duty> out) {
        Matcher m = PRESCRIBES.matcher(sent);
        while (m.find()) {
            prescriber(sent, base, m.start(), false, out);
        }
    }

    /** Laws or a titled text beside the owner of X规定…的 (法律、行政法规和X规定禁止的): one source among others, left out. */
    private static final Pattern LAWS_AMONG_OWNERS = Pattern.compile("法律|法规|本法|条例|》");

    /**
     * The owner of the 规定 at {@code at} (X规定应当…的N, 但X规定…的除外), as {@link #prescribes} and {@link #prescribesAny} read it: the
     * name before it from its level on, one agency, no law beside it; with {@code whole}, only a name that the words before 规定 end with.
     */
    private static void prescriber(String sent, int base, int at, boolean whole, List<DutyFinder.Duty> out) {
        String before = BUT.matcher(nameBefore(sent, at)).replaceFirst(""); // 但国务院规定…的除外
        if (LAWS_AMONG_OWNERS.matcher(before).find()) {
            return;
        }
        String owner = ruleOwner(before);
        if (owner != null && owner.indexOf('、') < 0 && (!whole || before.endsWith(owner))) {
            DutyFinder.add(out, true, base + at - owner.length(), owner, null, "规定", Delegates.RULEMAKING, sent);
        }
    }

    /** {@link #PRESCRIBES_ANY} where an agency's head ends right before 规定; the owner read as {@link #prescribes} reads it. */
    private static void prescribesAny(String sent, int base, List<DutyFinder.Duty> out) {
        Matcher m = PRESCRIBES_ANY.matcher(sent);
        for (int k = sent.indexOf("规定"); k > 0; k = sent.indexOf("规定", k + 2)) {
            if (AgencyNames.endsInHead(sent, Math.max(0, k - 4), k) && m.region(k, sent.length()).lookingAt()) {
                prescriber(sent, base, k, true, out);
            }
        }
    }

    /** Where the first word that ends a {@link #SET_BY} match stands (X规定的, X制定的 …), or -1: no match can exist. */
    private static int setByKey(String sent) {
        return SET_BY_KEY_WORDS.indexIn(sent, 0);
    }

    private static final SubjectScan.Words SET_BY_KEY_WORDS = new SubjectScan.Words(SET_BY_KEYS);

    /** The first characters of {@link #SET_BY}'s and {@link #BY_RULES_VERB}'s verbs: where a match can begin. */
    private static final boolean[] SET_BY_LEADS = Lexicon.charTable("按依遵符执具超达低高少以使参根除在填或享提报出");
    private static final boolean[] BY_RULES_VERB_LEADS = Lexicon.charTable("按依根违");
    /** The first characters of {@link #BY_RULES_OF}'s verbs. */
    private static final boolean[] BY_RULES_OF_LEADS = Lexicon.charTable("按依根遵符执违与");

    private static void setBy(Matcher m, boolean[] leads, int start, String sent, int base, List<DutyFinder.Duty> out) {
        // from every anchor: a match that runs from an earlier verb (使用…并符合X规定的) must not hide the next one; tried
        // where a verb can begin (a find() would try every offset)
        for (int from = start; from < sent.length() && LeadScan.find(m, sent, leads, from); from = m.start() + 1) {
            for (int g = 1; g <= m.groupCount() && m.group(g) != null; g++) {
                setBy(m.group(g), m.start(g), m.end(), sent, base, out, g == 2 ? Delegates.PARTNER : null); // group 2: 会同's partner
            }
        }
    }

    /** One owner of a D7 rule (the lead, or its 会同 partner: {@code role} co) when it is an agency name as it stands. */
    private static void setBy(String owner, int start, int end, String sent, int base, List<DutyFinder.Duty> out, String role) {
        Matcher state = owner.startsWith("国家") ? STATE_RULES_AND.matcher(owner) : null;
        if (state != null && state.lookingAt() && NAME_START.matcher(owner).region(state.end(), owner.length()).lookingAt()) {
            // 国家有关规定和X制定的技术规范, 国家标准和X规定的技术要求: the state's rules are no agency's, X after them owns its own
            start += state.end();
            owner = owner.substring(state.end());
        }
        Matcher stateAnd = owner.startsWith("国家") ? STATE_AND.matcher(owner) : null;
        Matcher level = stateAnd != null && stateAnd.lookingAt() ? NAME_START.matcher(owner).region(stateAnd.end(), owner.length()) : null;
        if (level != null && level.lookingAt()) {
            String field = owner.substring(level.end());
            if (owner.indexOf("人民政府", level.end()) < 0 && field.indexOf('、') < 0 && NATIONAL_AGENCY.matcher("国家" + field).matches()) {
                // 符合国家和省畜牧兽医行政管理部门规定的…: the state's department of the field and the province's
                DutyFinder.add(out, true, base + start, "国家" + field, null, "规定", Delegates.RULEMAKING, sent);
            }
            start += stateAnd.end(); // 执行国家和省人民政府交通主管部门规定的技术规范: the state is no agency, the province's department is
            owner = owner.substring(stateAnd.end());
        }
        if (notAnAgency(owner) || NOT_OWNER.matcher(owner).find()) {
            return; // 法律、行政法规和X规定的, 安全技术要求和X规定的: the agency is one source among others
        }
        int lastJoin = Math.max(owner.lastIndexOf('和'), owner.lastIndexOf('、'));
        if (lastJoin > 0 && !NAME_START.matcher(owner).lookingAt() && NAME_START.matcher(owner).region(lastJoin + 1, owner.length()).lookingAt()) {
            return; // 符合煤矿安全生产、环境保护和省人民政府规定的…: topics before the one agency, which ruledNoun reads alone
        }
        Matcher designee = owner.indexOf('其') > 0 ? DutyFinder.OR_ITS_DESIGNEE.matcher(owner) : null;
        if (designee != null && designee.find()) {
            owner = owner.substring(0, designee.start()); // 按照X或者其授权机构制定的技术规范: X's rules (the authorisation is read apart)
        }
        int local = AgencyNames.localPlace(owner); // 符合当地民政部门规定的…标准: the local body, its place cut as in a name
        start += local;
        owner = owner.substring(local);
        String along = AgencyNames.withoutAlong(owner); // 根据沿海省、自治区、直辖市人民政府规定的权限: the place cut, as in a name
        start += owner.length() - along.length();
        owner = along;
        String cleaned = AgencyNames.clean(owner);
        if (cleaned == null || !cleaned.equals(AgencyNames.asMember(owner))) {
            return; // 学校完成国务院教育主管部门: words before the agency (国务院有关行业主管部门 is 国务院行业主管部门, a name)
        }
        // what 规定, as for 按照X的规定: rules X sets, not a text it is told to make (fulfilment leaves these out)
        DutyFinder.add(out, true, base + start, owner, role, "规定", Delegates.RULEMAKING, sent);
    }

    /** 国家 joined to an agency before the rules both set (国家和省人民政府X部门规定的): the state names no agency. */
    private static final Pattern STATE_AND = Pattern.compile("国家(?:和|、|或者|及)");

    /** 本市档案行政管理部门, 本省X部门: the local body the text's own place has (not 本法, 本条例, 本办法: the text itself). */
    private static final Pattern THIS_PLACES_BODY = Pattern.compile("本[省市县区][\\u4e00-\\u9fff]{0,14}?" + DutyFinder.SUFFIX + "$");

    /** 本法/本条例, 国家有关规定: the text itself or the state, no agency (国家网信部门 is one). */
    private static boolean notAnAgency(String owner) {
        return owner.startsWith("本") && !owner.startsWith("本级") && !THIS_PLACES_BODY.matcher(owner).lookingAt()
                || owner.startsWith("国家") && !NATIONAL_AGENCY.matcher(firstOwner(owner)).lookingAt();
    }

    /** The first of a list of owners (国家邮政管理部门和国家工商行政管理部门 → 国家邮政管理部门). */
    private static String firstOwner(String owner) {
        Matcher join = OWNER_PARTS.matcher(owner);
        return join.find() ? owner.substring(0, join.start()) : owner;
    }

    /** The name right in front of {@code at}: back to a clause mark, 的, 由 or 或者 (国务院或者国务院授权…: 国务院), at most 30 characters. */
    private static String nameBefore(String sent, int at) {
        int s = at;
        while (s > 0 && at - s < 30 && ("，。；,：的由者或".indexOf(sent.charAt(s - 1)) < 0 || sent.startsWith("设区的", s - 3))) {
            s--; // 设区的市人民政府: the 的 of the level's name, no relative clause's
        }
        return sent.substring(s, at);
    }

    /** The clause text in front of {@code at} (back to ，。；), at most 30 characters. */
    private static String clauseBefore(String sent, int at) {
        int s = at;
        while (s > 0 && at - s < 30 && "，。；,：".indexOf(sent.charAt(s - 1)) < 0) {
            s--;
        }
        return sent.substring(s, at);
    }

    /** What Y does on X's entrustment (Y接受X的委托，实施火灾事故简易调查): the words after it, past a comma; else 委托. */
    private static String actOnEntrustment(String sent, int end) {
        int from = end < sent.length() && "，,".indexOf(sent.charAt(end)) >= 0 ? end + 1 : end;
        String act = whatAfter(sent, from);
        return act != null ? act : "委托";
    }

    /** What the delegate is to do: the words after it up to the clause end, at most 12 characters. */
    private static String whatAfter(String sent, int from) {
        int e = from;
        while (e < sent.length() && e - from < 12 && "，。；,".indexOf(sent.charAt(e)) < 0) {
            e++;
        }
        return e > from ? sent.substring(from, e) : null;
    }
}
