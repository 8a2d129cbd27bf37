package org.reggraph.extract;

import org.reggraph.extract.document.DocumentReader;
import org.reggraph.extract.document.WorkParts;
import org.reggraph.extract.text.CleanLine;
import org.reggraph.extract.text.FormatReader;
import org.reggraph.extract.text.LineCleaner;
import org.reggraph.extract.text.TextDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * The document pipeline: decode → clean → segment → header → structure, then the relation stage once per file.
 * Plain Java, no Spring and no database, so the CLI, the service and the benchmark share it. A file that cannot be
 * read becomes an {@link ExtractionProblem}; the batch goes on.
 */
public final class Extractor {

    /** Larger inputs are refused with a problem rather than read into memory. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "markdown", "text");

    private final RelationStage relations;
    private final long maxBytes;
    private final boolean keepText;
    private final TextDecoder decoder = new TextDecoder();
    private final LineCleaner cleaner = new LineCleaner();
    private final DocumentReader reader = new DocumentReader();

    /** The extractor with the standard relation stage ({@link RelationStage#standard()}). */
    public Extractor() {
        this(RelationStage.standard());
    }

    public Extractor(RelationStage relations) {
        this(relations, DEFAULT_MAX_BYTES);
    }

    public Extractor(RelationStage relations, long maxBytes) {
        this(relations, maxBytes, true);
    }

    private Extractor(RelationStage relations, long maxBytes, boolean keepText) {
        this.relations = relations == null ? RelationStage.none() : relations;
        this.maxBytes = maxBytes;
        this.keepText = keepText;
    }

    /**
     * This extractor, but its documents keep no text ({@link ExtractedDocument#withoutText()}) once their relations are
     * found: all an export needs. Kept until the batch ends, the text was most of what the collector copied (seeds +
     * corpus: 0.33 s of pauses against 0.17 s without).
     */
    public Extractor withoutText() {
        return new Extractor(relations, maxBytes, false);
    }

