package org.reggraph.cli;

import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;

import java.nio.charset.StandardCharsets;

/**
 * Readies the extractor on a second core while the first builds the command line. The extractor's classes compile a few
 * hundred regular expressions and read their word lists when first used (~0.1 s, in the interpreter), and picocli's
 * reflection over the command takes about as long: done one after the other they are ~7 % of an {@code extract} of seeds
 * + corpus. The warm-up extracts a two-article text, which initialises every stage; the command waits for it before its
 * own extraction, so no class is ever initialised by two threads at once (the stages' static fields refer to each other).
 */
final class ExtractorWarmUp {

    /** Enough for every stage to run: a header, a chapter, articles with a citation, a duty and a delegation. */
    private static final byte[] TEXT = """
            # 测试条例

            2020年1月1日 国务院令第1号公布

            <!-- INFO END -->

            第一章 总则

            第一条 为了加强管理，根据《中华人民共和国测试法》，制定本条例。

            第二条 国务院有关部门负责全国的管理工作，具体办法由省、自治区、直辖市人民政府制定。
            """.getBytes(StandardCharsets.UTF_8);

    private static Thread thread;

    private ExtractorWarmUp() {
    }

    static synchronized void start() {
        if (thread == null) {
            thread = new Thread(ExtractorWarmUp::run, "extractor-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Waits for a warm-up that was started; returns at once otherwise. */
    static void await() {
        Thread t;
        synchronized (ExtractorWarmUp.class) {
            t = thread;
        }
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        try {
            extraction();
        } catch (RuntimeException | LinkageError e) {
            // the command's own extraction meets and reports whatever went wrong here
        }
    }

    /** The warm-up's own extraction: it must reach every stage to be worth its thread (ExtractorWarmUpTest). */
    static Extraction extraction() {
        return new Extractor(ExtractCommand.relationStage()).withoutText().extract(TEXT, "warm-up.md");
    }
}
