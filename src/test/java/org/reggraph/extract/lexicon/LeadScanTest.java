package org.reggraph.extract.lexicon;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link LeadScan} gives the matches {@link Matcher#find()} gives, for patterns whose matches begin with one character or one of a few. */
class LeadScanTest {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("自" + Lexicon.HEADER_DATE + "起(?:施行|实施)"),
            Pattern.compile("自(?:发布|公布)之日起(?:施行|生效)"),
            Pattern.compile("自" + Lexicon.HEADER_DATE + "起(?![^，。]{0,4}至)"),
            Pattern.compile("自(?<!各自)[^，。]{0,3}?起"));

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("自", "各", "2021", "年", "7", "月", "1", "日", "起", "施行", "实施", "发布", "之日", "生效", "至", "，", "。", "本")
                .list().ofMaxSize(60).map(l -> String.join("", l));
    }

    /** A pattern whose matches begin with one of two characters. */
    private static final Pattern EITHER = Pattern.compile("(?:自|起)[^，。]{0,2}?(?:施行|生效)");

    @Property(tries = 500)
    void findsWhatFindFinds(@ForAll("texts") String s) {
        for (Pattern p : PATTERNS) {
            assertEquals(byFind(p, s), byScan(p, s, (m, from) -> LeadScan.find(m, s, '自', from)), p.pattern());
        }
        boolean[] leads = Lexicon.charTable("自起");
        assertEquals(byFind(EITHER, s), byScan(EITHER, s, (m, from) -> LeadScan.find(m, s, leads, from)), "with a table");
    }

    private static List<String> byFind(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher f = p.matcher(s);
        while (f.find()) {
            out.add(f.start() + ":" + f.group());
        }
        return out;
    }

    private static List<String> byScan(Pattern p, String s, BiPredicate<Matcher, Integer> next) {
        List<String> out = new ArrayList<>();
        Matcher m = LeadScan.of(p, s);
        for (int from = 0; next.test(m, from); from = m.end()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }
}
