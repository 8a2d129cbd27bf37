package org.reggraph.extract.agency;

import org.reggraph.extract.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises issuing bodies in titles and signature blocks (国务院办公厅, 国家发展改革委, 中共中央 …). */
public final class Agencies {

    private static final Pattern AGENCY = Pattern.compile(
            "^[\\u4e00-\\u9fff（）()]{2,30}?" + Lexicon.anyOf(Lexicon.ISSUER_HEADS) + "$");
    private static final Pattern NOT_AGENCY = Pattern.compile("(?:关于|印发|通知|[0-9年月日号。，：；])");

    private Agencies() {
    }

    public static boolean isAgency(String token) {
        return token.length() >= 2 && token.length() <= 30 && !NOT_AGENCY.matcher(token).find()
                && AGENCY.matcher(token).matches() && bracketsBalanced(token);
    }

    /**
     * 国务院台湾事务办公室（国务院新闻办公室） is a name; 版）国家发展改革委 is the wrapped end of an 附件 line above a
     * signature: a name never closes a bracket it did not open.
     */
    private static boolean bracketsBalanced(String token) {
        int depth = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * The agencies of a space-separated line (工业和信息化部 中央网络安全和信息化委员会办公室), or an empty list when
     * any part is not an agency. Single characters (财 政 部) are joined back first.
     */
    public static List<String> splitLine(String text) {
        List<String> out = new ArrayList<>();
        for (String token : mergeSingles(text.trim().split("[\\s、]+"))) {
            if (token.isEmpty()) {
                continue;
            }
            if (!isAgency(token)) {
                return List.of();
            }
            out.add(token);
        }
        return out;
    }

    private static List<String> mergeSingles(String[] tokens) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String t : tokens) {
            if (t.length() == 1) {
                run.append(t);
                continue;
            }
            if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
            out.add(t);
        }
        if (run.length() > 0) {
            out.add(run.toString());
        }
        return out;
    }

    /**
     * The issuers named in front of 关于 in a title, with the spaces of the title lines as separators (中共中央 国务院关于 …).
     *
     * @param rawTitle title lines joined by a single space, inner spaces kept
     */
    public static List<String> fromTitle(String rawTitle) {
        int i = rawTitle.indexOf("关于");
        if (i <= 0) {
            return List.of();
        }
        String prefix = rawTitle.substring(0, i).replaceAll("等\\s*(?:[0-9一二三四五六七八九十]+\\s*个?\\s*)?部门\\s*$", "").trim();
        return splitLine(prefix);
    }
}
