package org.reggraph.extract.agency;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The clause words behind their first-character lookahead find what the bare alternation finds. */
class AgencyNamesClauseTest {

    @Test
    void theLookaheadLosesNoClauseWordOnAnyLineOfTheSeeds() throws IOException {
        Pattern bare = Pattern.compile(AgencyNames.CLAUSE_WORDS);
        Pattern fast = Pattern.compile("(?=[" + AgencyNames.CLAUSE_FIRST + "])(?:" + AgencyNames.CLAUSE_WORDS + ")");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("import/corpus"))) {
            for (Path f : files.sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        long words = 0;
        for (String line : lines) {
            List<Integer> expected = spans(bare.matcher(line));
            assertThat(spans(fast.matcher(line))).as(line).isEqualTo(expected);
            words += expected.size();
        }
        assertThat(words).as("clause words met").isGreaterThan(10_000);
    }

    private static List<Integer> spans(Matcher m) {
        List<Integer> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start());
            out.add(m.end());
        }
        return out;
    }
}
