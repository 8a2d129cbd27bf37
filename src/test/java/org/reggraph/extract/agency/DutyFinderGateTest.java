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
        assertThat(Lexicon.DUTY_AGENCY_HEADS).allSatisfy(head ->
                assertThat(head.chars().anyMatch(c -> DutyFinder.SUFFIX_CHARS.indexOf(c) >= 0)).as(head).isTrue());
    }
}
