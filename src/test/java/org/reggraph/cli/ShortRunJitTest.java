package org.reggraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortRunJitTest {

    @Test
    void onlyInputsOfSomeSizeAreWorthTheDiagnosticCommand(@TempDir Path dir) throws IOException {
        Path small = Files.writeString(dir.resolve("a.txt"), "第一条 为了测试，制定本条例。");
        assertFalse(ShortRunJit.worthIt(List.of(small, dir.resolve("missing.txt"))));
        Files.write(Files.createDirectories(dir.resolve("sub")).resolve("b.txt"), new byte[(int) ShortRunJit.FROM_BYTES]);
        assertTrue(ShortRunJit.worthIt(List.of(dir)), "the folder is walked");
    }
}
