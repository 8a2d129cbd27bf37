package org.reggraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.extract.ExtractionExport;
import org.reggraph.extract.Extractor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code scripts/reggraph}, the fast start of the command line, on the packaged jar (integration tests run after
 * {@code package}): it prepares {@code target/cli} with its class archive and writes the export the extractor writes
 * in this JVM, byte for byte.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void extractsAsTheExtractorDoes(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isRegularFile(ROOT.resolve("target/reggraph.jar")), "the jar is packaged before integration tests");
        Path input = ROOT.resolve("import/corpus/002_ac350408269d5a04.txt");
        Path json = tmp.resolve("out.json");

        Process p = new ProcessBuilder("bash", ROOT.resolve("scripts/reggraph").toString(), "extract", "--json",
                json.toString(), input.toString(), "--quiet").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();

        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("extract: 1 files");
        assertThat(ROOT.resolve("target/cli/reggraph.jsa")).as("the class archive").isNotEmptyFile();
        // -Xshare:on fails where the JVM would silently refuse the archive (one made under another path once was)
        Process share = new ProcessBuilder("java", "-Xshare:on", "-XX:SharedArchiveFile=" + ROOT.resolve("target/cli/reggraph.jsa"),
                "-cp", ROOT.resolve("target/cli/reggraph.jar").toString(), "-version").redirectErrorStream(true).start();
        String shareOutput = new String(share.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(share.waitFor(60, TimeUnit.SECONDS)).as(shareOutput).isTrue();
        assertThat(share.exitValue()).as("the class archive loads: " + shareOutput).isZero();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new ExtractionExport().write(new Extractor().extract(List.of(input), 1), expected);
        assertThat(Files.readAllBytes(json)).isEqualTo(expected.toByteArray());
    }
}
