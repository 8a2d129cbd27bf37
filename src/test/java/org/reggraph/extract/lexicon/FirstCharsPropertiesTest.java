package org.reggraph.extract.lexicon;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A finder answers as the plain alternation of its lexicon on texts made of the lexicons' own words: each line's runs of
 * ideographs, agency heads and joins, so that the lines' words, lookbehinds, anchors and lookaheads all meet.
 */
class FirstCharsPropertiesTest {

    private static final List<String> FILES = List.of("not-agency-spans.txt", "regulated-parties.txt", "private-firms.txt");
    private static final Pattern WORD = Pattern.compile("[\\u4e00-\\u9fff（）()]+");

    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = new ArrayList<>(List.of("部门", "机关", "机构", "人民政府", "国务院", "有关", "和", "、", "的", "或者", "驻", "所在地"));
        for (String file : FILES) {
            for (String line : Lexicon.lines(file)) {
                Matcher m = WORD.matcher(line);
                while (m.find()) {
                    pieces.add(m.group());
                    if (m.group().length() > 1) {
                        pieces.add(m.group().substring(1)); // a word without its first character: the other lines' starts
                    }
                }
            }
        }
        return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
    }

    private static final List<Pattern> PLAIN = FILES.stream().map(f -> Pattern.compile(String.join("|", Lexicon.lines(f)))).toList();
    private static final List<Predicate<String>> FINDERS = FILES.stream().map(f -> FirstChars.finder(Lexicon.lines(f))).toList();

    @Property(tries = 3000)
    void findsWhatThePlainAlternationFinds(@ForAll("texts") String text) {
        for (int i = 0; i < FILES.size(); i++) {
            boolean found = PLAIN.get(i).matcher(text).find();
            Statistics.label(FILES.get(i)).collect(found);
            assertEquals(found, FINDERS.get(i).test(text), FILES.get(i) + ": " + text);
        }
    }
}
