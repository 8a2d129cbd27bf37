package org.reggraph.extract.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resource files load, and the fragments match what their names promise on real labels of the corpus. */
class LexiconTest {

    @ParameterizedTest
    @CsvSource({
            "第一百二十三条, true", "第12条, true", "第三款, false", "第条, false"
    })
    void articleNumeral(String label, boolean matches) {
        assertEquals(matches, Pattern.matches("第" + Lexicon.ARTICLE_NUMERAL + "+条", label));
    }

    @Test
    void datesFromTheFragments() {
        assertTrue(Pattern.matches(Lexicon.DIGIT_DATE, "2021年7月19日"));
        assertFalse(Pattern.matches(Lexicon.DIGIT_DATE, "二〇二一年七月十九日"));
        var m = Pattern.compile(Lexicon.HEADER_DATE).matcher("二〇二一年七月十九日");
        assertTrue(m.matches());
        assertEquals("七", m.group(2));
    }

    @Test
    void wordListsKeepTheirOrder() {
        // longer kinds first: 实施细则 must be tried before 细则
        assertTrue(Lexicon.TITLE_KINDS.indexOf("实施细则") < Lexicon.TITLE_KINDS.indexOf("细则"));
        assertTrue(Lexicon.MODEL_KINDS.contains("条例"));
        assertFalse(Lexicon.MODEL_KINDS.contains("通告"));
        assertEquals("(?=[ab])(?:a|b|ac)", Lexicon.anyOf(java.util.List.of("a", "b", "ac")));
        // the first-character lookahead changes no match, even of words starting with class syntax
        Pattern plain = Pattern.compile("x(?:]署|-局|&&门|部)?$");
        Pattern ahead = Pattern.compile("x(?:" + Lexicon.anyOf(java.util.List.of("]署", "-局", "&&门", "部")) + ")?$");
        for (String s : java.util.List.of("x", "x部", "x&&门", "x-局", "x]署", "x门", "y部", "x署")) {
            assertEquals(plain.matcher(s).find(), ahead.matcher(s).find(), s);
        }
        assertTrue(Pattern.compile(Lexicon.anyOf(Lexicon.AGENCY_HEADS) + "$").matcher("国务院自然资源主管部门").find());
    }

    @Test
    void aCleanNameEndsInAnAgencyHeadOrOneOfAFewMore() {
        var extras = Lexicon.AGENCY_NAME_HEADS.subList(Lexicon.AGENCY_HEADS.size(), Lexicon.AGENCY_NAME_HEADS.size());
        assertEquals(Lexicon.AGENCY_HEADS, Lexicon.AGENCY_NAME_HEADS.subList(0, Lexicon.AGENCY_HEADS.size()));
        assertTrue(extras.contains("银行"));
        // a head an agency acts under belongs in agency-heads.txt only: an extra it already covers is a second copy
        for (String extra : extras) {
            assertTrue(Lexicon.AGENCY_HEADS.stream().noneMatch(extra::endsWith), extra);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "应必需须未非报提申经由商会协配接移征服不制批组负牵委授依参按根适是属认被转指建强构加统推规定逐可通事拒阻履责抄遵符使受领审向对将并能请合出",
            "部局厅委署府关构室",
            "]-&^\\a（）、，部",
            "部",
            "部门机关"
    })
    void aSplitClassMatchesWhatAFlatOneDoes(String chars) {
        StringBuilder flat = new StringBuilder("[");
        chars.chars().forEach(c -> flat.append("\\^-[]&".indexOf(c) >= 0 ? "\\" : "").append((char) c));
        Pattern plain = Pattern.compile(flat.append("]").toString());
        Pattern split = Pattern.compile(Lexicon.charClass(chars));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            assertEquals(plain.matcher(s).matches(), split.matcher(s).matches(), () -> "U+" + Integer.toHexString(s.charAt(0)));
        }
    }

    @Test
    void aMissingResourceIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.lines("no-such-list.txt"));
        assertTrue(e.getMessage().contains("no-such-list.txt"));
    }
}
