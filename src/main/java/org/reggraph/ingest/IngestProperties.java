package org.reggraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ingestion settings ({@code reggraph.ingest.*}).
 *
 * @param startup        load the start-up folders: off, on-empty (each until one load of it by this extractor has
 *                       completed), always
 * @param corpusDir      folder loaded first at start-up (the seeds)
 * @param nationalDir    folder loaded next, while the service already answers (the national laws and regulations);
 *                       empty: none
 * @param apiKey         key required in the X-API-Key header of POST /api/ingest (env REGGRAPH_API_KEY); unset
 *                       disables uploads
 * @param maxFileSize    largest accepted upload file (env REGGRAPH_MAX_UPLOAD)
 * @param maxRequestSize largest upload request, all files together (env REGGRAPH_MAX_UPLOAD_REQUEST)
 * @param maxFiles       most files in one upload (env REGGRAPH_MAX_UPLOAD_FILES; Tomcat's multipart part limit)
 * @param batchElements  a write transaction holds documents up to this many nodes + relationships
 * @param batchDocuments … and at most this many documents
 * @param readChunkFiles files extracted at a time (the next chunk is read while the one before is written): the
 *                       memory of an ingestion follows this, not the number of files
 */
@ConfigurationProperties("reggraph.ingest")
public record IngestProperties(@DefaultValue("on-empty") Startup startup,
                               @DefaultValue("import/corpus") String corpusDir,
                               @DefaultValue("import/national") String nationalDir,
                               String apiKey,
                               @DefaultValue("20MB") DataSize maxFileSize,
                               @DefaultValue("20MB") DataSize maxRequestSize,
                               @DefaultValue("50") int maxFiles,
                               @DefaultValue("20000") int batchElements,
                               @DefaultValue("500") int batchDocuments,
                               @DefaultValue("100") int readChunkFiles) {

    public enum Startup { OFF, ON_EMPTY, ALWAYS }

    /** A limit as people write it: 20MB, 512KB, 100B. */
    static String show(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + "MB" : bytes % 1024 == 0 ? (bytes >> 10) + "KB" : bytes + "B";
    }

    /**
     * The folders of the start-up load, in order; an empty setting names none. (Strings, not Paths, in the record:
     * Spring's Path conversion treats "" as unset and resolves a relative name that exists on the classpath there.)
     */
    public List<Path> startupFolders() {
        return Stream.of(corpusDir, nationalDir).filter(p -> p != null && !p.isBlank()).map(Path::of).toList();
    }

    public boolean uploadsEnabled() {
        return apiKey != null && !apiKey.isBlank();
    }
}
