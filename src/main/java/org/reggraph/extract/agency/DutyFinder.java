package org.reggraph.extract.agency;

import org.reggraph.extract.lexicon.FirstChars;
import org.reggraph.extract.lexicon.LeadScan;
import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.Relation.Delegates;
import org.reggraph.extract.RelationType;
import org.reggraph.extract.document.DocText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RESPONSIBLE and DELEGATES, article by article. An agency (a name or role name ending in 部门, 人民政府, 部, 委员会,
 * 局, 机构 …) is RESPONSIBLE when it is the subject of a duty (X应当/负责/对…实施监督管理/会同Y…), when a power is given
 * to it (由X批准/责令/负责解释, 报X批准); it receives a DELEGATES when rules are left to it (具体办法由X制定, X制定…标准,
 * 按照省、自治区、直辖市的规定), or a power is entrusted (授权, 委托, 另有规定). "不得委托" delegates nothing; generic
 * 有关部门 alone and duties of enterprises are not recorded.
 */
public final class DutyFinder {

    /** The heads, where 司 (条法司) is not the 司 of 公司 (公司登记机关 is one name; SubjectScan skips it alike). */
    static final String SUFFIX = guardHeads(Lexicon.anyOf(Lexicon.AGENCY_HEADS));
    /** The longest agency head: bounds how far a match of a name pattern can reach. */
    static final int SUFFIX_MAX = Lexicon.AGENCY_HEADS.stream().mapToInt(String::length).max().orElse(0);
    /** An agency name: up to 40 name characters, taken lazily, and a head. */
    private static final String NAME_X = name(40);
    private static final String X = "(" + NAME_X + ")";
    /** (或者/或/及)其授权/委托: the join before the body an agency designates (X或者其授权的单位, X及其委托的环境监察机构). */
    private static final String ITS_DESIGNEE = "(?:或者|或|及)其(?:授权|委托)";
    /**
     * What may follow an agency's name in a span without naming an agency of its own, and does not count against the
     * name's length: the bodies a text leaves unnamed by their duty (由生态环境主管部门或者其他负有噪声污染防治监督管理职责的部门责令改正),
     * and a designee named as a party (由城市供水行政主管部门或者其授权的单位责令限期改正; the designee is a delegation), whose
     * name runs over no agency or co-agency (…或者其授权的流域管理机构商有关省人民政府组织划定 is no 组织).
     */
    static final String UNNAMED_BESIDE = "(?:(?:和|或者|以及|及)" + AgencyNames.UNNAMED_BY_REMIT
            + "|" + ITS_DESIGNEE + "的?(?:(?!部门|机构|机关|政府|会同|商)[\\u4e00-\\u9fff、]){0,16}?(?:单位|组织))";
    /** A name after 由/报/经/会同; a bare head (国务院, 海关) only when no longer name ends the span. */
    private static final String X_SHORT = nameUpTo(30);
    /** As {@link #X_SHORT}, for a list of supervisors named in full (接受所在地的乡(镇)人民政府或者街道办事处和县级以上…部门的监督). */
    private static final String X_LIST = nameUpTo(50);

    /**
     * A list of agencies closed by 等(有关)单位 (由X、Y、Z等有关单位依法处理; 教育部、中科院、工程院、中国科协等相关单位要积极主动协调配合, the
     * last a short name): the agencies, the units a word for them all.
     */
    private static final String UNITS_AFTER = "等(?:有关|相关)?单位";
    private static final Pattern CLOSED_BY_UNITS = Pattern.compile("^(.+?(?:部门|机构|机关)|.+[、和].+)" + UNITS_AFTER + "$");