    /**
     * Extracts every file given, walking folders recursively (text files .txt, .md; documents .pdf, .docx, .html,
     * .htm), on every core, in a stable order.
     */
    public Extraction extract(List<Path> paths) {
        return extract(paths, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Extracts every file given on {@code threads} threads. The result is the same as one thread's, in input order:
     * files are read in parallel, each with its own document ids, and merged in order; a file whose ids meet an earlier
     * file's is read again against the ids taken so far (rare: the same document number in two files).
     */
    public Extraction extract(List<Path> paths, int threads) {
        return extract(paths, threads, Set.of());
    }

    /**
     * Path.of("") is the working directory: an empty argument (an unset shell variable) is reported, never walked.
     */
    public static boolean isEmptyPath(Path p) {
        return p.toString().isBlank();
    }

    /**
     * As {@link #extract(List, int)}, with document ids already taken by an earlier read of the same run (the chunks
     * of a streamed ingestion): a document that meets one gets the id it would have had in one read of all files.
     */
    public Extraction extract(List<Path> paths, int threads, Set<String> takenIds) {
        List<Object> tasks = new ArrayList<>(); // a Path to read, or a problem met while listing, in input order
        List<Future<Batch>> done = new ArrayList<>();
        Batch batch = new Batch();
        batch.ids.addAll(takenIds);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
        Set<String> works = new HashSet<>(); // a work split into parts is read once, whichever of its parts is named
        try {
            for (Path p : paths) {
                // each argument's files start as soon as it is listed, while the next argument is listed
                for (Object t : listed(p)) {
                    if (t instanceof Path f && WorkParts.work(f) != null && !works.add(WorkParts.work(f))) {
                        continue;
                    }
                    tasks.add(t);
                    done.add(t instanceof Path f && pool != null ? pool.submit(() -> file(f, new Batch())) : null);
                }
            }
            for (int i = 0; i < tasks.size(); i++) {
                Object t = tasks.get(i);
                if (t instanceof ExtractionProblem p) {
                    batch.problems.add(p);
                    continue;
                }
                Batch one = done.get(i) == null ? null : join(done.get(i));
                // the batch's ids first: disjoint() iterates its second argument when the first is a set (the file's few ids)
                if (one == null || !java.util.Collections.disjoint(batch.ids, one.ids)) {
                    extractPath((Path) t, batch);
                } else {
                    batch.add(one);
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return resolve(batch.result());
    }

    /** The files one argument names, in order, or the problem met listing it. */
    private static List<?> listed(Path p) {
        if (isEmptyPath(p)) {
            return List.of(new ExtractionProblem("''", null, "empty path"));
        } else if (Files.isDirectory(p)) {
            try {
                return inputFiles(p);
            } catch (IOException | java.io.UncheckedIOException e) {
                return List.of(new ExtractionProblem(p.toString(), null, "cannot list folder: " + e.getMessage()));
            }
        } else if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        return List.of(new ExtractionProblem(p.toString(), null, "no such file or folder"));
    }

    private Batch file(Path f, Batch into) {
        extractPath(f, into);
        return into;
    }

    private static Batch join(Future<Batch> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } catch (ExecutionException e) {
            return null; // read again on this thread, where the failure is reported as a problem
        }
    }

    private static ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        };
    }

    private Extraction resolve(Extraction e) {
        try {
            return relations.resolve(e);
        } catch (RuntimeException ex) {
            List<ExtractionProblem> problems = new ArrayList<>(e.problems());
            problems.add(new ExtractionProblem("(batch)", null, "relation resolution failed: " + ex));
            return new Extraction(e.documents(), e.relations(), e.agencies(), List.copyOf(problems));
        }
    }

    /** Extracts one file's bytes (an upload); {@code fileName} is used for provenance and the Markdown date. */
    public Extraction extract(byte[] bytes, String fileName) {
        Batch batch = new Batch();
        extractBytes(bytes, fileName, batch);
        return resolve(batch.result());
    }

    /** Only the documents of one file, without the relation stage (used by the benchmark and tests). */
    public FileResult documents(byte[] bytes, String fileName) {
        return documents(bytes, fileName, new HashSet<>());
    }

    /** Only the documents of text that is already decoded (clean → segment → header → structure). */
    public FileResult documents(String text, String fileName) {
        return fromText(text, fileName, new HashSet<>(), new ArrayList<>());
    }

    /** Documents and problems of one file. */
    public record FileResult(List<ExtractedDocument> documents, List<ExtractionProblem> problems) {
    }

    private void extractPath(Path file, Batch batch) {
        String name = file.getFileName().toString();
        try {
            List<Path> parts = WorkParts.work(file) == null ? List.of(file) : WorkParts.parts(file);
            if (parts.size() > 1) {
                extractWork(parts, batch);
                return;
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                batch.problems.add(tooLarge(name, size));
                return;
            }
            extractBytes(Files.readAllBytes(file), name, batch);
        } catch (IOException e) {
            batch.problems.add(new ExtractionProblem(name, null, "cannot read file: " + e.getMessage()));
        }
    }

    /** The parts of one work ({@link WorkParts}) as one document; one by one when a part is not in the corpus format. */
    private void extractWork(List<Path> parts, Batch batch) throws IOException {
        String name = WorkParts.name(parts.get(0));
        long size = 0;
        for (Path p : parts) {
            size += Files.size(p);
        }
        if (size > maxBytes) {
            batch.problems.add(tooLarge(name, size));
            return;
        }
        List<String> texts = new ArrayList<>();
        List<ExtractionProblem> problems = new ArrayList<>();
        for (Path p : parts) {
            String text = text(Files.readAllBytes(p), p.getFileName().toString(), problems);
            if (text == null) {
                break;
            }
            texts.add(text);
        }
        String work = texts.size() == parts.size() ? WorkParts.merge(texts) : null;
        if (work == null) {
            for (Path p : parts) {
                extractBytes(Files.readAllBytes(p), p.getFileName().toString(), batch);
            }
            return;
        }
        batch.problems.addAll(problems);
        extracted(fromText(work, name, batch.ids, new ArrayList<>()), name, batch);
    }

    private ExtractionProblem tooLarge(String name, long size) {
        return new ExtractionProblem(name, null, "file too large: " + size + " bytes exceeds the limit of " + maxBytes
                + " bytes (raise it with --max-bytes)");
    }

    private void extractBytes(byte[] bytes, String name, Batch batch) {
        extracted(documents(bytes, name, batch.ids), name, batch);
    }

    private void extracted(FileResult r, String name, Batch batch) {
        batch.problems.addAll(r.problems());
        if (!r.documents().isEmpty()) {
            relations(r.documents(), name, batch);
        }
        for (ExtractedDocument d : r.documents()) {
            batch.documents.add(keepText ? d : d.withoutText());
        }
    }

    private void relations(List<ExtractedDocument> documents, String name, Batch batch) {
        try {
            RelationStage.Result rel = relations.extract(documents);
            if (rel != null) {
                batch.relations.addAll(rel.relations());
                for (ExtractedAgency a : rel.agencies()) {
                    batch.agencies.merge(a.id(), a, ExtractedAgency::with);
                }
            }
        } catch (RuntimeException e) {
            batch.problems.add(new ExtractionProblem(name, null, "relation stage failed: " + e));
        }
    }

    private FileResult documents(byte[] bytes, String name, Set<String> usedIds) {
        List<ExtractionProblem> problems = new ArrayList<>();
        if (bytes.length > maxBytes) {
            return new FileResult(List.of(), List.of(tooLarge(name, bytes.length)));
        }
        String text = text(bytes, name, problems);
        return text == null ? new FileResult(List.of(), problems) : fromText(text, name, usedIds, problems);
    }

    /** A file's text (a PDF, Word or HTML file's, or decoded), or null with the problem that made it unreadable. */
    private String text(byte[] bytes, String name, List<ExtractionProblem> problems) {
        FormatReader.Format format = FormatReader.detect(name, bytes);
        if (format != null) {
            try {
                return FormatReader.toText(format, bytes);
            } catch (FormatReader.UnreadableException e) {
                problems.add(new ExtractionProblem(name, null, e.getMessage()));
                return null;
            }
        }
        try {
            TextDecoder.Decoded decoded = decoder.decode(bytes);
            decoded.warnings().forEach(w -> problems.add(new ExtractionProblem(name, null, w)));
            return decoded.text();
        } catch (TextDecoder.UndecodableException e) {
            problems.add(new ExtractionProblem(name, null, e.getMessage()));
            return null;
        }
    }

    private FileResult fromText(String text, String name, Set<String> usedIds, List<ExtractionProblem> problems) {
        try {
            List<String> raw = lines(text);
            List<CleanLine> lines = cleaner.clean(raw);
            List<ExtractedDocument> docs = reader.read(raw, lines, name, usedIds);
            if (docs.isEmpty()) {
                problems.add(new ExtractionProblem(name, null, "no document found (no text lines)"));
            }
            return new FileResult(docs, problems);
        } catch (RuntimeException e) {
            // a bug must not stop the batch; report it with the file
            problems.add(new ExtractionProblem(name, null, "extraction failed: " + e));
            return new FileResult(List.of(), problems);
        }
    }

    /**
     * The lines between \r\n, \r or \n, the last one kept even when empty (as {@code split("\r\n|\r|\n", -1)},
     * by hand: a regex split costs 4 % of the extraction).
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        char[] cs = text.toCharArray(); // charAt is a call in the command line's C1 code
        for (int i = 0, n = cs.length; i < n; i++) {
            char c = cs[i];
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && cs[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * The files a folder contributes ({@link #isInput}), walked recursively and sorted, a work split into parts
     * ({@link WorkParts}) by its first part alone, so that a chunk of the ingestion holds it whole: the one listing of
     * folders, for this extractor and the ingestion's chunks alike. Each caller reports a folder it cannot list its own way.
     *
     * @throws IOException          when the folder cannot be opened
     * @throws java.io.UncheckedIOException when a folder inside it cannot be read during the walk
     */
    public static List<Path> inputFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return WorkParts.onePerWork(walk.filter(Files::isRegularFile).filter(Extractor::isInput).sorted().toList());
        }
    }

