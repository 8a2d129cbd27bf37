package org.reggraph.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.reggraph.graph.GraphDump;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An ingestion streamed in small chunks of files writes the graph a single pass writes: the seeds and 40 regulations
 * that cite each other, the citing file and the file it cites in different chunks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/streamed-${random.uuid}",
        "reggraph.ingest.startup=off"})
class StreamedIngestionIT {

    static List<Path> files;

    @Autowired
    IngestService service;
    @Autowired
    Driver driver;

    @BeforeAll
    static void chooseFiles() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("../shared/corpus")), "needs ../shared/corpus");
        List<Path> chosen = new ArrayList<>(IngestService.files(List.of(Path.of("import/corpus"))));
        List<Path> regulations = ConcurrentUploadsIT.citingEachOther(40);
        for (int i = 0; i < 20; i++) { // a file and the file it cites 20 places apart: never in one chunk of 7
            chosen.add(regulations.get(i));
            chosen.add(regulations.get(i + 20));
        }
        files = List.copyOf(chosen);
    }

    @Test
    void smallChunksWriteTheGraphOfOnePass() {
        GraphDump.clear(driver);
        WriteReport onePass = ingest(files.size());
        List<String> expected = GraphDump.of(driver);
        List<String> expectedLinks = GraphDump.links(driver);

        GraphDump.clear(driver);
        List<Long> progress = new ArrayList<>();
        WriteReport streamed = service.streamed(false, 7).run(files, (done, all, elements, relations) -> progress.add(done));
        List<String> actual = GraphDump.of(driver);

        assertThat(streamed.documents()).isEqualTo(onePass.documents()).isPositive();
        assertThat(streamed.failures()).isEmpty();
        // the content hash covers the relations as resolved among the documents of one read, so it differs where a
        // cited document came in a later chunk; the graph itself does not
        actual = withoutHashes(actual);
        expected = withoutHashes(expected);
        assertThat(only(actual, expected) + "\n" + only(expected, actual)).as("only in the streamed graph, then only in "
                + "the one-pass graph").isEqualTo("[]\n[]");
        assertThat(GraphDump.links(driver)).isEqualTo(expectedLinks);
        assertThat(progress).as("progress goes forward to every document").isSorted().last().isEqualTo(streamed.documents());
    }

    @Test
    void aStreamedReingestChangesNothing() {
        GraphDump.clear(driver);
        ingest(7);
        List<String> first = GraphDump.of(driver);
        WriteReport again = ingest(7);
        // a document whose citation rests on a stub beside a real document of that title is looked at again (the
        // stale-link repair); what it writes is what was there
        assertThat(again.skipped()).isGreaterThan(10 * again.documents());
        assertThat(GraphDump.of(driver)).isEqualTo(first);
    }

    private WriteReport ingest(int chunkFiles) {
        return service.streamed(false, chunkFiles).run(files, GraphWriter.Progress.NONE);
    }

    private static List<String> withoutHashes(List<String> lines) {
        return lines.stream().map(line -> line.replaceAll("textHash=\\w+, ", "")).toList();
    }

    private static List<String> only(List<String> a, List<String> b) {
        Set<String> other = new HashSet<>(b);
        return a.stream().filter(line -> !other.contains(line)).limit(40).toList();
    }
}
