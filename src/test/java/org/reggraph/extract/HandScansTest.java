package org.reggraph.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The top level's hand-written scans give what the regexes they replaced gave (kept here as the specification). */
class HandScansTest {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern PUNCT = Pattern.compile("[\\s\\u3000《》〈〉‹›<>“”\"'‘’（）()【】\\[\\]、，,。．.·:：;；—\\-－_]+");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("\r\n\t 《》（）()【】[]、，,。.·:;—-－_\u3000\u2028国务院条例a1").ofMaxLength(30);
    }

    @Property(tries = 2000)
    void linesAsTheRegexSplit(@ForAll("texts") String text) {
        assertEquals(Arrays.asList(LINE_BREAK.split(text, -1)), Extractor.lines(text));
    }

    @Property(tries = 2000)
    void bareTitleKeyAsTheRegex(@ForAll("texts") String title) {
        assertEquals(PUNCT.matcher(title).replaceAll(""), TitleKey.bare(title));
    }
}
