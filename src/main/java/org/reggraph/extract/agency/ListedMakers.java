package org.reggraph.extract.agency;

import org.reggraph.extract.Relation.Delegates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-makers listed after a lead-in (下列行政机关可以制定规范性文件：（一）省人民政府及其工作部门、派出机构；（二）…；（三）乡镇人民政府。):
 * each body an item names makes what the lead-in names. The provinces' rules on normative documents write their makers so.
 * One instance reads one document, sentence by sentence: the list a lead-in opens goes on over its items.
 */
final class ListedMakers {

    /** The lead-in: 下列(…)机关/部门/单位/机构 (可以/有权/依法) 制定 X: — X in group 1, the first item after the colon. */
    private static final Pattern LEAD_IN = Pattern.compile("下列[^，。；;：:]{0,8}?(?:机关|部门|单位|机构)(?:可以|有权|依法)*"
            + "(?:制定|制订)([^，。；;：:（(]{2,20})[：:]");
    /** An item: its number, then the bodies alone up to its end (no clause of its own: 省人民政府所属的…, not …负责…). */
    private static final Pattern ITEM = Pattern.compile("\\s*[（(][一二三四五六七八九十]{1,3}[）)]\\s*([^，,。；;：:]{2,60}?)\\s*[；;。]?\\s*$");
    /** The lead-in's key word: a sentence without it is not searched. */
    private static final String KEY = "下列";

    /** What the items of the current list make (the lead-in's object), or null outside a list. */
    private String made;

    /**
     * One sentence {@code [from, to)} of {@code s}: an item of the current list (it starts with its number: {@code item}) gives
     * its bodies the rules; any other sentence ends the list, and may open one with a lead-in when it can name an agency
     * ({@code mayName}: it has an agency's head character).
     */
    void sentence(String s, int from, int to, boolean item, boolean mayName, List<DutyFinder.Duty> out) {
        if (made != null && item) {
            item(s, from, to, made, out);
            return;
        }
        made = null;
        if (!mayName) {
            return;
        }
        int at = keyAt(s, from, to);
        Matcher m = at < 0 ? null : LEAD_IN.matcher(s).region(at, to);
        if (m != null && m.lookingAt()) {
            made = m.group(1);
            item(s, m.end(), to, made, out); // the first item, after the lead-in's colon
        }
    }

    /** Where {@link #KEY} stands in {@code [from, to)}, or -1: a sentence's own span, so a document is read once. */
    private static int keyAt(String s, int from, int to) {
        for (int i = from; i <= to - KEY.length(); i++) {
            if (s.charAt(i) == KEY.charAt(0) && s.startsWith(KEY, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The bodies of the item in {@code [from, to)} of {@code s} make {@code what} (an item of no body adds nothing). */
    private static void item(String s, int from, int to, String what, List<DutyFinder.Duty> out) {
        Matcher m = ITEM.matcher(s).region(from, to);
        if (m.matches()) {
            DutyFinder.add(out, true, m.start(1), m.group(1), null, what, Delegates.RULEMAKING, m.group());
        }
    }
}
