package org.reggraph.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelTypeTest {

    private static final List<RelType> ALL = List.of(RelType.values());

    @Test
    void absentOrBlankGivesTheDefault() {
        assertThat(RelType.parseList(null, ALL, List.of(RelType.CITES))).containsExactly(RelType.CITES);
        assertThat(RelType.parseList("  ", ALL, List.of(RelType.CITES))).containsExactly(RelType.CITES);
    }

    @Test
    void namesAreCaseInsensitiveTrimmedAndDeduplicated() {
        assertThat(RelType.parseList(" cites, Based_On ,CITES", ALL, ALL))
                .containsExactly(RelType.CITES, RelType.BASED_ON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOPE", "HAS_ARTICLE", "CITES|PART_OF", "') RETURN 1 //", ",", "CITES;DROP"})
    void unknownNamesAreRejected(String param) {
        assertThatThrownBy(() -> RelType.parseList(param, ALL, ALL))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(((InvalidParameterException) e).parameter()).isEqualTo("types"));
    }

    @Test
    void typesOutsideTheAllowedListAreRejected() {
        assertThatThrownBy(() -> RelType.parseList("PART_OF", List.of(RelType.CITES), List.of(RelType.CITES)))
                .isInstanceOf(InvalidParameterException.class);
    }
}
