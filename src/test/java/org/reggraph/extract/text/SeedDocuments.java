package org.reggraph.extract.text;

import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One document of a seed file as the extractor reads it from the text, and its source lines. */
record SeedDocuments(ExtractedDocument document, List<String> lines) {

    static final Path SEED = Path.of("import/corpus/001_72c5c483aa4713f6.txt");

    /** An extraction of 地下水管理条例 from another format: one document, its number and its 64 articles. */
    static ExtractedDocument assertGroundwater(Extraction e) {
        assertThat(e.problems()).isEmpty();
        assertThat(e.documents()).hasSize(1);
        ExtractedDocument d = e.documents().get(0);
        assertThat(d.title()).isEqualTo("地下水管理条例");
        assertThat(d.docNumber()).isEqualTo("国务院令第748号");
        assertThat(d.articles()).hasSize(64);
        assertThat(d.articles().get(63).label()).isEqualTo("第六十四条");
        return d;
    }

    /** The document of the seed file with this title. */
    static SeedDocuments of(String title) throws IOException {
        List<String> all = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        ExtractedDocument d = new Extractor().documents(Files.readAllBytes(SEED), SEED.getFileName().toString())
                .documents().stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow();
        return new SeedDocuments(d, all.subList(d.startLine() - 1, d.endLine()));
    }
}
