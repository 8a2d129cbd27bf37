package org.reggraph.extract.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names a document defines for an agency: 全国自然资源与国土空间规划标准化技术委员会（以下简称标委会）, 自然资源部科技主管司局
 * （以下简称主管司局）. Later in the document the short name means that agency, as the development gold records it (理事会 →
 * 转化基金理事会); a short name defined for a party or a term (企业, 排污口) names no agency and is not kept.
 */
public final class DefinedNames {

    /**
     * The definition in brackets, matched where its key word stands (以下简称/以下称/下简称/下称/简称, quoted or not): the words of
     * {@link AgencyNames#DEFINITION_OPEN} but 统称, a collective name for several bodies, which stands for no one of them (read as
     * one body's, it takes samples 443, 447 and 528 down).
     */
    private static final Pattern DEFINITION = Pattern.compile("[（(](?:以下简称|以下称|下简称|下称|简称)[“\"]?([\\u4e00-\\u9fff]{2,12})[”\"]?[）)]");
    /** How far before the bracket the defined name may begin. */
    private static final int NAME_MAX = 40;

    /**
     * A short name that names a function (药品监督管理部门, 国家商检部门) is how the law names every body with that function
     * (设区的市级、县级人民政府承担药品监督管理职责的部门（以下称药品监督管理部门）): kept as written.
     */
    static final Pattern FUNCTION_NAME = Pattern.compile("(?:部门|机关|机构)$");
    /** The verbs of a first article's purpose (为了加强和完善…, 为保障…). */
    private static final String PURPOSE = "(?:保障|保证|促进|规范|加强|维护|支持|推进|监督|完善)";
    /**
     * What the defined name begins after: an article heading, the act that sets the body up (全国设立X（以下简称Y）), the 由
     * that names the actor (民用航空器的适航管理由中国民用航空局（以下简称民航局）负责; not the 由 of 自由), or the purpose a first
     * article names it in (为保障省人民代表大会常务委员会（以下简称常委会）依法行使职权).
     */
    private static final Pattern NAME_STARTS_AFTER = Pattern.compile("第[一二三四五六七八九十百零〇]+[条章节]|设立|成立|组建|建立|(?<!自)由"
            + "|为了?(?:进一步)?" + PURPOSE + "(?:和" + PURPOSE + ")?"); // 为保障X（以下简称常委会）依法行使职权, 为了进一步加强和完善X: a purpose's object

    /** 等 closing an enumeration, not inside a word (高等, 平等, 同等, 中等, 初等, 均等, 对等, 相等). */
    private static final String ENUMERATING = "(?<![高平同中初均对相])";

    private DefinedNames() {
    }

    /** Short name → the agency it stands for, for every definition in {@code text} whose defined name is an agency. */
    public static Map<String, String> in(String text) {
        Map<String, String> out = new HashMap<>();
        for (int k = text.indexOf("称", 0); k >= 0; k = text.indexOf("称", k + 1)) {
            int open = openBefore(text, k);
            if (open < 0) {
                continue;
            }
            Matcher m = DEFINITION.matcher(text).region(open, Math.min(text.length(), open + 20));
            if (!m.lookingAt()) {
                continue;
            }
            String shortName = m.group(1);
            String full = FUNCTION_NAME.matcher(shortName).find() ? null : name(runBefore(text, open));
            if (full != null && full.length() > shortName.length()) {
                out.putIfAbsent(shortName, full);
            }
        }
        return out;
    }

    /** The bodies a duty's agency stands for, and the list they were named in (null for one body named alone). */
    public record Resolved(List<String> names, String list) {
    }

    /**
     * What {@code name} stands for under the document's definitions: the agency its short name was defined for, or — a list of
     * defined short names (标委会和分技委) — each member's agency, in a list written with their full names; else itself.
     */
    public static Resolved resolve(String name, Map<String, String> defined) {
        String whole = defined.get(name);
        if (whole != null || defined.isEmpty()) {
            return new Resolved(List.of(whole != null ? whole : name), null);
        }
        String[] parts = JOINED.split(name);
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String full = parts.length < 2 ? null : defined.get(part);
            if (full == null) {
                return new Resolved(List.of(name), null);
            }
            names.add(full);
        }
        StringBuilder list = new StringBuilder();
        Matcher join = JOINED.matcher(name);
        int i = 0;
        while (join.find()) {
            list.append(names.get(i++)).append(join.group());
        }
        return new Resolved(names, list.append(names.get(i)).toString());
    }

    /** The bracket that opens a definition whose 称 stands at {@code k} (at most four characters after it), or -1. */
    private static int openBefore(String text, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            char c = text.charAt(j);
            if (c == '（' || c == '(') {
                return j;
            }
        }
        return -1;
    }

    /** The name characters right before {@code at}, at most {@link #NAME_MAX}. */
    private static String runBefore(String text, int at) {
        int s = at;
        while (s > 0 && at - s < NAME_MAX && nameChar(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, at);
    }

    private static boolean nameChar(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c == '、';
    }

    /**
     * The one agency {@code run} ends with, its lead words cut (由自然资源部科技主管司局 → 自然资源部科技主管司局); null for a list
     * (X和Y（以下统称Z）), a party; a run over an article heading or a setting-up act (…第七条X, 国家设立X: only X).
     */
    private static String name(String run) {
        Matcher before = NAME_STARTS_AFTER.matcher(run);
        int from = 0;
        while (before.find()) {
            from = before.end();
        }
        String tail = run.substring(from);
        String named = one(tail);
        if (named != null && !GROUPED.matcher(named).find()) {
            return named;
        }
        // the body after what describes or groups it (对…、珠宝玉石等有关全国标准化技术委员会（以下简称标委会）, 标委会及下设专业标准化
        // 分技术委员会（以下简称分技委）): the run from the last such word, if that is one name
        int cut = -1;
        for (Matcher word = GROUPED_BY.matcher(tail); word.find(); ) {
            cut = word.end();
        }
        String body = cut > 0 && cut < tail.length() - 1 && !JOINED.matcher(tail.substring(cut)).find() ? one(tail.substring(cut)) : null;
        return body != null ? body : named;
    }

    /** A name that holds a grouping or a relation before its body (…、珠宝玉石等有关全国标准化技术委员会, 标委会及下设…). */
    private static final Pattern GROUPED = Pattern.compile(ENUMERATING + "等|、|下设|所属");
    /** A list's joins: a run with one names more than one body (…的部门和中国人民解放军总装备部). */
    private static final Pattern JOINED = Pattern.compile("和|及|或者|或|、|与");

    /** The words a defined body may follow in a longer run: a grouping (not the 等 of 高等, 平等), a relation, a description. */
    private static final Pattern GROUPED_BY = Pattern.compile(ENUMERATING + "等(?:有关)?|有关|的|下设|所属");

    /** The one agency {@code tail} ends with and is, or null. */
    private static String one(String tail) {
        String cleaned = AgencyNames.clean(tail);
        // not an act read into the name (…；改变或者撤销本级人民代表大会常务委员会（以下简称人大常委会）关于…的决议)
        return cleaned != null && tail.endsWith(cleaned) && AgencyLists.members(cleaned).size() == 1
                && !DutyFinder.namesNoAgency(cleaned) ? cleaned : null;
    }
}
