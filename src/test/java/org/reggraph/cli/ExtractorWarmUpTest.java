package org.reggraph.cli;

import org.junit.jupiter.api.Test;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.RelationType;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorWarmUpTest {

    /** A warm-up text that stopped at the header would leave the relation stages cold, and the thread would buy nothing. */
    @Test
    void reachesEveryStage() {
        Extraction e = ExtractorWarmUp.extraction();
        assertTrue(e.problems().isEmpty(), e.problems()::toString);
        assertEquals(1, e.documents().size());
        assertEquals(2, e.documents().get(0).articles().size());
        Set<RelationType> types = e.relations().stream().map(r -> r.type()).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of(RelationType.BASED_ON, RelationType.RESPONSIBLE, RelationType.DELEGATES)),
                types::toString);
    }
}
