package org.reggraph.graph;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CsvLayoutTest {

    /** cypher/load-csv.cypher is generated; regenerate with -Dregenerate=true if the layout changed. */
    @Test
    void loadCsvScriptIsInStepWithTheLayout() throws Exception {
        Path file = Path.of("cypher/load-csv.cypher");
        String expected = CsvLayout.loadCsvScript();
        if (Boolean.getBoolean("regenerate") || !Files.exists(file)) {
            Files.writeString(file, expected);
        }
        assertThat(Files.readString(file)).isEqualTo(expected);
    }
}
