package org.reggraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where a start-up folder given as a relative path (the default {@code import/corpus}) is: under the working directory, as
 * configured; else beside the application (the jar's folder and the two above it, so {@code java -jar target/reggraph.jar}
 * started from another directory still finds the repository's {@code import/}); else as given, which the runner then
 * reports missing.
 */
final class StartupFolders {

    /** How many folders above the application's own the search goes (target/ → the repository; target/classes → too). */
    private static final int LEVELS_UP = 2;

    private StartupFolders() {
    }

    /** {@code applicationDir} is asked for only when the working directory has no such folder. */
    static Path locate(Path folder, Path workingDir, Supplier<Path> applicationDir) {
        if (folder.isAbsolute() || Files.isDirectory(workingDir.resolve(folder))) {
            return folder;
        }
        Path dir = applicationDir.get();
        for (int up = 0; up <= LEVELS_UP && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve(folder);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return folder;
    }
}
