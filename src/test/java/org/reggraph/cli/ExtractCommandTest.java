package org.reggraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    @Test
    void isRegisteredAsSubcommand() {
        assertTrue(ReggraphCommand.names().contains("extract"));
        assertTrue(ReggraphCommand.isSubcommand(new String[] {"extract", "x"}));
    }

    @Test
    void writesTheExport(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.txt");
        Files.writeString(in, " 国务院办公厅关于完善科技成果评价机制的指导意见\n\n国办发〔2021〕26 号\n\n各省：\n\n为健全。\n\n国务院办公厅\n\n2021 年 7 月 16 日\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out/export.json");
        int code = ReggraphCommand.run(new String[] {"extract", "--quiet", "--json", out.toString(), in.toString()});
        assertEquals(0, code);
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals("国办发〔2021〕26号", root.get("documents").get(0).get("docNumber").asText());
        assertEquals("2021-07-16", root.get("documents").get(0).get("date").asText());
    }

    @Test
    void failsWhenNothingCanBeRead(@TempDir Path dir) {
        assertEquals(1, ReggraphCommand.run(new String[] {"extract", dir.resolve("missing.txt").toString()}));
    }
}