    /**
     * True for the files a folder contributes: text (.txt, .md) and documents (.pdf, .docx, .html), not hidden, and not a
     * folder's own notes (README.md, CHANGELOG, LICENSE: ../shared/corpus's README read as a document named
     * "Corpusofnationallawsandregulations"). A file named on the command line is read whatever its name.
     */
    public static boolean isInput(Path p) {
        String n = p.getFileName().toString();
        if (n.startsWith(".")) {
            return false;
        }
        int dot = n.lastIndexOf('.');
        String stem = (dot > 0 ? n.substring(0, dot) : n).toUpperCase(Locale.ROOT);
        if (stem.equals("README") || stem.equals("CHANGELOG") || stem.equals("LICENSE")) {
            return false;
        }
        String ext = dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return TEXT_EXTENSIONS.contains(ext) || FormatReader.EXTENSIONS.contains(ext);
    }

    /** Results of several files, accumulated in input order. */
    private static final class Batch {
        final List<ExtractedDocument> documents = new ArrayList<>();
        final List<Relation> relations = new ArrayList<>();
        final Map<String, ExtractedAgency> agencies = new LinkedHashMap<>();
        final List<ExtractionProblem> problems = new ArrayList<>();
        final Set<String> ids = new HashSet<>();

        /** Appends another batch read on its own (its ids are new here). */
        void add(Batch other) {
            documents.addAll(other.documents);
            relations.addAll(other.relations);
            other.agencies.forEach((id, a) -> agencies.merge(id, a, ExtractedAgency::with));
            problems.addAll(other.problems);
            ids.addAll(other.ids);
        }

        Extraction result() {
            return new Extraction(List.copyOf(documents), List.copyOf(relations), List.copyOf(agencies.values()),
                    List.copyOf(problems));
        }
    }
}
