package org.reggraph.bench;

import org.reggraph.extract.Extractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * CPU seconds per MB of the full extraction of one {@link AdversarialInputs} kind at several sizes in one process: a steadier
 * test of linear growth than {@link AdversarialBench}'s 5 MB/1 MB ratio, whose 1 MB run of some kinds takes a few hundredths of
 * a second, where one slow run of a shared machine reads as a ratio over 6×. Times are CPU seconds of this thread, best of five
 * runs up to 5 MB and of two above, after a warm-up at 1 MB.
 * Usage: {@code LinearityBench kind [kind ...]}; sizes in MB from {@code -Dbench.sizes} (default {@code 1,2,5,10,20}).
 */
public final class LinearityBench {

    private static final int MB = 1024 * 1024;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LinearityBench() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("kinds, one or more of " + AdversarialInputs.KINDS.keySet());
        }
        List<Integer> sizes = List.of(System.getProperty("bench.sizes", "1,2,5,10,20").split(",")).stream()
                .map(String::trim).map(Integer::valueOf).toList();
        Extractor extractor = new Extractor();
        for (String kind : args) {
            if (!AdversarialInputs.KINDS.containsKey(kind)) {
                throw new IllegalArgumentException("unknown kind " + kind + ", one of " + AdversarialInputs.KINDS.keySet());
            }
            byte[] warm = AdversarialInputs.of(kind, MB);
            for (int i = 0; i < 5; i++) {
                extractor.extract(warm, "warm.txt");
            }
            StringBuilder line = new StringBuilder(String.format("%-22s", kind));
            for (int mb : sizes) {
                byte[] input = AdversarialInputs.of(kind, mb * MB);
                double best = Double.MAX_VALUE;
                for (int r = 0; r < (mb <= 5 ? 5 : 2); r++) {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    extractor.extract(input, "linearity.txt");
                    best = Math.min(best, (CPU.getCurrentThreadCpuTime() - c0) / 1e9);
                }
                line.append(String.format("  %d MB %.3f s (%.3f s/MB)", mb, best, best / mb));
            }
            System.out.println(line);
        }
    }
}
