package org.reggraph.extract.agency;

import org.reggraph.extract.lexicon.Lexicon;
import org.reggraph.extract.ExtractedAgency;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agencies: normalises names through an alias table (国家发展改革委 = 国家发展和改革委员会, resource
 * {@code lexicon/agency-aliases.tsv}), splits joint lists (生态环境部、财政部), and tells level (国家, 省级, 市级, 县级, 乡级),
 * kind, whether the name is a role name (generic: 县级以上地方人民政府自然资源主管部门) and the parent (生态环境部 → 国务院).
 * Known names are matched with a HanLP Aho–Corasick trie built from the table (the same names are registered in
 * HanLP's {@link CustomDictionary} for segmenters that want them); suffix rules cover the rest, so no statistical model
 * is needed and the regex path stays fast.
 */
public final class AgencyRecognizer {

    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Map<String, List<String>> ALIASES = new HashMap<>();
    private static volatile boolean dictionaryRegistered;
    private static final Pattern MINISTRY = Pattern.compile("(?:部|委员会|委|总局|署|局|银行|办公厅|办公室)$");
    private static final Pattern GENERIC = Pattern.compile("主管部门|有关部门|管理部门|监管部门|各级|县级以上|地方|^省级|^市|^县|^乡|本级|同级|上级|机关$|机构$|各省|直辖市|^民族乡|^镇|^自治[区州县旗]|^不设区的市|^市辖区|街道办事处$");

    static {
        for (String line : Lexicon.lines("agency-aliases.tsv")) {
            String[] parts = line.split("\t");
            for (String p : parts) {
                CANONICAL.put(p.trim(), parts[0].trim());
            }
            ALIASES.put(parts[0].trim(), Arrays.stream(parts).skip(1).map(String::trim).toList());
        }
    }

    /**
     * The trie of known names, built on first use: {@link #known} is not on the extraction's path, and building the
     * double-array trie cost each command 50 ms and 20 MB at start.
     */
    private static final class Trie {
        static final AhoCorasickDoubleArrayTrie<String> KNOWN = new AhoCorasickDoubleArrayTrie<>();

        static {
            KNOWN.build(new TreeMap<>(CANONICAL));
        }
    }

    /** Registers the known agency names in HanLP's custom dictionary (nt = organisation), once. */
    public static void registerWithHanLP() {
        if (dictionaryRegistered) {
            return;
        }
        synchronized (AgencyRecognizer.class) {
            if (!dictionaryRegistered) {
                for (String name : CANONICAL.keySet()) {
                    CustomDictionary.insert(name, "nt 1024");
                }
                dictionaryRegistered = true;
            }
        }
    }

    /** The aliases of a canonical name in the alias table (none for names it does not list). */
    public static List<String> aliasesOf(String canonical) {
        return ALIASES.getOrDefault(canonical, List.of());
    }

    /** Canonical name of an agency (aliases resolved), or the name itself. */
    public static String canonical(String name) {
        return CANONICAL.getOrDefault(name, name);
    }

    /**
     * Known agency names in a text, canonical, in order of appearance. A name must stand on its own: not followed by
     * 门/署 (应急部署, 商务部门) or by a document-number or verb character (国办发, 国办函), not preceded by 共/集
     * (共和国办理, 集中办理).
     */
    public static List<String> known(String text) {
        List<String> out = new ArrayList<>();
        Trie.KNOWN.parseText(text, (b, e, v) -> {
            char after = e < text.length() ? text.charAt(e) : ' ';
            char before = b > 0 ? text.charAt(b - 1) : ' ';
            if (RIGHT_BOUNDARY.indexOf(after) >= 0 || LEFT_BOUNDARY.indexOf(before) >= 0) {
                return;
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        });
        return out;
    }

    private static final String RIGHT_BOUNDARY = "门署发函理";
    private static final String LEFT_BOUNDARY = "共集";

    /** The agencies of a name or joint list (财政部、生态环境部), each recorded in {@code found}. */
    public void collect(String name, Map<String, ExtractedAgency> found) {
        for (String part : split(name)) {
            String canon = canonical(part);
            ExtractedAgency prev = found.get(canon);
            if (prev != null) {
                if (!part.equals(canon) && !prev.aliases().contains(part)) {
                    List<String> al = new ArrayList<>(prev.aliases());
                    al.add(part);
                    found.put(canon, new ExtractedAgency(canon, canon, List.copyOf(al), prev.level(), prev.kind(), prev.generic(),
                            prev.parent()));
                }
                continue;
            }
            // every short name the table knows, so that a search for 发改委 or 住建部 finds the body whatever the texts wrote
            List<String> aliases = new ArrayList<>(aliasesOf(canon));
            if (!part.equals(canon) && !aliases.contains(part)) {
                aliases.add(part);
            }
            found.put(canon, describe(canon, List.copyOf(aliases)));
        }
    }

    /** The parts of a joint list; a role list (交通运输、水利等有关部门) stays one name. */
    public static List<String> split(String name) {
        if (!name.contains("、") || name.contains("等") || name.startsWith("省、自治区") || name.contains("省、自治区、直辖市")
                || name.contains("市、县") || name.contains("县、乡")) {
            return List.of(name);
        }
        List<String> parts = new ArrayList<>(Arrays.asList(name.split("、")));
        for (String p : parts) {
            if (!MINISTRY.matcher(p).find() && !p.endsWith("部门") && !p.endsWith("政府")) {
                return List.of(name); // 财政、生态环境部门: one role name
            }
        }
        return parts;
    }

    static ExtractedAgency describe(String name, List<String> aliases) {
        boolean generic = GENERIC.matcher(name).find();
        String level = level(name);
        if ("国家".equals(level) && ANY_LEVEL.matcher(name).matches()) {
            level = null; // 财政部门, 公安机关, 证券监督管理机构: the body of that function at whatever level the text acts
            generic = true;
        }
        String kind = name.equals("国务院") ? "国务院"
                : name.endsWith("人民政府") || name.endsWith("政府") ? "人民政府"
                : name.endsWith("主管部门") || name.endsWith("管理部门") || name.endsWith("监管部门") ? "主管部门"
                : name.endsWith("部门") ? "部门"
                : name.endsWith("办公厅") || name.endsWith("办公室") ? "办事机构"
                : name.endsWith("部") || name.endsWith("委员会") || name.endsWith("委") ? "部委"
                : name.endsWith("总局") || name.endsWith("署") || name.endsWith("局") ? "直属机构"
                : "机构";
        String parent = null;
        if (name.startsWith("国务院") && name.length() > 3) {
            parent = "国务院";
        } else if (name.startsWith(NPC_STANDING_COMMITTEE) && name.length() > NPC_STANDING_COMMITTEE.length()
                && !name.endsWith("办公厅")) {
            parent = NPC_STANDING_COMMITTEE; // 全国人民代表大会常务委员会法制工作委员会
        } else if (name.startsWith(NPC) && name.length() > NPC.length() && !name.endsWith("办公厅")) {
            parent = NPC; // its standing committee and special committees (全国人民代表大会财政经济委员会)
        } else if ("国家".equals(level) && !generic && ("部委".equals(kind) || "直属机构".equals(kind)) && stateCouncilBody(name)) {
            parent = "国务院";
        } else if ((name.endsWith("办公厅") || name.endsWith("办公室")) && name.length() > 3) {
            String p = name.substring(0, name.length() - 3);
            parent = canonical(p);
        }
        return new ExtractedAgency(name, name, aliases, level, kind, generic, parent);
    }

    private static final String NPC = "全国人民代表大会";
    private static final String NPC_STANDING_COMMITTEE = NPC + "常务委员会";
    /** A ministry named alone (公安部, 工业和信息化部, 对外贸易经济合作部), a ministry of the state's name, or the state's commissions and bureaus. */
    private static final Pattern STATE_COUNCIL_BODY = Pattern.compile("^(?:中华人民共和国)?[\u4e00-\u9fff]{2,10}部$"
            + "|^(?:中华人民共和国|国家|中国|全国)[\u4e00-\u9fff（）]{1,16}(?:委员会|委|总局|局|署)$|^(?:海关总署|审计署|广电总局|国防科学技术工业委员会|国防科工委)$");
    /**
     * What no State Council body is called: the armed forces' and the party's organs, the legislatures', courts' and
     * procuratorates', the National Supervisory Commission, a body's branches (省级局, 分局), temporary headquarters
     * (指挥部), service units (小卖部, 俱乐部) and unnamed ones (各部, 我部, 主管部).
     */
    private static final Pattern NOT_STATE_COUNCIL = Pattern.compile("(?<!退役)军|武装|武警|海警|解放|政治部|后勤部|联勤部|司令部|参谋部|装备部|指挥部"
            + "|俱乐部|小卖部|分管部|^主管|^各|^我|^该|^相关|^有关|党|^中共|^中[宣组联]部$|统战部|人民代表大会|政治协商|法院|检察|监察委员会|省级局|分局"
            + "|分支|派出|各地|地区|^中国人民银行.|基本法委员会|贸易促进|(?:技术|审定|评审|专家|审评|指导|资源)委员会$");

    /** Whether a national ministry, commission or bureau is a part of the State Council (not of the army, a court or a legislature). */
    private static boolean stateCouncilBody(String name) {
        return STATE_COUNCIL_BODY.matcher(name).find() && !NOT_STATE_COUNCIL.matcher(name).find();
    }

    static String level(String name) {
        if (name.startsWith("乡") || name.startsWith("县、乡") || name.contains("乡（镇）") || name.startsWith("镇")
                || name.endsWith("街道办事处")) { // a city district's sub-district office: the township level
            return "乡级";
        }
        if (name.startsWith("民族乡")) {
            return "乡级";
        }
        // county-level units that begin like the levels above them: 自治县, 市辖区, 不设区的市 (a county-level city)
        if (name.startsWith("县") || name.startsWith("自治县") || name.startsWith("市辖区") || name.startsWith("不设区的市")) {
            return "县级";
        }
        if (name.startsWith("市") || name.startsWith("设区的市") || name.startsWith("自治州")) {
            return "市级";
        }
        if (name.startsWith("省") || name.startsWith("各省") || name.startsWith("自治区") || name.startsWith("直辖市")) {
            return "省级";
        }
        if (name.startsWith("地方") || name.startsWith("各级") || name.startsWith("本级") || name.startsWith("同级")
                || name.startsWith("上级")) {
            return null;
        }
        if (NAMED_PROVINCE.matcher(name).lookingAt()) {
            return "省级"; // 上海市人民代表大会常务委员会, 广东省公安厅, 两省一市人民政府
        }
        if (name.startsWith("特别行政区", 2) && (name.startsWith("香港") || name.startsWith("澳门")) && !name.endsWith("基本法委员会")
                || name.endsWith("立法会")) {
            return "省级"; // the special administrative regions' own bodies (香港特别行政区立法会, 澳门特别行政区终审法院, and the bare
                          // 立法会 of their basic laws); not the NPC standing committee's 香港特别行政区基本法委员会
        }
        Matcher where = PLACE_QUALIFIER.matcher(name);
        if (where.lookingAt() && where.end() < name.length()) {
            String level = level(name.substring(where.end())); // 所在地省、自治区、直辖市人民政府, 长江流域省级人民政府
            if (!"国家".equals(level)) {
                return level;
            }
        }
        return "国家";
    }

    /**
     * A function's body named without a level (财政部门, 卫生行政部门, 公安机关, 证券监督管理机构): a role name of every level, not
     * the state's; named organs (财政部, 海关总署) and names with 国务院/国家/中央/全国/中国 keep theirs.
     */
    private static final Pattern ANY_LEVEL = Pattern.compile("^(?!国务院|国家|中央|全国|中国|中华人民共和国)[\\u4e00-\\u9fff、]{1,20}(?:部门|机关|机构)$");

    /** A province named (the municipalities under the state are provinces too), or 两省一市. */
    private static final Pattern NAMED_PROVINCE = Pattern.compile("(?:" + AgencyLists.PROVINCE_NAMES + "|两省一市)");
    /** Words that place a level's body (有关省…, 所在地…, 沿海…, 长江流域…, 青藏高原…), before the level. */
    private static final Pattern PLACE_QUALIFIER = Pattern.compile("(?:有关|相关|所在地|所在|当地|沿海|沿江|陆路边境|边境|海岛所在|口岸所在地|[\\u4e00-\\u9fff]{2}(?:流域|高原))");
}
