package org.reggraph.bench;

import org.reggraph.extract.Extractor;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A quick warm timing of the full extraction without JMH: {@code java ... QuickTiming [rounds]}. */
public final class QuickTiming {

    private QuickTiming() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = ExtractBenchmark.seeds();
        long chars = texts.stream().mapToLong(String::length).sum();
        Extractor full = args.length > 1 && args[1].equals("none") ? new Extractor(org.reggraph.extract.RelationStage.none())
                : new Extractor();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (String t : texts) {
                full.extract(t.getBytes(StandardCharsets.UTF_8), "seed.txt");
            }
            long ns = System.nanoTime() - t0;
            long cpu = mx.getCurrentThreadCpuTime() - c0;
            System.out.printf("round %d: %d ms wall, %,.0f chars/s wall, %,.0f chars/s of CPU time%n", r, ns / 1_000_000,
                    chars / (ns / 1e9), chars / (cpu / 1e9));
        }
    }
}
