package org.reggraph.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up folders as Spring binds them from properties (as application.yml and the environment set them). */
class IngestPropertiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "(unset)", value = {
            // corpus-dir        | national-dir      | folders loaded, in order
            "(unset)             | (unset)           | import/corpus,import/national",
            "import/corpus       | ''                | import/corpus",
            "/data/regulations   | (unset)           | /data/regulations,import/national",
            "''                  | import/national   | import/national",
            "''                  | ''                | ''",
            "seeds               | more/laws         | seeds,more/laws"})
    void startupFoldersAreTheSeedsThenTheNationalCorpusUnlessEmpty(String corpusDir, String nationalDir, String expected) {
        Map<String, String> values = new HashMap<>();
        if (corpusDir != null) {
            values.put("reggraph.ingest.corpus-dir", corpusDir);
        }
        if (nationalDir != null) {
            values.put("reggraph.ingest.national-dir", nationalDir);
        }
        IngestProperties properties = new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("reggraph.ingest", IngestProperties.class);
        List<Path> folders = expected.isEmpty() ? List.of() : Arrays.stream(expected.split(",")).map(Path::of).toList();
        assertThat(properties.startupFolders()).isEqualTo(folders);
    }
}
