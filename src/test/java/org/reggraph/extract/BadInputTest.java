package org.reggraph.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad files give a clear problem or a correct result, never an exception, and do not fill the heap. */
class BadInputTest {

    private static final Path SEED = Path.of("import/corpus/000_3700f5e89e50de4d.txt");
    private static final String SAMPLE = " 国务院办公厅关于完善科技成果评价机制的指导意见\n\n国办发〔2021〕26 号\n\n各省：\n\n为健全完善科技成果评价体系。\n\n"
            + "国务院办公厅\n\n2021 年 7 月 16 日\n";

    private final Extractor extractor = new Extractor(RelationStage.none());

    private static String onlyProblem(Extraction e) {
        assertEquals(0, e.documents().size());
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0).message();
    }

    @Test
    void emptyFile() {
        assertEquals("empty file", onlyProblem(extractor.extract(new byte[0], "empty.txt")));
    }

    @Test
    void binaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        String message = onlyProblem(extractor.extract(png, "picture.txt"));
        assertTrue(message.contains("binary"), message);
        assertEquals("picture.txt", extractor.extract(png, "picture.txt").problems().get(0).file());
    }

    @Test
    void whitespaceOnlyFile() {
        assertTrue(onlyProblem(extractor.extract("\n\n  \n".getBytes(StandardCharsets.UTF_8), "blank.txt")).contains("no document"));
    }

    @Test
    void truncatedUtf8KeepsTheTextAndWarns() {
        byte[] full = SAMPLE.concat("中").getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, full.length - 1); // the last character loses its last byte
        Extraction e = extractor.extract(cut, "cut.txt");
        assertEquals(1, e.documents().size());
        assertEquals("国办发〔2021〕26号", e.documents().get(0).docNumber());
        assertTrue(e.problems().get(0).message().contains("truncated UTF-8"));
    }

    @Test
    void invalidBytesInTheMiddleAreAProblem() {
        byte[] bad = new byte[300];
        Arrays.fill(bad, (byte) 0xFF);
        bad[0] = 'a';
        String message = onlyProblem(extractor.extract(bad, "bad.txt"));
        assertTrue(message.contains("not valid"), message);
    }

    @Test
    void gbkCopyOfASeedGivesTheSameDocuments() throws IOException {
        byte[] utf8 = Files.readAllBytes(SEED);
        byte[] gbk = new String(utf8, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
        Extraction a = extractor.extract(utf8, "seed.txt");
        Extraction b = extractor.extract(gbk, "seed.txt");
        assertTrue(b.problems().isEmpty(), b.problems().toString());
        assertEquals(22, a.documents().size());
        assertEquals(a.documents().stream().map(ExtractedDocument::title).toList(),
                b.documents().stream().map(ExtractedDocument::title).toList());
    }

    @Test
    void shortGbkText() {
        Extraction e = extractor.extract(SAMPLE.getBytes(Charset.forName("GBK")), "gbk.txt");
        assertEquals("国务院办公厅关于完善科技成果评价机制的指导意见", e.documents().get(0).title());
        assertEquals("国办发〔2021〕26号", e.documents().get(0).docNumber());
    }

    @Test
    void utf16AndBomVariants() {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16)) {
            Extraction e = extractor.extract(SAMPLE.getBytes(cs), "u16.txt");
            assertEquals(1, e.documents().size(), cs.name());
            assertEquals("国办发〔2021〕26号", e.documents().get(0).docNumber(), cs.name());
        }
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        Extraction e = extractor.extract(bom, "bom.txt");
        assertEquals("国务院办公厅关于完善科技成果评价机制的指导意见", e.documents().get(0).title());
        assertEquals(1, e.documents().get(0).startLine());
    }

    @Test
    void hundredMegabyteFileIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = "第一条 为了提高建设工程抗震防灾能力，降低地震灾害风险。\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            for (long written = 0; written < 100L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Extraction e = extractor.extract(List.of(dir));
        String message = onlyProblem(e);
        assertTrue(message.contains("too large") && message.contains("--max-bytes"), message);
        assertEquals("big.txt", e.problems().get(0).file());
    }

    @Test
    void repeatedLineWithinTheLimitIsOneDocument(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("repeated.txt");
        byte[] line = "第一条 为了提高建设工程抗震防灾能力，降低地震灾害风险。\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            for (long written = 0; written < 8L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
            out.write(".".repeat(200_000).getBytes(StandardCharsets.UTF_8)); // one long line without a break
        }
        Extraction e = extractor.extract(List.of(big));
        assertEquals(1, e.documents().size(), e.problems().toString());
        assertEquals(1, e.documents().get(0).articles().size(), "the same 第一条 again is not a new article");
    }

    @Test
    void maxBytesIsConfigurable() {
        Extraction e = new Extractor(RelationStage.none(), 10).extract(SAMPLE.getBytes(StandardCharsets.UTF_8), "s.txt");
        assertTrue(onlyProblem(e).contains("exceeds the limit of 10 bytes"));
    }

    @Test
    void oneBadFileDoesNotStopTheBatch(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a_empty.txt"), new byte[0]);
        Files.write(dir.resolve("b_good.txt"), SAMPLE.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("c_binary.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        Files.write(dir.resolve("d_broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', 0, 1, 2});
        Files.write(dir.resolve("ignored.bin"), new byte[] {0, 1, 2});
        Extraction e = extractor.extract(List.of(dir, dir.resolve("missing.txt")));
        assertEquals(1, e.documents().size());
        assertEquals(List.of("a_empty.txt", "c_binary.txt", "d_broken.pdf", dir.resolve("missing.txt").toString()),
                e.problems().stream().map(ExtractionProblem::file).toList());
    }

    /** A folder's README describes the folder (../shared/corpus has one): not a document, unless named on its own. */
    @Test
    void aFoldersReadmeIsNoDocument(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("README.md"), "# Corpus of national laws and regulations\n\nBoth folders hold one file per text.\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("b_good.txt"), SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, extractor.extract(List.of(dir)).documents().size());
        assertEquals(1, extractor.extract(List.of(dir.resolve("README.md"))).documents().size());
    }

    @Test
    void anEmptyPathIsAProblemNotTheWorkingDirectory() {
        Extraction e = extractor.extract(List.of(Path.of("")));
        assertEquals(List.of(), e.documents());
        assertEquals("empty path", onlyProblem(e));
    }

    @Test
    void relationStageFailureIsAProblem() {
        Extractor failing = new Extractor(docs -> {
            throw new IllegalStateException("boom");
        });
        Extraction e = failing.extract(SAMPLE.getBytes(StandardCharsets.UTF_8), "x.txt");
        assertEquals(1, e.documents().size());
        assertTrue(e.problems().get(0).message().contains("relation stage failed"));
    }
}
