package org.reggraph.extract.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The text stage's hand-written scans give what the regexes they replaced gave (the regexes are kept here as the
 * specification), on random lines of the characters the patterns care about.
 */
class HandScansTest {

    private static final Pattern SPACE_IN_NUMBER = Pattern.compile(
            "(?<=\\d) +(?=[\\d年月日号条章节次项个〕\\]])|(?<=[第年月〔\\[]) +(?=\\d)");
    private static final Pattern ALL_SPACE = Pattern.compile("\\s+");
    private static final Pattern TOC_ENTRY = Pattern.compile("(?:\\.{4,}|…{2,}|·{4,})\\s*\\d{1,4}$");

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars(" \t\u000B\f\r\n\u2028\u0085第年月日号条章〔〕[]项个12号国务院令.…·")
                .ofMaxLength(40);
    }

    @Property(tries = 2000)
    void spacesInNumbersAsTheRegex(@ForAll("lines") String line) {
        assertEquals(SPACE_IN_NUMBER.matcher(line).replaceAll(""), TextNormalizer.dropSpacesInNumbers(line));
    }

    @Property(tries = 2000)
    void squeezeAsTheRegex(@ForAll("lines") String line) {
        String byRegex = line.indexOf(' ') < 0 && line.indexOf('\t') < 0 ? line : ALL_SPACE.matcher(line).replaceAll("");
        assertEquals(byRegex, TextNormalizer.squeeze(line));
    }

    @Property(tries = 2000)
    void tocEntriesAsTheRegex(@ForAll("lines") String line) {
        String s = "第一条测试" + line; // no artefact of another kind
        boolean artefactByRegex = s.length() > 6 && s.length() < 400 && TOC_ENTRY.matcher(s).find();
        assertEquals(artefactByRegex, LineCleaner.isArtefact(s, s), s);
    }
}
