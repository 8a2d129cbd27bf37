package org.reggraph.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The versions of 专利法实施细则 in the corpus (2010 and 2023 texts) as candidates of a citation and of a repeal. */
class CitationResolutionTest {

    private static final String KEY = "中华人民共和国专利法实施细则";
    private static final CitationResolution.Candidate V2010 =
            new CitationResolution.Candidate(KEY + "(2010-01-09)", null, KEY, false, LocalDate.of(2010, 1, 9));
    private static final CitationResolution.Candidate V2023 =
            new CitationResolution.Candidate(KEY + "(2023-12-11)", null, KEY, false, LocalDate.of(2024, 1, 20));

    @Test
    void aCitationReadsTheVersionInForceOnItsDate() {
        assertEquals(Optional.of(V2010.id()), choose(null, LocalDate.of(2015, 1, 1)));
        assertEquals(Optional.of(V2023.id()), choose(null, LocalDate.of(2025, 1, 1)));
        // a citation older than every version reads the first text
        assertEquals(Optional.of(V2010.id()), choose(null, LocalDate.of(2005, 1, 1)));
    }

    @Test
    void aRepealNamesNoTextThatBeganToApplyAfterIt() {
        // the 2010 text's own repeal of 《中华人民共和国专利法实施细则》 (the 1992 text): neither itself nor the 2023 text
        assertEquals(Optional.empty(), choose(V2010.id(), LocalDate.of(2010, 1, 9)));
        // a repeal dated after both texts names the one in force then
        assertEquals(Optional.of(V2023.id()), choose("某条例", LocalDate.of(2026, 1, 1)));
    }

    private static Optional<String> choose(String exclude, LocalDate on) {
        List<CitationResolution.Candidate> both = List.of(V2010, V2023);
        return CitationResolution.choose(new CitationResolution.Query(null, KEY, exclude, on), List.of(), both);
    }
}
