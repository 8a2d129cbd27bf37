package org.reggraph.extract.relation;

import org.reggraph.extract.document.DocText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document aliases: 《中华人民共和国土地管理法》（以下简称《土地管理法》）, 《…公告》（2015年第97号，以下简称97号公告）,
 * （以下简称“35号文件”). The alias stands for the document mentioned right before it; an alias of a plain term
 * (排污口（以下简称…）) has no document in front and is not recorded.
 */
final class AliasFinder {

    /** The alias: a whole 《…》 (brackets inside kept: 《清单（2022年版）》), or a quoted or bare term up to the next stop. */
    private static final Pattern ALIAS = Pattern.compile(
            "(?:以下|下文)(?:简称|称)[为:：]?(?:《([^《》]{1,30})》|[《“\"‘]?([^《》“”\"‘’（）()，,。；]{1,30}?)[》”\"’]?(?=[）)，,。；]|$))");

    /** An alias and the document it stands for. */
    record Alias(String alias, String target, String docNumber, int offset, String surface) {
    }

    /**
     * The aliases of a document.
     *
     * @param resolvedTitles full titles of the citations, parallel to {@code citations}
     */
    List<Alias> find(DocText dt, List<Citation> citations, List<String> resolvedTitles) {
        String s = dt.text();
        List<Alias> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int k = s.indexOf("简称", from);
            if (k < 0) {
                break;
            }
            from = k + 2;
            int st = k >= 2 && (s.startsWith("以下", k - 2) || s.startsWith("下文", k - 2)) ? k - 2 : -1;
            if (st < 0) {
                continue;
            }
            Matcher m = ALIAS.matcher(s);
            m.region(st, Math.min(s.length(), st + 40));
            if (!m.lookingAt()) {
                continue;
            }
            String alias = m.group(1) != null ? m.group(1) : m.group(2);
            // the document right before: its mention ends within a short parenthetical gap
            Citation before = null;
            String full = null;
            for (int c = citations.size() - 1; c >= 0; c--) {
                Citation ci = citations.get(c);
                if (ci.start() >= st || ci.titleEnd() > st) {
                    continue;
                }
                String gap = s.substring(ci.end() <= st ? ci.end() : ci.titleEnd(), st);
                if (gap.length() <= 30 && gap.matches("[（(]?[^（）()《》。；]*?[，,、；]?[（(]?|[）)][（(]")) {
                    before = ci;
                    full = resolvedTitles.get(c) != null ? resolvedTitles.get(c) : ci.docNumber();
                }
                break;
            }
            if (before == null || alias.equals(full) || alias.startsWith("本")) {
                continue;
            }
            int open = st;
            if (open > 0 && (s.charAt(open - 1) == '（' || s.charAt(open - 1) == '(')) {
                open--;
            }
            int close = m.end();
            if (close < s.length() && (s.charAt(close) == '）' || s.charAt(close) == ')')) {
                close++;
            }
            out.add(new Alias(alias, full, before.docNumber(), open, s.substring(open, close)));
        }
        return out;
    }

    /** Alias → alias record, latest definition wins. */
    static Map<String, Alias> table(List<Alias> aliases) {
        Map<String, Alias> map = new LinkedHashMap<>();
        for (Alias a : aliases) {
            map.put(a.alias(), a);
        }
        return map;
    }
}
