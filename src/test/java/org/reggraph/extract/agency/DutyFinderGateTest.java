package org.reggraph.extract.agency;

import org.junit.jupiter.api.Test;
import org.reggraph.extract.lexicon.Lexicon;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DutyFinder reads a sentence only when one of its gate characters stands in it; a head without one (人民银行 once)
 * made every sentence whose only agency it names silent.
 */
class DutyFinderGateTest {

    @Test
    void everyAgencyHeadOpensTheGate() {
        assertThat(Lexicon.AGENCY_HEADS).allSatisfy(head ->
                assertThat(head.chars().anyMatch(c -> DutyFinder.SUFFIX_CHARS.indexOf(c) >= 0)).as(head).isTrue());
    }

    /** The gate skips head characters inside common words (有关, 市场, 监督…); every head still opens it by one of its own. */
    @Test
    void noHeadOpensTheGateOnlyThroughACommonWord() {
        assertThat(Lexicon.AGENCY_HEADS).allSatisfy(head -> assertThat(
                java.util.stream.IntStream.range(0, head.length()).anyMatch(i ->
                        DutyFinder.opensGate(head, i, head.charAt(i))))
                .as(head).isTrue());
    }

    @Test
    void commonWordsDoNotOpenTheGate() {
        for (String s : new String[]{"有关", "关于", "全部", "市场", "结构", "监督", "警告", "核心", "建议", "会议", "签署", "部署"}) {
            assertThat(java.util.stream.IntStream.range(0, s.length()).noneMatch(i ->
                    DutyFinder.opensGate(s, i, s.charAt(i)))).as(s).isTrue();
        }
        for (String s : new String[]{"海关", "机关", "市场监督管理局", "国务院", "机构", "人民代表大会", "领导小组", "主任会议", "国家安全部门",
                "核安全部门"}) {
            assertThat(java.util.stream.IntStream.range(0, s.length()).anyMatch(i ->
                    DutyFinder.opensGate(s, i, s.charAt(i)))).as(s).isTrue();
        }
    }
}