    /**
     * A captured name of at most {@code reach} characters before its head (brackets full-width or not: 乡(镇), 师(旅)级), or a
     * head that is a whole name (国务院, 海关, 证监会: 应当接受证监会监管; 委员长会议: 经委员长会议决定).
     */
    private static String nameUpTo(int reach) {
        return "((?:[\\u4e00-\\u9fff、（）()]{1," + reach + "}?" + SUFFIX + "(?:" + UNNAMED_BESIDE + "|" + UNITS_AFTER + ")?|国务院|人民法院|人民检察院|海关|港务监督|证监会|银保监会|银监会|保监会|委员长会议|主任会议|立法会))";
    }
    private static final String CO = "(?:会同[^，。；]{1,30}?)?";
    /** A name by its remit after a body: (国务院)负责特种设备安全监督管理的部门, (地方人民政府)负有…职责的部门. */
    static final String REMIT_VERB = "(?:负责|负有|主管|承担)";
    static final String REMIT_HEAD = "(?:部门|机构|机关)";
    /** The head of a role name: 的部门, also 的部门或者机构 (two bodies, whichever has the remit). */
    private static final String REMIT_HEADS = REMIT_HEAD + "(?:(?:或者|和)" + REMIT_HEAD + ")?";
    /** What follows a remit's verb in a role name (…职责的部门); a compile-time constant, so SubjectScan reads it without initialising this class. */
    static final String REMIT_TAIL = "[^，。；、的]{1,24}?的" + REMIT_HEADS;
    private static final String REMIT = REMIT_VERB + REMIT_TAIL;
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:第" + Lexicon.ARTICLE_NUMERAL + "+[章节]" + Lexicon.CJK + "{0,20}?)*第" + Lexicon.ARTICLE_NUMERAL + "+条|[（(]" + Lexicon.SMALL_NUMERAL + "+[）)]|[一二三四五六七八九十]+、|\\d+[.．、])");
    /** The clause subject; {@link SubjectScan} matches it by hand (this is its specification, see SubjectScanTest). */
    static final Pattern SUBJECT = Pattern.compile("^(?:" + Lexicon.anyOf(SubjectScan.LEADS) + ")?(" + subjectName() + ")"
            + "(?!" + SubjectScan.NAME_GOES_ON_REGEX + ")(?:" + SubjectScan.PARTY_TAIL_REGEX + ")?(?=" + nextAfterSubject()
            // or the body the subject designates, then its duty (县级人民政府或者其委托的乡级人民政府应当…)
            + "|(?:" + String.join("|", SubjectScan.DESIGNEE_JOINS) + ")" + subjectName()
            + "(?!" + SubjectScan.NAME_GOES_ON_REGEX + ")(?:" + SubjectScan.PARTY_TAIL_REGEX + ")?(?=" + nextAfterSubject() + "))");
    /**
     * A remit that goes on naming the body after 由X: 由省级人民政府管理能源工作的部门责令…, 由国务院负责…的部门批准 (the body is the
     * role name, not the government before it, though {@link #BY} takes 管理 and 负责 for X's act).
     */
    private static final Pattern NAME_BY_REMIT = Pattern.compile("^(?:" + REMIT_VERB + "|管理)[^，。；、的]{1,24}?的" + REMIT_HEADS);
    /** A short name defined in brackets: （以下简称“证券委”）, (以下简称企业登记机关). */
    private static final String DEFINED_HERE = AgencyNames.DEFINITION_OPEN + "[^（）()]{1,20}[）)]";
    /** A short name defined in brackets, quoted or not, as group 1: （以下简称“商检机构”）, (以下称工商行政管理部门). */
    static final String SHORT_NAME_DEFINED = AgencyNames.DEFINITION_OPEN + "[“\"]?([\\u4e00-\\u9fff]{2,12})[”\"]?[）)]";
    /** A short name defined right after 由X (由履行工商行政管理职责的部门（以下称工商行政管理部门）予以查处): group 1. */
    private static final Pattern BY_DEFINED = Pattern.compile(SHORT_NAME_DEFINED);
    /** 由X + an act (by-verbs.txt); not the 由 of 自由 (海南自由贸易港海关监管…). */
    private static final Pattern BY = Pattern.compile("(?<!自)由" + X_SHORT + CO
            // 由X、Y等按照职责责令…: 等 closes the list; 由X在Y的指导、监督下实施管理: the bounds of Y's guidance before X's act;
            // 由X（以下简称Y）统一规划和管理: the short name defined on the way
            + "(?:等(?!于))?(?=(?:" + DEFINED_HERE + ")?(?:在[^，。；在]{1,30}?" + DutyFinder.LEAD_UNDER + ")?(?:负责(?!人(?![" + SubjectScan.AFTER_PERSON_WORD + "]))|"
            + Lexicon.anyOf(Lexicon.BY_VERBS) + "))");
    /** How long a {@link #COMPLAINED_TO} receiver with a 的 or 及其 in it may be (a plain list may be longer). */
    private static final int COMPLAINED_TO_PLAIN = 30 + SUFFIX_MAX;
    /**
     * 向X举报/投诉/控告/检举: X receives the complaint and must deal with it (接到举报的部门应当及时处理; the samples record it).
     * Not a report a regulated party files (REPORT_TO reads 报X批准, and 报X备案 is no duty).
     */
    private static final Pattern COMPLAINED_TO = toBody("(?:进行)?(?:投诉、举报|举报、投诉|举报|投诉|控告|检举)");
    /**
     * X的工作人员/执法人员/监督检查人员/(…)安全监察人员/人民警察, X及其工作人员 opening a clause and acting (实施监督检查时，应当…; 在…中; 应当…; 不得…;
     * 有权…; 履行…职责时; 对知悉的…负有保密义务; 公安机关的人民警察对…实施监督检查): X's duty, done by its staff. Not staff who break
     * the law ({@link #STAFF_BREACH}), nor X's staff whom a party obstructs (阻碍X的工作人员).
     */
    private static final Pattern STAFF_OF = Pattern.compile("(?!阻碍|妨碍|抗拒|拒绝|阻挠|威胁|干涉|有利于|对|由)" + X_SHORT
            + "(?:(?:的|及其)?(?:工作人员|执法人员|监督检查人员|检查人员|[\\u4e00-\\u9fff]{0,6}?安全监察人员)(?=在|实施|进行|执行|依法|应当|必须|不得|对[^，。；]{1,30}?(?:负有|实施)|负有|有权|履行)"
            // its police officers acting as it must (公安机关的人民警察对…实施监督检查应当…); not 在…时 (their pay, their breaches)
            + "|的(?:人民警察|侦查人员)(?=应当|必须|不得|有权|履行|对[^，。；]{1,30}?实施)"
            // X及其人民警察 bound with it (公安机关及其人民警察应当依法…办理治安案件, …办理治安案件，应当自觉接受…监督, …对治安案件的
            // 调查，应当依法进行, …在办理治安案件时，…应当予以保密: samples 20, 282, 314); not when they act unlawfully
            + "|及其(?:人民|交通)警察(?=应当|必须|不得|实施|办理[^，。；]{1,12}，(?:应当|必须)|对[^，。；]{1,30}?(?:调查|知悉)[^，。；]{0,10}，应当|在[^，。；]{1,14}?时))");
    /**
     * The body a text names as the one that does a task (办理收养登记的机关是县级人民政府民政部门, 内地居民办理婚姻登记的机关是县级人民政府
     * 民政部门或者乡（镇）人民政府, 受理申诉的机关是公安部督察委员会): its duty, as samples 123 and 335 record it; not a role term
     * a remit defines (负责管理煤炭工业的部门是…的行业管理部门), nor a designee (…民政部门确定的机关).
     */
    private static final Pattern BODY_OF_TASK = Pattern.compile("(?:办理|受理)[^，。；的]{1,14}的(?:机关|部门|机构)是" + X_SHORT
            + "(?:或者" + X_SHORT + ")?(?![\u4e00-\u9fff])");
    /**
     * X予以+act opening a clause (…的，海关予以扣留; 海事管理机构予以公布; 审批机关予以公告，并通知…): X's own act, as the samples record it
     * (samples 225, 290, 314); not its help (予以配合, which SubjectScan reads), nor a body asked to act (请求X予以撤销: the name
     * would run over the asking words, which {@link #givesAct} refuses).
     */
    private static final Pattern GIVES_ACT = Pattern.compile("(?:由)?" + X_SHORT + "予以(?!配合|协助|支持)[\u4e00-\u9fff]");
    /** Words that make the name before 予以 a body others ask or send to act (请求X予以…, 移送X予以处理). */
    private static final Pattern ASKS = Pattern.compile("请求|要求|申请|提请|报请|通知|责成|组织|安排|移送|有权|可以|应当");

    /**
     * What staff do when they break the law, or the law protects them (the sentence is then a sanction or a guarantee,
     * and X no duty-bearer); and the staff's own conduct (X工作人员必须忠于职守…, X工作人员在任职期间，或者离职后…不得到…任职,
     * X工作人员不得接受…馈赠): an ethics rule for people, not X's remit (samples 105, 128 and 330).
     */
    private static final Pattern STAFF_BREACH = Pattern.compile("滥用职权|玩忽职守|徇私舞弊|失职|违反|有违法行为|有下列|索取|收受|泄露|虚假|强令|受法律保护"
            + "|忠于职守|廉洁|任职期间|离职后");
    /** Gifts the staff must refuse (…工作人员不得接受…的任何馈赠): their ethics, whatever prohibits them. */
    private static final Pattern STAFF_ETHICS = Pattern.compile("馈赠|礼金|宴请");
    /** How the body reported to acts, before its verb (报经X按规定程序审批, 报X按照…规定的权限批准). */
    private static final String REPORT_MANNER = "(?:按(?:照)?(?:规定|有关)?程序|按照[^，。；]{1,14}?规定的(?:权限|程序))?";
    /** The first characters of {@link #REPORT_TO}'s verbs. */
    private static final boolean[] REPORT_TO_LEADS = Lexicon.charTable("报提交送");
    /**
     * 报(送/请/告)X批准…, 提请/提交/交由X审议…, 交有关的专门委员会审议/交外事委员会审议…, 报X核查处理, 提请X吊销…, 提交X讨论决定,
     * 报X依照…处理, (附)送(请)X审查/复核/评估, 报请X裁定: X acts on what it receives; not a receiver named in a relative clause
     * (报请X批准的自治条例, 接到报告的X…), nor a filing's (报X备案, which no verb here follows).
     */
    private static final Pattern REPORT_TO = Pattern.compile("(?:报送|报请|报告(?![书表])|提请|(?<!向)提交|交由|(?<![提移转递上缴送])交(?=有关|其他有关|[^，。；、]{2,8}委员会)|报(?![告关表])|(?<![运输递移呈发护抄寄传])送请|(?<![运输递移呈发护抄寄传])送)(?!的)" + X_SHORT
            + "(?=" + REPORT_MANNER + "(?:批准|特别许可|审批|审核|核准|同意|决定|进行|依法|审查|审定|核定|确定|复核|核减|审议|认定|注册|核发|任命|任免|组织|评审|审评|评估|(?:核查|研究)?处理|协调解决|吊销|撤销|讨论|检疫|依照|裁定|验收|予以(?:批准|撤销|处理|关闭|取缔))(?![\u4e00-\u9fff、]{0,4}的))");
    /**
     * After {@link #REPORT_TO}'s body, the verbs of an approval or a decision (报国务院批准, 报经X按规定程序审批, 报X审查, 报X决定): the
     * body approves (`role: approval`); after the other verbs (报X组织…, 报X复核) it stays the superior that oversees (`supervise`).
     */
    private static final Pattern APPROVES = Pattern.compile(REPORT_MANNER + "(?:批准|特别许可|审批|审核|核准|同意|审查|审定|审议|核定|确定|认定|批复|决定|验收)");
    /**
     * The body another asks or charges to act (提请有关地方人民政府对该煤矿予以关闭, 责成有关地方人民政府在30个工作日内调查、处理,
     * 责成有关行政主管部门制止…, 提请公安等有关部门协助收缴, 商请公安机关协助追捕): it must act on the request; {@link #REPORT_TO} takes
     * 提请X批准/决定.
     */
    private static final Pattern ASKED_TO_ACT = Pattern.compile("(?:提请|责成|商请|请求(?!人民法院|仲裁|境外|外国))" + X_SHORT
            + "(?:在[^，。；]{1,12}?内|对[^，。；]{1,20}?)?(?:依法)?(?:予以|进行)?(?=关闭|取缔|责令|处理|处罚|查处|调查|吊销|撤销|采取|制止|停止|纠正|调解|协助|裁决)");
    /**
     * The body a case is handed to, which must deal with it: 移送公安机关查处, 移送…畜牧兽医行政主管部门处理, 移交…公安机关交通管理部门处理
     * (the development gold: 移交地方公安部门查处) (not 司法机关, which
     * the samples do not count as an agency with a duty).
     */
    private static final Pattern TRANSFERRED_TO = Pattern.compile("(?:移送|移交)(?!司法机关)" + X_SHORT + "(?=(?:依法)?(?:进行)?(?:处理|查处|处罚|调查|追究|审查|羁押))");
    private static final Pattern AND_JUDICIARY = Pattern.compile("(?:、|或者|或|和|以及|及)司法机关$");
    /**
     * 请求X(、Y或者Z)调解/处理/裁决, 请求X制止侵权行为: the bodies a party may turn to for a remedy, which must act on the request
     * (农村集体经济组织法 第五十六条, 药品行政保护条例 第十九条); not 请求人民法院或者仲裁机构予以撤销, a court's remedy.
     */
    private static final Pattern ASKED_TO_SETTLE = Pattern.compile("请求(?!人民法院|仲裁)" + X_LIST
            + "(?=(?:依法)?(?:予以)?(?:调解|处理|裁决|协调解决|制止|查处|协助))");
    /**
     * 申请/请求人民法院指定…, 批准…, 冻结…: the court appoints, sanctions or freezes on the application (利害关系人可以申请人民法院指定
     * 有关人员组成清算组, 向人民法院申请指定遗产管理人; the samples record each); not 申请人民法院强制执行, whose court the samples
     * leave (31 of 33).
     */
    private static final Pattern COURT_APPOINTS = Pattern.compile("(?:申请|请求|向)(人民法院)(?=指定|批准|冻结|申请指定)");
    /**
     * The verbs of making rules: 制定, and 拟订/拟定 of a draft the body writes (X负责拟订…法规; (一)拟订核材料管制法规): the
     * samples read both as rule-making (samples 4, 39, 126 and 128). Only with a rule noun ({@link #MADE_NOUN}): 拟订…规划 is a plan.
     * Not 起草: drafting a law for a legislature is the procedure of its making (sample 99).
     */
    private static final String MAKES = "(?:制定|制订|拟订|拟定)";
    private static final String[] MAKE_WORDS = {"制定", "制订", "拟订", "拟定"};
    /**
     * {@link #MAKES}, or 发布 of a standard or norm the subject issues itself (X应当定期发布住宅小区物业服务标准; the corpus samples
     * count 7 of 8 such clauses as rule-making): only where a standard, norm or rules end the clause (not 发布申报指南, a call for
     * applications, which the development gold leaves a duty).
     */
    private static final String ISSUES_OR_MAKES = "(?:" + MAKES + "|(?<![并和、])发布(?=[^，。；]{0,24}?(?:标准|规范|规则|细则)(?:[，。；]|$)))";
    /** The verbs whose last place gates {@link #DELEGATE_SUBJECT}: {@link #MAKE_WORDS} and 发布. */
    private static final String[] MAKE_OR_ISSUE_WORDS = Arrays.copyOf(MAKE_WORDS, MAKE_WORDS.length + 1);
    static {
        MAKE_OR_ISSUE_WORDS[MAKE_WORDS.length] = "发布";
    }
    /** What may join 制定 before the thing made: 制定并发布, 制定、调整和公布, 制定和颁布 (地方性法规) …. */
    private static final String MADE_AND = "(?:和发布|和颁布|并发布|(?<=制定)发布|并公布|、调整和公布|和公布|、公布|、发布|、修订|、修改或者起草|、修改|或(?:者)?参与制定|并调整|和调整|或者调整|和管理|和完善)";
    /**
     * What is made never runs over a next act (制定…预案并按国务院有关规定备案: the 规定 is another's; 制定…政策，通过制定…标准等措施:
     * the means of the policy; 制定…文件，应当符合…的规定: what the making must keep to; 制定…规划，建立…制度, 制定…方案，明确…标准:
     * the next act, or the plan's content; not a policy's: 制定…优惠政策，明确…标准和办理程序).
     */
    private static final String MADE_CHAR = "(?!并按|并报|并经|按照|依照|[，,](?:通过|应当|必须|不得|建立|健全|提供|加强|开展|落实|(?<=(?:方案|规划|计划|预案).)明确))";
    /** A procedure of a body's work is a rule it makes (制定现场检查程序, 制定相应的执法工作程序); not an immunisation schedule (免疫程序). */
    private static final String PROCEDURE = "(?<=工作|审查|检查|评价|备案|办理|操作|执法|审批|评审|审核|鉴别|认定|处理)程序(?![\\u4e00-\\u9fff&&[^和及与并等或]])";
    /**
     * What a rule-maker makes: the noun that ends the made thing; 规定 followed by its object is a verb (制定…教育计划，规定教育的
     * 目标: no rule named 规定); 法律 and 法规 only at a word's end (a legislature's 基本法律, 军事法规, not 法律援助服务质量标准); no
     * 规范性文件 that the next clause sets conditions for (X制定涉及…的规范性文件，应当符合…: a topic, as samples 49, 194 read it).
     */
    private static final String MADE_NOUN = "(?:" + PROCEDURE + "|办法|方法|细则|实施意见|指导意见|标准(?!化)|基准|(?:价格|票价)(?=[，。；的和及]|$)|规范(?!化|性文件[，,](?:应当|必须|须|要|不得)|(?<=[和、]规范)[\\u4e00-\\u9fff&&[^和及与并等或的体要细标性]])|定额(?!指标)|规程|文本|范本|港章|地价|规则|目录|名录|准则|导则|通则|守则|大纲|指南|指引|规定(?![\\u4e00-\\u9fff&&[^和及与并等或时]]|时[^，,])|规章(?!制度|制定)|(?<![和、及与])制度(?!建设|改革|体系|创新|和措施)|(?:清单|限值|限额|(?<!授权|职责|权限|许可|经营|业务)范围)(?![内外的之])|(?:行政法规|地方性法规)(?![\\u4e00-\\u9fff&&[^和及与并等或的]])|(?<![行政地方性])法律(?![\\u4e00-\\u9fff&&[^和及与并等或]])|(?<![行政地方性])法规(?![\\u4e00-\\u9fff&&[^和及与并等或]])|(?<!本)条例)";
    /**
     * A rule-maker's name, up to 50 characters: the longest lists of makers (国务院各部、委员会、中国人民银行、审计署和具有行政管理职能的
     * 直属机构以及法律规定的机构, 43) run over an agency's 40.
     */
    private static final int MAKER_NAME = 50;
    private static final String MAKER = "(" + name(MAKER_NAME) + ")";
    /** 在各自职责范围内, 在其职责范围内: a lead-in before the rule-maker's basis or after it (…的规定，在其职责范围内制定). */
    private static final String WITHIN_REMIT = "在(?:各自|其|本部门|本机关)(?:的)?(?:职责|权限)范围内";
    /** A law named without 《》: 专利法, 食品安全法 (not 方法, 办法, 立法, 执法, 违法, 合法, 依法 …). */
    private static final String LAW_NAMED = "[\\u4e00-\\u9fff]{1,11}?(?<![方办做手看想说算用语执司立违合非守依国])法";
    /**
     * What may stand between a rule-maker and its verb: a partner (会同Y), modals and adverbs, up to three lead-ins that give the
     * basis, remit or bounds of the rules (根据本法, 结合本地区实际, 在…范围内), and what the rules are for (对/为/就…).
     */
    private static final String RULE_LEAD_INS = "(?:(?:应当|可以)?(?:组织(?:有关|相关)(?:部门|单位)|(?:会同|商(?![务业标品检贸]))(?:[\\u4e00-\\u9fff、（）]{1,30}?" + SUFFIX + "|[\\u4e00-\\u9fff、（）]{31,50}?" + SUFFIX + "(?=[，,])|[\\u4e00-\\u9fff、（）]{1,50}?(?:人民团体|群团组织)(?=[，,]))))?(?:(?:依据|依照|按照|根据)(?:各自的?)?职责(?:分工)?|(?:依据|依照|按照|根据)职权|(?:根据|按照|结合)[^，。；]{1,12}?(?:需求|需要)(?=组织|制定|制订)|依法|也可以|可以|可|应当|应|有权|负责|另行|自行|统一|联合|共同|组织|研究|分领域|分别|尽快|及时|定期|先|因地制宜|" + WITHIN_REMIT + "|[，,])*"
            + "(?:(?:(?:根据|依据|依照|参照)(?:(?:《[^》]{1,40}》|宪法|" + LAW_NAMED + ")(?:和|及|、))?本(?:法|条例|办法|规定|细则|决定|意见)[^，。；]{0,30}?|(?:根据|依据|按照|依照)(?:(?!本(?:法|条例|办法|规定|细则|决定|意见))[^，。；]){0,40}?(?:需要|需求|职责分工|职责|实际情况|实际|要求|特点|状况|水平)|结合[^。；，]{1,24}"
            // 在不同宪法、法律、行政法规相抵触的前提下: the bounds of a legislature's rules; 在保留原有的专业制度的基础上: what they keep
            + "|在[^，。；]{2,30}?的(?:前提下|基础上)"
            // 自本条例施行之日起一年内: the deadline for the rules (临沂市饮用水水源地保护条例 第十一条)
            + "|自[^，。；]{2,20}?之日起[^，。；]{1,8}?内"
            // 在本条第(二)项、第(三)项规定的幅度内: the bounds the rules keep within (诉讼费用交纳办法 第十三条)
            + "|在[^，。；]{2,40}?(?:范围|幅度|额度|限额)内"
            // 在国务院应急管理部门的指导下: the body that guides the rule-maker (煤矿安全生产条例 第十一条), its own duty read apart
            + "|在[^，。；]{2,30}?的?(?:指导|领导)下"
            // 根据前款规定的条件, 根据森林火灾应急预案: the provision or plan the rules follow
            + "|(?:根据|依据|依照|按照)(?:前款|本条|前两款|前三款|上述|前述|第[一二三四五六七八九十]+款)[^，。；]{0,20}?"
            // 依照(有关)法律、行政法规(的规定)(和国务院的规定): the laws the rules implement
            + "|(?:根据|依据|依照|按照)(?:有关)?法律、(?:行政)?法规(?:的(?:有关)?规定)?(?:[和及][^，。；]{1,14}?(?:规定|决定))?"
            // 根据法律和国务院的行政法规、决定、命令: the laws and the State Council's acts a ministry's rules implement
            + "|(?:根据|依据|依照)法律(?:(?:和|及|、)[^，。；]{1,20}?(?:法规|决定|命令))?"
            // 根据国家(有关)规定: the state's rules the subject's own keep to (省人民政府根据国家规定，结合…情况，合理调整…费率)
            + "|(?:根据|依据|按照|依照)国家(?:有关)?规定"
            // 根据专利法: a law named without 《》 (国务院专利行政部门根据专利法和本细则制定专利审查指南)
            + "|(?:根据|依据|依照)" + LAW_NAMED + "(?:的(?:有关)?规定)?"
            // 依照食品安全法第二十九条的规定: an article of a named law
            + "|(?:根据|依据|依照|按照)(?:《[^》]{1,40}》|[\\u4e00-\\u9fff]{2,16}?法)第" + Lexicon.ARTICLE_NUMERAL + "+条(?:第[一二三四五六七八九十]+款)?(?:的(?:有关)?规定)?"
            + "|(?:根据|依据)(?:(?!本(?:法|条例|办法|规定|细则|决定|意见))[^，。；的]){1,20}?(?:预案|规划|计划|方案|条件|目录|名录|定额|指标)|" + WITHIN_REMIT
            // 遵循宪法规定和法律、行政法规的基本原则: the principles the rules keep to
            + "|遵循[^，。；]{1,30}?原则)[，,]?){0,3}(?:可以|应当|可|依法|及时|自行|另行|先)*(?:(?:可以|应当|可|应)?会同(?:(?!根据|依据|按照)[^，。；的]){1,30}?)?(?:(?:对|为|就)[^。；，：:]{1,30}?[，,]?(?:可以|应当|可)?)?";
    /**
     * D2, D3, D10: the subject makes rules — X(会同Y)(可以)(根据/参照本法)(根据…需要/职责)(结合本地区实际)(可以)(对/为…)制定…办法/细则/标准,
     * two lead-ins in any order (依据职权，分别制定; 依照X法第N条的规定制定; 依照法律、行政法规的规定制定). The group is
     * what is made: up to 30 characters across commas, or up to 50 within the clause (…等基础性技术标准).
     */
    private static final Pattern DELEGATE_SUBJECT = Pattern.compile("^(?:由)?" + MAKER + "(?:" + SubjectScan.ALTERNATIVE_REGEX + ")?(?!"
            + SubjectScan.NAME_GOES_ON_REGEX + ")"
            + "(?=" + RULE_LEAD_INS
            + "(?<!的)" + ISSUES_OR_MAKES + MADE_AND + "?(?!的|(?:并|或者)[\\u4e00-\\u9fff]{2,4}的)((?:(?:" + MADE_CHAR + "[^。；]){0,30}?|(?:" + MADE_CHAR + "[^。；，,]){31,50}?)" + MADE_NOUN + "))");
    /** What {@link #VARIES} sets, a norm (a list of them too: 时间、地点和种类), not a word it begins (区域管辖, 期间). */
    private static final String VARIED_NOUN = "(?:种类|品种|项目|期(?![间内中])|期限|时间|地点|时段|税额|费率|税率|额度|限额|标准|幅度|数额|比例|对象|农作物|代表品|名录|目录|清单)"
            + "(?![\\u4e00-\\u9fff&&[^的和及与、等为]])";
    /** The verbs of {@link #VARIES}: what a body left discretion does to a norm. */
    private static final String[] VARY_WORDS = {"确定", "规定", "调整", "增加", "减少", "增减", "提高", "降低", "延长", "缩短"};
    /**
     * The subject may vary a norm: X可以(根据本地区的实际情况，)(适当)确定/调整/增加/延长…种类/品种/项目/期限/税额/标准…, or X可以另行确定
     * anything. Page annotators, the corpus samples (县级以上地方人民政府可以…确定限制或者禁止燃放烟花爆竹的时间、地点和种类) and dev gold
     * 000 (具体由X根据实际情况确定) read the discretion as a rule left to X, not as a duty. Group 2 is the verb, group 3 what is set.
     */
    private static final Pattern VARIES = Pattern.compile("^" + MAKER + "(?:" + SubjectScan.ALTERNATIVE_REGEX + ")?(?!"
            + SubjectScan.NAME_GOES_ON_REGEX + ")(?=" + RULE_LEAD_INS
            + "(?:(?:根据|依据|按照|结合)[^，。；]{0,30}?(?:情况|条件|变化)[，,]?)?(?:可以|可)?"
            + "((?:适当|酌情|合理)?(?:另行确定|补充确定|确定|规定|调整|增加|减少|增减|提高|降低|延长|缩短))"
            + "((?<=另行确定|补充确定)[^。；，,：:]{2,30}?(?=[，。；,]|$)|(?<!另行确定|补充确定)(?:(?!其(?!他))[^。；，,：:]){0,30}?"
            + VARIED_NOUN + "(?:(?:、|和|及|以及)[\\u4e00-\\u9fff]{0,6}?" + VARIED_NOUN + ")*))");
    /** The entrusting of X（根据需要，）可以委托Y…: X's only act in the clause (Delegations reads Y). */
    private static final Pattern ENTRUSTS = Pattern.compile("(?:根据(?:工作)?需要[，,]?)?(?:也|还)?(?:可以|可)(?:按照[^，。；]{1,12}?)?委托");
    /** The nouns of a plan a body draws up (no rule it makes): 预案, 规划, 计划, 方案. */
    static final String PLAN_NOUN = "(?:预案|规划|计划|方案)";
    /** A plan closing the clause before: what it provides for is the plan's content, no rules. */
    private static final Pattern PLAN_BEFORE = Pattern.compile(PLAN_NOUN + "[，,]$");
    /** How many characters {@link #PLAN_BEFORE} reads back from a clause's start. */
    private static final int PLAN_BEFORE_LENGTH = 3;
    /** 作出(具体/补充/相应的) before a rule's 规定: the verb of providing rules (对…作出规定). */
    private static final String PROVIDES = "(?:作出|做出|作(?=具体|补充|相应))(?:[^，。；的]{1,10}的)?(?:补充|具体|相应的?|特别|明确|限制性|统一)?";
    /** A clause that goes on with the subject's rules: X会同Y建立…制度，对…的岗位范围和时限作出规定 (作出时间和区域的限制性规定). */
    private static final Pattern RULES_ON = Pattern.compile("(?:并|同时|并且)?对[^，。；]{1,40}?" + PROVIDES + "规定");
    /** The verbs of a basis a subject acts on (根据宪法和法律, 依照本法, 按照国家规定): {@link #MADE_ON}, {@link #BASIS_ONLY}. */
    private static final String BASIS_VERB = "(?:根据|依照|按照)";
    /**
     * A clause that goes on making rules without a subject: X应当建立…制度，(并)制定监测规范 (the subject is X); also on a basis
     * (由X负责实施，并可以根据本办法的原则制定具体实施办法; X在不违反本办法规定的前提下，可根据项目特点制定相应的实施细则), in
     * time or to a target (加快制定…标准, 针对不同业态的性质、特点制定和实施…监管细则).
     */
    private static final Pattern MADE_ON = Pattern.compile("^(?:并|并且|同时|还应当|还可以|也可以|(?:可以|可|应当)(?=" + BASIS_VERB + "))?(?:(?<=并)可以)?(?:会同[^，。；]{1,30}?)?"
            + "(?:" + BASIS_VERB + "[^，。；]{1,20}?|综合考虑[^，。；]{1,40}?因素)?(?:加快|抓紧|及时|适时|尽快|依法|科学|分类|区分不同情况|因地制宜|针对[^，。；]{1,24}?)?(?:对[^，。；]{1,30}?)?(?:负责|组织|承担)?(?:研究|起草、)?" + MAKES + MADE_AND + "?(?!的|本(?:法|条例|办法|规定|细则)$)((?:" + MADE_CHAR + "[^，。；]){0,30}?" + MADE_NOUN + ")(?!的)");
    /**
     * After a subject: X(会同Y)(根据/结合…，)(对…)可以/有权(另行)规定…, X对…另行规定, X自行规定…, X(应当)(会同Y)(根据…)，规定… — X makes
     * the rule (not 规定的, a relative clause): 国务院对居民住房需求保障…等情形可以规定减征或者免征印花税.
     */
    private static final Pattern MAY_RULE = Pattern.compile("^(?:会同[^，。；]{1,30}?)?(?:(?:根据|结合|按照)[^。；]{1,24}?[，,]?)?(?:对[^，。；]{1,40}?)?(?:(?:也可以|还可以|可以|有权|自行)(?:另行)?|另行)规定(?![的权])"
            // X应当会同Y，规定…条款; X根据当地的洪水规律，规定汛期起止日期: 规定 opens the clause after the subject's partner or basis
            + "|^(?:应当)?(?:会同[^，。；]{1,30}?)?(?:(?:根据|结合)[^，。；]{1,24}?)?[，,]规定(?![的权定])"
            // X可以根据不同情况规定…; X，可以根据当地的洪水规律，规定汛期起止日期: the modal before the basis (not the 规定 the basis
            // ends with: X可以按照国家有关规定…)
            + "|^[，,]?(?:也可以|还可以|可以)(?:(?:根据|结合|按照)[^，。；]{1,24}?[，,]?){1,2}(?<!有关|相关|的|法|律|规|条例|细则|办法|规章|下列|以下|前款|本款|本条|上述)规定(?![的权定])"
            // X可以对一般事故的其他情形作出补充规定, X应当对…程序和要求作出规定, X可以根据本行政区域的情况作出补充规定, X可以根据前款
            // 规定，对…的条件作出具体规定, X根据…的需要，可以对…作出规定, X应当对…作出检定期限的规定
            + "|^(?:根据[^，。；]{1,24}?[，,]?)?(?:(?:也可以|还可以|可以|应当)(?:(?:根据|结合)[^，。；]{1,24}?[，,]?){0,2}(?:依法)?|依法)(?:对[^。；]{1,40}?[，,]?)?(?:另行)?" + PROVIDES
            + "(?:[^，。；的]{1,10}的)?规定(?=[，。；]|$)"
            // X根据本法的原则和精神，结合…的实际情况，对…作出具体规定: the basis, then the rule, with no modal
            + "|^(?:(?:根据|结合)[^，。；]{1,24}?[，,]){1,2}对[^。；]{1,40}?" + PROVIDES + "(?:[^，。；的]{1,10}的)?规定(?=[，。；]|$)");
    /**
     * After a subject: X(应当/可以)(会同Y，)(根据/结合/按照/依照/在…，)(具体)确定(和动态调整)…标准/办法/细则/规则/规范, the rule's noun ending its clause;
     * a price ending its sentence (浙江省医疗保障条例 第三十九条; not X确定和调整…价格，应当征求…意见: the consultation is X's duty, sample 97)
     * (国家网信部门会同…等部门，在前款规定基础上确定…判断标准和提示办法), also the departments' functions (确定本级…部门的职责,
     * 确定…的部门职责划分: a government's rule-making, sample 46): X makes the rule as with 制定. Not 确定的 (a relative
     * clause), nor 标准化.
     */
    private static final Pattern SETS_RULE = Pattern.compile("^(?:应当|可以|可|应|依法|负责)*(?:会同[^。；]{1,50}?[，,]?)?"
            + "(?:(?:根据|结合|按照|依照|在)[^。；]{1,30}?[，,]?)?(?:应当|可以|可|应|依法|负责|合理|具体)*确定(?:并公布|、公布|并发布|和(?:动态)?调整)?(?!的)"
            + "([^，。；]{0,40}?(?:办法|细则|规则|规范|标准(?!化)|(?:部门|机构)的?职责(?:划分|分工)?|适用税额(?:幅度)?|税率|价格(?=[。；]|$)))(?![\\u4e00-\\u9fff])");
    /** What an adjustment changes that is a rule: a standard, rules, conditions, the items or rates a text lists. */
    private static final String ADJUSTED = "(?:标准|办法|细则|规则|规范|条件|项目|目录|名录|税率|费率|税目|幅度|限额|比例|起征点)";
    /**
     * After a subject: X可以(根据…)(在…范围内)对…作出/进行调整, X可以调整…: X changes a rule or standard the text sets (国务院可以对
     * 小规模纳税人的标准作出调整; 国务院和中央军事委员会可以在法律规定的范围内调整征集公民服现役的条件和办法; X根据…，可以调整其
     * 注册资本的最低限额; X可以提高注册资本最低限额, X可以适当提高…退休金比例: a limit or a rate raised or lowered).
     */
    private static final Pattern ADJUSTS_RULE = Pattern.compile("^(?:根据[^，。；]{1,40}?[，,])?(?:报经?[^，。；]{1,20}?批准[，,])?(?:可以|有权|可)(?:根据[^，。；]{1,30}?[，,]?)?"
            + "(?:在[^，。；]{1,30}?(?:范围内|内)[，,]?)?(?:对([^，。；]{0,36}?" + ADJUSTED + ")(?:作出|进行|予以)(?:适当)?调整"
            + "|(?:(?:适当|适时|相应)?调整|(?:适当)?(?:提高|降低))([^，。；：:]{0,36}?" + ADJUSTED + ")(?![\\u4e00-\\u9fff]))");
    /**
     * (或者/或)其授权/委托(的)…: the designee after a rule-making body (省、自治区、直辖市人民政府或者其授权的机构, 国务院标准化部门或者
     * 其授权机构); Delegations cuts it from a rule's owner too.
     */
    static final Pattern OR_ITS_DESIGNEE = Pattern.compile("(?:或者|或)其(?:授权|委托)的?.*$");
    /** How far after its subject {@link #SETS_RULE} reads: a subject, its partners and a basis. */
    private static final int SETS_RULE_REACH = 140;

    /**
     * A clause that is only a body's name and its short name's definition (X（以下简称Y）, a comma after it); not a clause with
     * a verb before the defined body (国务院设立X（以下简称Y）, X应当明确…的牵头部门（以下简称Y）: the subject acts there; 在…设立的X
     * describes X).
     */
    private static final Pattern DEFINED_ALONE = Pattern.compile("^(?!经|由|在|对|将)((?:(?!应当|可以|负责|(?:设立|设置|组建|成立|认可|批准|明确|确定|指定)(?!的)|是|为)"
            + "[\\u4e00-\\u9fff[、（）()\\d]]){2,60}?" + SUFFIX + ")" + AgencyNames.DEFINITION_OPEN + "[^（）()]{1,24}[）)]$");
    /** X（以下简称Y）负责…: the subject before its short name (the scan would stop at a shorter head inside X). */
    private static final Pattern SHORT_NAMED = Pattern.compile("^(?:由)?([\\u4e00-\\u9fff[、（）()\\d]]{2,50}?" + SUFFIX
            + ")" + AgencyNames.DEFINITION_OPEN + "[^（）()]{1,24}[）)](?:" + SubjectScan.PARTY_TAIL_REGEX + ")?(?=" + SubjectScan.nextRegex() + ")");
    /** The verbs of a relative clause that an agency qualifies a noun with: X制定的/确定的/核发的…. */
    private static final String RELATIVE_VERBS = "(?:依法|(?:依照|按照|根据)法定(?:职权|权限)(?:和程序)?)?(?:制定|制订|确定|核发|批准|审批|颁发|发布|认定|划定|公布|指定|规定|编制|作出|审核|确认|推荐|核定|设立|核准|审定|下达|批复|拨付|聘请|出具|任命|收取|核实|拟订|安排|改变|登记)的";
    /**
     * X(会同Y)制定的/确定的/核发的…: a relative clause, whose agency has no duty in this clause; not 国家制定的 after the
     * partner (X会同Y根据…和国家制定的统一标准，评定…: the state made the standard, X acts), nor a verb after the partner's
     * modal (X会同Y可以在已批准公布的名镇中确定…: the partner's span ends at 可以, where X's act begins), nor one after the
     * object's 对 (X会同Y对划定的保护区确定地理界线: X acts on what was drawn).
     */
    private static final Pattern RELATIVE = Pattern.compile("(?:会同(?:(?!可以|应当|依法|对(?!外))[^，。；的]){1,30}?(?<!国家))?" + RELATIVE_VERBS
            // (十)X认为应列入…的其它公共场所: a limit X sets (borderline in the samples), no duty
            + "|认为[^，。；的]{1,16}的(?=其他|其它)");
    /** X确定的/指定的 + the body designated (盐业主管部门, 机构), after a subject. */
    private static final Pattern DESIGNEE_AFTER = Pattern.compile("(?:确定|指定)的[\\u4e00-\\u9fff]{0,12}?(?:部门|机构|机关)");
    /** What a designee after 由X does next, for it to be the body that acts ({@link #designeeActs}). */
    private static final Pattern DESIGNEE_ACTS = Pattern.compile("负责(?!人)|会同|与[^，。；]{1,20}?共同|" + Lexicon.anyOf(Lexicon.BY_VERBS));
    /** The verb of {@link #RELATIVE} right after 由X(会同Y): 由X核定的企业进口, the agency qualifies a noun. */
    private static final Pattern RELATIVE_VERB = Pattern.compile(RELATIVE_VERBS);
    /**
     * 由X负责V的N with V an act on cases (由下级人民政府负责调查的事故, 由有关部门负责审批的专项规划): X qualifies the noun, as in
     * {@link #RELATIVE_VERB}; not 由X负责海洋环境的监督管理, whose words before 的 are no act.
     */
    private static final Pattern RELATIVE_CHARGE = Pattern.compile("负责(?:组织)?(?:调查|审批|审核|审查|受理|办理|查处|核准|批准|登记|组织实施)的");
    /**
     * A verb of acts on funds, plans and appointments with one or two more words before 的 (核准登记注册的企业, 拨付事业经费的单位,
     * 统筹安排使用的转移支付, 任命、派出的人员): a relative clause too, unless the
     * words name a place (统筹组织本地的…工作).
     */
    private static final Pattern RELATIVE_COMPOUND = Pattern.compile("(?:核准|统筹|发布|拨付|任命|下达|审定|公告|核定|批复)(?:[、和并]?(?![本全各])[\u4e00-\u9fff]{2}){1,2}的");
    /** A plan the subject makes, as the whole clause (X制定的本行政区域建设规划，应当包括…): what it must hold is X's duty. */
    private static final Pattern SUBJECTS_PLAN = Pattern.compile("(?:制定|制订|编制)的[\\u4e00-\\u9fff、]{0,30}?" + PLAN_NOUN);

    /** Whether the clause names a plan its subject makes and the next clause says what the plan must hold (应当包括/符合…). */
    private static boolean planMustHold(String sent, String cl, int from, int ce) {
        return sent.startsWith("应当", ce + 1) && SUBJECTS_PLAN.matcher(cl).region(from, cl.length()).matches();
    }
    /**
     * What makes 收到, 行使 and 设立 after a subject its act: 收到…后 (or …之日起, …时, …的 as a condition), 行使 not named
     * as a topic (行使…职权的情况/保障, 行使…管理权的部门), 设立 not a noun (代表机构设立、变更, 设立后, 设立登记).
     */
    private static final Pattern ACT_AFTER_SUBJECT = Pattern.compile(
            "收到[^，。；]*?(?:后|之日起(?!计算)|时(?!间)|的$)|行使(?![^，。；]*的(?:情况|保障|案件|部门|机构|职责))"
            + "|设立(?![、后时]|登记|申请|变更)");
    /** X(可以)将…委托给Y: the subject hands its work to Y. */
    private static final Pattern HANDS_OVER = Pattern.compile("(?:可以|也可以|可)?将[^，。；]{1,40}?委托给");
    /** 医疗废物的管理由X参照本条例制定…: the object before 由 is no part of the name (自由 is no 由). */
    private static final Pattern PASSIVE_BY = Pattern.compile("^.*(?<!自)由");
    /**
     * 按照(所在地/现居住地)省、自治区、直辖市(或者较大的市)的(有关)规定: the provinces' rules, and the larger cities' beside them
     * (流动人口计划生育工作条例 第十条).
     */
    private static final Pattern PROVINCES = Pattern.compile("(?:按照|依照)(?:[\\u4e00-\\u9fff&&[^省按依照的]]{1,8}?地)?(省、自治区、直辖市)(?:或者(较大的市|设区的市))?(?:的|规定的)?(?:有关)?(?:规定|权限)");
    /**
     * The body a subject alone entrusts or authorises (X或者其委托的行政清理组，可以…; X及其委托的环境监察机构，有权…): the subject acts,
     * the designee is a delegation, which {@code Delegations} reads.
     */
    private static final String DESIGNEE_TAIL = ITS_DESIGNEE + "的[^，。；]{2,20}";
    /** {@link #SUBJECT_ALONE} is at most a subject list's name characters and a head, as a scanned subject. */
    private static final int ALONE_MAX = SubjectScan.MAX_NAME + SUFFIX_MAX;
    /** A name alone in its clause: as long as a scanned subject list may be (太湖流域县级以上地方人民政府水行政、…等部门和Y，应当…). */
    private static final String NAME_ALONE = subjectName();
    /**
     * A subject standing alone before the comma: the next clause begins with a modal or 负责; the parties named beside it
     * are no part of it (X、Y和Z等有关部门和单位，应当…).
     */
    private static final Pattern SUBJECT_ALONE = Pattern.compile("^(" + NAME_ALONE + "(?:的" + NAME_X + ")?)(?:" + SubjectScan.PARTY_TAIL_REGEX
            + "|" + DESIGNEE_TAIL + ")?$");
    /** A body and the office a clause names it (X为全国…的主管机关, X是…的实施机关, X作为政府综合统计机构): X is the subject of what follows. */
    private static final Pattern NAMED_AS = Pattern.compile("^(" + NAME_ALONE + ")(?:作为|为|是)(?!指)[\\u4e00-\\u9fff、]{2,30}(?:机关|机构|部门)$");
    /**
     * An office named first and the body that holds it after 为/是, at a sentence's start or after its condition (集会、游行、示威的
     * 主管机关，是…举行地的市、县公安局、城市公安分局; 国家管理金银的主管机关为中国人民银行; 广告的管理机关是国家工商行政管理机关和…;
     * …的，主管机关为…共同上一级公安机关): the body is responsible for what the office does. Not 所称X，是指 (a definition).
     */
    private static final Pattern OFFICE_HELD_BY = Pattern.compile("(?:^|的，)(?:[^，。；]{1,40}?的)?(?:主管|登记|管理|执法|审批|发证|登记管理|监督管理)"
            + "(?:机关|部门)[，,]?(?:为|是)(?!指)([^，。；：]{2,60}?)(?:[（(][^（）()]{1,40}[）)])?(?=[；。]|$)");
    /**
     * A power vested in bodies (本法的修改权属于全国人民代表大会, 法律解释权属于全国人民代表大会常务委员会, 终审权属于…终审法院, 修改提案权属于
     * X、Y和Z): the power to amend (group 1 修改) is rule-making, any other a duty of each body named (group 2, to the clause's end).
     */
    private static final Pattern POWER_VESTED = Pattern.compile("(修改|解释|终审|立法|审判|检察|监察|修改提案|提案)权属于([^，。；]{2,60})(?=[，。；]|$)");
    private static final Pattern VESTED_JOIN = Pattern.compile("[、和及]");

    /** Whether 机关 or 部门 stands right before 为/是 (or ，是) somewhere in {@code sent}: where {@link #OFFICE_HELD_BY} can match. */
    private static boolean officeNamed(String sent) {
        for (int k = 2; k < sent.length(); k++) {
            char c = sent.charAt(k);
            if (c == '为' || c == '是') {
                int at = sent.charAt(k - 1) == '，' || sent.charAt(k - 1) == ',' ? k - 1 : k;
                if (at >= 2 && (sent.startsWith("机关", at - 2) || sent.startsWith("部门", at - 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A subject list too long for {@link #SUBJECT}'s 40 characters, closed by 等…部门: 国务院发展改革、财政、住房城乡建设、交通运输、水利、
     * 金融管理、国有资产监管、市场监督管理等有关部门应当按照职责分工… (the corpus writes ~40 such lists of 41–90 characters).
     */
    private static final Pattern LONG_LIST_SUBJECT = Pattern.compile("^(?:由)?([\\u4e00-\\u9fff、（）]{20,90}?、[\\u4e00-\\u9fff（）]{1,12}等(?:其他)?(?:有关|相关)?(?:主管|行政|管理)?(?:部门|机构|机关))(?="
            + SubjectScan.nextRegex() + ")");
    private static final int LONG_LIST_MIN = 41;
    /** X因…需要，(可以)…: the subject with the reason it acts, its duty in the next clause (国家安全机关因反间谍工作需要，可以…). */
    private static final Pattern SUBJECT_BECAUSE = Pattern.compile("^" + X + "因[^，。；]{1,16}?需要$");
    /**
     * After a clause X + its act + 时/的时候/后: the modal of the clause that goes on with X (税务机关执行扣押、查封商品…时，应当由两名
     * 以上税务人员执行; 公安机关逮捕人的时候，必须出示逮捕证; 赔偿义务机关赔偿损失后，应当责令…).
     */
    private static final Pattern MODAL_AFTER_WHEN = Pattern.compile("[，,](?:应当|必须|应(?!急)|须|不得|可以|均应当|也应当)");
    /** How far into a clause the subject of {@link #subjectBeforeWhen} may end, and how far a longer name may go on from it. */
    private static final int WHEN_SUBJECT_MAX = 40;
    private static final int WHEN_NAME_GOES_ON = 12;
    /** Staff after a name (X工作人员在执行任务时): the people act, STAFF_OF reads their body where they must. */
    private static final Pattern STAFF_NEXT = Pattern.compile("(?:[\\u4e00-\\u9fff]{0,4}人员|监督员|派出|所属)");
    /** The last characters of the agency heads: where a name can end. */
    private static final boolean[] HEAD_LAST_CHAR = Lexicon.charTable(Lexicon.AGENCY_HEADS.stream()
            .map(h -> h.substring(h.length() - 1)).collect(Collectors.joining()));
    /** What cannot follow the name's end: a join, 的, brackets, or the rest of a head (部门, 委员会). */
    private static final String NOT_WHEN_SUBJECT_END = "的、和及或与等（(门员会队托驻";
    /**
     * Words inside a span that make it a party acting towards a body, a person leaving one, or an act on it (变更人民政府驻地时,
     * 管理和处置因收购国有银行不良贷款形成的资产时).
     */
    private static final Pattern WHEN_NOT_NAME = Pattern.compile("(?<!共)同(?!级)|从|向|对(?!外)|(?<![所驻])在|官|因|^变更|^作出");

    /** A short name defined in brackets at a clause's end, the name in group 1. */
    private static final Pattern TRAILING_DEFINITION = Pattern.compile(SHORT_NAME_DEFINED + "$");
    /** A body named by its function alone, with no level or field (主管部门, 监督管理部门). */
    private static final Pattern BARE_FUNCTION = Pattern.compile("(?:主管|监督管理|管理|行政|监管)?(?:部门|机关|机构)");
    /**
     * Designation: X(分别)为/是…的Y部门 (应急管理部为一级企业…的定级部门, 国务院办公厅是全国政府信息公开工作的主管部门) — X is the body
     * the text makes responsible; the clause ends with the role. Not 是指 (a definition), not a role X whose agency
     * follows (办理收养登记的机关是县级人民政府民政部门, 主管机关为…公安机关). Not a body's place in the state's order
     * (全国人民代表大会是最高国家权力机关, 人民检察院是国家的法律监督机关, 地方各级人民政府是地方各级国家权力机关的执行机关, …常务委员会是
     * 本级人民代表大会的常设机关, 香港特别行政区立法会是香港特别行政区的立法机关, 澳门特别行政区政府是澳门特别行政区的行政机关): the
     * constitutions' status clauses, which the samples read as no duty.
     */
    private static final Pattern DESIGNATED = Pattern.compile("^" + X + "(?:" + DEFINED_HERE + ")?(?:分别)?(?:为|是)"
            + "(?!指|最高|国家的|地方国家|[^，。；]{0,20}的(?:常设|执行|立法|行政)机关$)[^，。；]{0,40}?(?:部门|机关|机构|主体)(?:"
            + DEFINED_HERE + ")?$");
    /** A role X of a designation, whose agency follows 为/是: 仲裁委员会的登记机关, 广告的管理机关, 主管机关. */
    private static final Pattern DESCRIBED_ROLE = Pattern.compile("的[^的]{0,6}(?:机关|机构|部门)$|^(?:主管|登记|管理|执法|审批|发证|实施)(?:机关|部门|机构)$");
    /** After a subject: (在…中)有下列行为/情形之一的 — the subject breaches the article (not X发现…有下列情形之一的, its finding). */
    private static final Pattern VIOLATES = Pattern.compile("(?:在[^，。；]{1,40}?(?:中|时|过程中))?有下列(?:违法)?(?:行为|情形)之一的");
    private static final Pattern SUBJECT_CLAUSE_AFTER = Pattern.compile("[，,](?:应当|应|必须|要(?=对|按|在|各|切实|经常|加强|做好|认真|及时|积极)|负责|具体负责|主管|可以|可(?!能|是|见)|有权|依法|按照|依照|根据|依据|结合|在各自|组织|统一|分别|以及|协助|配合|协同|履行"
            + "|在[^，。；]{1,12}?(?:职责|职权)范围内" // 在国务院规定的职责范围内做好…
            + "|在[^，。；]{1,16}?(?:领导|指导)下" // X，在同级人民政府领导下，…负责…
            + "|在[^，。；]{1,12}?设立(?:派出|分支)机构)"); // X、Y等行政管理部门，在高新区设立派出机构
    /**
     * After a subject alone: ，对…实施(统一)监督管理 — the body oversees what the clause names (医疗废物管理条例 第五条); or ，对…，
     * then a modal: the body acts on whom the clause names (国境口岸卫生监督办法 第二十五条; the 对 phrase of one comma, 第二十四条).
     */
    private static final Pattern ACTS_ON_AFTER = Pattern.compile("[，,]对[^，。；]{2,60}?(?:实施|进行)(?:统一)?(?:监督管理|监督|管理|指导|协调)"
            + "|[，,]对[^，。；]{2,40}(?:[，,][^，。；]{2,30})?[，,](?:应当|可以|依法|必须)"); // X，对违犯…的单位和个人，应当…给予警告
    /** How far {@link #SUBJECT_CLAUSE_AFTER} may reach: its comma and longest alternative (，在…职责范围内). */
    private static final int SUBJECT_CLAUSE_REACH = 16;
    private static final Pattern UNITS = Pattern.compile("[（(]((?:牵头|责任|参与|配合|协同)单位[：:][^（）()]{2,150})[）)]");
    private static final Pattern LIST_MADE = Pattern.compile("(?:目录|名录|清单)$");
    /** The rule a catalogue's name goes on to, to the clause's end (目录编制规范, 清单管理办法): what is made is that rule. */
    private static final Pattern RULE_OF_LIST = Pattern.compile("[\\u4e00-\\u9fff]{0,8}?(?:规范|标准|办法|细则|规则|规程|指引|指南)(?=[，。；]|$)");
    /** A catalogue made under this text (根据本办法制定…明细目录) or with rules (名录和管理办法): rule-making still. */
    private static final Pattern RULE_BESIDE_LIST = Pattern.compile("(?:根据|依据|依照|参照)" + Lexicon.THIS_LAW + "|办法|细则|标准|规范|规程|规则|准则|程序"
            + "|分类(?!目录|名录|清单)"); // 具体分类和名录: a classification is a rule (分类目录 is a catalogue)
    /** The head a list closed by 等 shares (外交、海关等国家有关部门): the list runs on to it. */
    static final String LIST_HEAD = "(?:国家|国务院)?(?:其他)?(?:有关|相关)?(?:行政)?(?:主管|管理|监管|行政)?(?:部门|机构|机关)";
    /** What follows a co-agency: 等, a comma, a verb or modal of the duty; a list closed by 等…部门 needs none (会同X等部门尽快查明). */
    private static final String CO_NEXT = "等|，|,|共同|制定|制订|组织|负责|根据|按照|依照|依据|依法|对|在|编制|建立|拟订|拟定|确定|开展|提出|研究|做好|实施|发布|公布|划定|加强|进行|定期|设立|审批|审核|核定|决定|报|统一|协调|监督|指导|建设|完善|推进|落实|认定|评估|履行"
            // acts mined from 会同Y + verb in the corpus (会同公安机关严密防范, 会同国家无线电管理机构维护…, 会同司法行政机关查证)
            + "|严密|防范|维护|查证|处置|打击|治理|核查|考核|收集|汇总|通报|整治|编写|管理|组建"
            + "|应当|应|可以|有权|采取|规定|调整|作出|做出|分别|联合|及时|起草|部署|确保|保障|支持|鼓励|推动|健全|做|研究|办理|负担|承担|督促|检查|调查|处理"
            + "|责令|处以|予以|给予|没收|吊销|规划|委派|遴选|组成|成立|批准|审查|审定|核准"
            + "|另行|适时|结合|统筹|协商|会商|并商|商定|约谈|查明|查处|调解|追缴|许可|立即|验收|鉴定|评审|复核"
            // and the rest the corpus has after 会同Y (会同X下达…计划, 会同X解释, 会同X具体规定, 会同X代为…); not 指定, which follows
            // a long name as often as the designator of X指定的Y (…接送至县级以上地方人民政府指定的医疗机构)
            + "|下达|解释|具体|代为"
            // X应当与Y密切配合, 与Y相互配合: the partner of the work done together (samples 31, 119 and 128)
            + "|密切|相互|互相|配合|协作|宣传|$";
    /**
     * 会同Y: the co-agencies of a lead (also 会同Y, ending its clause: the duty follows the comma); a list of fields before 等 up
     * to 40 characters (会同国务院农业农村、自然资源、住房城乡建设、水利、卫生健康、林业草原等主管部门), a list of names with no
     * 的 but a government's up to 50 (会同中国人民银行、国务院财政部门、国务院公安部门、国务院其他金融监督管理机构以及省级人民政府建立…).
     */
    /** A party named last among 会同's partners (会同市市场监督管理部门、养老服务业协会制定…): the agencies before it are the partners. */
    private static final String CO_PARTY_LAST = "、[\\u4e00-\\u9fff]{2,12}?(?:协会|学会|商会)(?:" + CO_NEXT + ")";
    private static final String CO_LIST = "(" + X_SHORT + "(?:等" + LIST_HEAD + ")?(?=" + CO_NEXT + "|" + CO_PARTY_LAST + ")"
            + "|(?:[\\u4e00-\\u9fff、（）&&[^的]]|(?<=政府)的){31,50}?" + SUFFIX + "(?:等" + LIST_HEAD + ")?(?=" + CO_NEXT + ")"
            + "|[\\u4e00-\\u9fff、（）]{1,60}?等" + LIST_HEAD + "(?!的))";
    private static final Pattern CO_AGENCY = Pattern.compile("^会同" + CO_LIST);
    /** Bodies of other states: no partner of a Chinese agency's duty. */
    private static final Pattern FOREIGN = Pattern.compile("国家或者地区|境外|外国|邻国|第三国|国际");
    /** 与/和Y(、Z)建立/共同…: partners named after the subject's modal, as {@link #CO_AGENCY} reads them after 会同. */
    private static final Pattern WITH_AGENCY = Pattern.compile("^[与和]" + CO_LIST);
    /**
     * X组织Y、Z(等部门)…: the bodies an agency organises share its duty (组织自然资源主管部门、农业农村主管部门对开垦的耕地进行验收,
     * 协调组织网信、教育、文化等部门，开展征兵宣传工作); 组织 a verb (after a modal, an adverb or the subject's head), not the
     * noun of 社会组织 or a list going on (国际组织、外国政府).
     */
    private static final Pattern ORGANISES = Pattern.compile("组织(?:[和、]?(?:领导|动员|指挥|协调))?(?![、和或及的与法部（(]|落实|实施|编制|开展|推动|指导|制定|起草|拟订|审查|评审|调查|考试|检查|验收|专家)"
            + CO_LIST);
    /** X统筹协调Y、Z…: the bodies a coordinating body coordinates, as {@link #ORGANISES} reads the organised. */
    private static final Pattern COORDINATES = Pattern.compile("统筹协调" + CO_LIST);
    /** 制定…规范 right after the bodies organised: rules, not a plan ({@link #organisedAt}). */
    private static final Pattern ORGANISED_MAKE = Pattern.compile("(?:根据[^，。；制]{1,30}?)?(?:研究)?(?:制定|制订)([^，。；]{0,30}?(?:办法|细则|标准|规范|规定|规则|规程|目录|名录))(?=[，。；、]|$)");
    /** What stands before a verb 组织 (tried at each 组织 by {@link #organised}: a lookbehind would be tried at every character). */
    private static final Pattern BEFORE_ORGANISES = Pattern.compile("(?:^|负责|应当|应|可以|统一|协调|并|及时|共同|牵头|分别|依法|定期|(?<!非政)[部局厅委署府关构室])$");
    /**
     * A body formed by 组织 (组织事故调查组, 组织…专家委员会) is made, not organised; a name with 的 only by its remit; a government's
     * own unnamed departments (组织、领导所属有关部门) are bare.
     */
    private static final Pattern ORGANISED_NOT = Pattern.compile("(?:组|委员会)$|^(?:(?!" + REMIT_VERB + ").)*的|^所属有关");
    /**
     * A remit that continues the subject's name: 国务院负责特种设备安全监督管理的部门, 县级以上地方人民政府负有煤矿安全生产监督管理职责的部门,
     * 行政复议机关负责法制工作的机构 (the scan stops at the first head, whose 负责 it takes for the duty).
     */
    private static final Pattern REMIT_AFTER = Pattern.compile("^" + REMIT);
    /** X以及/及其他有关部门: the rest of a subject list (the scan stops at 以及, which also begins a clause's object). */
    private static final Pattern OTHERS_AFTER = Pattern.compile("(?:以及|及)" + AgencyLists.OTHERS_REGEX);
    /** 和其他有关部门 after a body named by its remit, which the subject scan ends at 负责 before. */
    private static final Pattern OTHERS_BESIDE = Pattern.compile("(?:和|以及|及)" + AgencyLists.OTHERS_REGEX);
    /**
     * X及其负责…的部门 / X及其有关部门 / X及其行业主管部门 / X及其派出机构 / X及其环境执法机构 / X及其所属管理机构 / X领导小组及其
     * 办公室: the government
     * (or body), and its department or unit when the text names it by its remit or function.
     */
    private static final Pattern AND_ITS = Pattern.compile("^(.{2,30}?)及其(?!他)(" + REMIT + "|(?:有关|相关)(?:主管)?部门"
            + "|(?:(?!授权|委托|指定|所属|下属|工作人员)[\u4e00-\u9fff]){0,8}?(?:部门|机构|办公室)|" + AgencyLists.UNITS_REGEX + ")$");
    /**
     * The drafting steps of a standard that a body is charged with (X负责…强制性国家标准的项目提出、组织起草、征求意见和技术审查; X负责…标准的
     * 立项、编号和对外通报): the standardisation law's division of a standard's making, each body a maker of it.
     */
    private static final Pattern STANDARD_STEPS = Pattern.compile("^(?:依据职责|依照职责|根据职责|按照职责分工|依法|分别|具体)?负责"
            + "([^，。；]{1,30}?标准)的(?:项目提出|立项|组织起草|起草|组织制定|制定|制订|修订)");
    /**
     * X及其有关部门和Y, X及其Z部门和其他有关部门: X with its departments, then more members (see {@link #AND_ITS}); X's other
     * departments are X's (县级以上各级人民政府及其煤炭管理部门和其他有关部门), and so is a department listed after its own
     * with 、 or 和 (县级人民政府及其教育行政部门、民政部门等有关部门; 有关省级人民政府及其水行政主管部门和环境保护主管部门).
     */
    private static final Pattern ITS_THEN_MORE = Pattern.compile("^((.{2,30}?)及其(?:(?:有关|相关)(?:主管)?部门|(?!他|授权|委托|指定|所属|下属)[\u4e00-\u9fff]{1,8}?部门))(和|以及|、)(.{2,40})$");
    /**
     * 报本级人民政府批准, 经上一级人民政府批准, 报有批准权的人民政府批准: an approver named only by its place relative to the
     * reporting body is no agency one can find, and the gold files leave these approvals out (they keep such bodies
     * where they act: 由上级机关责令改正, 有批准权的人民政府应当…). A department or congress of the same level is named
     * (报本级政府财政部门审核, 经本级人民代表大会常务委员会许可).
     */
    private static final Pattern RELATIVE_APPROVER = Pattern.compile("经?(?:(?:上一级|上级|有批准权的).*|(?:本级|同级)(?:地方)?(?:人民)?政府(?:或者其授权的.*)?)");
    /** 经 of an approval, not of a word (经济, 经营, 经费, 经理 …). */
    private static final String BY_APPROVAL = "(?:(?:须|需|应当|未)?经过|须经|需经|应当经|未经|经(?![营济贸费销常理历验纪]|办(?!案)))";
    /** The short name an approver is given where it is first named (经国防科学技术工业委员会(以下简称国防科工委)批准). */
    private static final String APPROVAL_NAMED = "(?:[（(]以下简称[^（）()]{1,12}[）)])?";
    /**
     * How the approver acts, between it and its approval: 经X依法批准, 经X按照各自职责批准, 经X依照国家有关规定批准; or who signs for
     * it (经县级以上工商行政管理部门主要负责人批准: the department approves).
     */
    private static final String APPROVAL_MANNER = "(?:依法|(?:按照|依照|依据|根据)(?:各自)?(?:职责|职权|规定|国家有关规定|国家规定的条件|国务院规定的权限)"
            + "|(?:按照|依照|依据|根据)[^，。；]{2,16}?(?:进行(?:立项)?)?|组成合议庭)?(?:的?(?:主要)?(?:负责人|局长|厅长|院长|检察长))?"; // 经X根据总体规划进行立项审查同意,
            // 经X根据有关协议或者对等原则核准; 经人民法院组成合议庭审查核实 (the court's bench: samples 257, 262, 276, 281, 308, 342)
    /**
     * An approval of the other things of a list, whatever they are (经X批准的其他所得, 经X批准设立的其他金融机构, 经X批准的其他业务):
     * no approval of a case the text gives X (the samples record none); a catch-all of cases is X's rule (Delegations.catchAll).
     */
    private static final Pattern APPROVED_OTHERS = Pattern.compile("(?:批准|同意)[\\u4e00-\\u9fff]{0,4}?的其他");
    /** 经X批准: the approving body (R10). */
    private static final Pattern APPROVED_BY = Pattern.compile(BY_APPROVAL + X_SHORT + APPROVAL_NAMED + APPROVAL_MANNER
            + "(?=批准|同意|审批|核准|审核|审查|审定|决定|考核|考试|认可|许可|登记|确认|主持考核|检验|验收|认定|证明|鉴定|核对|评审|评估|查验|核定|复审|允许|特别许可|检查验收"
            // 经X注册 (a registration that admits), 经X协调 / 综合平衡 (the body settles the matter), 经X的许可
            + "|注册|注销登记|协调|综合平衡|的(?:许可|批准|同意|考核)|签署意见|提出(?:审核|审查)意见"
            // 经X核实 of a claim (经县人民武装部核实; samples 174, 189, 295); 未经X特许 (samples 87, 177, 305)
            + "|核实|特许"
            // 经X检疫合格 admits goods as 经X检验合格 does (生猪…应当依法经动物卫生监督机构检疫合格)
            + "|检疫"
            // 经X审议 where a congress reviews a plan before it goes up (应当先经镇人民代表大会审议, 经乡人民代表大会审议通过)
            + "|(?<=人民代表大会|常务委员会)审议|准许"
            // 经X(计量)认证: a mission or an office attests a document or a laboratory (并经中华人民共和国驻该国使领馆认证, 经省级以上人民政府
            // 计量行政部门计量认证); not 国务院认证认可监督管理部门, a name
            + "|(?:计量)?认证(?!认可|机构)"
            + "|组织(?:[^，。；的]{0,12}考核|论证|审查|评审|审定|鉴定|验收)|对[^，。；]{1,40}?(?:考试|考核|审查|检验)合格|对[^，。；]{1,40}?(?:予以|进行)?(?:审查|审核)(?:批准|同意)?(?:后|[，,。；]|$)"
            + "|检查(?:和|并)同意)");
    /**
     * 经X(审查)同意和Y批准, 经X审核、Y审查同意, 经X协调、Y审核: Y approves after X (经所在地环境保护行政主管部门同意和原批准部门批准,
     * 经乡级人民政府审核、县级人民政府建设行政主管部门审查同意).
     */
    private static final Pattern AND_THEN_APPROVED = Pattern.compile("(?:(?:审查|审核)?同意和|(?:审核|审查|协调)、)" + X_SHORT + "(?=批准|核准|审查同意|审核同意|审核|审查)");
    /** 设立 as a verb inside a span (not X设立的Y, the body X set up, which is named whole). */
    private static final Pattern SETS_UP = Pattern.compile("设立(?!的)");
    /** A party setting up its own organ (高等学校设立学术委员会). */
    private static final Pattern PARTY_SETS_UP = Pattern.compile("(?:学校|单位|企业|公司)$");
    /** 根据委托/受委托 right after a subject, the entruster unnamed (居民经济状况核对机构根据委托，…). */
    private static final Pattern ENTRUSTED_UNNAMED = Pattern.compile("(?:可以)?(?:根据|受)委托(?:[，,]|$)");
    /**
     * What the body set up does in the next clause: 设立X，负责…; 国务院设立海关总署，统一管理全国海关; X设立Y，受X委托具体负责… (Y is
     * the one entrusted).
     */
    private static final Pattern SET_UP_DUTY = Pattern.compile("(?:具体)?(?:负责|承办)|统一(?:管理|领导|负责|组织)|主管|承担|履行|受[^，。；]{2,30}?委托"
            + "|对[^，。；]{1,20}?实行(?:统一)?(?:管理|领导|监督)"); // 开发区设立X（以下简称管委会），对开发区实行统一管理
    /**
     * 设立X，负责…: the body set up is the subject of the next clause (国务院设立国家禁毒委员会，负责组织…禁毒工作); not a body
     * that may be set up (可以设立禁毒委员会，负责…), whose duty the annotations leave with the government that may set it up.
     */
    private static final Pattern SET_UP_BODY = Pattern.compile("设立(?:一个|若干)?([\\u4e00-\\u9fff（）]{1,30}?" + SUFFIX + ")(?:"
            + SHORT_NAME_DEFINED + ")?$"); // …设立X（以下简称Y），履行下列职责
    /** X下设Y as the whole clause: the body X sets up under it (管理委员会下设鱼市场管理站，具体负责…). */
    private static final Pattern SUB_BODY = Pattern.compile("([\\u4e00-\\u9fff（）]{2,30}?" + SUFFIX + ")下设([\\u4e00-\\u9fff（）]{0,30}?" + SUFFIX + ")");
    /** A body named by what it is to its parent alone (办事机构, 办公室, 秘书处): the parent's name makes its own. */
    private static final Pattern OFFICE_OF = Pattern.compile("(?:日常)?(?:办事机构|工作机构|办公室|秘书处)");
    /**
     * 取得X的(书面)批准/许可/同意, 取得X的…批准文件: X approves, as with 经X批准 (取得X核发的…许可证 is {@link #LICENSED_BY}'s;
     * not a licence the holder is named by: 取得X…许可的N).
     */
    private static final Pattern GRANTED_BY = Pattern.compile("(?:取得|征得)" + X_SHORT + "(?:的(?:书面)?(?:批准|许可|同意)(?!的)"
            + "|(?:书面)?同意(?!的)|的[^，。；的]{0,10}批准文件)");
    /**
     * 向X提出申请(…)，经(审查/审核)批准/同意: the body applied to approves, though 经 names no one (向国家核安全局提出申请，经审查批准;
     * 应当向外交部提交书面申请，经批准后…).
     */
    private static final Pattern APPLIED_TO_THEN_APPROVED = Pattern.compile("向" + X_SHORT
            + "(?:提出|提交|申请|报送)[^。；，,]{0,40}[，,]经(?:审查|审核)?(?:批准|同意)");
    /**
     * 向X申请核发/(设立、变更、注销)登记/注册/领取/颁发/换发…: the body applied to issues the licence or makes the registration
     * (the samples since sample 101 read it as an approval; 向X申请 alone, which names no act, is left); 向X申请协调/裁决:
     * the body settles the matter; 到X申请… as 向X申请… (应当…到发证机关申请换发兽药经营许可证, 到船籍港船舶登记机关申请办理…登记; not
     * 收到/得到/达到/遇到/提到, nor 到X办理…, a registration the samples leave unrecorded).
     */
    private static final Pattern APPLIED_TO_ISSUE = Pattern.compile("(?:向|(?<![收得达遇提直])到)" + X_SHORT + "(?:依法)?(?:提出|重新)?申请(?:核发|(?:设立|变更|注销)?登记|[\\u4e00-\\u9fff]{2,12}?登记(?=[，。；、]|$)|注册|领取|颁发|换发|协调|裁决"
            // 申请采集证, 申请生产许可, 申请取水许可证, 申请养殖使用证, 申请取得船员适任证书: a licence the body issues (samples 106–139,
            // 302, 305)
            + "|[\\u4e00-\\u9fff]{0,8}(?:许可证|许可|采集证|执照|证书|使用证)(?=[，。；、]|$))");
    /**
     * A party acting on a body's proof or approval document (凭所在地税务机关的证明, 凭国务院证券监督管理机构的批准文件, 凭…主管部门
     * 颁发的批准证书, 持国务院广播电影电视行政部门的批准文件; 16 such phrases in the corpus): the body approved (the samples' reading of
     * 必须有X的证明).
     */
    private static final Pattern BY_PROOF_OF = Pattern.compile("(?:凭|持有(?!关)|持)" + X_SHORT + "(?:出具|签发|核发|颁发)?的(?:证明|批准文件|批准证书|批件|批准书|证明文件)");
    /**
     * A party that must obtain a body's approval (必须取得卫生行政部门的资格认可, 取得国务院商务主管部门的许可; 18 such phrases in the
     * corpus): the body approves, as 经X批准 says.
     */
    private static final Pattern OBTAINED_FROM = Pattern.compile("取得" + X_SHORT + "的[^，。；的]{0,6}?(?:批准|许可|同意|认可)");
    /**
     * A party that must obtain or hold a licence a body issues (取得公安机关核发的持枪证, 持有国务院民用航空主管部门颁发的适航证; the
     * samples record the issuer as approving, 55 times in samples 1–528, and page annotators do too): X approves. Not an issuer
     * named by its designation alone (渡口所在地县级人民政府指定的部门颁发的合格证).
     */
    private static final Pattern LICENSED_BY = Pattern.compile("(?:取得|持有(?!关)|领取)" + X_SHORT + "(?:依法)?(?:核发|颁发|发给|签发|发放)的[^，。；的]{0,20}?(?:证|照|证书|执照)(?![\\u4e00-\\u9fff&&[^和及、]])");
    /** {@link #APPROVED_BY} with a list of 31 to 80 characters (tried only where the shorter one found nothing). */
    private static final Pattern APPROVED_LIST = Pattern.compile(BY_APPROVAL + "([\\u4e00-\\u9fff、（）]{31,80}?" + SUFFIX + ")" + APPROVAL_MANNER + "(?=批准|同意|审批|核准)");
    /**
     * {@link #REPORT_TO} with a list of 31 to 80 characters (报流域管理机构或者省、自治区、直辖市人民政府水行政主管部门直属水文机构批准;
     * tried only where the shorter one found nothing).
     */
    private static final Pattern REPORTED_LIST = Pattern.compile("(?:报请|报送|报(?![告关表]))([\\u4e00-\\u9fff、（）]{31,80}?" + SUFFIX + ")(?=批准|审批|核准|同意)");
    private static final Pattern LIST_AND = Pattern.compile("或者|以及|和");
    private static final Pattern BY_AUTHORITY = Pattern.compile("^" + X + "(?=根据授权|经授权)");
    /** 其X部门 after a government subject: the government's department (其文物主管部门, 其林业草原、渔业主管部门). */
    private static final Pattern ITS_DEPARTMENT = Pattern.compile("^其(?!他|所属|直属|上级)[\\u4e00-\\u9fff、]{1,20}?(?:主管部门|行政部门|管理部门)$");
    /** 其派出机构, 其分支机构 as a clause subject: the branches of the body the sentence named before. */
    private static final Pattern ITS_BRANCH = Pattern.compile("^其(?:派出|分支|派驻)(?:机构|机关)$");
    /**
     * The unnamed bodies that exercise a power, last in a subject list (和其他行使海洋环境监督管理权的部门; 或者其他依照本法规定行使
     * 环境噪声监督管理权的监督管理部门、机构: either acts, the one named is the subject).
     */
    private static final Pattern OTHERS_EXERCISING = Pattern.compile("(?:和|以及|及|、|或者|或)其他(?:依照本(?:法|条例)(?:的)?规定|依法)?行使"
            + "[^，。；、]{1,20}?的(?:监督管理)?(?:部门|机构|机关)(?:、(?:部门|机构|机关))?$");
    /**
     * Parties named before a subject's agencies (铁路运输企业和设区的市、县级人民政府应当…, 机关、团体、企业事业单位和乡、民族乡、镇的人民政府
     * 以及街道办事处，应当…, 预备役人员所在单位和乡镇人民政府、街道办事处应当…): the agencies after them are the subject.
     */
    private static final Pattern PARTIES_FIRST = Pattern.compile("(?:(?:有关|相关|其他|各类)?(?:机关|团体|企业事业单位|事业单位|社会组织"
            + "|社会团体|人民团体|医疗机构|[\\u4e00-\\u9fff&&[^和及或与门府关构局委、]]{0,8}?(?:单位|企业|学校))(?:、|和|以及|及))+");
    /** The rules left to the body in charge (…由X负责，具体制度参照本办法另行制定): what is made. */
    private static final Pattern RULES_LEFT_AFTER_CHARGE = Pattern.compile("^(具体[\u4e00-\u9fff]{0,6}?(?:办法|制度|细则|规定|措施|标准))"
            + "(?:参照本(?:办法|规定|条例|细则))?(?:另行|自行)?(?:制定|规定|制订)$");
    /** The clause after X根据Y的授权(决定): the rules X makes on it (制定法规, 可以制定…规章). */
    private static final Pattern RULES_ON_AUTHORITY = Pattern.compile("(?:可以|应当)?(?:制定|制订)");
    /**
     * After a clause subject: 根据Y的授权, 根据Y授权, 依照授权, 在Y的授权范围内, 按照《决定》的授权 (a decision that authorises) — the
     * subject acts on a power Y gave it.
     */
    private static final Pattern ACTS_ON_AUTHORITY = Pattern.compile("(?:可以|应当|也可以)?(?:根据|依照|依据|按照|在)"
            + "(?:[\\u4e00-\\u9fff、（）]{0,30}?" + SUFFIX + "的?|《[^《》]{1,40}》的?)?授权(?!书|委托|人|代理|的(?:机构|部门|机关|组织|单位))");
    /** A clause that opens with the bounds of a power Y gave: 在Y的授权范围内, 在Y授权的范围内 (Y named, no 的 inside it). */
    private static final Pattern AUTHORITY_OPENS = Pattern.compile("在[\\u4e00-\\u9fff、（）&&[^的]]{0,30}?" + SUFFIX + "(?:的授权范围|授权的范围)内");
    /** X另有规定, also X对…另有规定 (国务院、中央军事委员会对无人驾驶航空器的管理另有规定的，从其规定). */
    private static final Pattern OTHERWISE = Pattern.compile(X + "(对[^，。；]{1,30}?)?另有规定");
    /**
     * X(对…)有(其他/特别/特殊)(管理)规定的，依照/从其规定 (药品管理法 第一百一十二条, 招标投标法 第四十条), and the local texts'
     * X对…作出规定的，从其规定: X's own rules, as for 另有规定 (OTHERWISE), which an earlier reader takes.
     */
    private static final Pattern SPECIAL_RULES = Pattern.compile(X + "(?:对[^，。；]{1,40}?)?(?:已?有(?:其他|特别|特殊|限制性){0,2}(?:管理)?|(?:作出|做出)(?:特别|专门|具体)?)规定的[，,](?:依照|从|按照)其规定");

    /** {@link #SPECIAL_RULES} in the clause that ends before 其规定 at {@code its}. */
    private static void specialRules(String sent, int its, int base, List<Duty> out, List<int[]> delegated) {
        int from = Math.max(0, sent.lastIndexOf('。', its) + 1);
        int start = Math.max(from, its - 80);
        Matcher m = SPECIAL_RULES.matcher(sent).region(start, its + 3);
        if (m.find() && !m.group(1).contains("另")) {
            Matcher laws = LAWS_BEFORE.matcher(m.group(1));
            int cut = laws.find() ? laws.end() : 0;
            if (add(out, true, base + m.start(1) + cut, m.group(1).substring(cut), null, "规定", Delegates.RULEMAKING, sent)) {
                delegated.add(new int[]{m.start(1) + cut, m.end(1)}); // the clause's subject: no duty besides
            }
        }
    }

    /** The laws listed before an agency that 另有规定: 法律、行政法规或者, 法律和. */
    private static final String LAWS = "(?:法律|法规|规章)";
    private static final Pattern LAWS_BEFORE = Pattern.compile("^.*" + LAWS + "(?:或者|和|及|、)");
    /** Laws listed in a span (法律、行政法规或者国务院…): the span names sources of rules, not a subject (not 政策法规和…司). */
    private static final Pattern LAWS_LISTED = Pattern.compile("(?<!政策)" + LAWS + "(?:或者|和|及|以及|、)");
    /**
     * Spans that name no agency (lexicon/not-agency-spans.txt, one alternative a line): parties, parts, bare heads, and a
     * span holding the act of setting a body up ({@link #SET_UP_BODY} finds the body set up).
     */
    private static final Predicate<String> BAD = FirstChars.finder(Lexicon.lines("not-agency-spans.txt"));
    /** The remit of a role name (X负责…的部门), left out when the name is checked against {@link #BAD}. */
    private static final Pattern REMIT_WORDS = Pattern.compile("(?:" + REMIT_VERB + "|履行)[^的]{1,24}?的(?=" + REMIT_HEADS + "$)");
    /**
     * Regulated parties and service bodies, mass organisations and facilities (lexicon {@code regulated-parties.txt}): they carry
     * no agency duty, though they may be entrusted (DELEGATES).
     */
    private static final Predicate<String> REGULATED = FirstChars.finder(Lexicon.lines("regulated-parties.txt"));

    /** Whether a clean name is none an agency has ({@link #BAD}, too short): a party, a part, an act read into a name. */
    static boolean namesNoAgency(String name) {
        return nameKind(name) == NOT_AGENCY;
    }

    /** Whether {@code name} is a regulated party or service body of the lexicon (regulated-parties.txt). */
    static boolean regulatedParty(String name) {
        return !name.isEmpty() && REGULATED.test(name);
    }
    /** Private firms (lexicon {@code private-firms.txt}): an agency hires them, it entrusts them with no power. */
    private static final Predicate<String> PRIVATE_FIRM = FirstChars.finder(Lexicon.lines("private-firms.txt"));
    /**
     * A clause that begins with these has no agency as its subject (设立X, 指定X, 确定X: X is the verb's object; after
     * 提请/移送/通知 X acts next, as in 通知X办理, and stays; 隐藏、转移、变卖或者损毁X依法扣押的财物, 影响X依法办案: the breach's
     * verb takes X as its object).
     */
    private static final Pattern NOT_SUBJECT = Pattern.compile("^(?:经(?!济|贸)|报|与|可|统称|应(?!急)|引入|按照|参照|参考|在|向|到(?![期达])|对(?!外联系)|送|将|为|从|和|及|会同|支持|鼓励|引导|组织|推动|督促|指导|协调|监督(?!管理|检查|机关|机构|部门|委员会|[^，。；、]{1,12}的(?:主管)?部门)|加强|配合|依托|通过|设立|指定|确定|任何|请求|要求|发展(?!改革|和改革|计划[、和部委])|妨碍|干涉|影响|隐藏|隐匿|转移|变卖|损毁|毁灭|伪造|冒充|干扰|抗拒|欺骗|扰乱|侵占|挪用|骗取)|(?<!自)由|委托|(?<![和定])从事|建议(?!的)|是指|金融(?!(?:监督)?管理[、等部机]|监管[、等部机]|工作|、|等部门)|检测机构|鉴定机构|服务机构|中介机构");

    /**
     * A subject named after the place of a party an act concerns, or where it was set up (被撤销的金融机构所在地的地方人民政府,
     * 在口岸设立的国际道路运输管理机构): the words of the description are no reason to reject the name after it.
     */
    private static final Pattern DESCRIBED_SUBJECT = Pattern.compile("^(?:被[^，。；]{1,16}?所在地的?|在[^，。；]{1,10}?设立的)(?=.{2})");

    /** Whether a subject span is no subject ({@link #NOT_SUBJECT}), read after its description ({@link #DESCRIBED_SUBJECT}). */
    private static boolean notSubject(String span) {
        Boolean known = NOT_SUBJECTS.get(span);
        if (known == null) {
            Matcher described = DESCRIBED_SUBJECT.matcher(span);
            known = NOT_SUBJECT.matcher(described.lookingAt() ? span.substring(described.end()) : span).find();
            if (NOT_SUBJECTS.size() >= MEMBERS_MAX) {
                NOT_SUBJECTS.clear();
            }
            NOT_SUBJECTS.put(span, known);
        }
        return known;
    }

    /** {@link #notSubject} of the spans seen: a subject span recurs in its document, and asked again by several readers. */
    private static final Map<String, Boolean> NOT_SUBJECTS = new ConcurrentHashMap<>();

    /** X负责…的(工作)人员: staff named by their work, the subject of a breach (戒毒条例 第四十四条). */
    private static final Pattern STAFF_BY_REMIT = Pattern.compile("负责[^，。；]{1,30}?的(?:工作)?人员");
    /** Regulated parties after a subject's agencies (SubjectScan.PARTIES): what follows the subject comes after them. */
    private static final Pattern PARTY_TAIL = Pattern.compile(SubjectScan.PARTY_TAIL_REGEX);
    /** (的)领导下, 指导和监督下, 统一管理、监督和综合协调下 …: what follows the leader of 在X的领导下. */
    private static final String LEAD_UNDER = "的?(?:统一)?(?:业务|工作|技术)?(?:领导|指导|监督|组织|协调|指挥|管理)(?:协调|指导)?(?:[和、](?:领导|指导|监督|协调|检查|管理|综合协调)){0,3}下";
    /** Obstruction of a body's inspection (拒绝、阻碍X的监督检查): the body inspects, as 接受X的监督 says. */
    private static final List<String> OBSTRUCT_WORDS = List.of("拒绝", "阻碍", "阻挠", "阻止", "妨碍", "抗拒", "干涉");
    private static final String OBSTRUCTS = "(?:" + String.join("|", OBSTRUCT_WORDS) + ")";

    /**
     * 执行X的监督指令/调度/指挥 (the gate of {@link #SUPERVISED_BY}'s 执行): 执行 alone stands in twice as many clauses as 接受 and
     * 配合 together (执行国家规定, 强制执行), which the pattern need not read.
     */
    private static boolean carriesOut(String cl) {
        return cl.contains("执行") && (cl.contains("指令") || cl.contains("调度") || cl.contains("指挥"));
    }

    /** Whether {@code cl} may say 受X领导/指导/监督 (the gate of {@link #SUPERVISED_BY}'s 受): 受 alone begins 受理, 受到, 受托…. */
    private static boolean ledBy(String cl) {
        return cl.indexOf('受') >= 0 && (cl.contains("领导") || cl.contains("指导") || cl.contains("监督"));
    }

    /** Whether {@code cl} has a word of {@link #OBSTRUCT_WORDS} (the gate of {@link #SUPERVISED_BY}'s obstruction). */
    private static boolean obstructs(String cl) {
        for (String word : OBSTRUCT_WORDS) { // per clause: no stream
            if (cl.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body whose supervision or guidance a party accepts, obstructs or acts under: 接受X(的)监督/(业务、工作)指导和监督/查验/指令,
     * 配合X(的)调查/监督检查, 服从X的统一指挥/调度/管理, 执行X的监督指令, 拒绝、阻碍X(或者其他…部门)的监督检查, 拒绝或者阻止X记录、
     * 录音…(an investigation's acts, 税收征收管理法实施细则 第九十六条), 在X的指导/领导/监督下
     * — X supervises (the samples' convention since sample 2), also beside the public (接受X和社会的监督); 受X(的)(双重)领导/指导/
     * 监督 likewise (受本级人民政府和上级人民政府统计机构的双重领导); a short topic before 监督 after 的 (接受国家核安全局的核安全监督,
     * …依法实施的安全监督). Not 接受X的委托 (an entrustment), nor 管理 that begins a name
     * (接受县级以上人民政府管理测绘工作的部门的监督).
     */
    private static final Pattern SUPERVISED_BY = Pattern.compile("(?:(?:接受|配合|服从|执行|(?<![接承感享遭])受(?=[^，。；]{2,40}?(?:领导|指导|监督))|" + OBSTRUCTS + "(?:(?:、|或者|和)" + OBSTRUCTS + "){0,3})" + X_LIST + "(?:(?:和|及|以及)(?:社会公众|社会|公众|群众)|(?:或者|或)其他[^，。；的]{0,24}的?(?:有关)?(?:部门|机构|机关))?(?:及其工作人员)?(?:对[^，。；]{1,25}?|有关(?![部机单主行])[^，。；的]{1,25}?的)?(?:依法实施|依法进行|依法行使|依法)?的?(?:统一|双重)?(?:业务|工作|技术|行业)?(?:监督|(?<=的)[\u4e00-\u9fff]{1,4}?监督(?!管理)|指导|查验|检查|指令|审计|领导|监管|考核|检验|检疫|调查|指挥|调度|调遣|监测|(?<=接受[^，。；]{1,30})审查|(?<=阻止[^，。；]{1,30})(?:记录|录音|录像|照相)|管理(?![^，。；]{0,12}(?:部门|机构|机关)))(?![^，。；]{0,4}(?:部门|机构|机关|局))"
            + "|(?<![存所现])在" + X_SHORT + LEAD_UNDER + ")");
    /** 对X(依法实施)的监督检查(工作): an inspection by X (group 1), which others are told to help. */
    private static final String INSPECTED = "对" + X_SHORT + "(?:依法)?(?:进行|实施)?的(?:监督检查|检查|调查|监督)(?:工作)?";
    /** The help given an inspection: (予以)配合, 协助, 支持与配合. */
    private static final String HELPS = "(?:予以|给予)?(?:支持(?:与|和|并)?)?(?:配合|协助)";
    /**
     * 对X(依法实施)的监督检查(工作)(，)应当予以配合/协助, 应当支持与配合: X inspects, as 配合X的监督检查 says (海洋环境保护法,
     * 劳动保障监察条例, 建设工程质量管理条例).
     */
    private static final Pattern INSPECTION_HELPED = Pattern.compile(INSPECTED + "[，,]?(?:应当)?" + HELPS);
    /**
     * {@link #INSPECTION_HELPED} with the helpers named after the comma (对X依法进行的监督检查，被检查单位应当配合; 对X和其他有关部门
     * 依法进行的监督检查，从事核安全活动的单位应当予以配合): read over the sentence, the clauses split at that comma.
     */
    private static final Pattern INSPECTION_HELPED_ACROSS = Pattern.compile(INSPECTED + "[，,][^，。；]{0,30}?(?:应当|必须)" + HELPS);
    /** What follows the leader of 在X(的)领导下 (see {@link #SUPERVISED_BY}); 监督下级 is no 监督下. */
    private static final Pattern UNDER = Pattern.compile(LEAD_UNDER + "(?![级属一])");
    /** Office holders in a list of leaders (省长、自治区主席、市长): no agency. */
    private static final Pattern OFFICIALS = Pattern.compile("长、|主席|首长");
    private static final Pattern COURT_ASKED = Pattern.compile("(?:依法)?(?:应当|可以)?申请人民法院");
    /**
     * The sanction on an agency's officials that follows the condition naming the agency (…的，对直接负责的主管人员和其他直接
     * 责任人员依法给予处分; …的，由上级机关责令改正，对负有责任的领导人员…): read from the sentence's first 的， (the condition's end). Not after a
     * modal (X发现…的，应当责令改正，对直接负责的主管人员…: X is who sanctions).
     */
    private static final Pattern BREACH = Pattern.compile("的，(?:(?!应当|应|可以|必须)[^。；]){0,80}?(?:直接负责的主管人员|直接责任人员|负有责任的领导人员)");
    /**
     * …的，由Y责令(限期)改正 closing the condition: the body named in the condition broke the law (X对…申请，未在规定时间内完成审核
     * 工作的，由本级人民政府…责令限期改正), its officials' sanction in the next sentence (；逾期不改正的，对直接负责的主管人员…).
     */
    private static final Pattern BREACH_ORDERED = Pattern.compile("的，(?:(?:或者|或)[^。；]{1,80}?的，)?由[^，。；]{2,40}?责令(?:其)?(?:限期)?(?:改正|纠正)");
    /** Whether the sentence's first clause opens with an agency, its subject (not 运营者对X开展的…, 未经X指定…). */
    private static boolean opensWithAgency(String sent) {
        int comma = sent.indexOf('，');
        String first = comma > 0 ? sent.substring(0, comma) : sent;
        int[] span = SubjectScan.find(first);
        if (span == null || span[0] != 0) {
            return false;
        }
        String name = first.substring(span[0], span[1]);
        return AgencyNames.namesItself(name) && !notSubject(name);
    }

    /** After 由X: a sanction (R8, role enforcement). */
    private static final Pattern ENFORCES = Pattern.compile("[^，。；]{0,16}?(?:责令|处以|处|给予|没收|吊销|撤销|暂扣|罚款|予以|取缔|查封|扣押)");

    /**
     * One agency's duty or delegation. {@code list} is the joint list it was named in, as written and cleaned
     * (国务院交通运输、水利、工业和信息化、能源等有关部门), when the text names several bodies at once; null otherwise.
     *
     * @param kind for DELEGATES: rulemaking, interpretation, entrustment, authorisation; null for RESPONSIBLE
     */
    public record Duty(RelationType type, int offset, String agency, String role, String what, String kind, String surface,
                       String list) {
    }

    /** A character of every duty agency head (DutyFinderGateTest): a sentence without one names no agency. */
    static final String SUFFIX_CHARS = "部委局署府构关厅室市省院银街司心监军戍警代组议所站处团州立馆办队";
    /** {@link #SUFFIX_CHARS} as a table: asked for every character of every document. */
    private static final boolean[] IS_SUFFIX_CHAR = Lexicon.charTable(SUFFIX_CHARS);

    /** Whether a character of {@link #SUFFIX_CHARS} stands in {@code s} within {@code reach} characters from {@code from}. */
    private static boolean suffixCharWithin(String s, int from, int reach) {
        for (int i = from, end = Math.min(s.length(), from + reach); i < end; i++) {
            if (IS_SUFFIX_CHAR[s.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Duties in {@code [from, to)} of a document's text. Outside article-structured documents only the main duties
     * (负责, 牵头, 会同) are looked for.
     */
    public List<Duty> find(DocText dt, int from, int to) {
        List<Duty> out = new ArrayList<>();
        String s = dt.text();
        boolean all = dt.structured();
        int sentStart = from;
        boolean agencyChar = false;
        String listSubject = null; // X履行下列职责：（一）…；（二）…: the subject of the list the items go on
        String chainSubject = null; // X负责…；会同Y制定…: the subject of the sentence before a semicolon
        String stopSubject = null; // the subject of the sentence before a full stop, which a list of duties with none goes on with
        ListedMakers listed = new ListedMakers(); // 下列机关可以制定X：（一）…；（二）…: each item's bodies make X
        int sentenceBefore = -1; // where the sentence before starts, in the same article (-1: none)
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : '。';
            boolean heading = i < to && i > sentStart && dt.breakAt(i);
            if (c == '。' || c == '；' || c == ';' || i == to || heading) {
                boolean numbered = enumerated(s, sentStart, i); // （一）…: an item of a list the sentence before opened
                listed.sentence(s, sentStart, i, numbered, all && agencyChar && i > sentStart, out);
                boolean item = listSubject != null && numbered;
                if (!item) {
                    listSubject = null;
                }
                String subjectBefore = chainSubject;
                boolean chained = !item && chainSubject != null && CHAIN_OPENS.matcher(s).region(sentStart, i).lookingAt();
                Boolean later = null; // laterRule's answer for this sentence, read at most once (both tests below may ask)
                // only a partner needs the subject before: 负责…；制定…标准 in a list of duties reads as one of them (dev gold 001)
                // …；受Y的委托，…: the subject before acts on an entrustment (县级以上经贸委负责…；受省经贸委的委托，对…进行监管)
                String given = item ? listSubject : chained && (s.startsWith("会同", sentStart)
                        || s.startsWith("受", sentStart) && Delegations.opensOnEntrustment(s.substring(sentStart, i))
                        || (later = laterRule(s, sentStart, i) != null)) ? chainSubject : null; // …；明确…具体标准: the rules it sets
                chainSubject = null;
                String subjectBeforeStop = stopSubject;
                stopSubject = null;
                boolean opensList = !item && given == null && subjectBeforeStop != null && i > sentStart && unnamedDutyList(s, sentStart, i);
                if (opensList || !item && given == null && subjectBeforeStop != null && i > sentStart && !agencyChar
                        && RULES_GO_ON.matcher(s).region(sentStart, i).lookingAt()) {
                    // X负责…。具体履行以下职责：（一）…: the list is the subject's of the sentence before; X应当…。针对…制定…规则: so are
                    // the rules a sentence with no subject goes on to make
                    given = subjectBeforeStop;
                }
                if (i > sentStart && (agencyChar || opensList || given != null && (makes(s, sentStart, i) || item || (later != null ? later : laterRule(s, sentStart, i) != null))) && (all || mainDuty(s, sentStart, i) || given != null)) {
                    String subject = sentence(s, sentStart, i, out, given, sentenceBefore);
                    if (!item) {
                        listSubject = dutyList(s, sentStart, i) ? subject : null;
                    }
                    stopSubject = c == '。' ? subject : null;
                    // a duty clause of no name (负责金银的收购与配售: 银 opened the gate) keeps the chain's subject
                    chainSubject = c != '；' && c != ';' ? null : subject != null ? subject : chained ? subjectBefore : null;
                } else if (chained && (c == '；' || c == ';')) {
                    chainSubject = given != null ? given : subjectBefore; // …；负责金银的收购与配售；会同Y制定…: the chain goes on
                }
                // the sentence a subjectless one goes on with: the one before it in the same article (…；不具备检测能力的，应当委托…;
                // a PDF's lines are no paragraphs)
                sentenceBefore = heading || i >= to ? -1 : sentStart;
                sentStart = heading ? i : i + 1;
                agencyChar = heading && opensGate(s, i, c);
            } else if (!agencyChar && opensGate(s, i, c)) {
                agencyChar = true;
            }
        }
        units(s, from, to, out);
        if (all) {
            reportedThenActs(dt, from, to, out);
        }
        partnersAtLeadsLevel(s, out);
        return out;
    }

    /**
     * X会同Y, Y a field's department with no level of its own (国务院教育行政部门会同劳动行政部门, 省、自治区、直辖市人民政府价格主管部门
     * 会同财政部门): Y is the department at X's level, as the list X和Y reads (国务院劳动行政部门), not a body of no level.
     */
    private static void partnersAtLeadsLevel(String s, List<Duty> out) {
        Duty[] leads = null; // the duties whose agency has a level, by offset: looked up, not scanned, for each partner
        for (int k = 0; k < out.size(); k++) {
            Duty d = out.get(k);
            int co = d.offset() - 2;
            // as written after 会同: not a name the cleaner cut (会同国家物价部门, 会同本级人民政府财政…等部门)
            if (co < 0 || !s.startsWith("会同", co) || !s.startsWith(d.agency(), d.offset()) || AgencyLists.hasOwnLevel(d.agency())
                    || !AgencyLists.BARE_FIELD_DEPARTMENT.matcher(d.agency()).matches()) {
                continue;
            }
            if (leads == null) {
                leads = out.stream().filter(e -> AgencyLists.hasOwnLevel(e.agency())).sorted(Comparator.comparingInt(Duty::offset))
                        .toArray(Duty[]::new);
            }
            String lead = leadBefore(s, co, leads);
            List<String> pair = lead == null ? List.of() : AgencyLists.members(lead + "和" + d.agency());
            String levelled = pair.size() == 2 ? pair.get(1) : null;
            if (levelled != null && levelled.length() > d.agency().length() && levelled.endsWith(d.agency())) {
                out.set(k, new Duty(d.type(), d.offset(), levelled, d.role(), d.what(), d.kind(), d.surface(), d.list()));
            }
        }
    }

    /**
     * The agency named last before {@code co} (会同) in the same clause, from the levelled duties sorted by offset (the first of
     * those at the nearest offset); a farther one would cross the same clause break, or reach further.
     */
    private static String leadBefore(String s, int co, Duty[] leads) {
        int lo = 0;
        int hi = leads.length; // the first offset at or after co
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (leads[mid].offset() < co) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == 0) {
            return null;
        }
        int at = lo - 1;
        while (at > 0 && leads[at - 1].offset() == leads[at].offset()) {
            at--;
        }
        Duty lead = leads[at];
        return co - lead.offset() <= LEAD_REACH && noBreak(s, lead.offset(), co) ? lead.agency() : null;
    }

    /** How far before 会同 a lead's name (and a modal) can start. */
    private static final int LEAD_REACH = 40;

    private static boolean noBreak(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '，' || c == '。' || c == '；' || c == ',' || c == ';' || c == '：') { // not 、: a lead may be a list
                return false;
            }
        }
        return true;
    }

    /**
     * What opens a sentence that goes on after a semicolon with the subject before it (中国人民银行负责…；负责…；会同国家物价主管机关
     * 制定…价格: 金银管理条例 第四条): a duty word or a partner, no name of its own; only the partner's sentence takes the subject,
     * and one that opens on an entrustment (…；受Y的委托，…).
     */
    private static final Pattern CHAIN_OPENS = Pattern.compile("会同|负责|监督|管理|组织|指导|协调|审批|审核|受|明确|编制|完善|健全|建立健全");

    /**
     * 向X报告(报案)…。接到报告的部门应当…: the bodies reported to act on the report, where a later sentence names them only as its
     * receivers (建设工程安全生产管理条例 第五十条; in the samples 29 of 33 such receivers are recorded, the others bare or relative).
     * The report is looked for in the receiver's sentence and the one before it (up to its 。), within the receiver's article.
     */
    private static void reportedThenActs(DocText dt, int from, int to, List<Duty> out) {
        String s = dt.text();
        if (s.indexOf("报告的", from) < 0 && s.indexOf("报案的", from) < 0) {
            return; // most documents name no receiver: one fast search instead of the pattern's at every offset
        }
        Matcher receiver = RECEIVER_ACTS.matcher(s).region(from, to);
        while (receiver.find()) {
            int at = receiver.start();
            int sentence = s.lastIndexOf('。', at - 1);
            int reportsFrom = Math.max(from, (sentence < 0 ? -1 : s.lastIndexOf('。', sentence - 1)) + 1);
            for (int i = at; i > reportsFrom; i--) {
                if (dt.breakAt(i)) {
                    reportsFrom = i; // not across the start of the receiver's article
                    break;
                }
            }
            Matcher m = REPORTED_TO.matcher(s).region(reportsFrom, at);
            if (!m.find()) { // 报告X，接到报告的部门应当…: the bodies right after 报告
                m = REPORTED_DIRECTLY.matcher(s).region(reportsFrom, at).useTransparentBounds(true);
            } else {
                m.region(reportsFrom, at); // from the first again (reset() would drop the region)
            }
            while (m.find()) {
                String name = m.group(1);
                if (!RELATIVE_APPROVER.matcher(name).matches() && name.replace("其他", "").indexOf('其') < 0) { // not 其上级机关
                    String surface = s.substring(Math.max(reportsFrom, dt.sentenceStart(m.start())), dt.sentenceEnd(m.start()));
                    add(out, false, m.start(1), name, "lead", null, null, surface.substring(leadIn(surface))); // not 第五十条
                }
            }
        }
    }

    /**
     * The receiver of a report, named by it alone, that must act: 接到报告的部门应当…, 收到报告的机关必须… (接到报告的卫生主管部门
     * names its body, which the sentence's own subject reads).
     */
    private static final Pattern RECEIVER_ACTS = Pattern.compile("(?:接到|收到)(?:报告|报案)的(?:有关)?(?:部门|机关|机构|人民政府)(?:应当|必须)");
    /** 向X报告/报案: the body a party reports to. */
    private static final Pattern REPORTED_TO = toBody("(?:报告|报案)(?![书表])");
    /**
     * 报告X, then (，/；) 接到报告的…: the bodies reported to, named right after the verb and right before their receivers'
     * sentence (北京市保守国家秘密条例 第二十二条: 报告公安机关、国家安全机关和保密行政管理部门，接到报告的部门应当…).
     */
    private static final Pattern REPORTED_DIRECTLY = Pattern.compile("(?<!向)(?:报告|报案)(?![书表的])" + nameUpTo(60)
            + "(?=[，；](?:接到|收到)(?:报告|报案)的)");

    /** 向X + what a party does towards it ({@link #COMPLAINED_TO}, {@link #REPORTED_TO}): X in group 1, a list of up to 60. */
    private static Pattern toBody(String act) {
        return Pattern.compile("(?<![面方])向" + nameUpTo(60) + act);
    }

    /**
     * X以及Y应当…: the subject goes on after 以及 when what follows it is a subject of its own (研究开发机构、高等院校的主管部门以及
     * 财政、科学技术等相关行政部门应当…); Y is added beside X, which keeps its own span (a merged span would be cleaned as one name).
     */
    private static void alsoAfterAnd(String sent, int ce, String cl, int from, int offset, List<Duty> out) {
        int[] next = SubjectScan.find(cl.substring(from));
        String also = next != null && next[0] == 0 ? cl.substring(from, from + next[1]) : null;
        if (also == null && ce < sent.length() && cl.length() - from <= ALONE_MAX
                && SUBJECT_CLAUSE_AFTER.matcher(sent).region(ce, Math.min(sent.length(), ce + SUBJECT_CLAUSE_REACH)).lookingAt()) {
            also = cl.substring(from); // …以及乡、镇人民政府，应当…: the clause ends with the subject
        }
        if (also != null && !NOT_SUBJECT.matcher(also).find()) {
            add(out, false, offset + from, also, "lead", null, null, cl);
        }
    }

    /**
     * A character of an agency head at {@code i}; 代 only as in 人民代表大会 (代表, 代理 and 年代 name no agency), 组 only as
     * in 调查组 (组织 is everywhere), 议 only as in 主任会议, and none inside a common word ({@link #inCommonWord}).
     */
    static boolean opensGate(String s, int i, char c) {
        return IS_SUFFIX_CHAR[c] && (c != '代' || s.startsWith("代表大会", i)) && (c != '立' || s.startsWith("立法会", i))
                && (c != '组' || i >= 2 && s.startsWith("调查组", i - 2) || i >= 1 && s.startsWith("小组", i - 1))
                && (c != '议' || i >= 3 && s.startsWith("主任会议", i - 3)) && (c != '团' || i >= 2 && s.startsWith("主席团", i - 2))
                && (c != '馆' || i >= 1 && (s.charAt(i - 1) == '使' || s.charAt(i - 1) == '领'))
                && (c != '办' || SubjectScan.officeAt(s, i))
                && !inCommonWord(s, i, c);
    }

    /**
     * A head character inside a common word that names no agency (有关, 关于, 全部, 市场, 结构, 监督, 警告, 签署…): a seventh of the
     * text the sentence gate let through opened it on such a word alone (有关部门 and 有关机关 still open it, by their head).
     * Both gates ask; a clause with no head still goes on with an earlier subject's rules ({@link #makesOn}).
     */
    private static boolean inCommonWord(String s, int i, char c) {
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        return switch (c) {
            case '关' -> before == '有' || before == '相'
                    || before != '机' && before != '海' && (after == '于' || after == '系' || after == '注' || after == '键' || after == '联');
            case '部' -> before == '全' && (i < 2 || s.charAt(i - 2) != '安') || before == '内' || before == '局' || after == '分' || after == '署';
            case '市' -> after == '场' || before == '上';
            case '构' -> before == '结' || before != '机' && (after == '成' || after == '筑');
            case '局' -> before == '布' || before == '格';
            case '心' -> before == '核' || before == '身';
            case '监' -> after == '督' && (i < 2 || !s.startsWith("港务", i - 2)) || after == '管' || after == '测' || after == '控' || after == '护';
            case '警' -> after == '告' || after == '示' || after == '戒';
            case '署' -> before == '签' || before == '部';
            case '军' -> after == '人';
            case '所' -> !endsHead(OFFICE_HEADS, s, i); // 派出所, 管理所, 司法所, 看守所, 检定所 … (not 所有, 场所)
            case '站' -> !endsHead(STATION_HEADS, s, i); // 检查站, 林业工作站, 海警工作站 (not 车站, 网站)
            case '处' -> !endsHead(BRANCH_HEADS, s, i); // 管理处 (not 处罚, 处理, 之处)
            default -> false;
        };
    }

    /** The heads of the lexicon that end in 站 (检查站, 林业工作站…): the only stations that name a body. */
    private static final String[] STATION_HEADS = headsEndingIn("站");
    /** The heads of the lexicon that end in 处 (管理处): the only 处 that name a body. */
    private static final String[] BRANCH_HEADS = headsEndingIn("处");
    /** The heads of the lexicon that end in 所 (派出所, 管理所, 看守所…): the only 所 that name a body. */
    private static final String[] OFFICE_HEADS = headsEndingIn("所");

    private static String[] headsEndingIn(String last) {
        return Lexicon.AGENCY_HEADS.stream().filter(h -> h.endsWith(last)).toArray(String[]::new);
    }

    /** Whether one of {@code heads} ends at {@code i} of {@code s}. */
    private static boolean endsHead(String[] heads, String s, int i) {
        for (String head : heads) {
            int from = i + 1 - head.length();
            if (from >= 0 && s.startsWith(head, from)) {
                return true;
            }
        }
        return false;
    }

    /** A time or occasion clause, then (after at most one more clause) the duty: 在…时/中/后/过程中，(…，)应当/可以…. */
    private static final Pattern TIME_THEN_DUTY = Pattern.compile("在[^，。；]{2,30}?(?:时|中|后|过程中|期间)，(?:[^，。；]{1,30}，)?(?:应当|应|可以|有权|必须|依法)");

    /**
     * Whether the clause after {@code ce} is a body's name alone that a duty follows: a subject list written with commas
     * (国务院部门，省、自治区、直辖市和设区的市、自治州的人民政府，应当…; 省、自治区、直辖市公安厅(局)，地(市)、县(市)公安局，应当…).
     */
    private static boolean nextSubjectAlone(String sent, int cs, int ce) {
        if (sent.charAt(ce) != '，') {
            return false;
        }
        if (sent.startsWith("在", ce + 1) && TIME_THEN_DUTY.matcher(sent).region(ce + 1, sent.length()).lookingAt()) {
            return true; // X和有关部门，在履行监督检查职责中…，应当…; X或者Y，在批准发放捕捞许可证时，应当…
        }
        int next = sent.indexOf('，', ce + 1);
        if (LIST_OF_BODIES.matcher(sent).region(cs, ce).matches() && nextListMemberActs(sent, ce + 1, next < 0 ? sent.length() : next)) {
            return true; // 设区的市级、县级人民政府及其工作部门，乡、镇人民政府应当建立…: the comma parts one list of subjects
        }
        // X，Y，Z，可以…: each name alone in its clause, the last followed by the act (全国人民代表大会议事规则 第二十三条)
        for (int from = ce, hops = 0; hops < CHAIN_MAX; from = next, next = sent.indexOf('，', from + 1), hops++) {
            if (next < 0 || next - from - 1 > ALONE_MAX) {
                return false;
            }
            Matcher alone = SUBJECT_ALONE.matcher(sent).region(from + 1, next);
            if (!alone.matches() || AgencyNames.clean(alone.group(1)) == null || notSubject(alone.group(1))) {
                return false;
            }
            if (SUBJECT_CLAUSE_AFTER.matcher(sent).region(next, Math.min(sent.length(), next + 8)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** How many names alone in their clauses a list of subjects parted by commas may run to before its act. */
    private static final int CHAIN_MAX = 10;

    /** Whether the clause [from, to) opens with a subject whose modal follows it at once (乡、镇人民政府应当…). */
    private static boolean nextListMemberActs(String sent, int from, int to) {
        String clause = sent.substring(from, to);
        int[] span = SubjectScan.find(clause);
        return span != null && span[0] == 0 && LIST_MEMBER_MODAL.matcher(clause).region(span[1], clause.length()).lookingAt()
                && !notSubject(clause.substring(0, span[1]));
    }

    /** A list of bodies ending at an agency head, as the first part of a list of subjects parted by a comma. */
    private static final Pattern LIST_OF_BODIES = Pattern.compile("[^，。；]*(?:、|及其|和)[^，。；]*(?:部门|政府|机关|机构|委员会)");
    /** The modal right after the last subject of a list parted by commas. */
    private static final Pattern LIST_MEMBER_MODAL = Pattern.compile("(?:应当|必须|负责|可以)");

    /** Plans: （牵头单位：X；参与单位：Y、Z）, （责任单位：…） — the ；inside is no sentence end. */
    private static void units(String s, int from, int to, List<Duty> out) {
        for (int k = s.indexOf("单位", from); k >= 0 && k < to; k = s.indexOf("单位", k + 2)) {
            Matcher m = UNITS.matcher(s).region(Math.max(from, k - 3), Math.min(to, k + 160));
            if (!m.lookingAt()) {
                continue;
            }
            for (String part : m.group(1).split("[；;]")) {
                int colon = Math.max(part.indexOf('：'), part.indexOf(':'));
                if (colon < 0) {
                    continue;
                }
                String role = part.startsWith("牵头") ? "lead" : "co";
                for (String name : part.substring(colon + 1).split("[、，,]")) {
                    add(out, false, m.start(1), name, role, null, null, m.group());
                }
            }
            k = m.end();
        }
    }

    /** Whether 法 or 规 stands in the span: the cheap test before {@link #LAWS_LISTED}, which every subject would run. */
    private static boolean namesLaw(String cl, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            char c = cl.charAt(i);
            if (c == '法' || c == '规') {
                return true;
            }
        }
        return false;
    }

    /** Where what follows a subject begins: after the regulated parties named beside it (X、单位确定的…), if any. */
    private static int partiesEnd(String cl, int end) {
        if (end >= cl.length() || "、和以及".indexOf(cl.charAt(end)) < 0) {
            return end;
        }
        Matcher tail = PARTY_TAIL.matcher(cl).region(end, cl.length());
        return tail.lookingAt() ? tail.end() : end;
    }

    /**
     * The length of the join at {@code at} before a list's next member: 、, 和 or 或者 (either body acts); 0 for none, and
     * for 或者其… (其授权的部门: a designee, which the role name keeps).
     */
    private static int memberJoin(String cl, int at) {
        if (at >= cl.length()) {
            return 0;
        }
        char c = cl.charAt(at);
        return c == '、' || c == '和' ? 1 : cl.startsWith("或者", at) && !cl.startsWith("或者其", at) ? 2 : 0;
    }

    /**
     * The body a clause of its own named and defined acts in this one, which opens with what follows a subject (X（以下简称Y），
     * 依照本条例的规定负责…; 依照本条例规定和Z授权，…; 在Z授权的范围内，…: Z's authorisation too).
     */
    private static void definedActs(String body, Carried carried, String cl, String sent, List<Duty> out) {
        int de = body.lastIndexOf('的');
        int list = de > 0 ? body.lastIndexOf('、', de) : -1;
        if (notSubject(body) || list > 0 && AgencyNames.isAgency(body.substring(0, list))) {
            return; // X、Y依法设立的Z（以下简称W）: a list of agencies describes the body, which is no list of X and Y
        }
        if (cl.indexOf("授权") >= 0 && ACTS_ON_AUTHORITY.matcher(cl).lookingAt()) {
            add(out, true, carried.definedAt, body, null, "授权", Delegates.AUTHORISATION, sent);
        }
        String role = cl.contains("监督管理") || cl.contains("监督检查") ? "supervise" : "lead";
        if (add(out, false, carried.definedAt, body, role, null, null, sent)) {
            carried.subject = body;
            carried.rulesOnly = false;
        }
    }

    /**
     * The end of a role name's list after 由, with the body joined to it by 或者 (由X负责…的部门或者Y机构责令…: either acts);
     * {@code end} without one.
     */
    private static int alternativeEnd(String cl, int end) {
        if (memberJoin(cl, end) != 2) {
            return end;
        }
        int[] next = SubjectScan.find(cl.substring(end + 2));
        return next != null && next[0] == 0 ? end + 2 + next[1] : end;
    }

    /** A name X或者Y委托的Z: X (group 1), Y (group 2). */
    private static final Pattern ENTRUSTERS = Pattern.compile("^(.+?)(?:或者|或)(.+?)委托的.+$");

    /**
     * X或者Y委托的Z, Y another body than X (其他有关部门): Z is who acts; not X或者X委托的Z or X或者其委托的Z (外交部或者外交部委托的…,
     * X or its delegate: samples 19 and 52).
     */
    private static boolean entrustedByOthers(String name) {
        Matcher e = name.contains("委托的") ? ENTRUSTERS.matcher(name) : null;
        return e != null && e.matches() && !e.group(2).equals(e.group(1)) && !e.group(2).equals("其");
    }

    /**
     * The end of the body X designates after 由X (确定的/指定的 + a department, body or organ, no 的 inside), when that body
     * acts next (a verb of {@link #BY}, 对, 会同, 与…共同); -1 otherwise (由X指定的仓库, 由X确定的符合…条件的检测机构).
     */
    private static int designeeActs(String cl, int at) {
        Matcher designee = DESIGNEE_AFTER.matcher(cl).region(at, cl.length());
        int described = cl.indexOf('的', at + 3); // a 的 after the one of 确定的/指定的
        if (!designee.lookingAt() || described >= 0 && described < designee.end() - 1) {
            return -1;
        }
        return DESIGNEE_ACTS.matcher(cl).region(designee.end(), cl.length()).lookingAt() ? designee.end() : -1;
    }

    private static boolean mainDuty(String s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = s.charAt(i), d = s.charAt(i + 1);
            if ((c == '负' && d == '责') || (c == '牵' && d == '头') || (c == '会' && d == '同')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence {@code [st, en)} opens a list of its subject's duties: X履行下列职责：（一）…, X的主要职责是：…
     * (the items after the first are sentences of their own, which go on with X: {@link #enumerated}).
     */
    private static boolean dutyList(String s, int st, int en) {
        int duties = within(s, "职责", st, en);
        if (duties < 0) {
            duties = within(s, "职权", st, en); // X行使下列职权：（一）…: powers, listed as duties are
        }
        return duties >= 0 && DUTY_LIST.matcher(s).region(duties, en).lookingAt();
    }

    /** A sentence with no subject that makes rules (针对…特点制定相应的监管规则和标准): the subject of the sentence before makes them. */
    private static final Pattern RULES_GO_ON = Pattern.compile("(?:针对|根据|结合)[^，。；]{1,30}?[，,]?(?:制定|制订)");

    /** A list of duties whose lead-in names no body (具体履行以下职责：（一）…). */
    private static boolean unnamedDutyList(String s, int st, int en) {
        int duties = within(s, "职责", st, en);
        return duties > st && duties - st <= 12 && dutyList(s, st, en) && SubjectScan.find(s.substring(st, duties)) == null;
    }

    /** Where {@code word} first stands in {@code [from, to)} of {@code s}, -1 if not there; never reads past {@code to}. */
    private static int within(String s, String word, int from, int to) {
        char first = word.charAt(0);
        for (int i = from; i <= to - word.length(); i++) {
            if (s.charAt(i) == first && s.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    /** 职责(是/为/如下)：（一）, 职权：（一）: a list of duties or powers opening. */
    private static final Pattern DUTY_LIST = Pattern.compile("职[责权](?:是|为|如下)?[：:]\\s*(?:[（(]一[）)]|[一1][、.．])");

    /** Whether {@code [st, en)} opens with an enumerator, as the items of such a list do: （二）…. */
    private static boolean enumerated(String s, int st, int en) {
        int at = st;
        while (at < en && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at < en && (s.charAt(at) == '（' || s.charAt(at) == '(' || numberedItem(s, at, en));
    }

    /** 1、… 2．… 一、…: an item numbered as web copies of local texts number a list (主要职责是：1、…；2、制定…). */
    private static boolean numberedItem(String s, int at, int en) {
        int i = at;
        boolean digits = false;
        while (i < en && i - at < 3 && (Character.isDigit(s.charAt(i)) || "一二三四五六七八九十".indexOf(s.charAt(i)) >= 0)) {
            digits |= Character.isDigit(s.charAt(i));
            i++;
        }
        return i > at && i < en && (s.charAt(i) == '、' || digits && (s.charAt(i) == '.' || s.charAt(i) == '．'));
    }

    /**
     * A clause that names its subject and a basis only (X根据宪法和法律，…; X应当根据…因素，…): what X does is in the next clause;
     * not a basis and an act (X可以根据需要批准设立…标志，…).
     */
    private static final Pattern BASIS_ONLY = Pattern.compile("(?:可以|应当)?" + BASIS_VERB + "[^，。；]{0,40}?"
            + "(?:规定|法律|需要|实际|情况|特点|特性|因素|标准|原则|决定|要求|条件|状况|授权|规划|程序|资料)");

    /** What may follow the rules to the sentence's end and leave them the subject's only act: a filing (，报X备案). */
    private static final Pattern FILED_AFTER = Pattern.compile("(?:[，,](?:并)?报[^，。；]{1,40}?(?:备案|批准))?[。；]?");

    /**
     * Whether the clause after {@code ce} makes rules without a subject ({@link #MADE_ON}; not a catalogue the subject keeps) and
     * is the sentence's last act (国务院根据宪法和法律，制定行政法规，规定…措施，发布…决定和命令: the acts after the rules are duties).
     */
    private static boolean rulesNext(String sent, int ce) {
        int from = ce + 1;
        if (from >= sent.length() || !makes(sent, from, clauseEnd(sent, from))) {
            return false;
        }
        Matcher made = MADE_ON.matcher(sent).region(from, sent.length());
        return made.lookingAt() && (!LIST_MADE.matcher(lastNoun(made.group(1))).find() || RULE_BESIDE_LIST.matcher(made.group(1)).find())
                && FILED_AFTER.matcher(sent).region(clauseEnd(sent, made.end()), sent.length()).matches();
    }

    /** Whether a verb of {@link #MAKES} stands in {@code [st, en)}: an item with no agency named goes on with the list's subject's rules. */
    private static boolean makes(String s, int st, int en) {
        for (String w : MAKE_WORDS) {
            if (within(s, w, st, en) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the last of {@code words} in {@code s} stands, or -1. */
    private static int lastOf(String s, String[] words) {
        int last = -1;
        for (String w : words) {
            last = Math.max(last, s.lastIndexOf(w));
        }
        return last;
    }

    /**
     * Whether the sentence ending at {@code en} is one of a list of acts that goes on (X制定…行政法规，…；实施…；决定…): it ends in ；
     * and the rest of the list makes no rule (…；需要…作特殊规定的，应当会同Y制定并发布: rules, no acts besides).
     */
    private static boolean listGoesOn(String s, int en) {
        if (en >= s.length() || s.charAt(en) != '；' && s.charAt(en) != ';') {
            return false;
        }
        int end = s.indexOf('。', en);
        end = end < 0 ? s.length() : end;
        return within(s, "制定", en, end) < 0 && within(s, "制订", en, end) < 0;
    }

    /** The duties of one sentence; {@code listSubject} is the subject an earlier sentence's list of duties goes on with. */
    private String sentence(String s, int st, int en, List<Duty> out, String listSubject, int before) {
        String sent = s.substring(st, en);
        int lead = leadIn(sent);
        int base = st + lead;
        sent = sent.substring(lead);
        Matcher unread = sent.indexOf("下同") > 0 || sent.indexOf("由其") > 0 ? UNREAD.matcher(sent) : null;
        if (unread == null || !unread.find()) {
            return sentence(sent, base, s, en, out, listSubject, before);
        }
        // 县(含县级市、区，下同)人民政府…: the note's comma splits no clause and its words are no part of a name (the samples
        // write 县人民政府…, 市以上人民政府); X或者由其委托的Y: read as X或者其委托的Y, the 由 repeated before the designee; read
        // the sentence without them, each duty put back where it stands
        StringBuilder bare = new StringBuilder();
        List<int[]> cuts = new ArrayList<>(); // {offset in the bare sentence, characters cut there}
        int from = 0;
        do {
            bare.append(sent, from, unread.start());
            cuts.add(new int[]{bare.length(), unread.end() - unread.start()});
            from = unread.end();
        } while (unread.find());
        bare.append(sent, from, sent.length());
        List<Duty> found = new ArrayList<>();
        String subject = sentence(bare.toString(), base, s, en, found, listSubject, before);
        for (Duty d : found) {
            int shift = 0;
            for (int[] cut : cuts) {
                shift += d.offset() - base >= cut[0] ? cut[1] : 0;
            }
            out.add(new Duty(d.type(), d.offset() + shift, d.agency(), d.role(), d.what(), d.kind(), d.surface(), d.list()));
        }
        return subject;
    }

    /**
     * What a sentence is read without: a note of what a level includes, for the rest of the text (含县级市、区，下同), (包括镇，下同),
     * (不含上街区,下同); the 由 repeated before an agency's designee or partner (由城市绿化主管部门或者由其委托的单位负责管理,
     * 国务院对外贸易主管部门或者由其会同…), which would open a second clause of its own.
     */
    private static final Pattern UNREAD = Pattern.compile("[（(](?:含|包括|不含|不包括)[^（）()。；]{1,30}?[，,]下同[）)]"
            + "|(?<=或者|或)由(?=其(?:依法)?(?:授权|委托|会同|指定|确定))");

    /** The duties of the sentence {@code sent} at {@code base} of the document's text {@code s}, which ends at {@code en}. */
    private String sentence(String sent, int base, String s, int en, List<Duty> out, String listSubject, int before) {
        List<int[]> delegated = new ArrayList<>();
        // delegations over the whole sentence
        Delegations.find(sent, base, out, delegated, before >= 0 && sent.contains("委托") && Delegations.opensWithParty(s, before, base));
        boolean to = sent.indexOf('向') >= 0;
        for (Matcher applied : List.of(Gate.when(to && sent.indexOf('经') >= 0, APPLIED_TO_THEN_APPROVED, sent),
                Gate.when((to || sent.indexOf('到') >= 0) && sent.contains("申请"), APPLIED_TO_ISSUE, sent))) {
            while (applied.find()) {
                if (!RELATIVE_APPROVER.matcher(applied.group(1)).matches()) {
                    add(out, false, base + applied.start(1), applied.group(1), "approval", null, null, sent);
                }
            }
        }
        Matcher m = Gate.when(sent.indexOf('对') >= 0 && (sent.contains("配合") || sent.contains("协助")), INSPECTION_HELPED_ACROSS, sent);
        while (m.find()) {
            add(out, false, base + m.start(1), m.group(1), "supervise", null, null, sent);
        }
        m = Gate.when(sent.indexOf('凭') >= 0 || sent.indexOf('持') >= 0, BY_PROOF_OF, sent);
        while (m.find()) {
            if (!m.group(1).contains("指定")) { // 凭合同和X指定部门的批准文件: a designee the text does not name
                add(out, false, base + m.start(1), m.group(1), "approval", null, null, sent);
            }
        }
        m = Gate.when(sent.contains("发的") || sent.contains("发给的") || sent.contains("发放的"), LICENSED_BY, sent);
        while (m.find()) {
            // 取得所在地质量监督部门颁发的…: the local body, its place cut as in a name
            int local = AgencyNames.localPlace(m.group(1));
            if (!m.group(1).contains("指定")) {
                add(out, false, base + m.start(1) + local, m.group(1).substring(local), "approval", null, null, sent);
            }
        }
        boolean approvalWord = sent.contains("批准") || sent.contains("许可") || sent.contains("同意") || sent.contains("认可");
        m = Gate.when(approvalWord && sent.contains("取得"), OBTAINED_FROM, sent); // 取得 alone is common (取得许可证, 取得资格)
        while (m.find()) {
            add(out, false, base + m.start(1), m.group(1), "approval", null, null, sent);
        }
        m = Gate.when(sent.contains("省、自治区、直辖市") && (sent.contains("按照") || sent.contains("依照")), PROVINCES, sent);
        while (m.find()) {
            add(out, true, base + m.start(1), m.group(1), null, "规定", Delegates.RULEMAKING, sent);
            if (m.group(2) != null) {
                addName(out, true, base + m.start(2), m.group(2), null, "规定", Delegates.RULEMAKING, sent); // a place, as the provinces
            }
        }
        int other = sent.indexOf("另有规定");
        int oBase = Math.max(0, other - 45);
        m = OTHERWISE.matcher(other >= 0 ? sent.substring(oBase, other + 4) : "");
        while (m.find()) {
            // 法律、行政法规或者X另有规定: X alone (the laws are no agency, and were read into its name)
            Matcher laws = LAWS_BEFORE.matcher(m.group(1));
            int cut = laws.find() ? laws.end() : 0;
            add(out, true, base + oBase + m.start(1) + cut, m.group(1).substring(cut), null, "另有规定", Delegates.RULEMAKING, sent);
            if (m.group(2) != null) {
                delegated.add(new int[]{oBase + m.start(1) + cut, oBase + m.end(1)}); // the clause's subject: no duty besides
            }
        }
        int its = sent.indexOf("其规定");
        if (its > 0 && sent.indexOf("规定的，", Math.max(0, its - 8)) >= 0) { // TextNormalizer made a 规定的, full-width
            specialRules(sent, its, base, out, delegated);
        }
        m = Gate.when(sent.contains("权属于"), POWER_VESTED, sent);
        while (m.find()) {
            boolean amends = m.group(1).equals("修改");
            int at = m.start(2);
            for (String holder : VESTED_JOIN.split(m.group(2))) { // each on its own: a region among them is no agency
                if (amends) {
                    add(out, true, base + at, holder, null, "修改", Delegates.RULEMAKING, sent);
                } else {
                    add(out, false, base + at, holder, "lead", null, null, sent);
                }
                at += holder.length() + 1;
            }
        }
        m = Gate.when(officeNamed(sent), OFFICE_HELD_BY, sent);
        while (m.find()) {
            String holder = AgencyNames.clean(m.group(1));
            if (holder != null && !BARE_FUNCTION.matcher(holder).matches()) { // not 中国合作者的主管部门: a party's, no body named
                add(out, false, base + m.start(1), m.group(1), "lead", null, null, sent);
            }
        }
        // clause by clause: subjects, 由X, 报X
        Carried carried = new Carried();
        carried.subject = listSubject;
        carried.text = s;
        carried.end = en;
        carried.lastMakes = lastOf(sent, MAKE_OR_ISSUE_WORDS);
        carried.lastVaries = sent.indexOf('可') < 0 ? -1 : lastOf(sent, VARY_WORDS);
        carried.firstProhibition = sent.indexOf("不得");
        carried.listItem = listSubject != null || sent.contains("职责");
        int condition = sent.contains("直接") || sent.contains("负有责任的领导") || sent.contains("责令") ? sent.indexOf("的，") : -1;
        carried.breachEnd = condition >= 0 && (BREACH.matcher(sent).region(condition, sent.length()).lookingAt()
                || BREACH_ORDERED.matcher(sent).region(condition, sent.length()).lookingAt() && opensWithAgency(sent)) ? condition + 1 : -1;
        int cs = 0;
        for (int i = 0; i <= sent.length(); i++) {
            char c = i < sent.length() ? sent.charAt(i) : '，';
            if (c != '，' && c != ',' && c != '：' && c != ':' && i != sent.length()) {
                continue;
            }
            if (i > cs) {
                clause(sent, cs, i, base, out, delegated, carried);
            }
            cs = i + 1;
        }
        return carried.subject;
    }

    /**
     * The body that opens a clause of its act and time ({@link #MODAL_AFTER_WHEN}): the first name at its start that names itself, that
     * neither joins another name nor is followed by a longer one (县级以上人民政府交通运输主管部门执行…时: the department, not the
     * government), and whose staff do not act instead of it; null when there is none.
     */
    private static int[] subjectBeforeWhen(String cl) {
        for (int end = 2; end <= Math.min(cl.length() - 2, WHEN_SUBJECT_MAX); end++) {
            if (!HEAD_LAST_CHAR[cl.charAt(end - 1)] || NOT_WHEN_SUBJECT_END.indexOf(cl.charAt(end)) >= 0
                    || !AgencyNames.namesItself(cl.substring(0, end))) {
                continue;
            }
            if (WHEN_NOT_NAME.matcher(cl).region(0, end).find()) {
                return null; // 纳税义务人同海关发生纳税争议时, 法官从人民法院离任后: a person or party acts, the body is no subject
            }
            if (STAFF_NEXT.matcher(cl).region(end, cl.length()).lookingAt()) {
                return null;
            }
            boolean goesOn = false;
            for (int k = end + 1; k <= Math.min(cl.length() - 1, end + WHEN_NAME_GOES_ON) && !goesOn; k++) {
                goesOn = HEAD_LAST_CHAR[cl.charAt(k - 1)] && AgencyNames.namesItself(cl.substring(0, k));
            }
            if (!goesOn) {
                return new int[]{0, end};
            }
        }
        return null;
    }

    /** The characters an article number or enumerator ({@link #LEAD_IN}) can begin with; most clauses begin otherwise. */
    private static final String LEAD_CHARS = "第（(一二三四五六七八九十0123456789";

    /** The length of the article number or enumerator {@code s} opens with, 0 without one. */
    private static int leadIn(String s) {
        if (s.isEmpty() || LEAD_CHARS.indexOf(s.charAt(0)) < 0) {
            return 0;
        }
        Matcher lead = LEAD_IN.matcher(s);
        return lead.lookingAt() ? lead.end() : 0; // anchored: find() would try every offset
    }

    /** The subject an earlier clause of the sentence named, for a clause that goes on without one (X负责…，会同Y组织…). */
    private static final class Carried {
        String subject;
        /** The body a 由X负责 clause put in charge: the next clause may leave it the rules (…由X负责，具体办法另行制定). */
        String charged;

        /** Who the clause goes on with when it names no subject: the body put in charge, else the sentence's subject. */
        String inCharge() {
            return charged != null ? charged : subject;
        }
        /** Where the condition of a sanction on an agency's officials ends (its comma): its subjects break the law, no duty. */
        int breachEnd = -1;
        /** The subject made rules and has no duty yet: a later clause may give it one (X制定…标准，并负责监督实施). */
        boolean rulesOnly;
        /** The text the sentence stands in and where the sentence ends ({@link #listGoesOn} reads past it). */
        String text;
        int end;
        /** The sentence lists its subject's duties (X履行下列职责：（一）制定…), or is an item of such a list. */
        boolean listItem;
        /** The previous clause was only a public body's entrustment (受X委托，): the next clause's subject is entrusted. */
        boolean entrustedNext;
        /** A body the previous clause only named and defined (X（以下简称Y），), and where it stands. */
        String defined;
        int definedAt;
        /**
         * Where the sentence's last 制定/制订 and its first 不得 stand (-1 for none): found once, since asking each clause to search
         * the rest of the sentence made a sentence of many clauses quadratic.
         */
        int lastMakes;
        /** Where the sentence's last verb of {@link #VARY_WORDS} stands when the sentence has a 可 (-1 for none). */
        int lastVaries;
        int firstProhibition;
    }

    /**
     * A dated record of how a text was made (1987年4月21日国务院批准、国务院办公厅发布的《…》同时废止; a title line's 1999年5月12日国务院批准
     * 1999年5月25日民政部令第14号发布): the bodies named there approved or published the text, and have no duty in it.
     */
    private static final Pattern HISTORY_RECORD = Pattern.compile(Lexicon.DIGIT_DATE + "经?[^，。；\\d]{2,40}?(?:批准|发布|公布|颁布|通过)");

    /**
     * An approval that qualifies a cited document (经国务院批准、财政部1974年6月发布的《…》同时废止; 经国务院批准，1983年3月15日…发布的《…》):
     * how an older text was made, no duty in this one.
     */
    private static final Pattern MADE_RECORD = Pattern.compile("[^。；《]{0,40}?(?:发布|公布|颁布|施行|印发)的《");

    /** Whether a {@link #MADE_RECORD} follows {@code at} in the sentence (read up to 60 characters on). */
    private static boolean madeRecord(String sent, int at) {
        int to = Math.min(sent.length(), at + 60);
        return sent.lastIndexOf('《', to) > at && MADE_RECORD.matcher(sent).region(at, to).lookingAt();
    }

    /** Whether the clause from {@code cs} to {@code ce} is a {@link #HISTORY_RECORD}; asked only where a year stands. */
    private static boolean historyRecord(String sent, int cs, int ce) {
        for (int i = cs; i < ce; i++) { // within the clause: a scan to the sentence's end would be quadratic in its clauses
            if (sent.charAt(i) == '年') {
                return HISTORY_RECORD.matcher(sent).region(cs, ce).find();
            }
        }
        return false;
    }

    /**
     * A clause with no subject that gives the rule-maker of an earlier clause a duty besides its rules: X制定…标准规范，…，
     * 组织开展…监测; X制定…标准，并负责监督实施; X制定…办法，对…依法实施监督管理; X应当制定…规范，对…进行考核.
     */
    private static final Pattern DUTY_AFTER_RULES = Pattern.compile("(?:并|并且|同时)?(?:应当)?(?:逐[片级])?(?:负责|组织|开展|监督|指导|建立|统筹|协调|协助|加强)(?!制定|制订)"
            + "|(?:并|并且)?(?:依法)?对[^，。；]{1,30}?(?:依法|分类|定期)?(?:实施|进行|开展)(?!规定|修订|修改|调整)[\\u4e00-\\u9fff]"
            // …规定合理的收费标准，对边远贫困地区…的人员应当给予减免: a duty beside the rule
            + "|对[^，。；]{1,30}?(?:应当|可以)(?:给予|予以)[\\u4e00-\\u9fff]");

    /** What the rule-maker does besides in the clause of its rules: X制定…制度并负责组织实施和监督检查, X制定…标准，并监督实施. */
    private static final Pattern RULES_CARRIED_OUT = Pattern.compile("(?:并|并且|和|及)(?:负责)?(?:组织实施|监督实施|实施|监督检查|组织落实|落实)");

    private void clause(String sent, int cs, int ce, int base, List<Duty> out, List<int[]> delegated, Carried carried) {
        if (carried.subject == null && ce - cs > 4 && (sent.startsWith("受", cs) || sent.startsWith("根据", cs)) && sent.startsWith("委托", ce - 2)
                && Delegations.opensOnEntrustment(sent.substring(cs, ce))) {
            carried.entrustedNext = true; // 受X委托，Y…: the next clause's subject is entrusted
            return;
        }
        boolean any = false;
        for (int i = cs; i < ce && !any; i++) {
            any = opensGate(sent, i, sent.charAt(i));
        }
        if (any && historyRecord(sent, cs, ce)) {
            return;
        }
        if (carried.rulesOnly && DUTY_AFTER_RULES.matcher(sent).region(cs, ce).lookingAt()) {
            carried.rulesOnly = !add(out, false, base + cs, carried.subject, "lead", null, null, sent);
        }
        if (!any && carried.defined == null && !makesOn(sent, cs, ce, carried)) {
            return; // no agency named, unless the clause goes on making the earlier subject's rules (X负责…，制定…办法) or a
                    // body the clause before named alone acts in it (X（以下简称Y），应当…)
        }
        String cl = sent.substring(cs, ce);
        int off = leadIn(cl);
        cl = cl.substring(off);
        Matcher defined = AgencyNames.mayDefine(cl) ? DEFINED_ALONE.matcher(cl) : null;
        if (defined != null && defined.matches()) {
            carried.defined = defined.group(1); // X（以下简称Y），依照…负责…: X is the next clause's subject
            carried.definedAt = base + cs + off;
            return;
        }
        String definedBefore = carried.defined;
        carried.defined = null;
        // DELEGATE_SUBJECT opens with (由)X, X a name ending in a head within its reach: no head character there, no match
        if (carried.lastMakes >= cs + off && suffixCharWithin(sent, cs + off, 1 + MAKER_NAME + SUFFIX_MAX)) {
            Matcher d = DELEGATE_SUBJECT.matcher(sent).region(cs + off, sent.length());
            // X组织Y…制定: X organises, Y makes the rules (the name ran over 组织 to Y); X设立Y，负责制定…: Y does (setUpBody)
            if (d.lookingAt() && !d.group(1).contains("组织") && !SETS_UP.matcher(d.group(1)).find() && !guidesOthers(sent, d.end(1))) {
                Matcher carriedOut = RULES_CARRIED_OUT.matcher(d.group(2)); // 制定和组织实施…具体制度: both
                boolean alsoCarriesOut = carriedOut.lookingAt();
                String what = lastNoun(alsoCarriesOut ? d.group(2).substring(carriedOut.end()) : d.group(2));
                if (!LIST_MADE.matcher(what).find() || RULE_BESIDE_LIST.matcher(sent).region(d.end(1), clauseEnd(sent, d.end(2))).find()) {
                    Matcher by = PASSIVE_BY.matcher(d.group(1));
                    int at = by.find() ? by.end() : 0;
                    // a span that names no agency (X会同Y根据…和国家制定的统一标准: the maker is 国家) leaves the clause to the duties
                    String partnerOf = d.group(1).startsWith("会同") ? carried.subject : null;
                    if (ruleMakers(out, base, d.start(1) + at, d.group(1).substring(at), d.end(1), what, sent)) {
                        if (partnerOf != null) {
                            // X…，会同Y制定并公布…标准: the clause goes on with X, Y its partner
                            add(out, true, base + cs + off, partnerOf, null, what, Delegates.RULEMAKING, sent);
                            return;
                        }
                        carried.subject = d.group(1).substring(at);
                        carried.rulesOnly = !d.group(1).contains("会同"); // 制定或者会同Y制定: Y is a partner, not the subject
                        if (alsoCarriesOut || RULES_CARRIED_OUT.matcher(sent).region(d.end(2), clauseEnd(sent, d.end(2))).lookingAt()) {
                            // X负责制定…规章制度并负责组织实施: a duty beside the rules, in their own clause
                            carried.rulesOnly = !add(out, false, base + cs + off, carried.subject, "lead", null, null, sent);
                        }
                        return; // rule-making is no duty besides, unless a later clause gives one (DUTY_AFTER_RULES)
                    }
                }
                // X应当制定…推广目录: a catalogue the subject keeps is its duty, no rule it is left (the gold files'
                // reading); one left to X in passing (具体目录由X制定) stays a delegation (Delegations)
            }
        }
        if (carried.lastVaries >= cs + off && varies(sent, cs + off, base, out, carried)) {
            return;
        }
        if (cl.contains("授权")) {
            Matcher a = BY_AUTHORITY.matcher(cl);
            if (a.find()) {
                add(out, true, base + cs + off, a.group(1), null, "授权", Delegates.AUTHORISATION, sent);
            }
        }
        Matcher named = AgencyNames.mayDefine(cl) ? SHORT_NAMED.matcher(cl) : null; // 以下简称: rare, and the pattern is dear
        int[] span = named != null && named.lookingAt() ? new int[]{named.start(1), named.end(1)} : SubjectScan.find(cl);
        if (span == null && cl.length() <= ALONE_MAX && ce < sent.length() && (SUBJECT_CLAUSE_AFTER.matcher(sent).region(ce, Math.min(sent.length(), ce + SUBJECT_CLAUSE_REACH)).lookingAt()
                || nextSubjectAlone(sent, cs, ce) || sent.startsWith("对", ce + 1) && ACTS_ON_AFTER.matcher(sent).region(ce, sent.length()).lookingAt())) {
            // 县级以上人民政府水行政主管部门、流域管理机构，应当…; 由县以上药品监督管理、卫生行政部门，按照…处罚 (the body after 由)
            Matcher alone = SUBJECT_ALONE.matcher(cl);
            int by = cl.startsWith("由") && !cl.startsWith("由于") ? 1 : 0;
            // not the recipients a clause sends copies to (…，并抄送同级…等部门和工会组织，以及…)
            // nor X下设Y, the body set up under X (setUpBody)
            span = !cl.startsWith("并抄送") && !cl.contains("下设") && alone.region(by, cl.length()).matches()
                    ? new int[]{alone.start(1), alone.end(1)} : null;
            Matcher namedAs = span == null ? null : NAMED_AS.matcher(cl);
            if (namedAs != null && namedAs.matches()) {
                span = new int[]{namedAs.start(1), namedAs.end(1)}; // X为…的最高监督机关，负责…: X, not the office it is named
            }
        }
        if (span == null && cl.length() > LONG_LIST_MIN && cl.indexOf('等', LONG_LIST_MIN - 5) > 0 && cl.indexOf('、') > 0) {
            Matcher list = LONG_LIST_SUBJECT.matcher(cl);
            span = list.lookingAt() ? new int[]{list.start(1), list.end(1)} : null;
        }
        if (span == null && ce < sent.length() && cl.endsWith("需要") && cl.indexOf('因') > 0) {
            Matcher because = SUBJECT_BECAUSE.matcher(cl);
            span = because.matches() ? new int[]{because.start(1), because.end(1)} : null;
        }
        boolean beforeWhen = false;
        if (span == null && ce < sent.length() && (cl.endsWith("时") || cl.endsWith("的时候") || cl.endsWith("后") && !cl.endsWith("之日后"))
                && MODAL_AFTER_WHEN.matcher(sent).region(ce, sent.length()).lookingAt()) {
            span = subjectBeforeWhen(cl);
            beforeWhen = span != null;
        }
        if (span == null && designation(cl)) {
            Matcher designated = DESIGNATED.matcher(cl);
            span = designated.matches() && !DESCRIBED_ROLE.matcher(designated.group(1)).find()
                    ? new int[]{designated.start(1), designated.end(1)} : null;
            Matcher shortName = span == null ? null : TRAILING_DEFINITION.matcher(cl);
            if (shortName != null && shortName.find() && membersOf(cl.substring(span[0], span[1])).members().stream()
                    .anyMatch(m -> BARE_FUNCTION.matcher(m).matches())) {
                // 重要行业和领域的主管部门、监督管理部门是负责…的部门（以下简称保护工作部门）: bodies named by their function
                // alone are the ones the short name stands for, and the document names them so
                span = new int[]{shortName.start(1), shortName.end(1)};
            }
        }
        if (span != null && cl.startsWith("认为", span[1]) && cl.indexOf("的其他", span[1]) > 0) {
            // (四)人民法院认为应当载明的其他事项, 边防检查站认为有必要进行监护的其他情形: a catch-all whose reach X judges, neither a
            // duty of its own nor a rule (the samples mark it a borderline rule-making seven times and fold it into X's duty three)
            span = null;
        }
        if (span != null && cl.endsWith("之一的") && VIOLATES.matcher(cl).region(span[1], cl.length()).matches()) {
            span = null; // X在…中有下列行为之一的，由Y责令改正: X is the violator of an accountability article, no duty of its own
        }
        int exercising = span == null ? -1 : cl.indexOf("行使", span[0]);
        int actsFrom = span == null ? -1 : span[1]; // where the subject's act begins: after the unnamed others' description
        if (exercising > 0 && exercising < span[1] && cl.lastIndexOf("其他", exercising) > span[0]) {
            Matcher others = OTHERS_EXERCISING.matcher(cl).region(span[0], span[1]);
            if (others.find() && others.start() > span[0]) {
                span = new int[]{span[0], others.start()}; // X、Y和其他行使…监督管理权的部门，根据…: X and Y, the others unnamed
            }
        }
        if (span != null && cl.indexOf('和', span[0]) > 0) {
            Matcher parties = PARTIES_FIRST.matcher(cl).region(span[0], span[1]);
            if (parties.lookingAt() && parties.end() < span[1] && !notSubject(cl.substring(span[0], span[1]))
                    && AgencyNames.clean(cl.substring(parties.end(), span[1])) != null) {
                // (支持企业、院校、科研机构…: the parties are objects, and so are the bodies after them)
                span = new int[]{parties.end(), span[1]};
            }
        }
        if (span != null) {
            Matcher remit = REMIT_AFTER.matcher(cl).region(span[1], cl.length());
            int othersEnd = remit.lookingAt() ? othersThenActs(cl, remit.end()) : -1;
            if (remit.lookingAt() && (SubjectScan.nextAt(cl, remit.end()) || remit.end() == cl.length() && ce < sent.length()
                    || span[0] > 0 && cl.startsWith("由") && (remit.end() == cl.length() || cl.charAt(remit.end()) != '、' && memberJoin(cl, remit.end()) != 2))) {
                // X负责…的机构应当…, also X负责…的机构，负责… or X负责…的机构，根据…，对… (the duty after the comma; a clause
                // that ends at the head is a name, never X's duty; 由X负责…的机构提请…: after 由 the remit names the body)
                span = new int[]{span[0], remit.end()};
            } else if (othersEnd > 0) {
                span = new int[]{span[0], othersEnd}; // X负责…的部门和其他有关部门应当…
            } else if (remit.lookingAt() && memberJoin(cl, remit.end()) > 0) {
                // X负责…的部门、Y对…, X负责…的部门和F、G等有关部门应当…, X负责…的部门或者Y机构接到举报后: Y is the list's next
                // member, with its own remit if it has one (国务院负责…的部门和省、自治区、直辖市人民政府负责…的部门应当…)
                int from = remit.end() + memberJoin(cl, remit.end());
                int[] next = SubjectScan.find(cl.substring(from));
                if (next != null && next[0] == 0) {
                    Matcher own = REMIT_AFTER.matcher(cl).region(from + next[1], cl.length());
                    span = new int[]{span[0], own.lookingAt() && SubjectScan.nextAt(cl, own.end()) ? own.end() : from + next[1]};
                } else if (next == null && ce < sent.length() && AgencyNames.isAgency(cl.substring(from))) {
                    // X负责…的部门和卫生、教育等有关部门，在各自职责范围内…负责…: the clause is the list, its act after the comma
                    span = new int[]{span[0], cl.length()};
                }
            }
            int others = cl.indexOf("其他", span[1]);
            Matcher rest = others >= 0 && others - span[1] <= 2 ? OTHERS_AFTER.matcher(cl).region(span[1], cl.length()) : null;
            if (rest != null && rest.lookingAt() && SubjectScan.nextAt(cl, rest.end())) {
                span = new int[]{span[0], rest.end()}; // X以及其他有关部门应当…: 以及 is no duty word here
            } else if (cl.startsWith("以及", span[1])) {
                alsoAfterAnd(sent, ce, cl, span[1] + 2, base + cs + off, out);
            }
        }
        if (span == null && definedBefore != null && SubjectScan.nextAt(cl, 0)) {
            definedActs(definedBefore, carried, cl, sent, out);
        }
        if (span == null && carried.subject != null && Delegations.opensOnEntrustment(cl)) {
            add(out, true, base + cs + off, carried.subject, null, "委托", Delegates.ENTRUSTMENT, sent); // …职责是：…；受Y委托，代征税收
        }
        if (span == null && carried.subject != null && makesRulesOn(sent, cl, cs + off, base + cs + off, carried.subject, out)) {
            return; // X…，制定…办法: X's rule-making, no duty besides
        }
        boolean wentOn = carried.subject != null && goesOnWith(sent, cl, base + cs + off, carried.subject, out);
        if (wentOn) {
            span = null; // 会同Y is no subject (NOT_SUBJECT)
        }
        if (span != null && span[0] == 0 && (carried.entrustedNext || ENTRUSTED_UNNAMED.matcher(cl).region(span[1], cl.length()).lookingAt())) {
            // 受主任会议委托，常委会办事机构…可以…; Y根据委托，调查核实…: the subject acts on an entrustment
            add(out, true, base + cs + off, cl.substring(span[0], span[1]), null, "委托", Delegates.ENTRUSTMENT, sent);
        }
        carried.entrustedNext = false;
        int after = span == null ? -1 : cs + off + span[1];
        // X或者其授权的Y根据…，可以确定…标准: the rule follows the body X designates
        String ruled = span == null ? null : ruleAfterSubject(sent, cs + off + span[0], cs + off + SubjectScan.designeeEnd(cl, span[1]),
                cl.substring(span[0], span[1]));
        boolean general = false; // the rule read by MAKES_RULE, which a list of the subject's powers may follow
        if (span != null && ruled == null) {
            ruled = rulesMade(sent, cs + off + SubjectScan.designeeEnd(cl, span[1]), cl.substring(span[0], span[1]));
            general = ruled != null;
        }
        // X(会同Y)(根据…，)可以规定…, X(会同Y)，(在/根据…)确定…标准, X可以对…标准作出调整: X sets the rule itself; a span that names
        // no maker (X统筹协调Y、Z制定…) leaves the clause to the readers below
        if (ruled != null && ruleMakers(out, base, cs + off + span[0], cl.substring(span[0], span[1]), after, ruled, sent)) {
            carried.subject = cl.substring(span[0], span[1]);
            carried.rulesOnly = true;
            if (!general || !listGoesOn(carried.text, carried.end)) {
                return;
            }
            // X制定…行政法规，…；实施…；决定…: a list of X's powers, the rule one of them; X has its duty besides
        }
        if (span != null && namesLaw(cl, span) && LAWS_LISTED.matcher(cl).region(span[0], span[1]).find()) {
            span = null; // 法律、行政法规或者X对…另有规定/决定规定…: sources of rules, no subject with a duty (OTHERWISE reads X)
        }
        final int at0 = cs + off + (span != null ? span[0] : 0);
        if (span != null && delegated.stream().anyMatch(r -> r[0] == at0)) {
            // 由X依据本法制定: the delegation, no duty besides, unless a later clause gives one (…标准，并逐片组织实施)
            carried.subject = cl.substring(span[0], span[1]);
            carried.rulesOnly = true;
            span = null;
        }
        if (span != null && approverOf(cl, new int[]{span[0], SubjectScan.designeeEnd(cl, span[1])})) { // …或者其授权的部门批准: as a whole
            span = null; // 制定…预案并报本级人民政府批准: the approver, which REPORT_TO and APPROVED_BY take below
        }
        if (span != null && (cl.startsWith("收到", span[1]) || cl.startsWith("行使", span[1]) || cl.startsWith("设立", span[1]))
                && !ACT_AFTER_SUBJECT.matcher(cl).region(span[1], cl.length()).lookingAt()) {
            span = null; // X收到…之日为申请日, X行使…职权的情况, X设立后: a date, a topic or a time named by the act, no duty
        }
        if (span != null && UNDER.matcher(cl).region(span[1], cl.length()).lookingAt()) {
            span = null; // (在)X(的)领导下: X leads whoever acts (SUPERVISED_BY), it is not the clause's subject
        }
        if (span != null && HANDS_OVER.matcher(cl).region(span[1], cl.length()).lookingAt()) {
            span = null; // X可以将…委托给Y: X hands the work over (Delegations reads Y's entrustment), no duty of X's (sample 18)
        }
        if (span != null && cl.startsWith("分别由", span[1])) {
            span = null; // X分别由Y…组成: X is what Y makes up or does (the 由 phrase names the actor)
        }
        int then = span == null ? -1 : partiesEnd(cl, span[1]);
        // the 的 of 的时候 makes no relative clause (公安机关逮捕人的时候，必须…)
        String relative = beforeWhen && cl.endsWith("的时候") ? cl.substring(0, cl.length() - 3) + "时" : cl;
        if (span != null && (RELATIVE.matcher(relative).region(then, relative.length()).lookingAt()
                || RELATIVE_COMPOUND.matcher(relative).region(then, relative.length()).lookingAt())) {
            // 上级市场监管部门制定的…基准: the agency qualifies a noun, it is not the clause's subject; unless the noun is the
            // body it designates, which acts (县级以上地方人民政府确定的盐业主管部门负责…, 国务院确定的机构负责…)
            Matcher designee = DESIGNEE_AFTER.matcher(cl).region(then, cl.length());
            span = designee.lookingAt() && SubjectScan.nextAt(cl, designee.end()) ? new int[]{span[0], designee.end()}
                    : planMustHold(sent, cl, then, ce) ? span : null;
        }
        if (span != null && asksCourt(cl.substring(span[0], span[1]), cl, span[1])) {
            span = null;
        }
        if (span != null && STAFF_BY_REMIT.matcher(cl).region(span[1], cl.length()).lookingAt()) {
            span = null; // X负责…工作的人员有下列行为之一的: the staff, who break the law, not X's duty
        }
        if (span != null && ce <= carried.breachEnd) {
            span = null; // X…未依照本法规定履行职责的，对直接负责的主管人员…给予处分: X is who broke the law
        }
        String charged = carried.inCharge();
        if (span == null && charged != null && cs >= 3 && sent.startsWith("负责，", cs - 3) && cl.startsWith("具体")) {
            Matcher left = RULES_LEFT_AFTER_CHARGE.matcher(cl);
            if (left.matches()) {
                // (由)X负责，具体制度参照本办法另行制定: the body in charge makes the rules (seed 004, 工业和信息化领域数据安全管理办法 第四十一条)
                add(out, true, base + cs + off, charged, null, left.group(1), Delegates.RULEMAKING, sent);
                return;
            }
        }
        if (span == null && carried.subject != null && cl.contains("授权")) {
            Matcher on = ACTS_ON_AUTHORITY.matcher(cl);
            boolean found = on.find();
            boolean opens = cl.startsWith("在") && AUTHORITY_OPENS.matcher(cl).lookingAt() && sent.startsWith(carried.subject);
            if (opens || found && on.start() > 0 && (cl.startsWith("或者", on.start() - 2) || cl.startsWith("并", on.start() - 1))) {
                // X…，协助Y或者按照授权依法履行…职责: the clause goes on with X, which acts on a power given it (安全生产法 第九条);
                // a clause that opens so when the sentence opens with X (审计机关派出机构依照…规定，在审计机关的授权范围内开展审计工作),
                // not otherwise (…设立的Y，在X授权的范围内…: the subject before it may be cut short)
                add(out, true, base + cs + off + on.start(), carried.subject, null, "授权", Delegates.AUTHORISATION, sent);
            }
        }
        if (span != null && !notSubject(cl.substring(span[0], span[1]))) {
            String ag = cl.substring(span[0], span[1]);
            if (carried.subject != null && ag.startsWith("其") && (ITS_BRANCH.matcher(ag).matches()
                    || ITS_DEPARTMENT.matcher(ag).matches() && AgencyLists.GOVERNMENT_PREFIX.matcher(carried.subject).find())) {
                // X…，其派出机构依照授权履行职责: X's branches; 县级以上地方人民政府…负责，其林业草原、渔业主管部门…: a government's own
                ag = carried.subject + ag.substring(1);
            }
            // after the parties named beside X (监察机构、监察专员根据授权…: X acts on the authorisation)
            Matcher authority = cl.indexOf("授权", span[1]) >= 0 ? ACTS_ON_AUTHORITY.matcher(cl).region(partiesEnd(cl, span[1]), cl.length()) : null;
            if (authority != null && authority.lookingAt()) {
                // X根据Y的授权…, X在Y的授权范围内…: X acts on a power Y gave it (BY_AUTHORITY reads X根据授权)
                add(out, true, base + cs + off + span[0], ag, null, "授权", Delegates.AUTHORISATION, cl);
                String onAuthority = cl.substring(authority.end());
                if ((onAuthority.isEmpty() || onAuthority.equals("决定")) && ce < sent.length()
                        && RULES_ON_AUTHORITY.matcher(sent).region(ce + 1, sent.length()).lookingAt()) {
                    // X根据Y的授权决定，制定法规: the power is to make rules, no duty besides (立法法 第八十四条)
                    carried.subject = ag;
                    carried.rulesOnly = true;
                    return;
                }
            }
            if (BASIS_ONLY.matcher(cl).region(span[1], cl.length()).matches() && rulesNext(sent, ce)) {
                carried.subject = ag;
                carried.rulesOnly = true;
                return; // X根据宪法和法律，制定行政法规: the rules of the next clause, no duty besides
            }
            carried.subject = ag;
            carried.rulesOnly = false;
            if (entrustsOnly(sent, cl, span[1], ce)) {
                return; // X（根据需要，）可以委托Y…: the entruster has no duty of its own here (samples 18, 43, 61)
            }
            String rest = cl.substring(Math.max(span[1], actsFrom));
            // the subject that accepts another's supervision (X应当接受Y的监督管理) does not supervise
            String role = rest.startsWith("会同") ? "lead" : (rest.contains("监督管理") || rest.contains("监督检查")) && !rest.contains("接受") ? "supervise"
                    : rest.startsWith("参与") ? "co" : rest.contains("实施") ? "implement" : "lead";
            Matcher more = Gate.when(ag.contains("及其"), ITS_THEN_MORE, ag);
            if (more.matches()) {
                // 国务院及其有关部门和省、自治区、直辖市人民政府: the bodies after the departments are members too
                boolean its = more.group(4).startsWith("其他") || !more.group(3).equals("以及")
                        && AgencyLists.BARE_FIELD_DEPARTMENT.matcher(more.group(4)).lookingAt();
                String owner = more.group(2).substring(more.group(2).lastIndexOf('、') + 1); // the last member before 及其
                String also = its ? owner + more.group(4) : more.group(4);
                add(out, false, base + cs + off + span[0] + more.start(4), also, role, null, null, cl);
                ag = more.group(1);
            }
            Matcher its = Gate.when(ag.contains("及其"), AND_ITS, ag);
            if (its.matches() && !REMIT_AFTER.matcher(its.group(2)).matches()) {
                withItsDepartments(out, base + cs + off + span[0], its.group(1), its.group(2), role, cl);
            } else {
                if (its.matches()) {
                    ag = its.group(1);
                    add(out, false, base + cs + off + span[0], ag + its.group(2), "lead", null, null, cl);
                }
                add(out, false, base + cs + off + span[0], ag, role, null, null, cl);
            }
            coAgencies(cl, span[1], base + cs + off, out);
            Matcher steps = Gate.when(rest.contains("标准的"), STANDARD_STEPS, rest);
            if (steps.lookingAt()) {
                add(out, true, base + cs + off + span[0], ag, null, steps.group(1), Delegates.RULEMAKING, cl);
            }
        }
        // tried where 由 stands (a find() would try the lookbehind and 由 at every offset)
        Matcher m = cl.indexOf('由') >= 0 ? LeadScan.of(BY, cl) : null;
        for (int from = 0; m != null && LeadScan.find(m, cl, '由', from); from = m.end()) {
            int at = cs + off + m.start(1);
            boolean isDelegated = delegated.stream().anyMatch(r -> r[0] == at);
            int designee = isDelegated || m.end(1) != m.end() ? -1 : designeeActs(cl, m.end(1));
            if (designee > 0) {
                // 由X确定的广告审查机关对…进行审查, 由X指定的Y部门与海关共同…: the body X designates acts, named by X
                add(out, false, base + at, cl.substring(m.start(1), designee), "lead", null, null, cl);
                coAgencies(cl, designee, base + cs + off, out);
                continue;
            }
            // 由X(会同Y)核定的企业进口: X only qualifies the noun that acts
            if (!isDelegated && !RELATIVE_VERB.matcher(cl).region(m.end(), cl.length()).lookingAt()
                    && !RELATIVE_COMPOUND.matcher(cl).region(m.end(), cl.length()).lookingAt()
                    && !RELATIVE_CHARGE.matcher(cl).region(m.end(), cl.length()).lookingAt() && !asksAnother(m.group(1))
                    && !asksCourt(m.group(1), cl, m.end())) {
                Matcher remit = NAME_BY_REMIT.matcher(cl).region(m.end(1), cl.length());
                int nameEnd = remit.lookingAt() ? alternativeEnd(cl, remit.end()) : m.end(1);
                Matcher shortName = BY_DEFINED.matcher(cl).region(nameEnd, cl.length());
                int actAt = shortName.lookingAt() ? shortName.end() : nameEnd; // 由X（以下称Y）予以查处: the act after the definition
                String role = ENFORCES.matcher(cl).region(actAt, Math.min(cl.length(), actAt + 24)).lookingAt() ? "enforcement" : "lead";
                String byName = cl.substring(m.start(1), SubjectScan.designatorEnd(cl, m.start(1), nameEnd));
                if (actAt > nameEnd && DefinedNames.FUNCTION_NAME.matcher(shortName.group(1)).find()) {
                    byName = shortName.group(1); // a short name that names a function is how the text names the body (as setUpBody)
                }
                if (entrustedByOthers(byName)) {
                    continue; // 由X或者Y委托的Z具体实施: Z acts on an entrustment (read apart), X and Y only entrust (sample 134)
                }
                add(out, false, base + at, byName, role, null, null, cl);
                coAgencies(cl, nameEnd, base + cs + off, out);
                carried.charged = cl.endsWith("负责") ? byName : null;
            }
        }
        // tried where 报, 提, 交 or 送 stands, the first character of every verb (a find() would try each at every offset)
        m = cl.indexOf('报') >= 0 || cl.indexOf('送') >= 0 || cl.contains("提请") || cl.contains("交由") || cl.contains("提交")
                || cl.contains("交有关") || cl.contains("交其他") || cl.indexOf('交') >= 0 && cl.contains("委员会") ? LeadScan.of(REPORT_TO, cl) : null;
        int reports = 0;
        for (int from = 0; m != null && LeadScan.find(m, cl, REPORT_TO_LEADS, from); from = m.end()) {
            reports++;
            int at = cs + off + m.start(1);
            if (!RELATIVE_APPROVER.matcher(m.group(1)).matches() && delegated.stream().noneMatch(r -> r[0] == at)) {
                String role = APPROVES.matcher(cl).region(m.end(1), cl.length()).lookingAt() ? "approval" : "supervise";
                add(out, false, base + cs + off + m.start(1), m.group(1), role, null, null, cl);
            }
        }
        asked(Gate.when(cl.contains("提请") || cl.contains("责成") || cl.contains("商请") || cl.contains("请求"), ASKED_TO_ACT, cl), "lead", false,
                base + cs + off, cl, out);
        if (reports == 0 && cl.length() > 35 && cl.indexOf('报') >= 0
                && (cl.contains("批准") || cl.contains("审批") || cl.contains("核准") || cl.contains("同意"))) {
            approvalLists(REPORTED_LIST, cl, base + cs + off, out);
        }
        if (span == null && (cl.contains("人员") || cl.contains("警察"))) {
            // read in the sentence: what the staff do may follow a comma (…办理治安案件，应当自觉接受…监督)
            Matcher staff = STAFF_OF.matcher(sent).region(cs + off, sent.length());
            if (staff.lookingAt() && !staffBreach(sent)) {
                add(out, false, base + cs + off, staff.group(1), "lead", null, null, cl);
            }
        }
        if (cl.indexOf("的机关是") > 0 || cl.indexOf("的部门是") > 0 || cl.indexOf("的机构是") > 0) {
            Matcher task = BODY_OF_TASK.matcher(cl);
            if (task.find()) {
                for (int g = 1; g <= 2 && task.group(g) != null; g++) {
                    if (!task.group(g).contains("确定的") && !task.group(g).contains("指定的")) { // a designee: no body named
                        add(out, false, base + cs + off + task.start(g), task.group(g), "lead", null, null, cl);
                    }
                }
            }
        }
        if (span == null && cl.contains("予以")) {
            String giver = givesAct(cl);
            if (giver != null) {
                add(out, false, base + cs + off + (cl.startsWith("由") ? 1 : 0), giver, "lead", null, null, cl);
            }
        }
        m = Gate.when(cl.contains("举报") || cl.contains("投诉") || cl.contains("控告") || cl.contains("检举"), COMPLAINED_TO, cl);
        while (m.find()) {
            String to = m.group(1);
            if (to.length() <= COMPLAINED_TO_PLAIN || to.indexOf('的') < 0 && !to.contains("及其")) {
                // a long name is a plain list (向网信、新闻出版、…、广播电视等有关部门投诉); a long one with levels and owners
                // (…镇的人民代表大会和人民政府或者县级…和人民政府及其有关主管部门) is more than a list can split
                add(out, false, base + cs + off + m.start(1), to, "supervise", null, null, cl);
            }
        }
        m = Gate.when(cl.contains("移送") || cl.contains("移交"), TRANSFERRED_TO, cl);
        while (m.find()) {
            add(out, false, base + cs + off + m.start(1), AND_JUDICIARY.matcher(m.group(1)).replaceFirst(""), "lead", null, null, cl);
        }
        // a party may ask a body named relative to another (请求上级地方人民政府管理专利工作的部门处理): it is the one that acts
        asked(Gate.when(cl.contains("请求"), ASKED_TO_SETTLE, cl), "lead", true, base + cs + off, cl, out);
        asked(Gate.when(cl.contains("请人民法院") || cl.contains("求人民法院") || cl.contains("人民法院申请指定"), COURT_APPOINTS, cl), "lead", true, base + cs + off, cl, out);
        if (cl.contains("接受") || cl.contains("配合") || cl.contains("服从") || carriesOut(cl)
                || cl.indexOf('下') > 0 && cl.indexOf('在') >= 0 || obstructs(cl) || ledBy(cl)) {
            m = SUPERVISED_BY.matcher(cl);
            while (m.find()) {
                String who = m.group(1) != null ? m.group(1) : m.group(2);
                int at = base + cs + off + (m.group(1) != null ? m.start(1) : m.start(2));
                int and = RELATIVE_APPROVER.matcher(who).matches() ? who.indexOf('和') : -1;
                if (and > 0 && !RELATIVE_APPROVER.matcher(who.substring(and + 1)).matches()) {
                    at += and + 1; // 接受上级部门和偃师市财政、审计等部门的监督: the relative body left out, the named ones kept
                    who = who.substring(and + 1);
                }
                if (RELATIVE_APPROVER.matcher(who).matches() || OFFICIALS.matcher(who).find()) {
                    continue; // 在本级人民政府的领导下; 在省长、…、区长和上一级审计机关的领导下: relative, or office holders
                }
                add(out, false, at, who, "supervise", null, null, cl);
            }
            m = cl.indexOf('对') >= 0 ? INSPECTION_HELPED.matcher(cl) : null;
            while (m != null && m.find()) {
                add(out, false, base + cs + off + m.start(1), m.group(1), "supervise", null, null, cl);
            }
        }
        m = Gate.when(cl.indexOf('经') >= 0, APPROVED_BY, cl);
        int approvals = 0;
        while (m.find()) {
            approvals++;
            if (RELATIVE_APPROVER.matcher(m.group(1)).matches() || madeRecord(sent, cs + off + m.end())
                    || APPROVED_OTHERS.matcher(cl).region(m.end(), cl.length()).lookingAt()) {
                continue; // 经国务院批准的其他所得: the other things of a list, no case X approves (APPROVED_OTHERS)
            }
            int co = cl.indexOf("会同", m.start(1));
            boolean partnered = co > m.start(1) && co < m.end(1) && !cl.startsWith("会同意", co); // not 经选举委员会同意
            // 经X会同Y批准: X, the partner after (经X、Y等有关单位会同Z批准: the list closed by 等有关单位, cut there)
            add(out, false, base + cs + off + m.start(1), partnered ? cl.substring(m.start(1), co) : m.group(1), "approval", null, null, cl);
            Matcher next = cl.indexOf('和', m.end()) >= 0 || cl.indexOf('、', m.end()) >= 0
                    ? AND_THEN_APPROVED.matcher(cl).region(m.end(), cl.length()) : null;
            if (next != null && next.lookingAt()) {
                add(out, false, base + cs + off + next.start(1), next.group(1), "approval", null, null, cl); // 经X同意和Y批准
            }
            if (partnered) {
                coAgencies(cl, co, base + cs + off, out); // 经X会同Y批准: Y approves with X
            }
        }
        if (approvals == 0 && cl.length() > 35 && cl.indexOf('经') >= 0) {
            approvalLists(APPROVED_LIST, cl, base + cs + off, out);
        }
        if (cl.contains("派人") || cl.contains("派员")) {
            teamMembers(cl, base + cs + off, out);
        }
        if (ce < sent.length() - 2 && SET_UP_DUTY.matcher(sent).region(ce + 1, sent.length()).lookingAt()) {
            String body = setUpBody(cl, base + cs + off, out);
            if (body != null) {
                carried.subject = body; // 国务院设立反垄断委员会，负责…，履行下列职责：(一)…: the items are the body's
                carried.rulesOnly = false;
            }
        }
        if (cl.contains("设在")) {
            seatedOffice(cl, base + cs + off, out);
        }
        if (cl.contains("会同")) {
            // a clause opening with 会同 the sentence's subject has taken (goesOnWith), or a party named before that is no agency
            boolean partyBefore = wentOn || carried.subject == null && NAMED_BEFORE.matcher(sent).region(0, cs).find();
            partnersAnywhere(sent, cs + off, cl, base + cs + off, out, partyBefore);
        }
        if (cl.contains("组织") || cl.contains("统筹协调")) {
            organised(cl, base + cs + off, out);
        }
        m = Gate.when(cl.contains("建议"), ADVISED_TO_SANCTION, cl);
        while (m.find()) {
            String advised = m.group(1);
            // 建议下级人民法院依法提请任命机关撤销: the court only asks; 建议有关机关和部门给予处分: no body named
            boolean related = advised.startsWith("有关");
            if (!advised.contains("提请") && (!related || advised.length() >= 8)) {
                add(out, false, base + cs + off + m.start(1) + (related ? 2 : 0), related ? advised.substring(2) : advised, "enforcement", null,
                        null, cl);
            }
        }
        asked(Gate.when(cl.contains("执行"), NOTIFIED_TO_EXECUTE, cl), "implement", true, base + cs + off, cl, out);
        asked(Gate.when(cl.contains("通知"), NOTIFIED_TO_ACT, cl), "implement", true, base + cs + off, cl, out);
        grantedBy(cl, base + cs + off, out);
    }

    /**
     * X办公室设在Y(，具体负责…): the office seated in a body is a body with duties (samples 12, 31, 39, 47); not 其办事机构 (the
     * clause before names its owner), a bare 办公室, nor X设在各地的Y (Y, a body of X's, is meant).
     */
    private static final Pattern SEATED = Pattern.compile("^([\\u4e00-\\u9fff、（）()&&[^的]]{2,40}?(?:办公室|办事机构))设在[^的]+$");
    private static final Pattern BARE_OFFICE = Pattern.compile("^其|^(?:领导小组)?(?:办公室|办事机构)$");

    private static void seatedOffice(String cl, int at, List<Duty> out) {
        Matcher m = SEATED.matcher(cl);
        if (m.matches() && !BARE_OFFICE.matcher(m.group(1)).find()) {
            add(out, false, at, m.group(1), "lead", null, null, cl);
        }
    }

    /**
     * 设立X，负责…: the body set up ({@link #SET_UP_BODY}) has the duty of the next clause ({@link #SET_UP_DUTY}); not one that
     * 可(以)设立. Returns the body, which the clauses after go on with, or null.
     */
    private static String setUpBody(String cl, int at, List<Duty> out) {
        Matcher under = cl.contains("下设") ? SUB_BODY.matcher(cl) : null;
        if (under != null && under.matches()) {
            // X下设Y: Y by its own name (鱼市场管理站), an office by X's (劳动争议仲裁委员会下设办事机构 → 劳动争议仲裁委员会办事机构)
            boolean office = OFFICE_OF.matcher(under.group(2)).matches();
            String name = office ? under.group(1) + under.group(2) : under.group(2);
            return add(out, false, at + (office ? 0 : under.start(2)), name, "lead", null, null, cl) ? name : null;
        }
        int setUp = cl.lastIndexOf("设立");
        if (setUp < 0 || cl.startsWith("可", setUp - 1) || cl.startsWith("可以", setUp - 2)) {
            return null;
        }
        if (PARTY_SETS_UP.matcher(cl).region(0, setUp).find()) {
            return null; // 高等学校设立学术委员会, 学位授予单位设立学位评定委员会: a party's own organ (sample README: school organs)
        }
        Matcher body = SET_UP_BODY.matcher(cl).region(setUp, cl.length());
        if (!body.lookingAt()) {
            return null;
        }
        // 国务院设立进出口商品检验部门（以下简称国家商检部门）: a short name that names a function is how the text names the body
        String name = body.group(2) != null && DefinedNames.FUNCTION_NAME.matcher(body.group(2)).find() ? body.group(2) : body.group(1);
        return add(out, false, at + body.start(1), name, "lead", null, null, cl) ? name : null;
    }

    /**
     * 取得X的批准/许可/同意, 征得X(的)同意 ({@link #GRANTED_BY}): X approves, unless named by its place relative to the
     * applicant.
     */
    private static void grantedBy(String cl, int at, List<Duty> out) {
        Matcher m = Gate.when(cl.contains("取得") || cl.contains("征得"), GRANTED_BY, cl);
        while (m.find()) {
            if (!RELATIVE_APPROVER.matcher(m.group(1)).matches()) {
                add(out, false, at + m.start(1), m.group(1), "approval", null, null, cl);
            }
        }
    }

    /**
     * 由X、Y…以及工会(组织)派人组成事故调查组: each body that sends people to the team has a duty, however long the list (the
     * regulated parties in it are no agency: add leaves them out).
     */
    private static final Pattern SENDS_PEOPLE = Pattern.compile("由([\\u4e00-\\u9fff、（）]{2,120}?)(?:组织)?派(?:人|员)(?:组成|参加)");

    private static void teamMembers(String cl, int at, List<Duty> out) {
        Matcher m = SENDS_PEOPLE.matcher(cl);
        while (m.find()) {
            int k = m.start(1);
            for (String part : AgencyLists.parts(m.group(1))) {
                k = cl.indexOf(part, k);
                add(out, false, at + k, part.replaceFirst("等(?:有关)?单位$", ""), "lead", null, null, cl); // 监察机关等单位
            }
        }
    }

    /**
     * 经X或者Y批准 with a list longer than a name (经国务院渔业行政主管部门或者省、自治区、直辖市人民政府渔业行政主管部门批准,
     * 经中央军事委员会后勤保障部负责卫生工作的业务部门和国务院药品监督管理部门或者…批准): each full name between 和/或者/以及,
     * or the list as one span when a part names no agency (工业和信息化部). The same for 报X或者Y批准 ({@link #REPORTED_LIST}).
     */
    private static void approvalLists(Pattern lists, String cl, int at, List<Duty> out) {
        Matcher m = lists.matcher(cl);
        while (m.find()) {
            String list = m.group(1);
            String[] parts = LIST_AND.split(list);
            boolean names = parts.length > 1;
            for (String part : parts) {
                names &= !membersOf(part).members().isEmpty();
            }
            if (!names) {
                add(out, false, at + m.start(1), list, "approval", null, null, cl);
                continue;
            }
            int k = m.start(1);
            for (String part : parts) {
                k = cl.indexOf(part, k);
                add(out, false, at + k, part, "approval", null, null, cl);
            }
        }
    }

    /**
     * X及其有关部门 (县级以上地方人民政府及其有关部门应当…): X and X有关部门 as one joint list, named as the text names it.
     * The departments take the level of X's last member (国务院部门和省级人民政府及其有关部门 → 省级人民政府有关部门).
     */
    private static void withItsDepartments(List<Duty> out, int offset, String gov, String related, String role, String surface) {
        Split split = membersOf(gov);
        if (split.members().isEmpty()) {
            return;
        }
        String list = split.whole() + "及其" + related;
        for (String member : split.members()) {
            addName(out, false, offset, member, role, null, null, surface, list);
        }
        String last = split.members().get(split.members().size() - 1);
        if (related.startsWith("有关") || related.startsWith("相关")) {
            // 国务院和地方各级人民政府及其有关部门: each government's departments (samples 106, 182, 289); a body that is no
            // government keeps its own only when it is the last
            for (String member : split.members()) {
                if (member.equals("国务院") || member.endsWith("政府") || member.equals(last)) {
                    addName(out, false, offset, member + related, role, null, null, surface, list);
                }
            }
            return;
        }
        // a named department (及其教育行政部门, 及其农业行政等有关部门): each government's own, or the last body's; the units a
        // body has (及其所属管理机构) are the last body's alone
        if (related.startsWith("所属")) {
            membersOf(AgencyLists.unitOf(last, related)).members().forEach(d -> addName(out, false, offset, d, role, null, null, surface, list));
            return;
        }
        for (String member : split.members()) {
            if (member.endsWith("人民政府") || member.equals(last)) {
                membersOf(member + related).members().forEach(d -> addName(out, false, offset, d, role, null, null, surface, list));
            }
        }
    }

    /** The end of {@link #OTHERS_BESIDE} at {@code at} when the clause's act follows it, else -1. */
    private static int othersThenActs(String cl, int at) {
        Matcher m = OTHERS_BESIDE.matcher(cl).region(at, cl.length());
        return m.lookingAt() && SubjectScan.nextAt(cl, m.end()) ? m.end() : -1;
    }

    private static int clauseEnd(String sent, int from) {
        for (int i = from; i < sent.length(); i++) {
            char c = sent.charAt(i);
            if (c == '，' || c == '。' || c == '；') {
                return i;
            }
        }
        return sent.length();
    }

    /**
     * Whether the scanned subject, once cleaned, is the object of 报/经 …批准: the scan reads 制定…预案并报本级人民政府 as one
     * name, which cleans to the approver (中国人民银行经国务院批准 cleans to its subject, 中国人民银行).
     */
    private static boolean approverOf(String cl, int[] span) {
        if (Math.max(cl.lastIndexOf('报', span[1]), cl.lastIndexOf('经', span[1])) < span[0]) {
            return false;
        }
        for (Pattern p : new Pattern[]{REPORT_TO, APPROVED_BY}) {
            Matcher m = p.matcher(cl).region(span[0], cl.length());
            while (m.find() && m.start() < span[1]) {
                if (m.end(1) == span[1]) {
                    String subject = membersOf(cl.substring(span[0], span[1])).whole();
                    String approver = membersOf(m.group(1)).whole();
                    // 报省、自治区、直辖市的人民代表大会常务委员会批准: the span's name, its places cut by the cleaning, ends the approver's
                    return subject != null && approver != null && approver.endsWith(subject);
                }
            }
        }
        return false;
    }

    /** Whether a clause may be a designation (为/是, ending with 部门/机关/机构/主体): the pattern is dear. */
    private static boolean designation(String cl) {
        if (cl.length() < 6 || cl.indexOf('为') < 0 && cl.indexOf('是') < 0) {
            return false;
        }
        char last = cl.charAt(cl.length() - 1);
        // 工商行政管理部门是合伙企业登记机关(以下简称企业登记机关): the short name closes the clause
        return last == '门' || last == '关' || last == '构' || last == '体' || (last == '）' || last == ')') && AgencyNames.mayDefine(cl);
    }

    /**
     * 由X通知Y…: the span names who tells another body, not one acting body. (提请 and 申请 are clause words of
     * {@link AgencyNames} that keep the body asked, which acts: 由院长提请同级人民代表大会常务委员会任命 → the committee.)
     */
    private static boolean asksAnother(String span) {
        return span.contains("督促") || span.contains("通知");
    }

    /**
     * Whether the staff's sentence is about their breach ({@link #STAFF_BREACH}); a breach they are forbidden (…依法保护用人单位和个人的
     * 信息，不得以任何形式泄露) is their duty.
     */
    private static boolean staffBreach(String sent) {
        if (STAFF_ETHICS.matcher(sent).find()) {
            return true;
        }
        Matcher breach = STAFF_BREACH.matcher(sent);
        while (breach.find()) {
            int clause = Math.max(sent.lastIndexOf('，', breach.start()), sent.lastIndexOf('；', breach.start()));
            String before = sent.substring(clause + 1, breach.start());
            if (!before.contains("不得") && !before.contains("严禁") && !before.contains("禁止")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 由作出行政决定的机关依法申请人民法院强制执行: a body described by its decision that asks the court to enforce it is
     * no duty (the court acts), as the dev gold records it.
     */
    private static boolean asksCourt(String agency, String cl, int end) {
        if (agency.indexOf('的') < 0 || !COURT_ASKED.matcher(cl).region(end, cl.length()).lookingAt()) {
            return false;
        }
        String whole = membersOf(agency).whole();
        return whole != null && AgencyNames.actDescribed(whole);
    }

    /** A body that makes rules for others: a government, a department, a regulator, a coordination body, a 管理中心 (not 公共机构, 科研机构). */
    private static final Pattern RULE_MAKING_BODY = Pattern.compile("(?:人民政府|政府|部门|机关|委员会|管委会|常委会|人民代表大会|部|局|署|厅|办公室|国务院|中国人民银行|直属机构|省、自治区、直辖市"
            + "|(?:管理|监督|监管|督导|法制|行政|主管|执法|监察|审计|统计|协调|工作)机构|管理中心)$");

    /** The verbs by which a body has others act (指导, 支持, 鼓励, 引导, 督促): what the others then make is not the body's. */
    private static final String GUIDING = "(?:指导|支持|鼓励|引导|督促)";

    /**
     * Whether the clause from {@code from} to {@code to}, which names no agency, goes on making the rules of the sentence's
     * earlier subject (X负责组织…调查，制定…具体办法): 制定 or 制订 in it, no enumerated item (有下列情形之一的：(一)制定…的条件)
     * unless the sentence lists the subject's duties or is an item of such a list ({@code Carried.listItem}: X履行下列职责：(一)制定…), no
     * prohibition before it (不得…，制定…), and a subject that makes rules for others.
     */
    private static boolean makesOn(String sent, int from, int to, Carried carried) {
        String subject = carried.inCharge();
        if (subject == null) {
            return false;
        }
        boolean rules = makes(sent, from, to) || rulesOn(sent, from, to) || issuesOrders(sent, from, to) || laterRule(sent, from, to) != null;
        return rules && (carried.listItem || LEAD_CHARS.indexOf(sent.charAt(from)) < 0)
                && (carried.firstProhibition < 0 || carried.firstProhibition > from) && RULE_MAKING_BODY.matcher(subject).find()
                && !othersGuidedBefore(sent, from);
    }

    /**
     * Whether the clause before {@code from} ends with bodies the subject guides or supports (X应当指导、支持居民委员会、业主大会等，依法
     * 制定居民公约…): the next clause is theirs to act on, not the subject's.
     */
    private static boolean othersGuidedBefore(String sent, int from) {
        int end = from - 1;
        if (end < 1 || sent.charAt(end) != '，' && sent.charAt(end) != ',') {
            return false;
        }
        return OTHERS_GUIDED.matcher(sent).region(Delegations.lastComma(sent, end) + 1, end).find(); // one sentence: its clause from a comma
    }

    /** {@link #GUIDING} and the bodies guided, to the clause's end: 指导、支持居民委员会、村民委员会、业主大会等. */
    private static final Pattern OTHERS_GUIDED = Pattern.compile(GUIDING + "(?:[、和]" + GUIDING + ")*[^，,。；]{1,40}?(?:委员会|组织|单位|企业|协会|大会|学校|等)$");

    /** The body of {@link #GIVES_ACT} at the clause's start when it is a name as written (nothing cut), else null. */
    private static String givesAct(String cl) {
        Matcher m = GIVES_ACT.matcher(cl);
        return m.lookingAt() && !ASKS.matcher(m.group(1)).find() && m.group(1).equals(AgencyNames.clean(m.group(1))) ? m.group(1) : null;
    }

    /** Whether the subject ending at {@code end} of {@code cl} only entrusts, in its clause or (after 根据需要，) in the next. */
    private static boolean entrustsOnly(String sent, String cl, int end, int ce) {
        if (cl.indexOf("委托", end) >= 0) {
            return ENTRUSTS.matcher(cl).region(end, cl.length()).lookingAt();
        }
        return cl.endsWith("需要") && ce < sent.length() && ENTRUSTS.matcher(sent).region(ce - (cl.length() - end), sent.length()).lookingAt();
    }

    /** A government's or the military commission's power to issue decisions and orders, a clause of its own in its list of powers. */
    private static final Pattern ORDERS_ISSUED = Pattern.compile("(?:并|依法)?发布(?:决定和命令|命令和决定)");
    /**
     * After a subject: (应当)完善/(建立)健全…标准/规范/导则/规程/规则 to the clause's end: a standard the body keeps up, its rule; not
     * its own staff's norms (健全完善岗位工作规范, 完善相关工作规程: how the body works, no rule of the field).
     */
    private static final Pattern IMPROVES_RULE = Pattern.compile("(?:应当|要|负责)?(?:会同[^，。；]{1,30}?)?(?:建立健全|健全|完善)"
            + "([^，。；]{0,30}?(?:标准|(?<!工作)规范|导则|(?<!工作)规程|规则|管理办法)(?:(?:和|及|、)[^，。；、和及]{1,12}?)*)(?=[，。；]|$)");
    /**
     * After a subject: (应当)(会同Y)(根据…，)(组织)编制…标准/规范/规程/导则/细则 to the clause's end. 编制 mostly draws up plans and budgets
     * (a duty); only these nouns make it a rule.
     */
    private static final Pattern COMPILES_RULE = Pattern.compile("(?:应当|可以|负责)*(?:自[^，。；]{1,20}?起[^，。；]{1,8}?内)?(?:会同[^，。；]{1,30}?)?(?:(?:根据|结合|按照|依照)[^，。；]{1,40}?[，,]?)?"
            + "(?:组织)?编制(?:完成)?(?![、和的])((?:统一的)?[^，。；]{0,30}?(?:标准(?!化)|规范(?!化)|规程|导则|细则|技术规范|指引|(?<!办事)指南|规则)(?:等[^，。；等]{0,8}?文件)?)(?=[，。；]|$)");
    /** A clause opening with the standard a body keeps up ({@link #IMPROVES_RULE}), after its first clause. */
    private static final Pattern IMPROVES_AFTER = Pattern.compile("(?:并|同时|还应当)?" + IMPROVES_RULE.pattern());
    /** A clause opening with the standard a body draws up ({@link #COMPILES_RULE}), after its first clause. */
    private static final Pattern COMPILES_AFTER = Pattern.compile("(?:并|同时|还应当)?" + COMPILES_RULE.pattern());

    /** After a subject: (应当)根据本条例(的规定)，制定(具体)政策措施 (配套政策): measures made under this text, its delegation (group 1). */
    private static final Pattern POLICY_UNDER_THIS = Pattern.compile("(?:应当|应|可以|可)?(?:根据|依据|依照)" + Lexicon.THIS_LAW + "(?:的?规定)?[，,]?"
            + "(?:结合[^，。；]{1,20}?[，,]?)?制定((?:具体|相关|相应的?)?(?:配套)?(?:政策措施|措施|政策))(?=[，。；]|$)");

    /** A later clause's (并)明确…标准/要求/规范 to the clause's end: the standard the rule-making body sets (明确…配置标准). */
    private static final Pattern CLARIFIES_AFTER = Pattern.compile("(?:并|同时)?明确([^，。；]{0,30}?(?:标准(?!化)|具体要求|规范(?!化)|办法|细则))(?=[，。；]|$)");


    /**
     * A later clause's rule-making form: the verb whose presence gates it, its pattern (group 1 the rule), and the rules it
     * does not count (…，建立健全管理制度和标准: a body's own system and its norms, which the samples leave a duty).
     */
    private record LaterRule(String verb, String verb2, Pattern pattern, Pattern notRule) {
    }

    /**
     * The rules a later clause has the rule-making body keep up (X应当加强对餐饮行业的管理，建立健全行业标准、服务规范: samples 129, 200,
     * 399), draw up (X负责指导…，编制…地方技术规范和标准) or set (X应当建立…机制，明确…配置标准), as after the subject itself.
     */
    private static final List<LaterRule> LATER_RULES = List.of(
            new LaterRule("完善", "健全", IMPROVES_AFTER, Pattern.compile("制")),
            new LaterRule("编制", null, COMPILES_AFTER, null),
            new LaterRule("明确", null, CLARIFIES_AFTER, null));

    /** A later clause matched by one of {@link #LATER_RULES}: the form and its match. */
    private record LaterMatch(LaterRule form, Matcher match) {
    }

    /** The later-clause form ({@link #LATER_RULES}) the clause from {@code from} to {@code to} opens with, or null. */
    private static LaterMatch laterRule(String s, int from, int to) {
        for (LaterRule form : LATER_RULES) {
            if (within(s, form.verb(), from, to) >= 0 || form.verb2() != null && within(s, form.verb2(), from, to) >= 0) {
                Matcher m = form.pattern().matcher(s).region(from, to);
                if (m.lookingAt()) {
                    return new LaterMatch(form, m);
                }
            }
        }
        return null;
    }

    /** The rule a later clause {@code cl} has the rule-making body {@code subject} keep up, draw up or set, or null. */
    private static String laterRuleMade(String cl, String subject) {
        LaterMatch later = RULE_MAKING_BODY.matcher(subject).find() ? laterRule(cl, 0, cl.length()) : null;
        if (later == null) {
            return null;
        }
        String rule = later.match().group(1);
        return later.form().notRule() != null && later.form().notRule().matcher(rule).find() ? null : lastNoun(rule);
    }

    /**
     * After a subject: (应当)负责(组织)…办法/标准/规范的制定(和修订): the rule X is charged with making; not 推动…标准的制定 (a duty to
     * further others' rules, as the development gold reads it).
     */
    private static final Pattern CHARGED_WITH_MAKING = Pattern.compile("(?:应当)?负责(?:组织)?([^，。；]{1,30}?(?:办法|标准(?!化)|规范(?!化)|细则|规程|规则))"
            + "的(?:制定|起草|制修订|拟订|拟定)(?:(?:和|、|及|与)(?:修订|修改|发布|实施|组织实施|解释))*(?=[，。；]|$)");
    /** After a subject: (在…中)(可以|有权)(依法)发布(有关…的)决定、命令(、措施): the orders a body issues are its rules. */
    private static final Pattern ISSUES_ORDERS = Pattern.compile("(?:在[^，。；]{1,20}?中)?(?:可以|有权)?(?:依法)?发布(?:有关[^，。；]{1,16}的)?"
            + "(?:决定和命令|命令和决定|决定、命令)(?:、措施)?(?=[，。；]|$)");

    private static boolean issuesOrders(String s, int from, int to) {
        return to - from >= 7 && s.startsWith("发布", to - 7) && ORDERS_ISSUED.matcher(s).region(from, to).matches();
    }

    /** …，对…作出规定 closing the clause from {@code from} to {@code to}, not a plan's content (制定…预案，对…作出规定). */
    private static boolean rulesOn(String sent, int from, int to) {
        return sent.startsWith("规定", to - 2) && RULES_ON.matcher(sent).region(from, to).matches()
                && !PLAN_BEFORE.matcher(sent).region(Math.max(0, from - PLAN_BEFORE_LENGTH), from).find();
    }

    /**
     * X…，(并)制定…办法 (or 对…作出规定): the clause {@code cl} (from {@code from} in the sentence, at {@code at}) goes on with the
     * rule-making of the sentence's subject X.
     */
    private static boolean makesRulesOn(String sent, String cl, int from, int at, String subject, List<Duty> out) {
        if (issuesOrders(cl, 0, cl.length())) {
            add(out, true, at, subject, null, "决定和命令", Delegates.RULEMAKING, sent); // a government's 发布决定和命令 (samples 157, 225)
            return true;
        }
        Matcher made = makes(cl, 0, cl.length()) ? MADE_ON.matcher(cl) : null;
        if (made == null || !made.lookingAt()) {
            if (rulesOn(sent, from, from + cl.length())) {
                add(out, true, at, subject, null, "规定", Delegates.RULEMAKING, sent); // X建立…制度，对…作出规定
                return true;
            }
            String kept = laterRuleMade(cl, subject); // …，建立健全行业标准; …，编制…技术规范和标准; …，明确…配置标准
            if (kept != null) {
                add(out, true, at, subject, null, kept, Delegates.RULEMAKING, sent); // X应当加强…管理，建立健全行业标准、服务规范
                return true;
            }
            return false;
        }
        String what = lastNoun(made.group(1));
        Matcher beside = LIST_MADE.matcher(what).find() ? RULE_BESIDE_LIST.matcher(cl).region(made.start(1), cl.length()) : null;
        if (beside != null && !beside.find()) {
            Matcher rule = RULE_OF_LIST.matcher(cl).region(made.end(1), cl.length());
            if (!rule.lookingAt()) {
                return false; // a catalogue the subject keeps, as in the subject's own clause
            }
            what = lastNoun(cl.substring(made.start(1), rule.end())); // 制定公共数据资源目录编制规范: the norm for the catalogue
        } else if (beside != null && beside.start() >= made.end(1)) {
            // 制定并公布认证目录和技术规范、规则, …产业目录和项目入驻标准、程序: the rules made beside the catalogue are made too
            what = lastNoun(cl.substring(made.start(1)));
        }
        add(out, true, at, subject, null, what, Delegates.RULEMAKING, sent);
        partnersMakeToo(out, sent, at - from, at, what);
        return true;
    }

    /**
     * X会同Y…，制定…: the partners the sentence gave X before the clause at {@code at} make its rules with it, as the corpus samples
     * record them (samples 130, 192, 56: X会同Y建立…制度，制定…规范). {@code sentAt} is where the sentence starts.
     */
    private static void partnersMakeToo(List<Duty> out, String sent, int sentAt, int at, String what) {
        if (!sent.contains("会同")) {
            return;
        }
        // the sentence's own duties stand last (read back to its start, so a document of many such sentences stays linear)
        List<Duty> partners = new ArrayList<>();
        for (int k = out.size() - 1; k >= 0 && out.get(k).offset() >= sentAt; k--) {
            Duty d = out.get(k);
            if (d.type() == RelationType.RESPONSIBLE && "co".equals(d.role()) && d.offset() < at) {
                partners.add(d);
            }
        }
        for (int k = partners.size() - 1; k >= 0; k--) {
            Duty d = partners.get(k);
            addName(out, true, d.offset(), d.agency(), Delegates.PARTNER, what, Delegates.RULEMAKING, sent, d.list());
        }
    }

    /**
     * X负责…，会同Y组织…: the clause {@code cl} (at {@code at}) goes on with the duty of the sentence's subject X, with Y. The
     * sentence is the statement: it names X before 会同, which the export pairs Y with.
     */
    private static boolean goesOnWith(String sent, String cl, int at, String subject, List<Duty> out) {
        if (!cl.contains("会同") || makes(cl, 0, cl.length()) && MADE_ON.matcher(cl).lookingAt()) {
            return false; // X…，会同Y制定…办法: the rules (makesRulesOn), not a duty
        }
        Matcher co = coAfterModal(cl, 0); // X收到…后，应当会同Y…: a modal before 会同
        if (!co.lookingAt()) {
            return false;
        }
        if (add(out, false, at, subject, "lead", null, null, sent)) {
            add(out, false, at + co.start(1), co.group(1), "co", null, null, sent);
        }
        return true;
    }

    /**
     * What the subject at {@code start} sets as a rule in the words from {@code after} (its end, or its designee's), or null: 规定 for X(会同Y)(根据…，)可以规定…
     * (as 按照X的规定: no text it must make); the rule's noun for X(会同Y)，(在/根据…)确定…标准/办法 and X可以对…标准作出调整, which
     * only a rule-making body does (not a party's own prices or a fund holder's pay: 非银行支付机构…确定收费标准,
     * 履行出资人职责的机构…确定其薪酬标准).
     */
    private static String ruleAfterSubject(String sent, int start, int after, String subject) {
        if (notSubject(subject)) {
            return null;
        }
        int window = Math.min(sent.length(), after + 60);
        int reach = Math.min(sent.length(), after + SETS_RULE_REACH);
        if (sent.startsWith("负责", after) || sent.startsWith("应当负责", after)) {
            Matcher charged = CHARGED_WITH_MAKING.matcher(sent).region(after, window);
            if (charged.lookingAt()) {
                return lastNoun(charged.group(1)); // X负责…办法的制定: the rule X is charged with making (药品管理法 第二十八条)
            }
        }
        Matcher policy = sent.indexOf("政策", after) >= 0 || sent.indexOf("措施", after) >= 0 ? POLICY_UNDER_THIS.matcher(sent).region(after, window) : null;
        if (policy != null && policy.lookingAt()) {
            // X应当根据本条例的规定，制定具体政策措施 (…相应的配套政策): the measures this text leaves to X (not 制定…政策措施 alone)
            return policy.group(1);
        }
        int[] at = firstAt(sent, after, reach); // each gate's word once, not one scan per word
        if (before(at, GATE_RULE, window) && MAY_RULE.matcher(sent).region(after, window).lookingAt()) {
            return "规定";
        }
        if ((before(at, GATE_IMPROVE, window) || before(at, GATE_SOUND, window)) && RULE_MAKING_BODY.matcher(subject).find()) {
            Matcher improves = IMPROVES_RULE.matcher(sent).region(after, window);
            if (improves.lookingAt()) {
                return lastNoun(improves.group(1)); // X应当完善…管理规范: the standard X keeps up is its rule (samples 129, 200, 399)
            }
        }
        if (before(at, GATE_COMPILE, window) && RULE_MAKING_BODY.matcher(subject).find()) {
            Matcher compiles = COMPILES_RULE.matcher(sent).region(after, window);
            if (compiles.lookingAt()) {
                return lastNoun(compiles.group(1)); // X应当根据…，编制统一的…培训大纲和教学、考核标准 (samples: 编制立法技术规范)
            }
        }
        if (before(at, GATE_ISSUE, window) && ISSUES_ORDERS.matcher(sent).region(after, window).lookingAt()) {
            return "决定、命令"; // X(在…中)可以依法发布有关…的决定、命令、措施 (突发事件应对法 第二十条; samples 157, 225, 397)
        }
        if ((before(at, GATE_MAKE, window) || before(at, GATE_MAKE_TOO, window)) && (start < 1 || sent.charAt(start - 1) != '由')
                && MAKES_NAMED_BEFORE.matcher(sent).region(after, window).lookingAt()) {
            return "规定"; // 省级应急管理部门可以自行制定, X应当会同Y立即制定、修订: what is made stands before (…方案，由X制定: the
                            // passive's, which tells plans from rules)
        }
        Matcher sets = at[GATE_SET] >= 0 ? SETS_RULE.matcher(sent).region(after, reach)
                : at[GATE_ADJUST] >= 0 || at[GATE_RAISE] >= 0 || at[GATE_LOWER] >= 0 ? ADJUSTS_RULE.matcher(sent).region(after, reach) : null;
        if (sets != null && sets.lookingAt()) {
            return rulesBody(subject) ? lastNoun(sets.group(1) != null ? sets.group(1) : sets.group(2)) : null;
        }
        return null;
    }

    /**
     * The rule a subject makes by {@link #MAKES_RULE} (after the particular forms of {@link #ruleAfterSubject} found none), or
     * null.
     */
    private static String rulesMade(String sent, int after, String subject) {
        int reach = Math.min(sent.length(), after + SETS_RULE_REACH);
        Matcher makes = makesRuleWithin(sent, after, reach) ? MAKES_RULE.matcher(sent).region(after, reach) : null;
        return makes != null && makes.lookingAt() && !notSubject(subject) && rulesBody(subject) && !guidesOthers(sent, after)
                ? lastNoun(makes.group("adjusted") != null ? makes.group("adjusted") : makes.group("made")) : null;
    }

    /** X(应当)为Y…提供指导/服务/支持: what stands between is Y's to do (民政部门应当为慈善行业组织…制定团体标准…提供指导). */
    private static final Pattern GUIDES_OTHERS = Pattern.compile("^(?:应当|可以|要|应)?为[^。；，]{1,80}?提供(?:指导|服务|支持|帮助|便利|保障|咨询)");

    private static boolean guidesOthers(String sent, int after) {
        return after < sent.length() - 1 && sent.indexOf('为', after) >= 0 && GUIDES_OTHERS.matcher(sent).region(after, sent.length()).lookingAt();
    }

    /** The words whose presence gates {@link #ruleAfterSubject}'s patterns, by index (GATE_…). */
    private static final List<String> GATE_WORDS = List.of("规定", "完善", "健全", "发布", "制定", "制订", "确定", "调整", "提高", "降低", "编制");
    private static final int GATE_RULE = 0, GATE_IMPROVE = 1, GATE_SOUND = 2, GATE_ISSUE = 3, GATE_MAKE = 4, GATE_MAKE_TOO = 5,
            GATE_SET = 6, GATE_ADJUST = 7, GATE_RAISE = 8, GATE_LOWER = 9, GATE_COMPILE = 10;
    private static final boolean[] GATE_FIRST = Lexicon.charTable("规完健发制确调提降编");

    /** The first index of each of {@link #GATE_WORDS} in {@code [from, to)}, -1 where it is absent. */
    private static int[] firstAt(String s, int from, int to) {
        int[] at = new int[GATE_WORDS.size()];
        Arrays.fill(at, -1);
        for (int i = from; i < to - 1; i++) {
            if (GATE_FIRST[s.charAt(i)]) {
                for (int w = 0; w < at.length; w++) {
                    if (at[w] < 0 && s.startsWith(GATE_WORDS.get(w), i)) {
                        at[w] = i;
                    }
                }
            }
        }
        return at;
    }

    /** Whether gate word {@code w} stands whole before {@code end}. */
    private static boolean before(int[] at, int w, int end) {
        return at[w] >= 0 && at[w] + 2 <= end;
    }

    /** A subject that makes rules (its designee cut: X或者其授权的Y). */
    private static boolean rulesBody(String subject) {
        return RULE_MAKING_BODY.matcher(OR_ITS_DESIGNEE.matcher(subject).replaceFirst("")).find();
    }

    /**
     * Whether {@code [from, to)} holds one of {@link #MAKING_VERBS} with a rule after it ({@link #VERB_AND_RULE}), or an
     * adjustment: {@link #MAKES_RULE} is dear, and read only where its end can match.
     */
    private static boolean makesRuleWithin(String s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (MAKING.at(s, i) && (s.startsWith("调整", i) || VERB_AND_RULE.matcher(s).region(i, Math.min(s.length(), i + 60)).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> MAKING_VERBS = List.of("制定", "制订", "规定", "确定", "拟定", "拟订", "明确", "核定", "调整", "修订", "修改");
    private static final SubjectScan.Words MAKING = new SubjectScan.Words(MAKING_VERBS);
    /**
     * What a body makes that is a rule: not a plan (规划/计划/方案/预案, its duty), nor a catalogue it draws up (目录/名录/清单: a
     * duty beside a borderline delegation, the samples' catalogue case).
     */
    private static final String MADE_RULE_NOUN = "(?:" + PROCEDURE + "|标准(?!化)|办法|细则|规则|规范(?!化)|规程|要求|方法|限量值|限值|定额|导则|通则|准则|守则|大纲"
            + "|格式|式样|样式|范本|税率|费率|比例|幅度|限额|(?:补充|变通|具体|实施)的?规定|(?:示范)?章程|法规|规章|条例|办法和步骤|指南|指引|限价|指导性?意见|指导性技术文件|(?<!组织|单位|企业|机构)条件)";
    /** A verb of rule-making (and its publication), not one of a relative clause (确定的) or a list (明确和…). */
    private static final String VERB_BEFORE_RULE = "(?:" + String.join("|", MAKING_VERBS) + ")(?:[、和](?:修订|修改|调整|公布|发布|颁布))?"
            + "(?:并(?:予以)?(?:公布|发布))?(?![的和及与、]|进行)";
    /**
     * The rule a verb makes: no unit or enterprise picked (确定…重点用电单位及其…限额 is a case), but one made may be about them
     * (制定企业公共信用综合评价办法), though not their own (制定国家出资企业的章程: the company's articles, no rule).
     */
    private static final String RULE_AFTER_VERB = "(?:(?<=制定|制订)(?:(?!(?:单位|企业|公司)的章程)[^，。；]){0,40}?|(?:(?!单位|企业)[^，。；]){0,40}?)"
            + MADE_RULE_NOUN;
    /**
     * Acts that end a basis (依据各自职责推动…标准的制定，明确…要求: the subject's duty, and the rule-making after it is no basis's); a
     * basis with 授权 (根据全国人民代表大会的授权决定，制定法规) is an authorisation, which Delegations reads.
     */
    private static final String DUTY_VERBS = "推动|组织|开展|加强|建立|指导|监督|负责|做好|实施|协调";
    /**
     * After a subject, its partners (会同Y) and up to two bases (根据…，): a verb of rule-making and the rule it makes (X会同Y、Z根据经济
     * 社会发展情况，对…劳动范围进行调整; X会同Y明确…基本要求; X应当及时会同Y规定…临时限量值和临时检验方法; X会同Y，可以根据…，确定…标准).
     * Each part stays in its clause, and a basis's own 规定 (按照国家有关规定) is no verb, nor is a basis a duty's clause.
     */
    private static final Pattern MAKES_RULE = Pattern.compile("^[，,]?(?:应当|应|可以|可|依法|负责|及时|适时|共同|统一)*(?:会同" + CO_LIST + "[，,]?)?(?:应当|应|可以|可|依法)*"
            + "(?:(?:应当|应|可以|可|依法)*(?:(?:根据|结合|按照|依照|参照|依据)(?:(?!" + DUTY_VERBS + "|授权)[^，。；]){1,50}?"
            + "(?:(?!规定)|(?<!有关|相关|的|和|或者|统一|法|律|规|条例|细则|办法|规章|国家|省|市))"
            + "|在[^，。；]{1,40}?(?:范围内|权限内|幅度内|前提下|期间|指导下))[，,]?){0,3}"
            + "(?:应当|应|可以|可|依法|负责|及时|适时|另行|统一|共同|分别|分类|逐步|协同|补充)*"
            + "(?:对(?!其)(?<adjusted>[^，。；]{1,40}?(?:" + MADE_RULE_NOUN + "|范围|条件))(?:进行|作出|予以)(?:适当)?调整"
            + "|(?:对(?!其)[^，。；]{1,30}?(?<![进行作])(?:应当|可以)?(?:统一|分别)?)?" + VERB_BEFORE_RULE + "(?<made>" + RULE_AFTER_VERB + "(?:(?:和|及)[^，。；、和及的]{1,4})?))(?=[，。；：]|$|并)");

    /**
     * 制定 with nothing after it but the clause's end: the rules were named before (应急管理部未制定行业标准化定级标准的，
     * 省级应急管理部门可以自行制定; 需要制定、修订相关食品安全国家标准的，X应当会同Y立即制定、修订).
     */
    private static final Pattern MAKES_NAMED_BEFORE = Pattern.compile("(?:可以|应当|可|应)?(?:自行|另行|统一|单独|先行)?(?:会同[^，。；]{1,30}?)?"
            + "(?:立即|及时)?(?:制定|制订)(?:、(?:修订|修改|调整))?(?=[，。；]|$)");

    /** The verb and rule that end {@link #MAKES_RULE}, on their own. */
    private static final Pattern VERB_AND_RULE = Pattern.compile(VERB_BEFORE_RULE + RULE_AFTER_VERB + "(?=[，。；：]|$|并)");

    /** The modal of a clause that goes on with the sentence's subject and a partner: 应当会同Y…, 并会同Y…. */
    private static final Pattern MODAL_BEFORE_CO = Pattern.compile("(?:并且|并|还|同时)?(?:应当|应|可以|可)?(?:及时)?(?=会同)");

    /** {@link #CO_AGENCY} at {@code from} of {@code s}, after a modal if one stands there (应当会同Y…); call lookingAt(). */
    private static Matcher coAfterModal(String s, int from) {
        Matcher modal = MODAL_BEFORE_CO.matcher(s).region(from, s.length());
        return CO_AGENCY.matcher(s).region(modal.lookingAt() ? modal.end() : from, s.length());
    }

    /** The modal that leaves the discretion (可再生能源, 可能 are words). */
    private static final Pattern VARY_MODAL = Pattern.compile("可以|可(?![再能行持靠视见信控])");
    /** A case before the subject (有正当理由不能按期补正的，X可以延长…期限): X varies a term for the case, no norm. */
    private static final Pattern VARIED_FOR_CASE = Pattern.compile("的[，,]");

    /** {@link #VARIES} at {@code at}: the subject's rule, and no duty besides unless a later clause gives one. */
    private static boolean varies(String sent, int at, int base, List<Duty> out, Carried carried) {
        if (!suffixCharWithin(sent, at, 1 + MAKER_NAME + SUFFIX_MAX)) {
            return false;
        }
        Matcher v = VARIES.matcher(sent).region(at, sent.length());
        if (!v.lookingAt() || v.group(1).contains("组织") || !VARY_MODAL.matcher(sent).region(v.end(1), v.start(2)).find()
                || VARIED_FOR_CASE.matcher(sent).region(0, at).find() || within(sent, "对", v.end(1), v.start(2)) >= 0
                || !ruleMakers(out, base, v.start(1), v.group(1), v.end(1), lastNoun(v.group(3)), sent)) {
            return false;
        }
        carried.subject = v.group(1);
        carried.rulesOnly = true;
        return true;
    }

    /** A rule-maker X at {@code at} of the sentence, and its 会同 partner Y when the name is followed by one. */
    private static boolean ruleMakers(List<Duty> out, int base, int at, String name, int nameEnd, String what, String sent) {
        List<String> makers = members(name);
        if (!makers.isEmpty() && makers.stream().allMatch(m -> nameKind(m) == REGULATED_PARTY)) {
            return false; // 认证机构可以自行制定认证规则: a regulated party's own rules, no delegation (its duties are none either)
        }
        boolean any = add(out, true, base + at, name, null, what, Delegates.RULEMAKING, sent);
        Matcher co = coAfterModal(sent, nameEnd); // X应当会同Y制定
        if (co.lookingAt()) {
            any |= add(out, true, base + co.start(1), co.group(1), Delegates.PARTNER, what, Delegates.RULEMAKING, sent);
        }
        return any;
    }

    /**
     * 会同Y wherever the clause has it: after a lead that names no agency (由部队会同兵役机关…), an approver (报X会同Y批准) or a
     * subject an earlier sentence named (情节严重的，可以会同工商行政部门没收…); not a partner in rule-making.
     */
    private static void partnersAnywhere(String sent, int from, String cl, int at, List<Duty> out, boolean partyBefore) {
        for (int k = cl.indexOf("会同"); k >= 0; k = cl.indexOf("会同", k + 2)) {
            if (partyBefore && LEADS_ALONE.matcher(cl).region(0, k).matches()) {
                continue; // 机关、单位保密工作机构应当…，会同组织人事部门…: decided by the subject
            }
            Matcher co = CO_AGENCY.matcher(cl).region(k, cl.length());
            if (co.lookingAt() && !RELATIVE_RULE.matcher(cl).region(co.end(), cl.length()).lookingAt()
                    && (co.end() < cl.length() || !ruleAfter(sent, from + co.end()))) {
                add(out, false, at + co.start(1), co.group(1), "co", null, null, cl);
            }
        }
    }

    /** A clause that opens with 会同 (after a modal): it goes on with the sentence's subject. */
    private static final Pattern LEADS_ALONE = Pattern.compile("(?:并且|并|还|同时|及时|必要时)?(?:应当|应|可以|可|负责)?");
    /** A modal in the sentence before a clause: a subject was named there, an agency or not. */
    private static final Pattern NAMED_BEFORE = Pattern.compile("应当|应|可以|负责|必须");
    /** A partner ending its clause (X会同Y，根据…核定): a rule the rest of the sentence makes. */
    private static final Pattern RULE_AFTER = Pattern.compile("[^。；]{0,60}?(?:制定|制订|规定|另行|确定|核定|拟定|拟订|调整|公布|发布|颁布)");
    /**
     * A partner in rule-making (具体办法由X会同Y制定, 按照X会同Y规定的…: a delegation, {@link Delegations}), or in an act that only
     * qualifies a noun (通过X会同Y组织的国家安全审查, X会同Y指定的单位).
     */
    private static final Pattern RELATIVE_RULE = Pattern.compile("[^，。；]{0,40}?(?:制定|制订|规定|另行|确定|核定|拟定|拟订|调整|公布|发布|颁布)"
            + "|[^，。；]{0,30}?(?:组织|作出|做出|指定|提出|认定)的");

    private static boolean ruleAfter(String sent, int at) {
        return RULE_AFTER.matcher(sent).region(Math.min(sent.length(), at), sent.length()).lookingAt();
    }

    /**
     * 建议X(依法)责令/吊销/限制…: the body advised imposes the sanction (建议国务院银行业监督管理机构责令停业整顿, 建议有关金融管理部门
     * 限制或者禁止其开展相关业务).
     */
    private static final Pattern ADVISED_TO_SANCTION = Pattern.compile("建议(?!其)" + X_SHORT + "(?=(?:依法)?(?:责令|吊销|撤销|处以|给予|处罚|予以处理|限制|禁止|暂停|取消))");

    /**
     * The bodies another asks, charges or notifies to act ({@link #ASKED_TO_ACT}, {@link #ASKED_TO_SETTLE}, {@link #NOTIFIED_TO_EXECUTE},
     * {@link #NOTIFIED_TO_ACT}; group 1), each with the act's role; a body named only relative to the asker (本级人民政府) only
     * where {@code relativeToo}.
     */
    private static void asked(Matcher m, String role, boolean relativeToo, int at, String cl, List<Duty> out) {
        while (m.find()) {
            if (relativeToo || !RELATIVE_APPROVER.matcher(m.group(1)).matches()) {
                add(out, false, at + m.start(1), m.group(1), role, null, null, cl);
            }
        }
    }

    /** (书面)通知/移送/交由X执行: the body notified carries out the decision (书面通知海关执行, 移送人民法院执行). */
    private static final Pattern NOTIFIED_TO_EXECUTE = Pattern.compile("(?:书面)?(?:通知|移送|交由)" + X_SHORT + "(?=(?:依法)?执行)");
    /**
     * 通知X(依法)阻止其出境, 不准其入境, 协助保护现场, 参与调查处理, 予以公告, 派员临场监督: what a notice asks of a body is its act.
     */
    private static final Pattern NOTIFIED_TO_ACT = Pattern.compile("(?:书面)?通知" + X_SHORT + "(?=(?:依法)?(?:阻止|不准|协助|参与|予以公告|派员))");

    /** X组织Y、Z… and X统筹协调Y、Z…: each body organised ({@link #ORGANISES}, {@link #COORDINATES}). */
    private static void organised(String cl, int at, List<Duty> out) {
        for (int k = cl.indexOf("组织"); k >= 0; k = cl.indexOf("组织", k + 2)) {
            if (BEFORE_ORGANISES.matcher(cl).region(Math.max(0, k - 4), k).find()) {
                organisedAt(ORGANISES.matcher(cl).region(k, cl.length()), cl, at, out);
            }
        }
        for (int k = cl.indexOf("统筹协调"); k >= 0; k = cl.indexOf("统筹协调", k + 4)) {
            organisedAt(COORDINATES.matcher(cl).region(k, cl.length()), cl, at, out);
        }
    }

    /**
     * The bodies organised share the organiser's duty, or make the rules it organises (X统筹协调Y、Z…等部门和W制定…修复规范: the
     * samples record Y, Z and W as rule-makers; a plan they make is a duty, as an agency's own).
     */
    private static void organisedAt(Matcher m, String cl, int at, List<Duty> out) {
        if (!m.lookingAt() || ORGANISED_NOT.matcher(m.group(1)).find()) {
            return;
        }
        Matcher made = ORGANISED_MAKE.matcher(cl).region(m.end(), cl.length());
        if (made.lookingAt()) {
            add(out, true, at + m.start(1), m.group(1), null, lastNoun(made.group(1)), Delegates.RULEMAKING, cl);
        } else {
            add(out, false, at + m.start(1), m.group(1), "co", null, null, cl);
        }
    }

    /** 会同Y after a subject or 由X: each co-agency (R5). */
    private static void coAgencies(String cl, int at, int base, List<Duty> out) {
        int k = cl.indexOf("会同", at);
        if (k < 0 || k - at > 12) {
            int with = at + "应当".length(); // 应当 and 可以 are two characters
            if ((cl.startsWith("应当", at) || cl.startsWith("可以", at)) && with < cl.length() - 1
                    && (cl.charAt(with) == '与' || cl.charAt(with) == '和')) {
                // X应当和Y、Z建立…机制: the partners named after the modal and 与/和 act with X, as after 会同 (not 和 joining a
                // subject list, nor a foreign body: 可以与陆地邻国相关部门开展合作)
                Matcher partner = WITH_AGENCY.matcher(cl).region(with, cl.length());
                if (partner.lookingAt() && !FOREIGN.matcher(partner.group(1)).find()) {
                    add(out, false, base + partner.start(1), partner.group(1), "co", null, null, cl);
                }
            }
            return;
        }
        Matcher co = CO_AGENCY.matcher(cl).region(k, cl.length());
        if (co.lookingAt()) {
            add(out, false, base + co.start(1), co.group(1), "co", null, null, cl);
        }
    }

    /** The made thing's noun: 实施办法, 具体办法 (after the last 的, at most 16 characters, from a word's start). */
    private static String lastNoun(String made) {
        String s = made.substring(made.lastIndexOf('的') + 1);
        if (s.length() <= 16) {
            return s;
        }
        // the last 16 characters begin mid-word: from after the first join in them (分类、监测预警…标准 → 监测预警…标准)
        String tail = s.substring(s.length() - 16);
        for (int k = 0; k < tail.length() - 4; k++) {
            char c = tail.charAt(k);
            if (c == '、' || c == '和' || c == '及' || c == '，') {
                return tail.substring(k + 1);
            }
        }
        return tail;
    }

    /**
     * Records each member of the agency named by a captured span (cleaned). Returns whether any was recorded.
     */
    static boolean add(List<Duty> out, boolean delegates, int offset, String raw, String role, String what, String kind,
                       String surface) {
        what = unquoted(what);
        if (delegates && what != null && THIS_DOCUMENT.matcher(what).matches()) {
            return false; // …，根据…，制定本条例: the enacting formula, whose maker is the issuer, no body the text names before it
        }
        boolean any = false;
        Split split = membersOf(raw);
        // a list, or a name standing for more than itself (国务院自然资源等主管部门 → 国务院自然资源主管部门)
        // or X和(其他)有关部门, X或者其他有关监督管理部门: X and bodies the text does not name, as written
        String list = split.members().size() > 1 || split.members().size() == 1
                && (split.whole().contains("等") || unnamedRest(split.whole()))
                && !split.whole().equals(split.members().get(0)) ? split.whole() : null;
        for (String member : split.members()) {
            any |= addName(out, delegates, offset, member, role, what, kind, surface, list);
        }
        if (any && delegates && Delegates.RULEMAKING.equals(kind) && what != null && (PLAN.matcher(what).find()
                || CATALOGUE.matcher(what).find() && !RULE_BESIDE_LIST.matcher(what).find()
                && (surface == null || !RULES_WITH_LIST.matcher(surface).find()))) {
            add(out, false, offset, raw, "lead", null, null, surface); // keeping the catalogue, drawing up the plan: duties too
        }
        return any;
    }

    /**
     * What is made without an opening 《 its span did not close (制定《轨道交通乘客守则》: the made patterns stop at the rule noun,
     * before the title's 》).
     */
    private static String unquoted(String what) {
        int open = what == null ? -1 : what.lastIndexOf('《');
        return open >= 0 && what.indexOf('》', open) < 0 ? what.substring(0, open) + what.substring(open + 1) : what;
    }

    /** The document itself as what is made (制定本条例, 制定本办法): its enacting formula, as the legal basis reads it. */
    private static final Pattern THIS_DOCUMENT = Pattern.compile(Lexicon.THIS_TEXT);

    /**
     * A catalogue or list left to a body (目录由X制定公布, 名录由X制定、公布, 负面清单由X会同Y制定): the samples read it as a borderline
     * rule-making beside a plain duty of the maker (sample README: catalogues); with rules (名录及管理办法) it is rule-making alone.
     */
    private static final Pattern CATALOGUE = Pattern.compile("目录|名录|清单|名单");
    private static final Pattern RULES_WITH_LIST = Pattern.compile("(?:目录|名录|清单|名单)(?:和|及|以及|、)[^，。；]{0,10}(?:办法|细则|标准|规范|规则)");
    /**
     * A plan made beside rules (负责制定…的总体规划、技术标准、技术方案与实施办法): the rules are rule-making, drawing up the plan the
     * maker's duty (a plan alone is a duty only, as 负责编制…规划 is).
     */
    private static final Pattern PLAN = Pattern.compile("(?:规划|计划|预案)(?:、|和|及|与)|(?:、|和|及|与)[^、和及与]{0,12}(?:规划|计划|预案)$");

    /** The unnamed rest of a list: 和有关部门, 或者其他有关监督管理部门, 以及其他相关机构. */
    private static final Pattern UNNAMED_REST = Pattern.compile("(?:和|或者|以及|及)(?:其他)?(?:有关|相关)[^、和或及]{0,8}(?:部门|机关|机构)$");

    private static boolean unnamedRest(String name) {
        return (name.contains("有关") || name.contains("相关")) && UNNAMED_REST.matcher(name).find();
    }

    /** A captured span, cleaned, and the members it names. */
    private record Split(String whole, List<String> members) {
        static final Split NONE = new Split(null, List.of());
    }

    /** Cleaned names of captured spans: the same spans recur in every document (国务院有关部门 …). */
    private static final Map<String, Split> MEMBERS = new ConcurrentHashMap<>();
    private static final int MEMBERS_MAX = 50_000;

    /**
     * X人民代表大会及其常务委员会, X人民代表大会或者其常务委员会: the congress and its standing committee, each a member (the
     * cleaner keeps X人民代表大会 alone).
     */
    private static final String COMMITTEE_ITS = "其常务委员会";
    private static final Pattern CONGRESS_ITS = Pattern.compile("^(.+人民代表大会)(及其|或者其)常务委员会$");

    private static Split congressAndCommittee(String raw) {
        Matcher its = CONGRESS_ITS.matcher(raw);
        Split congress = its.matches() ? membersOf(its.group(1)) : Split.NONE;
        if (congress.whole() == null || !congress.whole().endsWith("人民代表大会")) {
            return null;
        }
        List<String> members = new ArrayList<>();
        for (String c : congress.members()) {
            members.add(c);
            members.add(c + "常务委员会");
        }
        return new Split(congress.whole() + its.group(2) + "常务委员会", members);
    }

    /**
     * 国务院各部、(各)委员会、中国人民银行、审计署和具有行政管理职能的直属机构: the State Council's departments by the formula the
     * 立法法 and 国务院组织法 write them in, 国务院 and 各 shared by the bare heads (国务院部, 国务院委员会, 国务院直属机构); the
     * cleaner would keep the described 直属机构 alone. 法律规定的机构 names no body.
     */
    private static final String STATE_COUNCIL_ORGANS = "国务院各部、";
    private static final Pattern ORGANS_SPLIT = Pattern.compile("、|以及|和");
    private static final Pattern SHARED_ORGAN = Pattern.compile("^(?:国务院)?各?(?:具有行政管理职能的)?(部|委员会|直属机构|办事机构)$");
    private static final Set<String> NAMED_ORGANS = Set.of("中国人民银行", "审计署", "国务院办公厅");

    private static Split stateCouncilOrgans(String raw) {
        List<String> members = new ArrayList<>();
        for (String part : ORGANS_SPLIT.split(raw)) {
            Matcher shared = SHARED_ORGAN.matcher(part);
            if (shared.matches()) {
                members.add("国务院" + shared.group(1));
            } else if (NAMED_ORGANS.contains(part)) {
                members.add(part);
            } else if (!part.equals("法律规定的机构")) {
                return null;
            }
        }
        return new Split(raw, members);
    }

    /** X级或者Y人民政府Z: two levels that share the government's department (设区的市级或者直辖市的区人民政府司法行政部门). */
    private static final Pattern LEVELS_OR = Pattern.compile("^((?:设区的)?[\\u4e00-\\u9fff]{1,4}级)或者([\\u4e00-\\u9fff]{2,10}?)(人民政府[\\u4e00-\\u9fff]{2,16})$");

    /** The agencies a captured span names, each its own member (as {@link #add} records them): cleaned, lists split. */
    static List<String> members(String raw) {
        return membersOf(raw).members();
    }

    /**
     * 被约谈的部门和地方人民政府: the bodies a superior summoned, the bare 部门 among them naming none (samples 18, 69, 217 record the
     * governments, which must act on the summons).
     */
    private static final Pattern SUMMONED = Pattern.compile("^被[^的，、]{1,6}的(?:部门|机关|机构)(?:和|及|、)(.+)$");

    private static Split membersOf(String raw) {
        if (raw == null) {
            return Split.NONE;
        }
        Split m = MEMBERS.get(raw);
        if (m == null) {
            m = raw.endsWith(COMMITTEE_ITS) ? congressAndCommittee(raw)
                    : raw.startsWith(STATE_COUNCIL_ORGANS) ? stateCouncilOrgans(raw) : null;
            Matcher levels = m == null && raw.contains("级或者") ? LEVELS_OR.matcher(raw) : null;
            if (levels != null && levels.matches()) {
                String first = AgencyNames.clean(levels.group(1) + levels.group(3));
                String second = AgencyNames.clean(levels.group(2) + levels.group(3));
                m = first == null || second == null ? null : new Split(raw, List.of(first, second));
            }
            Matcher seated = m == null ? Gate.when(raw.contains("及其设在"), SEATED_BRANCHES, raw) : null;
            if (seated != null && seated.matches()) {
                m = seatedBranches(seated.group(1), seated.group(2), seated.group(3), seated.group(4), raw);
            }
            Matcher units = m == null ? Gate.when(raw.endsWith("单位"), CLOSED_BY_UNITS, raw) : null;
            if (units != null && units.matches()) {
                Split agencies = membersOf(units.group(1));
                m = agencies.members().isEmpty() ? Split.NONE : new Split(raw, agencies.members());
            }
            Matcher summoned = m == null && raw.startsWith("被") ? SUMMONED.matcher(raw) : null;
            if (summoned != null && summoned.matches()) {
                Split rest = membersOf(summoned.group(1));
                m = rest.members().isEmpty() ? Split.NONE : new Split(raw, rest.members());
            }
            if (m == null && raw.indexOf("建议") > 1) {
                m = recommendsTo(raw);
            }
            if (m == null && raw.endsWith(STATE_ORGANS_HEAD)) {
                m = stateOrgans(raw);
            }
            if (m == null) {
                m = eitherDescribed(raw);
            }
            if (m == null) {
                String agency = AgencyNames.clean(raw);
                List<String> governments = agency == null ? null : AgencyNames.governments(agency);
                // a list as written keeps the 各 its members are read without (各省（…）财政部门、价格主管部门): the text's name
                m = agency == null ? Split.NONE : new Split(AgencyNames.eachBefore(raw, agency) + agency, (governments == null
                        ? AgencyLists.members(agency).stream() : governments.stream().flatMap(g -> AgencyLists.members(g).stream()))
                        .map(AgencyNames::asMember).distinct().toList());
            }
            if (MEMBERS.size() >= MEMBERS_MAX) {
                MEMBERS.clear();
            }
            MEMBERS.put(raw, m);
        }
        return m;
    }

    private static final String STATE_ORGANS_HEAD = "等国家机关";
    /** The organs a text names by their field and 机关 (lexicon {@code field-organs.txt}: 公安机关, 审计机关 …). */
    private static final Set<String> FIELD_ORGANS = Set.copyOf(Lexicon.lines("field-organs.txt"));

    /**
     * X、Y等国家机关: the category 国家机关 with examples (医疗卫生、体育、旅游等国家机关、事业单位 names fields, not bodies; the
     * samples record the category, borderline): the members that are names (人民法院, 海关) or a field's established organ
     * (公安 → 公安机关); none for the other fields.
     */
    private static Split stateOrgans(String raw) {
        List<String> members = new ArrayList<>();
        for (String part : raw.substring(0, raw.length() - STATE_ORGANS_HEAD.length()).split("、")) {
            String organ = FIELD_ORGANS.contains(part + "机关") ? part + "机关" : AgencyNames.namesItself(part) ? AgencyNames.clean(part) : null;
            if (organ != null) {
                members.add(organ);
            }
        }
        return members.isEmpty() ? Split.NONE : new Split(raw, List.copyOf(members));
    }

    /**
     * 由X建议Y对…给予行政处分: X recommends, Y imposes the sanction; both act (the samples give Y the enforcement), or null
     * when either names no agency.
     */
    private static Split recommendsTo(String raw) {
        int at = raw.indexOf("建议");
        if (raw.startsWith("的", at + 2)) {
            return null; // X建议的Y: a body described by what X proposed
        }
        List<String> x = membersOf(raw.substring(0, at)).members();
        List<String> y = membersOf(raw.substring(at + 2)).members();
        if (x.isEmpty() || y.isEmpty()) {
            return null;
        }
        List<String> members = new ArrayList<>(x);
        members.addAll(y);
        return new Split(raw, List.copyOf(members));
    }

    /**
     * X及其设在地方的Y: X and its branches, named by their seat as the samples name them (samples 51, 131), after the members of a
     * list before them ({@code before}: Z in Z、X及其设在地方的Y); null when X or Y names no agency.
     */
    private static Split seatedBranches(String before, String x, String seat, String y, String raw) {
        String body = AgencyNames.clean(x);
        String branch = AgencyNames.clean(y);
        if (body == null || branch == null) {
            return null;
        }
        List<String> members = new ArrayList<>(before == null ? List.of() : membersOf(before).members());
        members.add(body);
        members.add(body + "设在" + seat + "的" + branch);
        return new Split(raw, List.copyOf(members));
    }

    /** X及其设在地方(各地)的Y: a national body and its local branches (国家矿山安全监察机构及其设在地方的矿山安全监察机构). */
    private static final Pattern SEATED_BRANCHES = Pattern.compile("^(?:(.+)(?:、|和|以及))?([^、和及或]{2,20}?)及其设在(地方|各地)的([^、和及或]{2,20})$");
    /** A description that ends in an act (…人民政府确定, …部门授权的部门认可): the bodies before it are its subject, not members. */
    private static final Pattern RELATIVE_ACT_END = Pattern.compile("(?:确定|认可|批准|指定|授权|委托|设立|核准|审批|认定|选定|登记)$");

    /**
     * X或者(有条件的/人民政府的)Y, X和(…地区的)Y: the cleaner keeps the described Y alone (its 的 cuts what comes before), but X, a
     * whole name, acts too (省级人民政府或者有条件的设区的市级人民政府应当…, 县级以上人民政府或者人民政府的自然灾害救助应急综合协调机构
     * 应当…, 国务院和沙化土地所在地区的县级以上地方人民政府应当…).
     */
    private static Split eitherDescribed(String raw) {
        Split either = describedAfter(raw, "或者");
        if (either != null) {
            return either;
        }
        int and = raw.indexOf('和');
        // before 和, a single name only: a list there (国务院各部、委员会…和具有…的直属机构) splits its own way
        return and < 0 || raw.lastIndexOf('、', and) >= 0 || raw.lastIndexOf('等', and) >= 0 ? null : describedAfter(raw, "和");
    }

    private static Split describedAfter(String raw, String join) {
        int or = raw.indexOf(join);
        if (or < 2 || raw.indexOf('的', or) < 0 || raw.startsWith("其", or + join.length())
                || raw.indexOf(join, or + join.length()) >= 0) {
            return null;
        }
        String left = raw.substring(0, or);
        String rightRaw = raw.substring(or + join.length());
        int de = rightRaw.replace("设区的市", "设区\u0001市").lastIndexOf('的');
        String described = de < 0 ? "" : rightRaw.substring(0, de);
        if (AgencyNames.isAgency(described) || RELATIVE_ACT_END.matcher(described).find() || left.startsWith("未")
                || rightRaw.startsWith("有关", de + 1) || rightRaw.startsWith("相关", de + 1)) {
            // X或者Y的Z: Z of either (县级人民政府或者设区的市人民政府的广播电视行政部门); X或者Y确定的Z: both describe Z;
            // X和Y的有关部门: the departments of both (国务院和军队的有关主管部门)
            return null;
        }
        String right = AgencyNames.clean(rightRaw);
        if (right == null || left.length() < 3 || !AgencyNames.isAgency(left) || !left.equals(AgencyNames.clean(left)) || !right.equals(AgencyNames.clean(raw))) {
            return null;
        }
        List<String> members = new ArrayList<>(AgencyLists.members(left));
        members.addAll(AgencyLists.members(right));
        return new Split(raw, List.copyOf(members));
    }

    /** A subject's name in {@link #SUBJECT}: name characters, lazily, and an agency head. */
    private static String subjectName() {
        return "[\\u4e00-\\u9fff[、（）()\\d]]{0," + SubjectScan.MAX_NAME + "}?" + guardHeads(Lexicon.anyOf(SubjectScan.HEAD_WORDS));
    }

    /** Up to {@code reach} name characters, taken lazily, and an agency head ({@link #SUFFIX}). */
    private static String name(int reach) {
        return "[\\u4e00-\\u9fff[、（）()\\d]]{0," + reach + "}?" + SUFFIX;
    }

    /** What {@link #SUBJECT} looks for after a name: an alternative in brackets or a list's 等 (not 等管理部门, its head), then a duty word. */
    private static String nextAfterSubject() {
        return "(?:" + SubjectScan.ALTERNATIVE_REGEX + "|等(?!于|" + SubjectScan.NAME_GOES_ON_REGEX + "|" + Lexicon.anyOf(SubjectScan.HEAD_WORDS)
                + "))?(?:" + SubjectScan.nextRegex() + ")";
    }

    /**
     * {@code heads} with 司 guarded from 公司, 办 as SubjectScan.officeAt guards it (办法, 办理, a verb's 举办, 查办), and a head's 所
     * from 所辖, 所属 (SubjectScan.placeWordAt).
     */
    private static String guardHeads(String heads) {
        String guarded = heads.replace("|司|", "|(?<!公)司|")
                .replaceFirst("\\|办(?=[|)])", "|办(?![" + SubjectScan.WORD_AFTER_OFFICE + "])(?<![" + SubjectScan.VERB_BEFORE_OFFICE + "]办)")
                .replaceAll("所(?=[|)])", "所(?![" + SubjectScan.AFTER_PLACE_WORD + "])");
        if (!guarded.contains("(?<!公)司") || !guarded.contains("]办)")) {
            throw new IllegalStateException("the agency heads have no 司 or no 办 to guard: " + heads);
        }
        return guarded;
    }

    private static final byte AGENCY = 0, NOT_AGENCY = 1, REGULATED_PARTY = 2;
    /** {@link #nameKind} of the names seen: a few thousand names recur in every document. */
    private static final Map<String, Byte> KINDS = new ConcurrentHashMap<>();

    /** Whether a clean name is no agency ({@link #BAD}, too short), a regulated party, or an agency. */
    private static byte nameKind(String agency) {
        Byte kind = KINDS.get(agency);
        if (kind == null) {
            // 负责中小企业促进工作…的部门: its remit names no party (the mark keeps 的部门 from reading as a bare 部门)
            String named = REMIT_WORDS.matcher(agency).replaceFirst("·");
            kind = BAD.test(named) || agency.length() < 2 || partyBeforeOr(agency) ? NOT_AGENCY
                    : REGULATED.test(agency) ? REGULATED_PARTY : AGENCY;
            if (KINDS.size() >= MEMBERS_MAX) {
                KINDS.clear();
            }
            KINDS.put(agency, kind);
        }
        return kind;
    }

    /**
     * X或者Y kept whole, where X ends in no body's head, begins with no level and is no place (营运地或者维修地…机构): a party or a
     * condition run into the name (女方提出离婚或者人民法院, 网络产品和服务提供者或者网信部门, 期限届满或者国务院银行业监督管理机构),
     * no agency of its own.
     */
    private static boolean partyBeforeOr(String agency) {
        int or = agency.indexOf("或者");
        if (or <= 0) {
            return false;
        }
        String left = agency.substring(0, or);
        return !AgencyNames.endsInHead(left) && !AgencyLists.hasOwnLevel(left) && !left.endsWith("地");
    }

    /** Records an agency name as it is (already clean). */
    static boolean addName(List<Duty> out, boolean delegates, int offset, String agency, String role, String what, String kind,
                           String surface) {
        return addName(out, delegates, offset, agency, role, what, kind, surface, null);
    }

    private static boolean addName(List<Duty> out, boolean delegates, int offset, String name, String role, String what,
                                   String kind, String surface, String list) {
        String agency = AgencyNames.committeesConcerned(name);
        byte nameKind = nameKind(agency);
        // a regulated party's own rules (医疗机构有关就诊…的规定, 结算机构制定的业务规则) are no rules the state leaves to it
        if (nameKind == NOT_AGENCY || nameKind == REGULATED_PARTY && (!delegates || Delegates.RULEMAKING.equals(kind))
                || delegates && Delegates.ENTRUSTMENT.equals(kind) && PRIVATE_FIRM.test(agency)) {
            return false;
        }
        out.add(new Duty(delegates ? RelationType.DELEGATES : RelationType.RESPONSIBLE, offset, agency, role, what,
                delegates ? kind : null, surface, list));
        return true;
    }
}
