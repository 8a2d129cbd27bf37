package org.reggraph.extract.relation;

import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Citation coverage over the shared corpus sample and the seeds; skipped when the corpus is not there. */
class CitationCoverageTest {

    private static final Path CORPUS = Path.of("../shared/corpus/xingzheng-fagui");

    @Test
    void citationsResolveIntoTheCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no shared corpus");
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().limit(120).forEach(paths::add);
        }
        paths.add(Path.of("import/corpus"));
        Extraction e = new Extractor().extract(paths);
        CitationCoverage.Report r = CitationCoverage.of(e, 20);
        System.out.printf("citation coverage: %d of %d (%.3f); unresolved: %s%n", r.resolved(), r.citations(), r.share(),
                r.unresolved());
        assertTrue(r.citations() > 100, "citations found");
        assertTrue(r.resolved() > 0, "some citations resolve");
        assertTrue(r.unresolved().size() <= 20);
    }
}
