package org.reggraph.api.agencies;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyServiceTest {

    @Test
    void everyWordBecomesARequiredEscapedPhrase() {
        assertThat(AgencyService.lucenePhrases("发展 改革")).isEqualTo("+\"发展\" +\"改革\"");
        assertThat(AgencyService.lucenePhrases("a\"b\\c")).isEqualTo("+\"a\\\"b\\\\c\"");
    }

    @Test
    void nothingSearchableGivesNull() {
        assertThat(AgencyService.lucenePhrases("\" * ( ) //")).isNull();
    }
}
