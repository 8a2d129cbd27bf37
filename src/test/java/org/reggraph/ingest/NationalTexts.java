package org.reggraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The national corpus shipped in import/national, for tests that write some of its texts through the real ingestion. */
public final class NationalTexts {

    public static final Path FALV = Path.of("import/national/falv");
    public static final Path FAGUI = Path.of("import/national/xingzheng-fagui");

    private NationalTexts() {
    }

    /** Copies {@code files} into {@code dir} (created when missing), a folder to ingest; returns it. */
    public static Path copy(Path dir, Path... files) throws IOException {
        Files.createDirectories(dir);
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }
}
