package org.reggraph.cli;

import org.reggraph.extract.Extraction;
import org.reggraph.extract.ExtractionExport;
import org.reggraph.extract.ExtractionProblem;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.RelationStage;
import org.reggraph.extract.relation.RelationExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code extract --json out.json PATH...}: documents, structure and relations of text files, without a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract documents, chapters, articles and relations from regulation texts (no database).")
public class ExtractCommand implements Callable<Integer> {

    @Option(names = "--json", description = "write the extraction export (GRAPH_MODEL.md shape) to this file")
    Path json;

    @Option(names = "--max-bytes", description = "refuse files larger than this (default: ${DEFAULT-VALUE})")
    long maxBytes = Extractor.DEFAULT_MAX_BYTES;

    @Option(names = "--threads", description = "files read in parallel (default: the number of cores); the output does not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "do not list problems on stderr")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (walked recursively for .txt/.md)")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        ExtractorWarmUp.await();
        if (!ShortRunJit.alreadyC1() && ShortRunJit.worthIt(paths)) {
            ShortRunJit.c1Only();
        }
        long t1 = System.nanoTime();
        Extraction extraction = new Extractor(relationStage(), maxBytes).withoutText().extract(paths, Math.max(1, threads));
        long t2 = System.nanoTime();
        if (json != null) {
            new ExtractionExport().write(extraction, json);
        }
        long t3 = System.nanoTime();
        PrintStream err = System.err;
        long files = java.util.stream.Stream.concat(extraction.documents().stream().map(d -> d.sourceFile()),
                extraction.problems().stream().map(ExtractionProblem::file)).distinct().count();
        int articles = extraction.documents().stream().mapToInt(d -> d.articles().size()).sum();
        if (!quiet) {
            for (ExtractionProblem p : extraction.problems()) {
                err.println("problem: " + p.file() + (p.line() != null ? ":" + p.line() : "") + ": " + p.message());
            }
        }
        err.printf("extract: %d files, %d documents, %d articles, %d relations, %d problems in %d ms"
                        + " (extraction %d ms, export %d ms)%n",
                files, extraction.documents().size(), articles, extraction.relations().size(),
                extraction.problems().size(), ms(t3 - t0), ms(t2 - t1), ms(t3 - t2));
        return extraction.documents().isEmpty() && !extraction.problems().isEmpty() ? 1 : 0;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * The standard relation stage, made here rather than found by {@link RelationStage#standard()}: a ServiceLoader
     * opens every jar on the class path for its service files (~0.1 s of each command's start in the extracted layout).
     */
    static RelationStage relationStage() {
        return new RelationExtractor();
    }
}
