package org.reggraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A relative start-up folder is found under the working directory first, else beside the application's jar. */
class StartupFoldersTest {

    @TempDir
    Path root;

    @Test
    void theWorkingDirectoryComesFirst() throws IOException {
        Path cwd = Files.createDirectories(root.resolve("cwd/import/corpus")).getParent().getParent();
        Path repo = Files.createDirectories(root.resolve("repo/import/corpus")).getParent().getParent();
        assertThat(StartupFolders.locate(Path.of("import/corpus"), cwd, () -> repo.resolve("target"))).isEqualTo(Path.of("import/corpus"));
    }

    @Test
    void startedElsewhereTheRepositoryBesideTheJarIsUsed() throws IOException {
        Path cwd = Files.createDirectories(root.resolve("elsewhere"));
        Path repo = Files.createDirectories(root.resolve("repo/import/corpus")).getParent().getParent();
        Path jarDir = Files.createDirectories(repo.resolve("target"));
        assertThat(StartupFolders.locate(Path.of("import/corpus"), cwd, () -> jarDir)).isEqualTo(repo.resolve("import/corpus"));
    }

    @Test
    void aFolderFoundNowhereAndAnAbsoluteOneStayAsGiven() throws IOException {
        Path cwd = Files.createDirectories(root.resolve("elsewhere"));
        Path jarDir = Files.createDirectories(root.resolve("repo/target"));
        assertThat(StartupFolders.locate(Path.of("import/corpus"), cwd, () -> jarDir)).isEqualTo(Path.of("import/corpus"));
        Path absolute = root.resolve("nowhere");
        assertThat(StartupFolders.locate(absolute, cwd, () -> jarDir)).isEqualTo(absolute);
    }
}
