package org.reggraph.ingest;

import org.reggraph.extract.Extraction;

import java.nio.file.Path;
import java.util.List;

/**
 * The seam between the extractor and ingestion: text files in, {@link Extraction} out. {@link ExtractorCorpusReader}
 * is the default bean.
 *
 * <p>Contract: every {@code ExtractedDocument} has a stable {@code id} (same text → same id), its
 * {@code sourceFile} and {@code startLine}; every relation's {@code from} is the id of a document of the same
 * extraction; a file that cannot be read becomes an {@code ExtractionProblem} (file, line, message), never an
 * exception, so that the rest of the batch goes on.
 */
public interface CorpusReader {

    /** Reads files (not folders; the caller expands them), in the given order. */
    Extraction read(List<Path> paths);

    /**
     * Reads files as the next part of a longer read (a streamed ingestion): document ids in {@code takenIds}, given
     * by the parts before, are not given again, as one read of all files would not.
     */
    default Extraction read(List<Path> paths, java.util.Set<String> takenIds) {
        return read(paths);
    }

    /** Reads one uploaded file. */
    Extraction read(String fileName, byte[] content);
}
