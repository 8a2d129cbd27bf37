package org.reggraph.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short names of titles. Two sources: the corpus' own short titles ({@code 以下简称}, kept on the document as
 * {@code shortTitles}), of which the generic ones (通知, 若干意见 …) are no key; and the generic rules by which titles
 * are shortened in practice: without 中华人民共和国 (土地管理法), without a trailing parenthesis such as （试行）, and
 * without 管理 or 暂行 in front of the kind (地下水管理条例 → 地下水条例, 城镇土地使用税暂行条例 → 城镇土地使用税条例).
 * Everything here works on folded text ({@link SearchText#normalize}).
 */
public final class ShortTitles {

    private static final String PRC = "中华人民共和国";
    /** Words a short name drops in front of the kind. */
    private static final List<String> DROPPABLE = List.of("管理", "暂行");
    private static final List<String> KINDS = List.of("实施细则", "条例", "办法", "规定", "细则", "规则", "法");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("〔[^〔〕]{1,20}〕$");
    /** Short titles that name a kind of document rather than one document. */
    private static final Set<String> GENERIC = Set.of("若干意见", "实施意见", "指导意见", "实施方案", "工作方案", "行动方案",
            "行动计划", "实施细则", "管理办法", "暂行办法", "暂行规定", "管理规定", "若干规定", "实施办法", "暂行条例",
            "决定", "通知", "意见", "方案", "办法", "规定", "条例", "细则", "公告", "本条例", "本办法", "本规定", "本通知");

    private ShortTitles() {
    }

    /** Whether a short title found in the corpus (folded) names one document: three characters or more, not generic. */
    public static boolean usable(String folded) {
        return folded.length() >= 3 && !GENERIC.contains(folded) && !folded.startsWith("本");
    }

    /** The generic short forms of a folded title, without the title itself (empty when no rule applies). */
    public static Set<String> variants(String folded) {
        Set<String> out = new LinkedHashSet<>();
        String t = TRAILING_PARENTHESIS.matcher(folded).replaceFirst("");
        if (!t.equals(folded) && t.length() >= 3) {
            out.add(t);
        }
        if (t.startsWith(PRC) && t.length() > PRC.length() + 1) {
            t = t.substring(PRC.length());
            out.add(t);
        }
        for (String kind : KINDS) {
            if (!t.endsWith(kind)) {
                continue;
            }
            String stem = t.substring(0, t.length() - kind.length());
            for (String word : DROPPABLE) {
                if (stem.endsWith(word) && stem.length() > word.length() + 1) {
                    stem = stem.substring(0, stem.length() - word.length());
                    out.add(stem + kind);
                }
            }
            break;
        }
        out.remove(folded);
        return out;
    }
}
