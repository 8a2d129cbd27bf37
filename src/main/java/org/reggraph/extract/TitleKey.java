package org.reggraph.extract;

import java.text.Normalizer;

/**
 * The rules that turn a title into a key, in one place. Three keys serve three purposes and are kept apart because
 * each is part of an established output:
 * <ul>
 * <li>{@link #of}: the graph's key ({@code Document.titleKey}, indexed), under which titles that differ only by
 * extraction artefacts are equal: full/half width, spaces, brackets and quotes, the particle 的, and a leading
 * 中华人民共和国 on laws (法). Used to merge citations into stubs and stubs into real documents.</li>
 * <li>{@link #clean}: a title or name as an id, whitespace removed.</li>
 * <li>{@link #bare}: the extraction's comparison key (the scorer's normalisation): no spaces, brackets or
 * punctuation. Used to deduplicate relations and resolve citation targets within an extraction.</li>
 * <li>{@link #plain}: a title without 《》 and 中华人民共和国, to tell whether two headings name the same document.</li>
 * </ul>
 */
public final class TitleKey {

    /** Brackets and quotes dropped from titles (their content is kept). Full-width forms are folded by NFKC first. */
    private static final String DROPPED = "《》〈〉「」『』“”‘’\"'()[]{}【】〔〕〖〗﹝﹞<>·•";
    private static final String PRC = "中华人民共和国";
    /** The characters {@link #bare} drops: whitespace (as \\s), brackets, quotes and punctuation. */
    static final String PUNCT_CHARS = " \t\n\u000B\f\r\u3000《》〈〉‹›<>“”\"'‘’（）()【】[]、，,。．.·:：;；—-－_";

    private TitleKey() {
    }

    /** The key of a title, or null for a null or blank title. */
    public static String of(String title) {
        String clean = clean(title);
        if (clean == null) {
            return null;
        }
        String folded = Normalizer.normalize(clean, Normalizer.Form.NFKC).toLowerCase();
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && DROPPED.indexOf(cp) < 0 && cp != '的') {
                key.appendCodePoint(cp);
            }
        });
        String k = key.toString();
        // 中华人民共和国建筑法 and 建筑法 name the same law; other titles (中华人民共和国国务院令…) keep the prefix
        if (k.startsWith(PRC) && k.endsWith("法") && k.length() > PRC.length() + 1) {
            k = k.substring(PRC.length());
        }
        return k.isEmpty() ? null : k;
    }

    /** A title as an id: whitespace (including PDF line-break artefacts and ideographic spaces) removed. */
    public static String clean(String title) {
        if (title == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(title.length());
        title.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '\u200b' && cp != '\ufeff') {
                out.appendCodePoint(cp);
            }
        });
        String s = out.toString();
        if (s.length() >= 2 && s.startsWith("《") && s.endsWith("》")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    /** The extraction's comparison key: no spaces, brackets or punctuation; "" for null. */
    public static String bare(String title) {
        if (title == null) {
            return "";
        }
        // PUNCT_CHARS dropped by hand: this runs for every citation and title (a regex replace cost 2 %)
        StringBuilder b = null;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (PUNCT_CHARS.indexOf(c) >= 0) {
                if (b == null) {
                    b = new StringBuilder(title.length()).append(title, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? title : b.toString();
    }

    /** Longest differing run, on either side, of two {@link #nearlySame} keys. */
    private static final int NEAR_RUN = 2;
    /** Shortest common part of two {@link #nearlySame} keys. */
    private static final int NEAR_COMMON = 8;

    /**
     * Whether two {@link #bare} keys name one document in slightly other words: they differ in one run of at most two
     * characters on each side (人才/人员, 评估复审/评估和复审) with at least eight in common, and the run holds no digit
     * (市场准入负面清单2020年版 and 2022年版 are two editions).
     */
    public static boolean nearlySame(String a, String b) {
        int n = Math.min(a.length(), b.length());
        if (a.equals(b) || Math.abs(a.length() - b.length()) > NEAR_RUN || n < NEAR_COMMON) {
            return false;
        }
        int pre = 0;
        while (pre < n && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        int suf = 0;
        while (suf < n - pre && a.charAt(a.length() - 1 - suf) == b.charAt(b.length() - 1 - suf)) {
            suf++;
        }
        String ra = a.substring(pre, a.length() - suf), rb = b.substring(pre, b.length() - suf);
        return pre + suf >= NEAR_COMMON && ra.length() <= NEAR_RUN && rb.length() <= NEAR_RUN
                && (ra + rb).chars().noneMatch(Character::isDigit);
    }

    /** The title with 《》 and 中华人民共和国 removed wherever they stand. */
    public static String plain(String title) {
        return title.replace("《", "").replace("》", "").replace(PRC, "");
    }
}
