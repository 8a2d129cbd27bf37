package org.reggraph.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files read in parallel give the export of one thread, byte for byte, also when two files share a document id. */
class ParallelExtractionTest {

    private static final String ORDER = String.join("\n",
            "中华人民共和国国务院令",
            "第 748 号",
            "《地下水管理条例》已经 2021 年 9 月 15 日国务院第 149 次常务会议通过，现予公布，自 2021 年 12 月 1 日起施行。",
            "总理 李克强",
            "2021 年 10 月 21 日",
            "地下水管理条例",
            "第一条 为了加强地下水管理，根据《中华人民共和国水法》和《中华人民共和国水污染防治法》等法律，制定本条例。",
            "第二条 本条例自 2021 年 12 月 1 日起施行。");

    private static byte[] export(Extraction e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionExport().write(e, out);
        return out.toByteArray();
    }

    @Test
    void threadsDoNotChangeTheExport(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 12; i++) {
            // the same order twice (a@…, g@…) makes ids meet across files
            String text = i % 5 == 0 ? ORDER : ORDER.replace("748", String.valueOf(800 + i)).replace("地下水", "测试" + i);
            Files.writeString(dir.resolve(String.format("%02d.txt", i)), text);
        }
        Files.writeString(dir.resolve("empty.txt"), "");
        Extractor extractor = new Extractor();
        Extraction one = extractor.extract(List.of(dir, dir.resolve("missing.txt")), 1);
        Extraction four = extractor.extract(List.of(dir, dir.resolve("missing.txt")), 4);
        assertArrayEquals(export(one), export(four));
        List<String> ids = one.documents().stream().map(ExtractedDocument::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), ids::toString);
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("国务院令第748号") && !id.equals("国务院令第748号")), ids::toString);
        assertEquals(2, one.problems().size(), one.problems()::toString); // the empty file, the missing one
    }
}
