package org.reggraph.ingest;

import org.reggraph.extract.Extraction;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.HashSet;
import java.util.Set;

/**
 * Files → graph a chunk of files at a time, the next chunk extracted (CPU, no database) while the one before is
 * written: memory follows the chunk size, not the number of files. Each chunk resolves its citations against the
 * graph the chunks before it wrote, a later document claims the stubs an earlier chunk left, and document ids are
 * given as in one read of all files, so the graph is the one a single pass writes ({@code StreamedIngestionIT}).
 */
final class StreamedIngestion {

    private final BiFunction<List<Path>, Set<String>, Extraction> read;
    private final BiFunction<Extraction, GraphWriter.Progress, WriteReport> write;
    private final int chunkFiles;

    StreamedIngestion(BiFunction<List<Path>, Set<String>, Extraction> read, BiFunction<Extraction, GraphWriter.Progress, WriteReport> write,
                      int chunkFiles) {
        this.read = read;
        this.write = write;
        this.chunkFiles = Math.max(1, chunkFiles);
    }

    WriteReport run(List<Path> files, GraphWriter.Progress progress) {
        List<List<Path>> chunks = chunks(files);
        if (chunks.size() <= 1) {
            return write.apply(read.apply(files, Set.of()), progress);
        }
        ExecutorService reading = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ingest-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            WriteReport total = WriteReport.empty();
            Set<String> taken = new HashSet<>(); // touched by the reading thread only
            CompletableFuture<Extraction> next = CompletableFuture.supplyAsync(() -> read(chunks.get(0), taken), reading);
            long documentsBefore = 0;
            int filesBefore = 0;
            for (int i = 0; i < chunks.size(); i++) {
                Extraction chunk = next.join();
                if (i + 1 < chunks.size()) {
                    List<Path> following = chunks.get(i + 1);
                    next = CompletableFuture.supplyAsync(() -> read(following, taken), reading);
                }
                filesBefore += chunks.get(i).size();
                GraphWriter.Progress overall = overall(progress, total, documentsBefore, filesBefore, files.size());
                total = total.plus(write.apply(chunk, overall));
                documentsBefore += chunk.documents().size();
            }
            return total;
        } finally {
            reading.shutdownNow();
        }
    }

    /** One chunk, its document ids then taken for the chunks after it. */
    private Extraction read(List<Path> chunk, Set<String> taken) {
        Extraction extraction = read.apply(chunk, Set.copyOf(taken));
        extraction.documents().forEach(d -> taken.add(d.id()));
        return extraction;
    }

    /**
     * The progress of the whole run: documents so far, and a total estimated from the documents per file read so
     * far (the number of documents in the files not yet read is not known).
     */
    private static GraphWriter.Progress overall(GraphWriter.Progress progress, WriteReport before, long documentsBefore,
                                                int filesRead, int files) {
        return (done, all, elements, relations) -> {
            long known = documentsBefore + all;
            long estimated = known + Math.round((double) known / filesRead * (files - filesRead));
            progress.update(documentsBefore + done, estimated, filesRead < files, before.elements() + elements,
                    before.relationCount() + relations);
        };
    }

    private List<List<Path>> chunks(List<Path> files) {
        List<List<Path>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i += chunkFiles) {
            chunks.add(List.copyOf(files.subList(i, Math.min(files.size(), i + chunkFiles))));
        }
        return chunks;
    }
}
