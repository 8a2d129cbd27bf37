package org.reggraph.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.RelationStage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Warm throughput of the document stages (clean → segment → header → structure) and of the full extraction
 * (decode, documents, relations, agencies) on the five seeds, next to HanLP's
 * plain segmenter on the same text in the same run. One operation = all seeds once; {@link #main} turns operations
 * per second into characters per second. Single thread, so the figures are per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {

    static final String SEEDS = System.getProperty("bench.seeds", "import/corpus");

    private List<String> texts;
    private List<String> lines;
    private Extractor extractor;
    private Extractor full;
    private List<byte[]> bytes;

    @Setup(Level.Trial)
    public void load() throws IOException {
        texts = seeds();
        lines = new ArrayList<>();
        for (String t : texts) {
            for (String l : t.split("\n")) {
                if (!l.isBlank()) {
                    lines.add(l);
                }
            }
        }
        extractor = new Extractor(RelationStage.none());
        full = new Extractor(); // documents + relations + agencies (the standard relation stage)
        bytes = new ArrayList<>();
        for (String t : texts) {
            bytes.add(t.getBytes(StandardCharsets.UTF_8));
        }
        HanLP.segment("预热词典"); // load HanLP's dictionaries outside the measurement
    }

    static List<String> seeds() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(SEEDS))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no seeds in " + SEEDS);
        }
        return out;
    }

    @Benchmark
    public void extractorSegmentAndStructure(Blackhole bh) {
        for (String t : texts) {
            bh.consume(extractor.documents(t, "seed.txt"));
        }
    }

    /** Full extraction of each seed as an upload: decode, documents, relations, agencies, resolution. */
    @Benchmark
    public void extractorFull(Blackhole bh) {
        for (byte[] b : bytes) {
            bh.consume(full.extract(b, "seed.txt"));
        }
    }

    @Benchmark
    public void hanlpSegment(Blackhole bh) {
        for (String l : lines) {
            List<Term> terms = HanLP.segment(l);
            bh.consume(terms);
        }
    }

    public static void main(String[] args) throws RunnerException, IOException {
        long chars = seeds().stream().mapToLong(String::length).sum();
        long hanChars = 0;
        for (String t : seeds()) {
            for (String l : t.split("\n")) {
                hanChars += l.isBlank() ? 0 : l.length();
            }
        }
        Options opt = new OptionsBuilder().include(ExtractBenchmark.class.getName())
                .jvmArgsAppend("-Dbench.seeds=" + SEEDS).build();
        Collection<RunResult> results = new Runner(opt).run();
        System.out.printf("%nseeds: %d files, %,d characters (%,d in non-blank lines)%n", seeds().size(), chars, hanChars);
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double ops = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            long n = name.startsWith("hanlp") ? hanChars : chars;
            System.out.printf("%-30s %10.2f ops/s ± %.2f  = %,14.0f chars/s per core%n", name, ops, err, ops * n);
        }
    }
}
