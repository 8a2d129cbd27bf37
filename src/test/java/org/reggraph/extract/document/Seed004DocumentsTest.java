package org.reggraph.extract.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.lexicon.AgencyShortNames;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents of seed 004 against a blind hand annotation of the file (sample/seed-004-documents.json, 87 documents
 * made by annotators who saw only the text): every annotated document is found, with its number, dates, chapter and
 * article counts and issuers. Issuers are compared after the annotation's informal short names are resolved
 * (应急部 → 应急管理部), as the extractor records them.
 */
class Seed004DocumentsTest {

    private static final Path SEED = Path.of("import/corpus/004_5dc79613175ec7a7.txt");
    private static JsonNode gold;
    private static Map<String, ExtractedDocument> found;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = Seed004DocumentsTest.class.getResourceAsStream("/org/reggraph/extract/sample/seed-004-documents.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        found = new Extractor().documents(Files.readAllBytes(SEED), SEED.getFileName().toString()).documents().stream()
                .collect(Collectors.toMap(d -> key(d.title()), Function.identity(), (a, b) -> a));
    }

    /** A title without spaces, brackets and punctuation, as the shared scorer compares titles. */
    private static String key(String title) {
        return title.replaceAll("[\\s\\u3000《》〈〉<>“”\"'‘’（）()【】\\[\\]、，,。．.·:：;；—\\-－_]+", "");
    }

    @Test
    void everyAnnotatedDocumentIsFoundWithItsFields() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode g : gold.get("documents")) {
            String title = g.get("title").asText();
            ExtractedDocument d = found.get(key(title));
            if (d == null) {
                wrong.add(title + ": not found");
                continue;
            }
            compare(wrong, title, "docNumber", text(g, "docNumber"), d.docNumber());
            compare(wrong, title, "date", text(g, "date"), str(d.date()));
            compare(wrong, title, "effectiveDate", text(g, "effectiveDate"), str(d.effectiveDate()));
            compare(wrong, title, "articles", g.get("articles").asInt(), d.articles().size());
            compare(wrong, title, "chapters", g.get("chapters").asInt(), (int) d.chapters().stream().filter(c -> !c.section()).count());
            compare(wrong, title, "issuers", issuers(g), new TreeSet<>(d.issuers()));
        }
        assertThat(gold.get("documents")).hasSize(87);
        assertThat(wrong).isEmpty();
    }

    /** The annotation's issuers as the extractor records them: an alternative name in brackets dropped, informal short names resolved. */
    private static TreeSet<String> issuers(JsonNode g) {
        TreeSet<String> out = new TreeSet<>();
        g.get("issuers").forEach(i -> out.add(AgencyShortNames.issuer(i.asText().replaceAll("（[^）]*）$", ""))));
        return out;
    }

    private static void compare(List<String> wrong, String title, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            wrong.add(title + ": " + field + " " + actual + ", annotated " + expected);
        }
    }

    private static String text(JsonNode g, String field) {
        JsonNode v = g.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
