package org.reggraph.ingest;

import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;

import java.nio.file.Path;
import java.util.List;

/** The extractor (documents, structure, relations, agencies, resolution) as the source of ingestion. */
public class ExtractorCorpusReader implements CorpusReader {

    private final Extractor extractor;

    public ExtractorCorpusReader(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Extraction read(List<Path> paths) {
        return extractor.extract(paths);
    }

    @Override
    public Extraction read(List<Path> paths, java.util.Set<String> takenIds) {
        return extractor.extract(paths, Runtime.getRuntime().availableProcessors(), takenIds);
    }

    @Override
    public Extraction read(String fileName, byte[] content) {
        return extractor.extract(content, fileName);
    }
}
