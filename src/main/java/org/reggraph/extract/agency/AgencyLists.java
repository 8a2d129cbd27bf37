package org.reggraph.extract.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members of an agency list, each written out in full (issue 12: each member its own edge).
 * <ul>
 * <li>A shared head: 各级人民政府农业、水利、林业行政部门 → 各级人民政府农业行政部门, 各级人民政府水利行政部门 …</li>
 * <li>等 closes a list: 市场监督管理、应急管理、公安等部门 → 市场监督管理部门 …; 国务院自然资源等主管部门 →
 * 国务院自然资源主管部门; X等部门 with X a full name → X.</li>
 * <li>A shared level prefix: 县级以上人民政府价格主管部门和生态环境主管部门 → … 县级以上人民政府生态环境主管部门.</li>
 * <li>和/及/或者 separate members only after a full name: 国务院和中央军事委员会, but 工业和信息化部门, 文化和旅游部门.</li>
 * <li>省、自治区、直辖市 is one name, not a list; levels written once with their body give each level the body:
 * 县、自治县、不设区的市、市辖区人民政府兵役机关, 乡、民族乡、镇的人民政府, 市、县人民政府 ({@link #LEVEL_LIST}).</li>
 * </ul>
 */
final class AgencyLists {

    private static final char JOIN = '\u0002';
    /** Names written with 、 that are one name (区、县, not the military 军分区、县人民武装部). */
    private static final Pattern ONE_NAME = Pattern.compile("省、自治区(?:、直辖市)?|省、直辖市|省、市、自治区|市、区县(?:[（(]自治县(?:、市)?[）)])?|市、县(?:、乡)?|县、乡|(?<![军分备戍])区、县|县、市");
    /** A list closed by 等 and its head, then one more name (…民航等主管部门和港务监督机构). */
    private static final Pattern CLOSED_THEN = Pattern.compile("^(.+?等" + DutyFinder.LIST_HEAD + ")(?:和|以及|及)(.+)$");
    /** A name that ends with a government, whose level the departments after it share. */
    static final Pattern GOVERNMENT_PREFIX = Pattern.compile("(?:人民政府|国务院)$");
    private static final Pattern RELATED_WORD = Pattern.compile("^(?:有关|相关|其他)");
    /**
     * 等 closing a list, and the head it gives the members; a remit after 有关 is no part of the head (环境保护、海洋、渔业等有关
     * 自然保护区行政主管部门: 海洋行政主管部门); 市场监管、交通运输等行业主管部门: 市场监管行业主管部门, 交通运输行业主管部门.
     */
    private static final Pattern ETC = Pattern.compile("^(.+?)等(?:国家|国务院)?(?:其他)?(?:(?:有关|相关)(?:[\\u4e00-\\u9fff&&[^或和及与部门机关构]]{2,6}?)??)?((?:行业|行政)?(?:主管|监督管理|管理|监管|行政)?部门|机构|(?:主管|行政)?机关)(?:和(?:机构|单位))?$");
    /**
     * A body, then a level's fields closed by 等 (上级部门和偃师市财政、审计等部门): the body, and each field's department at that
     * level (the level is the fields', not the body's); null when the name is not so written.
     */
    private static List<String> bodyThenLevelledFields(String name) {
        int and = name.indexOf('和');
        if (and <= 1 || name.indexOf('、') < and || name.indexOf('等', and) < 0 || name.lastIndexOf('、', and) >= 0) {
            return null;
        }
        String left = name.substring(0, and);
        String right = name.substring(and + 1);
        Matcher level = PREFIX.matcher(right);
        if (!AgencyNames.isAgency(left) || !level.matches() || level.group(1).contains("人民政府") || !ETC.matcher(right).matches()) {
            return null;
        }
        List<String> out = new ArrayList<>(members(left));
        members(right).forEach(m -> add(out, m));
        return out;
    }

    /** The state's and a province's department written once (报经国家或者省文物行政管理部门同意): group 1 the province, 2 the field's. */
    private static final Pattern NATIONAL_AND_PROVINCE = Pattern.compile("^国家(?:或者|或|和|及|、)(省|自治区|本市|市)((?!级|以|、|和|有关|相关|规定)[\u4e00-\u9fff]{2,16}(?:部门|机关|机构|局|厅))$");
    /** A level after the 等 that closes a list of fields (财政、统计、物价等市级相关行政部门): the fields' level. */
    private static final Pattern LEVEL_AFTER_ETC = Pattern.compile("^([^等]+)等((?:省|市|县|区|区县)级?)((?:有关|相关)[\u4e00-\u9fff]{0,6}(?:部门|机构|机关))$");
    /** A body's head anywhere in a span: the span names bodies, not only levels and a field. */
    private static final Pattern NAMED_BODY = Pattern.compile("部门|机构|机关|政府|委员会|局|厅|院|署|办");
    /** 所在(地) before a level after a join of levels (市或者所在区…部门): where the body sits, no part of its level. */
    private static final Pattern SEAT_IN_LIST = Pattern.compile("(?<=或者|或|和|、)所在地?(?=[省市县区乡镇])");
    /** Separators between full names. */
    private static final Pattern AND = Pattern.compile("以及|或者|和|及|与|或");
    /** A member that names a body of its own kind, which takes no shared head (会计师事务所、律师事务所等专业机构, 学校). */
    private static final Pattern BODY_NOUN = Pattern.compile("(?:事务所|中心|研究院|协会|学会|公司|银行|学校|医院)$");
    /** Heads a list shares, longest first. */
    private static final String[] SHARED_HEADS = {"行政主管部门", "行政管理部门", "监督管理部门", "主管部门", "管理部门", "监管部门",
            "行政部门", "部门", "管理机构", "机构", "机关"};
    /**
     * Fields whose names end in 监督管理, 监管 or 行政管理 (市场监督管理部门, 市场监管部门, 药品监督管理部门, 工商行政管理部门/机关): the other members
     * share 部门 or 机关 alone (财政、审计、工商行政管理部门 → 财政部门, 审计部门).
     */
    private static final Pattern FIELD_SUPERVISION = Pattern.compile("(?:(?:市场|药品|安全生产|食品安全|食品药品)监督管理部门|市场监管部门|工商行政管理(?:部门|机关))$");
    /**
     * What follows 市 or 区 in a word that is no level (市场, 市容, 市政, 区域, 区内, 市民; not 市民政, the city's civil affairs).
     */
    private static final String NOT_LEVEL_AFTER = "[场容政辖级县区内郊面值长域划分别间以]|民(?!政)";
    /**
     * A level prefix in front of the first member: 县级以上地方人民政府, 国务院, 省、自治区、直辖市人民政府, (各)省（自治区、直辖市）;
     * 省级（含）以上 and 县级以上 whole, so that the later members keep the range; 省、自治区、直辖市 without 人民政府 too
     * (省、自治区、直辖市农业主管部门、林业主管部门), written with {@link #JOIN} once {@link #protect protected}.
     */
    private static final Pattern PREFIX = Pattern.compile("^(.{0,20}(?:人民政府|国务院)|(?:地方各级|各级|同级|本级|(?:省|市|县|设区的市)级?(?:（含）)?以上(?:地方)?(?:各级)?|省级|市级|县级|地方)|各?省（[^）]{1,20}）"
            + "|各?省[、" + JOIN + "]自治区(?:[、" + JOIN + "]直辖市)?(?![以和的、" + JOIN + "])"
            // a local level alone before a government's fields (市价格、财政部门, 省物价、财政部门): not 市场, 市容, 县城, 省会, 县以上 …
            + "|(?:省(?![级会内外属直以])|市(?!" + NOT_LEVEL_AFTER + ")|县(?![级城域内以]))"
            // a named province or city before its fields (偃师市财政、审计等部门, 江苏省物价、财政部门)
            + "|[\u4e00-\u9fff&&[^、和及或与的各本该有]]{2,3}(?:省(?![级会内外属直以])|市(?!" + NOT_LEVEL_AFTER + ")))(.+)$");
    /** 和 inside a name: 文化和旅游, 工业和信息化, 国家发展和改革委员会, 粮食和储备, 劳动和社会保障, 人口和计划生育, 规划和国土资源, 规划和自然资源, 市容和环境卫生, 城镇容貌和环境卫生, 园林和林业绿化, 政务服务和数据管理, 政务服务和大数据管理, 政务和数据 …. */
    private static final String AND_IN_NAME_REGEX = "(?<=文化|工业|经济|住房|人力资源|发展|林业|自然资源|科学技术|农业|交通|商务|财政|卫生|人口|粮食|劳动|产品|规划|国土资源|市容|容貌|园林|政务服务|政务)和"
            + "(?=旅游|信息化|城乡建设|社会保障|改革|草原|规划|技术|农村|运输|计划生育|储备|物资|服务|国土|自然资源|房屋|环境卫生|林业绿化|数据|大数据)";
    private static final Pattern AND_IN_NAME = Pattern.compile(AND_IN_NAME_REGEX);
    /** Members that carry their own level; the army's bodies are no government's (国务院有关部门和军队有关部门). */
    private static final Pattern LEVEL = Pattern.compile("^(?:国务院|国家|中央|全国|军队|中国人民解放军|省|自治区|直辖市|市(?!场|容|政)|县|区(?![域间别分划])|乡|镇|地方|各级|各|设区|本级|同级|上级|上一级|下级|下一级|所在地)");

    /** A member that is only a level (省级, 县级), and the last member's name after its level. */
    private static final String LEVEL_WORD = "(?:省级|市级|县级|乡级|设区的市级|地市级)";
    private static final Pattern BARE_LEVEL = Pattern.compile("^(?:" + LEVEL_WORD + "|县级以上)$");
    private static final Pattern LEVEL_OF_NAME = Pattern.compile("^" + LEVEL_WORD + "(.{2,})$");
    private static final Pattern LEVEL_PAIR = Pattern.compile("^(省级|市级|县级|乡级|设区的市级)(?:和|或者|或|及)((?:市级|县级|乡级|设区的市级).{2,})$");
    /**
     * A role name with two heads: 县级以上地方人民政府负责管理地震工作的部门或者机构 → …的部门, …的机构; the level may be the
     * provinces' (省、自治区、直辖市人民政府负责管理地震工作的部门或者机构).
     */
    private static final Pattern EITHER_HEAD = Pattern.compile("((?:省、自治区、直辖市)?[^和、或]{2,}的)(" + DutyFinder.REMIT_HEAD + ")(?:或者|和)("
            + DutyFinder.REMIT_HEAD + ")");
    /**
     * X或者其授权的Y, X及其授权单位, X或者其委托的Y, also with Y named (国务院交通主管部门或者其授权的地方人民政府交通主管部门): the authoriser, who
     * acts (the gold files give Y a delegation, not the duty).
     */
    private static final Pattern OR_AUTHORISED = Pattern.compile("(.{2,}?)(?:或者|或|及)其(?:依法)?(?:授权|委托)(?:的)?[\\u4e00-\\u9fff、]{0,24}?(?:部门|机构|机关|单位|组织)");
    /** 或者其Y部门 after a government: the government's own department, named by its field (not 其他, not a designee). */
    private static final Pattern OR_ITS_DEPARTMENT = Pattern.compile("其(?!他|授权|委托|指定|所属|设立|派出)[\\u4e00-\\u9fff]{0,12}(?:主管部门|行政部门|部门)");
    /**
     * 所属(的)…机构/部门: the units a body has (X及其所属管理机构, X及其所属部门); {@code DutyFinder.AND_ITS} reads them after a whole
     * subject.
     */
    static final String UNITS_REGEX = "所属的?[\\u4e00-\\u9fff]{0,10}?(?:机构|委员会|部门)";
    /** Units named by their function alone (管理机构, 派出机构): the owner's name makes them one body. */
    private static final Pattern GENERIC_UNITS = Pattern.compile("(?:各级?|有关|相关)?(?:管理|监督管理|执法|行政执法|派出|工作|专门|业务|监测|检测|检验|技术)?机构");
    /** 其所属(的)…机构 as a list's member. */
    private static final Pattern ITS_UNITS = Pattern.compile("其" + UNITS_REGEX);
    /**
     * A department named by its field alone (环境保护主管部门, 民政部门), no level, government, organ, body or 有关 of its own
     * (not 军队有关部门, 乡级人民政府): after X及其Y部门, X's department too.
     */
    static final Pattern BARE_FIELD_DEPARTMENT = Pattern.compile("(?:(?!政府|机关|机构|国务院|国家|中央|军队|省|县|市|乡|地方|各级|有关|相关|其他)[\\u4e00-\\u9fff]){1,10}?(?:主管|行政)?部门");
    /** A government's own units named bare after its departments (X及其工作部门、派出机构): X's too. */
    private static final Pattern OWN_UNITS = Pattern.compile("(?:派出|直属|所属)(?:机构|机关)");
    private static final Pattern OWN = Pattern.compile("(?:或者|或|及|和)其(?:依法)?(?:授权|指定|委托|设立|派出)的|(?:或者|或|和)其所属的");
    private static final Pattern HEAD = Pattern.compile("(?:部门|机构|机关|人民政府|政府)$");
    /** The unnamed rest of a list (和/或者/以及其他有关部门): an agency at the level of the list's prefix, if it has one. */
    static final String OTHERS_REGEX = "其他(?:有关|相关)(?:主管)?部门";
    /** The others of a list here, with the heads they may share with its fields (其他有关行政主管部门, 其他有关专业主管部门). */
    private static final String OTHERS_SHARED_HEAD = "((?:行政主管|专业主管|主管|监督管理|行政)?部门)";
    /**
     * The others with the head they share, perhaps with their field (其他专业工程行政主管部门: 住房城乡建设 shares its head); without
     * a level the others name no body the samples record (水法 第五十五条's 其他供水行政主管部门).
     */
    private static final Pattern OTHERS = Pattern.compile("其他(?:有关|相关)?(?:(?!(?:行政|专业)?主管)[\u4e00-\u9fff&&[^有相的]]{2,6}?(?=(?:行政|专业)?主管))?"
            + OTHERS_SHARED_HEAD);
    /** The unnamed others without 其他 (X和有关部门): at X's level, as the samples write them out. */
    private static final Pattern RELATED_BARE = Pattern.compile("有关(?:主管)?部门");
    /** The others a list names by their duty (和其他负有…职责的部门): at the level of the member before them, as the others are. */
    private static final Pattern OTHERS_BY_REMIT = Pattern.compile(AgencyNames.UNNAMED_BY_REMIT);
    /** Fields without a head, then the others with the head they all share: X、Y以及其他有关部门, X或者其他有关行政主管部门. */
    private static final Pattern FIELDS_THEN_OTHERS = Pattern.compile("^(.+?)(?:和|以及|或者|及)(" + OTHERS.pattern() + ")$");
    /** A field's name (公安, 林业草原, 经济综合宏观调控), not a body of its own kind (共产主义青年团组织, 国库, 单位). */
    private static final Pattern FIELD = Pattern.compile("[\\u4e00-\\u9fff]{2,10}");
    private static final Pattern NOT_FIELD = Pattern.compile("(?:部门|机构|机关|政府|组织|团|会|单位|人|库|院|所|中心|局|厅|委|办|室|署)$");
    /**
     * A member that names no agency (有关部门和有关省…人民政府, 及其他负有安全生产监督管理职责的部门和财政部门): split off, then
     * left out.
     */
    private static final Pattern UNNAMED = Pattern.compile("(?:其他)?(?:有关|相关)(?:主管)?部门|" + AgencyNames.UNNAMED_BY_REMIT);
    /** A government at the start of a name, with more after it (县级以上人民政府 of 县级以上人民政府公安机关); call lookingAt(). */
    static final Pattern GOVERNMENT = Pattern.compile(".{0,20}(?:人民政府|国务院)(?=.{2})");

    /** The provinces' and municipalities' names without 省/市/自治区. */
    static final String PROVINCE_NAMES = "北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西"
            + "|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆";
    /**
     * Places named for the bodies that make their rules (省、自治区、直辖市和设区的市、自治州可以结合实际，制定…具体办法): 省、自治区、
     * 直辖市 is one of them.
     */
    private static final Pattern PLACES_ONLY = Pattern.compile("省、自治区、直辖市(?:(?:和|或者|、)(?:设区的市|自治州))+|设区的市(?:、|和|或者)自治州");
    /** Where a {@link #PLACES_ONLY} list divides (not inside 省、自治区、直辖市). */
    private static final Pattern PLACE_JOIN = Pattern.compile("(?:和|或者|、)(?=设区的市|自治州)");
    /** A character of a place name: 陕西省和山西省 is two names; 市或者区市容…部门 names no city 者区市. */
    private static final String PLACE_CHAR = "[\\u4e00-\\u9fff&&[^和或及以、者]]";
    /**
     * One level of a level list: 县, 乡, 民族乡, 镇, 市辖区, 区 (市、区人民政府 of the municipalities' regulations), 不设区的市
     * (乡、镇人民政府 → 乡人民政府, 镇人民政府), 省、自治区、直辖市, 乡级 and 自治州级 (县、乡级人民政府)
     * (one unit), 设区的市 (的 may be marked, see AgencyNames), 自治州, 较大的市, 地级以上市 (as Guangdong writes it), 区(市)县 and 县(市)区 (one unit each, as Chongqing and
     * Ningbo write them),
     * a named province or city (江苏省, 重庆市; not 直辖市, 沿江省 or 有关省, which name no one body).
     */
    private static final String LEVEL_UNIT = "(?:(?:省、自治区、直辖市|省、自治区|省、直辖市|设区[的\u0001]市(?:级)?|不设区[的\u0001]市|自治州(?:级)?|较大[的\u0001]市|计划单列市|省辖市|地级以上市(?=、|和|或|及|的|人民|$)|自治县|省级|市级|县级市|县级|乡级|旗县级|旗县"
            + "|市辖区|民族乡|乡镇|区县[（(]自治县(?:、市)?[）)]|区县|县区|区[（(]市[）)]县|县[（(]市[）)]区|县|乡|镇|(?<=、)街道(?!办)|省(?=(?:[、和]|或者|或)(?:市|设区|地级以上市|省辖市))|(?<!、)自治区(?=、|和|或|及|的|人民)|(?<!、)直辖市(?=、|和|或|及|的|\u0001|人民)|城市(?=、|和|或|及)|市(?=[（(]|、|和|或|及|的|\u0001|人民|政府|人大|$)|(?<![辖治政城社街地])区(?=[（(]|、|和|或|及|的|\u0001|人民|政府|人大|$)"
            // the units of the autonomous regions and Yunnan, first in a list or before their bracket: 旗、县、区…, 州、市、县…, 地(州、市)
            + "|(?<![\u4e00-\u9fff])(?:旗|盟|州)(?=、|和|人民|$)|(?<![\u4e00-\u9fff])地(?=[（(][州市、]{1,5}[）)]|、[州市])"
            // a named district beside the levels (市、县（市）、石龙区人民政府; 市和浦东新区商务部门), before their body or a department (not 设区的市)
            + "|(?!有关|相关|其他|本|各|该|所在|经|报|.设区|市辖|自治|开发|风景|试验|示范|保税|高新|城区|郊区|辖区|管区|园区|社区|片区|景区|新区|矿区|林区|牧区|库区|山区|灾区)" + PLACE_CHAR
            + "{2}新?区(?=、|和|或|及|的|\u0001|人民|$|[\u4e00-\u9fff]{2,16}(?:主管部门|部门|机构|机关)$)"
            + "|(?!直辖|自治|沿江|沿海|有关|相关|其他|本|各|该|所在|邻近|受水|经|报)" + PLACE_CHAR + "{2,3}省|(?!各|有关|本)" + PLACE_CHAR + "{2,6}自治区|(?!直辖|自治|较大|设区|有关|相关|其他|本|各|该|所在|经|报|.城市)" + PLACE_CHAR + "{2}市"
            // a province by its name alone, its body named once after the list (河南、山东黄河河务局)
            + "|(?:" + PROVINCE_NAMES + ")(?![省市区人一二三四五六七八九两]|自治区))"
            // 县(市、区), 市(地、州): a level with the other units of its rank in brackets, one unit as written
            + "(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?)";
    /**
     * A character of a department's field, or the 和 of a field's name (住房和城乡建设) or another name of it in brackets
     * (建设(市政公用), 住房和城乡建设管理(市容环境)): no join, clause word or particle; 经 only as a field's (经贸, 经济, 经委, 经信)
     * or in 经办 (社会保险经办机构).
     */
    private static final String FIELD_PART = "[\u4e00-\u9fff&&[^的报经及和或]]|经(?=贸|济|委|信|办)|" + AND_IN_NAME_REGEX + "|[（(][\u4e00-\u9fff]{1,6}[）)]";
    /** Words no field of a department's name holds: a government, or a verb of the clause (组织, not of 组织协调机构; 会同; 负责). */
    private static final String NOT_IN_FIELD = "政府|组织(?!协调机构)|会同|负责";
    /** A government's own department after 人民政府 or 政府 in a level list (财政部门, 公安机关, 法制工作机构, 经济和信息化行政主管部门). */
    private static final String OWN_DEPARTMENT = "(?:(?!" + NOT_IN_FIELD + ")(?:" + FIELD_PART + "|经济)){1,12}?(?:主管部门|部门|机构|机关|办公室)";
    /**
     * What each level has: its legislature, their standing committee, its government and a department of it, also a
     * department named without its government (市、县烟草专卖行政主管部门, 市、县、自治县公安局).
     */
    private static final String LEVEL_BODY = "(?:人民代表大会(?:有关|相关)?专门委员会|人民代表大会常务委员会(?:有关|相关)?工作机构|人民代表大会及其常务委员会|人民代表大会常务委员会|人大常委会|人民代表大会主席团|人民代表大会|人民政府(?:(?:" + DutyFinder.REMIT_VERB + "|管理)[\u4e00-\u9fff&&[^的]]{1,14}的" + DutyFinder.REMIT_HEAD
            + "|" + OWN_DEPARTMENT + ")?"
            + "|政府(?:" + OWN_DEPARTMENT + ")?$)"; // 乡、民族乡、镇政府, 县、自治县、不设区的市、市辖区政府财政部门 (预算法): without 人民
    /** A department the levels have, named alone without its government: each level has it, and nothing follows it. */
    private static final String LEVEL_DEPARTMENT = "(?!人民)(?:(?!" + NOT_IN_FIELD + "|人民)(?:" + FIELD_PART + ")){1,12}?"
            + "(?:主管部门|部门|机构|机关|办公室|局|厅|领导小组|工作站|委员会)";
    /**
     * 市, 区 or 旗 last in a level list, its department right after it (县、市公安局, 县(市)、区工商行政管理部门, 县、市、旗公安局, 市或者区档案
     * 行政管理部门): not a word that begins
     * with 市 or 区 (市场, 市容, 区域), which {@link #LEVEL_UNIT}'s lookahead keeps out everywhere else.
     */
    private static final String CITY_BEFORE_DEPARTMENT = "[市区旗](?!" + NOT_LEVEL_AFTER + ")(?=" + LEVEL_DEPARTMENT + "$)";
    /**
     * Levels written once with their bodies written once: 省、自治区、直辖市和设区的市、自治州的人民代表大会及其常务委员会或者人民政府,
     * 省、自治区、直辖市、设区的市人民政府, 江苏省、浙江省人民政府渔业行政主管部门 — each level has each body.
     */
    static final Pattern LEVEL_LIST = Pattern.compile("(" + LEVEL_UNIT + "(?:(?:、|和|或者|或|及|以及)" + LEVEL_UNIT + ")*(?:(?:、|和|或者|或|及|以及)" + LEVEL_UNIT
            + "|(?:、|或者|和)" + CITY_BEFORE_DEPARTMENT + "))[的\u0001]?(?:各级)?("
            + LEVEL_BODY + "(?:(?:或者|和|及|以及|、)" + LEVEL_BODY + ")*|" + LEVEL_DEPARTMENT + ")");
    private static final Pattern LEVEL_UNIT_AT = Pattern.compile(LEVEL_UNIT);
    private static final Pattern LEVEL_BODY_AT = Pattern.compile(LEVEL_BODY);
    private static final Pattern LEVEL_DEPARTMENT_ALONE = Pattern.compile(LEVEL_DEPARTMENT);

    private AgencyLists() {
    }

    /**
     * A member that begins with 政府 after a 人民政府 ({@code afterPeoples}): the government named before, with its 人民
     * (…人民政府及政府有关部门 → 人民政府有关部门); any other member as it is.
     */
    private static String asNamedBefore(String member, boolean afterPeoples) {
        return afterPeoples && member.startsWith("政府") ? "人民" + member : member;
    }

    /** Whether a name is a list of levels with their bodies ({@link #LEVEL_LIST}): one name, to be split here. */
    static boolean isLevelList(String name) {
        return (name.indexOf('、') > 0 || name.indexOf('和') > 0 || name.indexOf('或') > 0 || name.indexOf('及') > 0) && LEVEL_LIST.matcher(name).matches();
    }

    /** Whether a name begins with a level list that more members follow ({@link #levelListFirst}). */
    static boolean startsWithLevelList(String name) {
        return levelListFirst(name) != null;
    }

    /** 设区的市、自治州人民政府和县级人民政府: a level list, then more members; null when the name does not begin so. */
    private static List<String> levelListFirst(String name) {
        if (name.indexOf('、') < 0 && !name.contains("及其")) {
            return null; // a list needs a 、, but for 省和地级以上市人民政府及其有关部门
        }
        for (Matcher a = AND.matcher(name); a.find(); ) {
            List<String> out = levelListThen(name, a.start(), a.end());
            if (out != null) {
                return out;
            }
        }
        // 市、州人民政府、地区行政公署: the list's members, then another body after 、
        for (int k = name.indexOf('、', name.indexOf('、') + 1); k > 0; k = name.indexOf('、', k + 1)) {
            List<String> out = levelListThen(name, k, k + 1);
            if (out != null) {
                return out;
            }
        }
        return null;
    }

    /** The level list before {@code [join, after)} and the members after it, or null when the name does not divide so there. */
    private static List<String> levelListThen(String name, int join, int after) {
        String left = name.substring(0, join);
        if (name.startsWith("及其", join) && !name.startsWith("及其他", join) && isLevelList(left)) {
            // 市、县、自治县人民政府及其工作部门、派出机构: each level's body with its own units (each shorter than the list, so
            // the recursion ends)
            List<String> levels = levelMembers(left);
            if (levels.size() > 1) {
                List<String> out = new ArrayList<>();
                for (String level : levels) {
                    members(level + name.substring(join)).forEach(m -> add(out, m));
                }
                return out;
            }
        }
        Matcher levels = left.indexOf('、') > 0 ? LEVEL_LIST.matcher(left) : null;
        if (levels != null && name.charAt(join) == '和' && RELATED_BARE.matcher(name.substring(after)).matches() && levels.matches()
                && GOVERNMENT_PREFIX.matcher(left).find()) {
            return levelMembers(left); // 市、区人民政府和有关部门: each level's government; the departments the text leaves unnamed
        }
        if (levels != null && levels.matches() && AgencyNames.isAgency(name.substring(after))) {
            List<String> out = new ArrayList<>(levelMembers(left));
            List<String> right = members(name.substring(after));
            // after 、 too when all are departments (市、区县（自治县）城乡规划主管部门、城乡建设主管部门), not bureaus (市、县公安局、城市公安分局)
            boolean departments = name.charAt(join) == '和'
                    || name.charAt(join) == '、' && levels.group(2).endsWith("部门") && right.stream().allMatch(m -> m.endsWith("部门"));
            boolean shared = departments && LEVEL_DEPARTMENT_ALONE.matcher(levels.group(2)).matches()
                    && right.stream().allMatch(m -> !hasOwnLevel(m) && LEVEL_DEPARTMENT_ALONE.matcher(m).matches());
            for (String m : right) {
                if (shared) {
                    // 市、县（市、区）价格行政主管部门和物业管理行政主管部门: each level's department of either field
                    for (Matcher u = LEVEL_UNIT_AT.matcher(levels.group(1)); u.find(); ) {
                        add(out, u.group() + m);
                    }
                } else {
                    add(out, m);
                }
            }
            return out;
        }
        return null;
    }

    /**
     * 国务院和省、自治区、直辖市、设区的市人民政府, X或者乡、民族乡、镇人民代表大会主席团: a member, then a level list after 和 or 或者;
     * null when the name does not end so.
     */
    private static List<String> levelListLast(String name) {
        int and = name.indexOf('和');
        int or = name.indexOf("或者");
        int join = and < 0 ? or : or < 0 ? and : Math.min(and, or);
        if (join < 0 || name.indexOf('、', join) < 0) {
            return null;
        }
        for (Matcher a = AND.matcher(name); a.find(); ) {
            String right = name.substring(a.end());
            if (right.indexOf('、') > 0 && LEVEL_UNIT_AT.matcher(right).lookingAt() && LEVEL_LIST.matcher(right).matches()
                    && AgencyNames.isAgency(name.substring(0, a.start()))) {
                List<String> out = new ArrayList<>(members(name.substring(0, a.start())));
                levelMembers(right).forEach(m -> add(out, m));
                return out;
            }
        }
        return null;
    }

    /**
     * Levels written once before a list of fields and their head written once (市、区规划国土、环境保护、建设等部门, 省、市、县公安、
     * 交通部门): each level has each field's department. The last level, perhaps with its bracket (县(市)), stands right before its
     * first field, which may carry another name in brackets after its first character (市、区市政公用(环境卫生)、交通…等行政主管部门).
     */
    private static final Pattern LEVELS_BEFORE_FIELDS = Pattern.compile("^((?:" + LEVEL_UNIT + "[、和])+)((?:区县|县区|[省市县区乡镇])(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?)"
            + "(?!" + NOT_LEVEL_AFTER + "|人)([\u4e00-\u9fff](?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{1,6}[）)]){1,11}?[、和].+)$");

    /** Where the first 、 or 和 of the fields stands (市、区商务和发展改革部门), or -1. */
    private static int firstJoin(String fields) {
        int comma = fields.indexOf('、');
        int and = fields.indexOf('和');
        return comma < 0 ? and : and < 0 ? comma : Math.min(comma, and);
    }

    /** {@link #LEVELS_BEFORE_FIELDS}' members, or null when the name is not so written or its fields name no departments. */
    private static List<String> levelsBeforeFields(String name) {
        Matcher m = name.indexOf('、') > 0 && name.indexOf('、') < 16 ? LEVELS_BEFORE_FIELDS.matcher(name) : null;
        int join = m == null || !m.matches() ? -1 : firstJoin(m.group(3));
        if (join < 0 || AgencyNames.endsInHead(m.group(3).substring(0, join))) {
            return null; // 市、县公安局、城市公安分局: bodies each with its head, no fields sharing one
        }
        // 市、区商务和发展改革部门: fields joined by 和 as by 、 (not 文化和旅游, one field's name)
        List<String> fields = members(m.group(3).indexOf('和') > 0 ? joinedByAnd(m.group(3), 2) : m.group(3));
        if (fields.size() < 2 || fields.stream().anyMatch(f -> hasOwnLevel(f) || !AgencyNames.isAgency(f))) {
            return null;
        }
        List<String> units = new ArrayList<>();
        for (Matcher u = LEVEL_UNIT_AT.matcher(m.group(1)); u.find(); ) {
            units.add(u.group());
        }
        units.add(m.group(2));
        List<String> out = new ArrayList<>();
        for (String field : fields) {
            for (String unit : units) {
                add(out, unit + field);
            }
        }
        return out;
    }

    /** What joins named zones in a list (武汉经济技术开发区、武汉东湖新技术开发区和武汉东湖风景名胜区…). */
    private static final Pattern ZONE_JOIN = Pattern.compile("、|和|及");
    /**
     * A named zone alone (武汉经济技术开发区, 武汉东湖风景名胜区, 漯河市西城区, 信阳市鸡公山管理区): a name, then its kind; the level lists read counties
     * and cities.
     */
    private static final String ZONE = "(?:经济技术开发区|技术开发区|开发区|高新区|新区|风景名胜区|名胜区|保税区|试验区|示范区|园区|城区|工区|风景区|管理区)";
    private static final Pattern NAMED_ZONE = Pattern.compile("(?:(?!或|以|的|其|所在|有关|各|和|及)[\u4e00-\u9fff]){2,10}?" + ZONE);
    /** The body after the last zone: an agency's name, not the rest of a phrase (级以上…, 及其…). */
    private static final Pattern ZONE_THEN_BODY = Pattern.compile("(.{2,10}?" + ZONE + ")等?((?![级以及其所和等])[\u4e00-\u9fff]{2,20})");

    /**
     * Named zones written once before the body each has, which the last zone's name carries (武汉经济技术开发区、武汉东湖新技术
     * 开发区和武汉东湖风景名胜区城市管理执法机构): each zone's body; null when the name is not so written.
     */
    private static List<String> zonesThenBody(String name) {
        if (name.indexOf('区') < 0) {
            return null; // every zone's kind ends in 区
        }
        String[] parts = ZONE_JOIN.split(name);
        if (parts.length < 2) {
            return null;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            if (!NAMED_ZONE.matcher(p).matches() || AgencyNames.isAgency(p)) {
                return null;
            }
        }
        Matcher last = ZONE_THEN_BODY.matcher(parts[parts.length - 1]);
        if (!last.matches() || !NAMED_ZONE.matcher(last.group(1)).matches() || !AgencyNames.isAgency(last.group(2))) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            add(out, parts[i] + last.group(2));
        }
        add(out, last.group(1) + last.group(2)); // the last zone's body, without the list's 等 (…和卧龙综合保税区等管委会)
        return out;
    }

    /** The count of the levels a list names (市和区、县两级, 省、市、县三级) before the body each has. */
    private static final Pattern LEVELS_COUNTED = Pattern.compile("(?<=[省市县区州乡镇）)])[两三四]级(?=[\u4e00-\u9fff]{2})");
    /** A township named bare beside the street offices (…和镇、街道办事处, 乡镇、街道办事处): its government, as the pair reads. */
    private static final Pattern TOWNSHIP_BESIDE_STREET = Pattern.compile("(?<=^|[、和及])(乡镇|镇|乡)、(?=(?:(?:乡镇|镇|乡)、)*街道办事处)");

    /** Each level with each body of a {@link #LEVEL_LIST}; null when the name is none. */
    private static List<String> levelMembers(String name) {
        Matcher m = LEVEL_LIST.matcher(name);
        if (!m.matches()) {
            return null;
        }
        List<String> units = new ArrayList<>();
        for (Matcher u = LEVEL_UNIT_AT.matcher(m.group(1)); u.find(); ) {
            units.add(u.group());
        }
        if (units.size() > 1 && units.get(units.size() - 1).endsWith("级")) {
            // 市、县级人民政府: 市级 and 县级 (the 级 is written once, on the last level); 设区的市、县级: 设区的市级
            units.replaceAll(u -> u.length() == 1 && "省市县乡".contains(u) || u.length() == 4 && u.startsWith("设区") && u.endsWith("市")
                    ? u + "级" : u);
        }
        List<String> bodies = new ArrayList<>();
        // 市、县烟草专卖行政主管部门; one body whole, not cut at a head inside it (城市、县人民政府公安机关消防机构)
        boolean departmentAlone = LEVEL_DEPARTMENT_ALONE.matcher(m.group(2)).matches()
                || !m.group(2).startsWith("人民代表大会及其") && LEVEL_BODY_AT.matcher(m.group(2)).matches();
        if (departmentAlone) {
            Matcher etc = m.group(2).indexOf('等') > 0 ? ETC.matcher(m.group(2)) : null;
            // 市、区商务等部门: each level's department of the field named (市商务部门), the others unnamed
            bodies.add(etc != null && etc.matches() && etc.group(1).indexOf('、') < 0 ? etc.group(1) + etc.group(2) : m.group(2));
        }
        for (Matcher b = LEVEL_BODY_AT.matcher(m.group(2)); !departmentAlone && b.find(); ) {
            if (b.group().equals("人民代表大会及其常务委员会")) {
                bodies.add("人民代表大会");
                bodies.add("人民代表大会常务委员会");
            } else {
                // …人民政府及政府有关部门
                bodies.add(asNamedBefore(b.group(), !bodies.isEmpty() && bodies.get(0).startsWith("人民政府")));
            }
        }
        List<String> out = new ArrayList<>();
        for (String u : units) {
            for (String b : bodies) {
                add(out, u + b);
            }
        }
        return out;
    }

    /**
     * The member a body's units make ({@code units} is 所属(的)Y): Y itself when it has a name of its own (及其所属的渔政监督管理机构,
     * 及其所属的长江水利委员会), else the owner's (黄河水利委员会及其所属管理机构 → 黄河水利委员会所属管理机构).
     */
    static String unitOf(String owner, String units) {
        String unit = units.substring(units.startsWith("所属的") ? 3 : 2);
        if (unit.equals("部门") || unit.equals("各部门")) {
            return owner + "所属部门"; // 各级人民政府及其所属(各)部门 → 各级人民政府所属部门 (samples 105, 421, 431)
        }
        return GENERIC_UNITS.matcher(unit).matches() ? owner + "所属" + unit : unit;
    }

    /** A list closing on 有关部门、机构: the bodies as well as the departments (国务院有关部门、机构 → …有关部门, …有关机构). */
    private static final Pattern DEPARTMENTS_AND_BODIES = Pattern.compile("^(.*有关)部门、机构$");

    /**
     * Scopes written before 地方 and the body they share: 行业、地方科技管理部门 (国办发〔2021〕26号), 中央和地方各级人民政府 (the central
     * government and the local ones; samples 307, 312).
     */
    private static final Pattern SCOPES_THEN_LOCAL = Pattern.compile("^((?:中央|行业|国家)(?:、(?:中央|行业|国家))*)(?:、|(?<=中央)和)地方(.{2,})$");

    /**
     * 驻外使馆、领馆, 驻该国使馆或者领馆: the second mission is posted where the first is (驻外领馆); the bodies after them
     * (驻外国使馆、领馆和相关海事管理机构) in group 4.
     */
    private static final Pattern MISSIONS = Pattern.compile("(.*驻[^、和或]{1,20}?)(使馆|领馆)(?:、|和|或者|或)(使馆|领馆)"
            + "(?:(?:、|和|以及|及)(.{2,}))?");

    /** A field's 厅 and 局 written once (公安厅、局), after levels, perhaps with more bodies after a join. */
    private static final Pattern HALL_AND_BUREAU = Pattern.compile("(.*?)([\\u4e00-\\u9fff&&[^、和及]]{2,4})厅、局(?:(?:和|及|以及|、)(.+))?");
    /** A government, then its departments by their fields before one head: X人民政府及其A、B等(有关)部门. */
    private static final Pattern GOVERNMENT_AND_ITS_FIELDS = Pattern.compile("(.{0,20}?(?:人民政府|政府))及其((?:[\u4e00-\u9fff（）()&&[^、等及其]]{1,12}、)+"
            + "[\u4e00-\u9fff（）()&&[^、等及其]]{1,12}?)等?(?:有关|相关)?((?:行政)?(?:主管)?部门)");
    /** A field that has its own head (卫生主管部门、兽医主管部门): the departments are named, no bare fields share the last head. */
    private static final Pattern HEAD_IN_FIELDS = Pattern.compile("(?:部门|机构|机关|主管|局|委员会|办公室)(?:、|$)");
    /** Levels listed as one threshold (县、不设区的市以上, 设区的市、自治州以上) before one body (a government's department, 税务局). */
    private static final Pattern LEVELS_ABOVE = Pattern.compile("(?:" + LEVEL_UNIT + "、)+" + LEVEL_UNIT + "级?以上(?:地方)?(?:各级)?[^、和及或]+");

    /** A committee's organs, named after it once in a list (常委会办事机构、工作机构). */
    private static final Pattern ORGAN = Pattern.compile("^(.{2,}?)(办事机构|工作机构)$");

    /** The members of a cleaned agency name; the name itself when it is no list. */
    static List<String> members(String name) {
        List<String> out = listMembers(name);
        if (out.size() < 2 || !name.contains("机构")) {
            return out;
        }
        // 常委会办事机构、工作机构: a bare organ after a committee's organ is that committee's
        List<String> shared = new ArrayList<>(out);
        for (int i = 1; i < shared.size(); i++) {
            Matcher before = ORGAN.matcher(shared.get(i - 1));
            if ((shared.get(i).equals("工作机构") || shared.get(i).equals("办事机构")) && before.matches()) {
                shared.set(i, before.group(1) + shared.get(i));
            }
        }
        return shared;
    }

    private static List<String> listMembers(String name) {
        if (name.indexOf("两级") > 0 || name.indexOf("三级") > 0) {
            name = LEVELS_COUNTED.matcher(name).replaceFirst(""); // 市和区、县两级价格主管部门: each level's department
        }
        if (name.contains("所在")) {
            name = SEAT_IN_LIST.matcher(name).replaceAll(""); // 市或者所在区环境保护主管部门: the district's seat, a level of the list
        }
        if (name.contains("、街道办事处")) {
            name = TOWNSHIP_BESIDE_STREET.matcher(name).replaceAll("$1人民政府、"); // 镇、街道办事处: the township's government
        }
        if (name.indexOf("以上") > 0 && name.indexOf('、') > 0 && LEVELS_ABOVE.matcher(name).matches()) {
            return List.of(name); // 县、不设区的市以上人民政府X部门: one threshold of levels, the samples' one name
        }
        // a level list's field, then the unnamed others (group 1: the levels and the field)
        Matcher rest = name.endsWith("有关部门") && name.indexOf('、') > 0 ? AgencyNames.AND_RELATED.matcher(name) : null;
        if (rest != null && rest.matches() && hasOwnLevel(rest.group(1)) && !NAMED_BODY.matcher(rest.group(1)).find()) {
            // 市、区县（自治县）农业农村以及其他有关部门: each level's department of the field; the others the text leaves unnamed
            List<String> levels = members(rest.group(1) + "部门");
            if (levels.size() > 1) {
                return levels;
            }
        }
        Matcher halls = name.contains("厅、局") ? HALL_AND_BUREAU.matcher(name) : null;
        if (halls != null && halls.matches()) {
            // 省、自治区、直辖市公安厅、局(和新疆生产建设兵团公安局): the provinces' 厅 and the municipalities' 局, each a member
            List<String> out = new ArrayList<>(List.of(halls.group(1) + halls.group(2) + "厅", halls.group(1) + halls.group(2) + "局"));
            if (halls.group(3) != null) {
                members(halls.group(3)).forEach(m -> add(out, m));
            }
            return out;
        }
        Matcher fields = name.contains("政府及其") && name.indexOf('、') > 0 ? GOVERNMENT_AND_ITS_FIELDS.matcher(name) : null;
        if (fields != null && fields.matches() && !HEAD_IN_FIELDS.matcher(fields.group(2)).find()) {
            // 县级以上人民政府及其商务、市场监督管理等部门: the government and its departments of each field; each level's own
            // where the governments are a level list (市、县（市、区）人民政府及其教育、科学技术等有关部门)
            List<String> out = new ArrayList<>();
            for (String government : members(fields.group(1))) {
                add(out, government);
                for (String field : fields.group(2).split("、")) {
                    add(out, government + field + fields.group(3));
                }
            }
            return out;
        }
        Matcher prefecture = name.contains("公署") ? PREFECTURE_BESIDE.matcher(name) : null;
        if (prefecture != null && prefecture.matches()) {
            return membersOfBoth(prefecture.group(1) + prefecture.group(3), prefecture.group(2) + prefecture.group(3));
        }
        Matcher missions = name.contains("馆") ? MISSIONS.matcher(name) : null;
        if (missions != null && missions.matches()) {
            List<String> out = new ArrayList<>(List.of(missions.group(1) + missions.group(2), missions.group(1) + missions.group(3)));
            if (missions.group(4) != null) {
                members(missions.group(4)).forEach(m -> add(out, m));
            }
            return out;
        }
        Matcher bodies = name.endsWith("部门、机构") ? DEPARTMENTS_AND_BODIES.matcher(name) : null;
        if (bodies != null && bodies.matches()) {
            List<String> out = new ArrayList<>(members(bodies.group(1) + "部门"));
            String last = out.get(out.size() - 1);
            if (last.endsWith("有关部门") && !AND.matcher(last).find()) { // not 人民政府或者人民政府有关部门, a name left whole
                add(out, last.substring(0, last.length() - 2) + "机构");
            }
            return out;
        }
        Matcher scopes = name.indexOf("、地方") > 0 || name.indexOf("中央和地方") >= 0 ? SCOPES_THEN_LOCAL.matcher(name) : null;
        if (scopes != null && scopes.matches() && AgencyNames.isAgency("地方" + scopes.group(2))) {
            // 行业、地方科技管理部门: each scope's body is the local one's (not 行业管理部门); the centre has no levels
            // (中央和地方各级人民政府 → 中央人民政府)
            List<String> out = new ArrayList<>();
            for (String scope : scopes.group(1).split("、")) {
                add(out, scope + (scope.equals("中央") ? scopes.group(2).replaceFirst("^各级", "") : scopes.group(2)));
            }
            add(out, "地方" + scopes.group(2));
            return out;
        }
        if ((name.startsWith("省、自治区、直辖市") || name.startsWith("设区的市")) && PLACES_ONLY.matcher(name).matches()) {
            return List.of(PLACE_JOIN.split(name)); // 省、自治区、直辖市和设区的市、自治州可以…制定: each place's legislature
        }
        List<String> levels = isLevelList(name) ? levelMembers(name) : levelListFirst(name);
        if (levels == null) {
            levels = levelListLast(name);
        }
        if (levels != null) {
            return levels;
        }
        List<String> levelsByFields = levelsBeforeFields(name);
        if (levelsByFields != null) {
            return levelsByFields;
        }
        List<String> zones = zonesThenBody(name);
        if (zones != null) {
            return zones;
        }
        List<String> joined = joinedByAndAlso(name);
        if (joined == null) {
            joined = listsJoinedByAnd(name);
        }
        if (joined != null) {
            return joined;
        }
        List<String> remitFirst = AgencyNames.remitFirst(name);
        if (remitFirst != null) {
            List<String> out = new ArrayList<>(); // X负责…的部门、Y(、Z等部门)
            remitFirst.forEach(m -> add(out, m));
            return out;
        }
        Matcher either = EITHER_HEAD.matcher(name);
        if (either.matches()) {
            return List.of(either.group(1) + either.group(2), either.group(1) + either.group(3));
        }
        Matcher authorised = OR_AUTHORISED.matcher(name);
        if (authorised.matches()) {
            // 县级以上地方人民政府或者其授权的部门: X acts, its designee is a delegation; X、Y或者其授权的单位: X and Y act
            return members(authorised.group(1));
        }
        if (OWN.matcher(name).find() || AgencyNames.actDescribed(name)) {
            return List.of(name); // 本级人民政府或者其指定的部门, 原批准、发证的部门: one role name
        }
        Matcher closed = Gate.when(name.indexOf('等') > 0, CLOSED_THEN, name); // a list closed by 等 or none
        if (closed.matches() && AgencyNames.isAgency(closed.group(2))) {
            // 各级公安、交通等主管部门和港务监督机构: the list closed by 等 shares its head, the name after it is its own
            // (县级以上人民政府公安等部门和邮政管理部门: the government's level reaches the name after it, unless it has its own)
            List<String> out = new ArrayList<>(members(closed.group(1)));
            Matcher level = PREFIX.matcher(closed.group(1));
            String government = level.matches() && GOVERNMENT_PREFIX.matcher(level.group(1)).find() ? level.group(1) : "";
            String next = closed.group(2);
            // a river basin's body is the State Council's, at no local level (…等部门和太湖流域管理机构)
            boolean own = LEVEL.matcher(RELATED_WORD.matcher(next).replaceFirst("")).find() || next.contains("人民政府") || next.contains("流域");
            String after = own ? next : government + next; // 和有关省、自治区、直辖市人民政府 keeps its own level
            members(after).forEach(m -> add(out, m));
            return out;
        }
        Matcher national = name.startsWith("国家") ? NATIONAL_AND_PROVINCE.matcher(name) : null;
        if (national != null && national.matches() && AgencyNames.isAgency("省" + national.group(2))) {
            return List.of("国家" + national.group(2), national.group(1) + national.group(2)); // 国家或者省文物行政管理部门: two bodies
        }
        List<String> bodyThenFields = bodyThenLevelledFields(name);
        if (bodyThenFields != null) {
            return bodyThenFields;
        }
        Matcher levelAfter = Gate.when(name.indexOf('等') > 0, LEVEL_AFTER_ETC, name);
        if (levelAfter.matches()) {
            return members(levelAfter.group(2) + levelAfter.group(1) + "等" + levelAfter.group(3)); // the level written first
        }
        String s = protect(name);
        String head = null;
        Matcher etc = ETC.matcher(s);
        if (etc.matches()) {
            // 国务院卫生健康、市场监督管理以及国家粮食和储备行政管理等部门; 劳动保障和人事等部门: fields joined before the shared head
            s = joinedByAnd(etc.group(1).replace("以及", "、"), 1);
            head = etc.group(2).replace("有关", "");
        }
        Matcher others = head == null && s.indexOf("其他") > 0 ? FIELDS_THEN_OTHERS.matcher(s) : null;
        if (others != null && others.matches() && headlessFields(others.group(1))) {
            // 国务院…、卫生、公安以及其他有关部门, 县级以上地方人民政府林业草原或者其他有关行政主管部门: the others' head is the
            // fields' too (国务院公安部门, 国务院其他有关部门)
            s = others.group(1) + "、" + others.group(2);
            head = others.group(3);
        }
        if (s.indexOf('、') > 0 && s.contains("或者")) {
            s = fieldsJoinedByOr(s); // 农业或者兽医、水利、林业主管部门: four fields
        }
        List<String> parts = split(s);
        if (parts.size() > 1 && head == null && fieldsJoinedByAnd(parts)) {
            parts = split(joinedByAnd(s, 3)); // 公安、交通和卫生主管部门: the last 和 joins two fields before the shared head
        }
        if (parts.size() == 1 && head == null && s.indexOf('和') > 0 && PREFIX.matcher(s).matches()) {
            parts = split(joinedByAnd(s, 3)); // 省级财政和生态环境部门: a shared head across 和
        }
        if (parts.size() == 1 && head == null && s.contains("或者") && PREFIX.matcher(s).matches()) {
            parts = split(fieldPairJoinedByOr(s)); // 县级以上人民政府农业或者兽医主管部门: two fields, one head
        }
        Matcher pair = LEVEL_PAIR.matcher(s);
        if (parts.size() == 1 && head == null && pair.matches()) {
            parts = List.of(pair.group(1), pair.group(2)); // 县级或者设区的市级人民政府
        }
        if (parts.size() == 1 && head == null) {
            return List.of(name);
        }
        Matcher lastLevel = LEVEL_OF_NAME.matcher(parts.get(parts.size() - 1));
        String levelled = lastLevel.matches() ? lastLevel.group(1) : null;
        String prefix = null;
        Matcher p = PREFIX.matcher(parts.get(0));
        if (p.matches() && !AgencyNames.isAgency(p.group(2)) || p.matches() && parts.size() > 1) {
            prefix = p.group(1);
        }
        boolean lastShares = head == null;
        if (head == null) {
            int last = parts.size() - 1;
            // the others closing the list (和其他有关部门, 和有关部门) share no head: 市、区人民政府和有关部门 is no 市部门
            String sharer = unprotect(parts.get(last > 0 && (OTHERS.matcher(parts.get(last)).matches() || RELATED_BARE.matcher(parts.get(last)).matches())
                    ? last - 1 : last));
            // a party's name shares no head (药品上市许可持有人、…和医疗机构: no 药品上市许可持有人机构)
            head = SubjectScan.PARTIES.stream().anyMatch(sharer::endsWith) ? null : sharedHead(sharer);
            if (head == null && last > 1 && AgencyNames.isAgency(sharer)) {
                // 市商务、生态环境部门和海关: a body named whole closes the list; the fields share the head of the member before it
                head = sharedHead(unprotect(parts.get(last - 1)));
            }
        }
        List<String> out = new ArrayList<>();
        String itsOwner = null; // the government whose own department the last member was (X及其Y部门)
        for (int i = 0; i < parts.size(); i++) {
            String m = parts.get(i);
            String owner = itsOwner;
            itsOwner = null;
            if (m.startsWith("其") && !out.isEmpty()) {
                String x = out.get(out.size() - 1);
                boolean department = OR_ITS_DEPARTMENT.matcher(m).matches() && GOVERNMENT_PREFIX.matcher(x).find();
                boolean units = ITS_UNITS.matcher(m).matches();
                boolean itsOwn = name.contains("及" + unprotect(m)) && (units || department);
                boolean branch = m.endsWith("派出机构") || m.endsWith("分支局") || m.endsWith("分支机构");
                if (itsOwn || branch || department && name.contains("或者" + unprotect(m))) {
                    // X及其所属管理机构, X及其Y部门 inside a list (黄河水利委员会及其所属管理机构、有关省级人民政府及其水行政主管部门…),
                    // X或者其(省一级)派出机构, X或其分支局, 县级以上人民政府或者其野生动物保护主管部门: X's own units, branches and
                    // departments
                    add(out, units ? unitOf(x, unprotect(m.substring(1))) : x + unprotect(m.substring(1)));
                    itsOwner = itsOwn && GOVERNMENT_PREFIX.matcher(x).find() ? x : null;
                    continue;
                }
            }
            if (owner != null && (BARE_FIELD_DEPARTMENT.matcher(unprotect(m)).matches() || OWN_UNITS.matcher(m).matches())) {
                add(out, owner + unprotect(m)); // …及其水行政主管部门和环境保护主管部门: the second department is X's too
                itsOwner = owner;
                continue;
            }
            if (i > 0 && (OTHERS.matcher(m).matches() || RELATED_BARE.matcher(m).matches() && !name.contains("及" + m)
                    || OTHERS_BY_REMIT.matcher(m).matches())) {
                // 县级以上人民政府X部门和其他有关部门, 县级以上人民政府统计机构和有关部门: the others at the level of the member before
                // them (not X及有关部门: X alone, as sample 1 records it); so 各级人民政府X部门和其他负有…职责的部门 (the samples
                // write the level out; without a level, 其他负有…职责的部门 names no body they record)
                Matcher level = GOVERNMENT.matcher(out.isEmpty() ? "" : out.get(out.size() - 1));
                if (level.lookingAt()) {
                    // 市、区县（自治县）人民政府统计机构和有关部门: each level whose body the member before names (its level list's)
                    String body = out.get(out.size() - 1).substring(level.end());
                    List<String> governments = new ArrayList<>();
                    for (String before : out) {
                        Matcher g = GOVERNMENT.matcher(before);
                        if (g.lookingAt() && before.length() - g.end() == body.length() && before.endsWith(body)) {
                            governments.add(g.group());
                        }
                    }
                    for (String g : governments) {
                        add(out, g + m);
                    }
                }
                continue;
            }
            if (m.startsWith("其") || HEAD.matcher(m).find() && !AgencyNames.isAgency(unprotect(m))
                    && !AgencyNames.isRoleName(unprotect(m))) {
                continue; // 及其有关部门, 和有关部门: no agency of its own
            }
            boolean bareLevel = levelled != null && BARE_LEVEL.matcher(m).matches();
            if (bareLevel) {
                m = m + levelled; // 省级和设区的市级市场监管部门: 省级 takes the whole name after the last member's level
                if (!AgencyNames.isAgency(m)) {
                    return List.of(name); // 设区的市级、县级人民政府指定的部门: a role name, kept as written
                }
            } else if (i == 0 && prefix != null && !AgencyNames.isAgency(m)) {
                m = m.substring(prefix.length());
            }
            Matcher own = ETC.matcher(m);
            if (i < parts.size() - 1 && own.matches() && own.group(1).indexOf('、') < 0) {
                // 国务院水行政等部门和…人民政府: a member closes its own list (住房城乡建设部门等有关部门: the name)
                m = AgencyNames.isAgency(own.group(1)) ? own.group(1) : own.group(1) + own.group(2).replace("有关", "");
            }
            // 负有…职责的有关部门 is named; 海关 among fields before a shared 主管 head or a level is a field too (税务、海关等主管部门
            // → 海关主管部门, 国务院财政、…、海关等部门 → 国务院海关部门; not 海关等国家有关部门); before a bare 部门 without a level it
            // is named as itself (市场监督管理、海关、铁路…等部门: 海关, as most samples write it)
            boolean field = !lastShares && head != null && (prefix != null || head.contains("主管")) && m.equals("海关")
                    && (i < parts.size() - 1 || !name.contains("等国家"));
            boolean named = !field && (AgencyNames.isAgency(m) || AgencyNames.isRoleName(unprotect(m)) || namedWithOtherName(m));
            if (!bareLevel && !named && BODY_NOUN.matcher(m).find()) {
                add(out, unprotect(m)); // 会计师事务所: a body of its own kind, named as it is (no agency: a party's name)
                continue;
            }
            if (!bareLevel && !named && (m.endsWith("人") || m.endsWith("者") || m.equals("国家"))) {
                // 采购人、采购代理机构, 征信机构或者信息提供者: a person or party takes no shared head (no 采购人机构, 信息提供者机构),
                // nor the state (no 国家机构)
                continue;
            }
            if (!bareLevel && !named && head != null) {
                // 水行政、住房城乡建设主管部门或者流域管理机构: a field takes the head of the next member that has one
                String shared = lastShares ? headAfter(parts, i, head) : head;
                // 食品安全监督管理、卫生行政、农业行政部门: a field that ends in 行政 takes the head after 行政, one in 监督管理 takes 部门
                // (市场监督管理和其他有关行政主管部门 keeps 行政主管部门)
                // (工商行政管理、教育等行政部门 → 工商行政管理部门)
                // (安全生产监督管理、工商行政管理、公安、交通行政管理部门 → 安全生产监督管理部门, 工商行政管理部门: no 管理 twice)
                boolean cut = shared.startsWith("行政") && (m.endsWith("行政") || m.endsWith("行政管理")) || shared.equals("行政部门") && m.endsWith("监督管理");
                // (交通、规划、城市管理等管理部门 → 城市管理部门: no 管理 twice either)
                m = m + (shared.startsWith("行政管理") && m.endsWith("管理") ? shared.substring(4)
                        : cut || shared.startsWith("管理") && m.endsWith("管理") ? shared.substring(2) : shared);
            } else if (!named) {
                return List.of(name); // 财政、生态环境部门 without a head to share: keep as written
            }
            if (prefix != null && !hasOwnLevel(m) && (m.endsWith("部门") || i == 0) && !startsWithLevel(m, prefix)) {
                // 县级以上地方人民政府和政府有关部门
                m = prefix + asNamedBefore(m, !prefix.endsWith("政府") && parts.get(0).endsWith("人民政府"));
            }
            Matcher twoHeads = EITHER_HEAD.matcher(unprotect(m));
            if (twoHeads.matches()) { // X或者县级以上地方人民政府负责管理地震工作的部门或者机构: the last member has two heads
                add(out, twoHeads.group(1) + twoHeads.group(2));
                add(out, twoHeads.group(1) + twoHeads.group(3));
                continue;
            }
            String member = unprotect(m);
            if (parts.size() > 1 && (member.contains("或者") && !member.contains("或者其") || isLevelList(member))) {
                // 卫生主管部门、农业或者兽医主管部门: the last member is two fields with one head, each a member; 市、县人民政府生态
                // 环境、水行政主管部门: each field's department is a level list of its own
                members(member).forEach(e -> add(out, e));
                continue;
            }
            add(out, member);
        }
        return out;
    }

    /** Whether {@code list}, after its level, is fields alone (国务院经济综合宏观调控、建设、公安; 县级以上地方人民政府林业草原). */
    private static boolean headlessFields(String list) {
        Matcher level = PREFIX.matcher(list);
        String fields = level.matches() ? level.group(2) : list;
        for (String f : fields.split("、")) {
            if (!FIELD.matcher(f).matches() || NOT_FIELD.matcher(f).find() || AgencyNames.isAgency(f)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the last of the parts joins two bare fields by 和 before the head the list shares (公安、交通和卫生主管部门); not
     * 厂名、枪种代码和国务院公安部门 (a name with its own level after 和) nor 设置、维护和管理部门 (acts, the last one 管理).
     */
    private static boolean fieldsJoinedByAnd(List<String> parts) {
        String last = parts.get(parts.size() - 1);
        int and = last.lastIndexOf('和');
        return and > 0 && !last.startsWith("管理", and + 1) && !hasOwnLevel(last.substring(and + 1))
                && headlessFields(String.join("、", parts.subList(0, parts.size() - 1)));
    }

    /** A level or body of its own in the half after 以及 (乡、镇人民政府, 街道办事处, 省级人民政府); not the 市 of 市场, 城市, 市容, 市政. */
    private static final Pattern OWN_LEVEL = Pattern.compile("人民政府|政府|国务院|街道办事处|中央|国家|省|县|乡|镇|(?<!城)市(?!场|容|政)");

    /** Whether a member begins with a level of its own or names a government (国家…, 省级…, 上级人民政府…). */
    static boolean hasOwnLevel(String member) {
        return LEVEL.matcher(member).find() || member.contains("人民政府");
    }

    /**
     * Two lists joined by 以及, each an agency list of its own (乡、民族乡、镇的人民政府以及街道办事处, 县级以上人民政府统计机构和有关部门
     * 以及乡、镇人民政府): the members of both; null when either half names no agency (X以及其他有关部门 is one list).
     */
    private static List<String> joinedByAndAlso(String name) {
        int and = name.indexOf("以及");
        if (and <= 0 || name.startsWith("其他", and + 2) || name.indexOf("以及", and + 2) >= 0) {
            return null;
        }
        String first = AgencyNames.clean(name.substring(0, and));
        String second = AgencyNames.clean(name.substring(and + 2));
        if (first == null || second == null || !OWN_LEVEL.matcher(second).find()) {
            return null; // …等有关部门以及有关机关事务管理部门: the second half shares the first's level (国务院)
        }
        return membersOfBoth(first, second);
    }

    /** The level a second list opens with, which its members take and the first list's do not. */
    private static final Pattern LIST_LEVEL = Pattern.compile("^(?:国务院|省、自治区、直辖市|省级|(?:县|设区的市)级以上|地方各级|各级)");

    /** A second list's first member named by its remit (…人民政府负责…的部门、). */
    private static final Pattern REMIT_OPENS = Pattern.compile("^[^和，]{0,20}?(?:人民政府|政府)" + DutyFinder.REMIT_VERB + DutyFinder.REMIT_TAIL + "、");

    /** Whether a list after 和 opens with its own government's department named by its remit (省人民政府负责…的部门、Y部门). */
    static boolean remitListAfter(String second) {
        return REMIT_OPENS.matcher(second).find() && members(second).size() > 1;
    }

    /**
     * X、Y部门和国务院A、B等部门: two lists joined by 和, the second opening with a level of its own, each sharing its own
     * head (国家新闻出版、电影部门和国务院教育、电信…等部门 → …, 国务院教育部门, 国务院电信部门, …), the first also a single name
     * before a list closed by 等 (县级以上精神文明建设部门和县级以上人民政府公安、民政…等有关部门), or before a list that opens with a
     * body named by its remit (…部门和省、自治区、直辖市人民政府负责…的部门、环境保护部门); null for any other name.
     */
    private static List<String> listsJoinedByAnd(String name) {
        for (int and = name.indexOf('和'); and > 0; and = name.indexOf('和', and + 1)) {
            String first = name.substring(0, and);
            String second = name.substring(and + 1);
            if (second.indexOf('、') < 0 || !AgencyNames.isAgency(first)) {
                continue;
            }
            if (remitListAfter(second)) {
                return membersOfBoth(first, second); // 国务院X部门和省、自治区、直辖市人民政府负责…的部门、Y部门: Y is the province's
            }
            if (LIST_LEVEL.matcher(second).lookingAt() && (first.indexOf('、') > 0 || second.indexOf('等') > 0) && AgencyNames.isAgency(second)) {
                return membersOfBoth(first, second);
            }
        }
        return null;
    }

    /**
     * A city's government with the prefecture's office in brackets, its rank (市人民政府(地区行政公署)价格主管部门, as provincial rules
     * of the 1990s write it): both bodies, each with what follows.
     */
    private static final Pattern PREFECTURE_BESIDE = Pattern.compile("(.*?人民政府)[（(]((?:地区)?行政公署)[）)](.*)");

    /** The members of two lists that each share their own level and head, in order, each once. */
    private static List<String> membersOfBoth(String first, String second) {
        List<String> out = new ArrayList<>(members(first));
        members(second).forEach(m -> add(out, m));
        return out;
    }

    private static void add(List<String> out, String member) {
        if (!out.contains(member)) {
            out.add(member);
        }
    }

    /** 或者 between a field and the next in a list the last member's head completes (农业或者兽医、水利、林业主管部门). */
    private static final Pattern FIELD_OR = Pattern.compile("或者(?!其)(?=[\u4e00-\u9fff])");
    /** The longest field a list names before its head (人力资源社会保障, 卫生健康). */
    private static final int FIELD_MAX = 8;

    /**
     * 县级以上人民政府农业或者兽医、水利、林业主管部门 → …农业、兽医、水利、林业主管部门: a 或者 whose left side (from the last 、)
     * names no body of its own, nor a level (县级或者设区的市级人民政府 is {@link #LEVEL_PAIR}'s), divides fields as 、 does.
     */
    private static String fieldsJoinedByOr(String s) {
        Matcher prefix = PREFIX.matcher(s);
        int from = prefix.matches() ? prefix.end(1) : 0;
        if (from == 0 && !isField(s.substring(0, s.indexOf('、')))) {
            // only a government's fields, or fields alone as local texts write them (住房城乡建设、规划或者专业工程行政主管部门):
            // 网络产品和服务提供者或者网信、公安等部门 names a party and agencies
            return s;
        }
        StringBuilder b = null;
        for (Matcher m = FIELD_OR.matcher(s).region(from, s.length()); m.find(); ) {
            String left = s.substring(Math.max(from, s.lastIndexOf('、', m.start()) + 1), m.start());
            // the last 或者 too where no government is named, whose fields nothing else divides (…、规划或者专业工程行政主管部门)
            if (!isField(left) || s.indexOf('、', m.end()) < 0 && (from > 0 || !fieldsAlone(s.substring(0, m.start()), s.substring(m.end())))) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s);
            }
            b.replace(m.start(), m.end(), "、\u0000"); // same length: later offsets stay valid
        }
        return b == null ? s : b.toString().replace("\u0000", "");
    }

    /** Words of no government's field: parties, courts and their acts, rules, the unnamed others (行政法规、规章或者行政机关). */
    private static final Pattern NO_FIELD = Pattern.compile("单位|企业|公司|法院|检察|法规|规章|判决|裁定|有关|其他|组织|[者人]$");

    /** Whether the parts before a last 或者 and the one after it are fields alone, the last with the head they share. */
    private static boolean fieldsAlone(String before, String last) {
        if (!FIELD_THEN_HEAD.matcher(last).matches() || NO_FIELD.matcher(last).find()) {
            return false;
        }
        for (String part : before.split("、")) {
            if (!isField(part) || NO_FIELD.matcher(part).find()) {
                return false;
            }
        }
        return true;
    }

    /** A field and the department head after 或者 (兽医主管部门, 林业行政部门). */
    private static final Pattern FIELD_THEN_HEAD = Pattern.compile("^[\u4e00-\u9fff]{1," + FIELD_MAX + "}?(?:行政)?(?:主管|管理|监督管理)?(?:部门|机关)$");

    /**
     * A government's two fields joined by 或者 before one head (县级以上人民政府农业或者兽医主管部门 → 农业、兽医主管部门), as
     * {@link #fieldsJoinedByOr} does in a longer list; a name on either side (公安机关或者…) leaves it as it is.
     */
    private static String fieldPairJoinedByOr(String s) {
        Matcher prefix = PREFIX.matcher(s);
        int or = prefix.matches() ? s.indexOf("或者", prefix.end(1)) : -1;
        if (or < 0 || s.indexOf("或者", or + 2) >= 0) {
            return s;
        }
        String left = s.substring(prefix.end(1), or);
        String right = s.substring(or + 2);
        if (!isField(left) || RELATED_WORD.matcher(left).find() || RELATED_WORD.matcher(right).find()
                || !FIELD_THEN_HEAD.matcher(right).matches()) {
            return s;
        }
        return s.substring(0, or) + "、" + right;
    }

    /** A government's field before 或者 (农业, 卫生健康): short, no level, no head, no body's name of its own. */
    private static boolean isField(String left) {
        return !left.isEmpty() && left.length() <= FIELD_MAX && !left.endsWith("级") && !HEAD.matcher(left).find()
                && !AgencyNames.isAgency(left);
    }

    /**
     * 财政和生态环境部门 → 财政、生态环境部门, leaving the 和 of names (文化和旅游部门) alone; the last {@code tail} characters (a
     * head) hold no join.
     */
    private static String joinedByAnd(String s, int tail) {
        StringBuilder b = new StringBuilder(s);
        Matcher keep = AND_IN_NAME.matcher(s);
        for (int i = s.indexOf('和'); i > 1 && i < s.length() - tail; i = s.indexOf('和', i + 1)) {
            if (s.charAt(i - 1) != '共' && (!keep.region(Math.max(0, i - 4), s.length()).find() || keep.end() - 1 != i)) {
                b.setCharAt(i, '、');
            }
        }
        return b.toString();
    }

    /**
     * The parts of a list as written, for a list too long or too mixed to clean as one name (由X、Y…以及工会派人组成): split
     * at 、 (not inside 省、自治区、直辖市) and at 和/以及/或者 after a full name (not inside 工业和信息化部).
     */
    static List<String> parts(String list) {
        return split(protect(list)).stream().map(AgencyLists::unprotect).toList();
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("、")) {
            if (part.isEmpty()) {
                continue;
            }
            // 和 only after a full name: 国务院和中央军事委员会, not 文化和旅游
            Matcher a = AND.matcher(part);
            int from = 0;
            while (a.find()) {
                String left = part.substring(from, a.start());
                if ((AgencyNames.isAgency(unprotect(left)) || UNNAMED.matcher(left).matches()) && a.end() < part.length()) {
                    out.add(left);
                    from = a.end();
                }
            }
            out.add(part.substring(from));
        }
        return out;
    }

    /** The head of the first member after {@code i} that names an agency, or {@code head} (the last member's). */
    private static String headAfter(List<String> parts, int i, String head) {
        for (int j = i + 1; j < parts.size() - 1; j++) {
            String next = unprotect(parts.get(j));
            if (AgencyNames.isAgency(next)) {
                String own = sharedHead(next);
                return own != null ? own : head;
            }
        }
        return head;
    }

    /** The head of the last member that the others share: 林业行政部门 → 行政部门, 水行政主管部门 → 主管部门. */
    private static String sharedHead(String last) {
        int organ = last.indexOf("机关");
        if (organ > 0 && organ < last.length() - 4 && last.endsWith("部门")) {
            return "部门"; // 市交通、公安机关交通管理部门 → 市交通部门: the last is an organ's own department, whose head is its own
        }
        if (FIELD_SUPERVISION.matcher(last).find()) {
            return last.substring(last.length() - 2); // 民政、市场监督管理部门 → 民政部门: 市场监督管理 names the field, its 监督管理 is no shared head
        }
        for (String h : SHARED_HEADS) {
            if (last.endsWith(h) && last.length() - h.length() >= 2) {
                return h;
            }
        }
        return null;
    }

    /** 、 inside a one-name list or inside brackets (中部六省（山西、安徽…）) separates no members. */
    private static String protect(String s) {
        Matcher m = ONE_NAME.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, m.group().replace('、', JOIN));
        }
        char[] c = m.appendTail(b).toString().toCharArray();
        int depth = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '（' || c[i] == '(') {
                depth++;
            } else if (c[i] == '）' || c[i] == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c[i] == '、' && depth > 0) {
                c[i] = JOIN;
            }
        }
        return new String(c);
    }

    /** Whether {@code m} begins with the level {@code prefix}: not 市场监管部门 after 市 (a field that begins with 市场, 市容, 市政: no {@link #LEVEL}). */
    private static boolean startsWithLevel(String m, String prefix) {
        return m.startsWith(prefix) && (!prefix.equals("市") || LEVEL.matcher(m).lookingAt());
    }

    /**
     * A body with its other name in brackets after it (国家林草局（国家公园局）): a name, which takes no shared head; not a military
     * command with its alternatives (省军区（卫戍区、警备区）, 军分区（警备区）).
     */
    private static boolean namedWithOtherName(String m) {
        int open = m.endsWith("）") ? m.lastIndexOf('（') : m.endsWith(")") ? m.lastIndexOf('(') : -1;
        if (open <= 0) {
            return false;
        }
        String other = unprotect(m.substring(open + 1, m.length() - 1));
        return AgencyNames.isAgency(unprotect(m.substring(0, open))) && other.indexOf('、') < 0 && !other.endsWith("区")
                && AgencyNames.isAgency(other);
    }

    private static String unprotect(String s) {
        return s.replace(JOIN, '、');
    }
}
