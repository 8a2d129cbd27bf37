package org.reggraph.extract.agency;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names a document defines for an agency: 全国自然资源与国土空间规划标准化技术委员会（以下简称标委会）, 自然资源部科技主管司局
 * （以下简称主管司局）. Later in the document the short name means that agency, as the development gold records it (理事会 →
 * 转化基金理事会); a short name defined for a party or a term (企业, 排污口) names no agency and is not kept.
 */
public final class DefinedNames {

    /** A run of name characters, then the definition in brackets (以下简称/以下称/下称/简称, quoted or not). */
    private static final Pattern DEFINED = Pattern.compile(
            "([\\u4e00-\\u9fff、]{2,40})[（(](?:以下简称|以下称|下称|简称)[“\"]?([\\u4e00-\\u9fff]{2,12})[”\"]?[）)]");

    /**
     * A short name that names a function (药品监督管理部门, 国家商检部门) is how the law names every body with that function
     * (设区的市级、县级人民政府承担药品监督管理职责的部门（以下称药品监督管理部门）): kept as written.
     */
    private static final Pattern FUNCTION_NAME = Pattern.compile("(?:部门|机关|机构)$");
    /** Where the defined name cannot begin before: an article heading, or the act that sets the body up (全国设立X（以下简称Y）). */
    private static final Pattern HEADING = Pattern.compile("第[一二三四五六七八九十百零〇]+[条章节]|设立|成立|组建|建立");

    private DefinedNames() {
    }

    /** Short name → the agency it stands for, for every definition in {@code text} whose defined name is an agency. */
    public static Map<String, String> in(String text) {
        Map<String, String> out = new HashMap<>();
        if (!text.contains("简称") && !text.contains("下称")) {
            return out;
        }
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            String shortName = m.group(2);
            String full = FUNCTION_NAME.matcher(shortName).find() ? null : name(m.group(1));
            if (full != null && full.length() > shortName.length()) {
                out.putIfAbsent(shortName, full);
            }
        }
        return out;
    }

    /**
     * The one agency {@code run} ends with, its lead words cut (由自然资源部科技主管司局 → 自然资源部科技主管司局); null for a list
     * (X和Y（以下统称Z）), a party; a run over an article heading or a setting-up act (…第七条X, 国家设立X: only X).
     */
    private static String name(String run) {
        Matcher heading = HEADING.matcher(run);
        int from = 0;
        while (heading.find()) {
            from = heading.end();
        }
        String tail = run.substring(from);
        String cleaned = AgencyNames.clean(tail);
        return cleaned != null && tail.endsWith(cleaned) && AgencyLists.members(cleaned).size() == 1 ? cleaned : null;
    }
}
