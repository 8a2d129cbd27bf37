package org.reggraph.extract.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The first characters read from the lexicons' regex syntax, and finders that answer as the plain alternation does. */
class FirstCharsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "^承担[^的]*$;承",                                   // what follows the first character does not matter
            "(?<![原准])设立(?!的);设",                           // a lookbehind consumes nothing
            "(?:执行|超出|实行)政府$;执超实",
            "^(?:其他)?(?:政府|人民政府)?(?:有关|相关)部门;其政人有相", // optional parts let the next begin the match
            "[签部]署$;签部",
            "餐厅|食堂;餐食",
            "^(?:会计师|税务师|律师)?事务所等专业机构$;会税律事",
            "\\(国家\\)部;(",
            "企业(?!登记机关|主管机关);企"
    })
    void readsTheFirstCharacters(String regex, String first) {
        assertEquals(first, FirstChars.of(regex));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "^(?!.*驻).*[使领]馆$",     // . is any character
            "[^的]部",                  // a negated class
            "[\\u4e00-\\u9fff]{2}部",    // a range
            "\\d+年",                   // a class escape
            "(?:其他)?",                // can match nothing
            "^$",
            "(?<name>部)",              // syntax the reader does not take
            "部)"                       // unbalanced
    })
    void saysNothingWhereTheSyntaxDoesNot(String regex) {
        assertNull(FirstChars.of(regex));
    }

    @Test
    void findersAnswerAsThePlainAlternation() {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("agency-short-names.tsv", "agency-aliases.tsv", "agency-succession.tsv", "agency-roles.tsv")) {
            Lexicon.lines(file).forEach(line -> texts.addAll(List.of(line.split("\t"))));
        }
        texts.addAll(List.of("驻外使馆", "中国驻美国大使馆", "收养人所在国政府", "本部门", "会计师事务所等专业机构", "原设立机关", "设立的机构",
                "县级以上地方人民政府有关部门", "有关部门", "承担", "承担的责任", "企业登记机关", "企业", "第三方评估机构", ""));
        for (String file : List.of("not-agency-spans.txt", "regulated-parties.txt", "private-firms.txt")) {
            List<String> lines = Lexicon.lines(file);
            Pattern plain = Pattern.compile(String.join("|", lines));
            Predicate<String> finder = FirstChars.finder(lines);
            for (String text : texts) {
                assertEquals(plain.matcher(text).find(), finder.test(text), file + ": " + text);
            }
        }
    }
}
