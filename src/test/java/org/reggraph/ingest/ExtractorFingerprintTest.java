package org.reggraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorFingerprintTest {

    @Test
    void sameExtractorSameDigest() {
        String digest = ExtractorFingerprint.current();
        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(ExtractorFingerprint.compute(getClass().getClassLoader())).isEqualTo(digest);
    }

    /** A build whose vocabulary or classes differ reads as another extractor; one without the extractor as none. */
    @Test
    void anotherVocabularyAnotherDigest(@TempDir Path build) throws Exception {
        Path lexicon = Files.createDirectories(build.resolve("org/reggraph/extract/lexicon"));
        Files.writeString(lexicon.resolve("heads.txt"), "委员会\n");
        String one = digestOf(build);
        Files.writeString(lexicon.resolve("heads.txt"), "委员会\n立法会\n");
        String two = digestOf(build);
        Files.writeString(build.resolve("org/reggraph/extract/Extractor.class"), "not really a class");
        String three = digestOf(build);
        assertThat(one).isNotEqualTo(two);
        assertThat(three).isNotIn(one, two);
    }

    private static String digestOf(Path build) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{build.toUri().toURL()}, null)) {
            return ExtractorFingerprint.compute(loader);
        }
    }
}
