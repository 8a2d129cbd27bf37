package org.reggraph.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seed lines shuffled, cut and mixed: odd layouts must never make a stage throw. */
class ShuffledInputTest {

    private static final String CHARS = "第一二十条章节号〔〕()（）年月日 0123456789《》印发关于通知附件：。令国务院";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void neverThrows(long seed) throws IOException {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("import/corpus/000_3700f5e89e50de4d.txt")));
        switch ((int) (seed % 4)) {
            case 0 -> Collections.shuffle(lines, r);
            case 1 -> lines.replaceAll(l -> l.substring(0, r.nextInt(l.length() + 1)));
            case 2 -> {
                int from = r.nextInt(lines.size());
                lines = lines.subList(from, Math.min(lines.size(), from + 1 + r.nextInt(800)));
            }
            default -> {
                lines = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    StringBuilder b = new StringBuilder();
                    for (int k = r.nextInt(30); k > 0; k--) {
                        b.append(CHARS.charAt(r.nextInt(CHARS.length())));
                    }
                    lines.add(b.toString());
                }
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        Extraction e = new Extractor(RelationStage.none()).extract(bytes, "shuffled.txt");
        assertTrue(e.problems().stream().noneMatch(p -> p.message().startsWith("extraction failed")), e.problems().toString());
    }
}
