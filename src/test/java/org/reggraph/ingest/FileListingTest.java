package org.reggraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.extract.Extractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one listing of folders ({@link Extractor#inputFiles}) and the ingestion's expansion of its arguments with it. */
class FileListingTest {

    private static Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    @Test
    void aFolderGivesItsInputFilesRecursivelyAndSorted(@TempDir Path dir) throws IOException {
        Path b = write(dir.resolve("b.md"));
        Path a = write(dir.resolve("sub/a.TXT"));
        Path c = write(dir.resolve("c.pdf"));
        write(dir.resolve(".hidden.md"));
        write(dir.resolve("picture.png"));
        write(dir.resolve("sub/notes"));
        assertEquals(List.of(b, c, a), Extractor.inputFiles(dir));
    }

    @Test
    void theIngestionExpandsFoldersAndLeavesOtherPathsForTheExtractorToReport(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("corpus");
        Path x = write(folder.resolve("x.md"));
        Path y = write(folder.resolve("y.txt"));
        write(folder.resolve("skip.bin"));
        Path missing = dir.resolve("missing.txt");
        Path empty = Path.of("");
        assertEquals(List.of(empty, x, y, missing), IngestService.files(List.of(empty, folder, missing)));
    }

    /** The parts of a work (民法典__总则.md …) are read whole from one of them: a folder or a list names it once. */
    @Test
    void aWorkSplitIntoPartsIsListedOnce(@TempDir Path dir) throws IOException {
        Path general = write(dir.resolve("中华人民共和国民法典__总则.md"));
        Path property = write(dir.resolve("中华人民共和国民法典__物权编.md"));
        Path other = write(dir.resolve("中华人民共和国物权法.md"));
        assertEquals(List.of(general, other), IngestService.files(List.of(dir)));
        assertEquals(List.of(property, other), IngestService.files(List.of(property, general, other)));
        assertEquals(List.of(general, other), Extractor.inputFiles(dir));
    }
}
