package org.reggraph.graph;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Neo4j's import tool ({@code neo4j-admin database import full}) in-process on the CSV files of
 * {@link CsvExporter}, into the store under {@code home} (the embedded data dir), replacing that database.
 * The database must not be running. Schema and status are applied afterwards by the caller.
 */
public final class BulkImporter {

    private BulkImporter() {
    }

    /** @return the import tool's exit code (0 = success) */
    public static int run(Path home, Path csv, String database, PrintStream out, PrintStream err) {
        // the database first: --nodes/--relationships take any number of files
        // multi-line fields force the import tool to parse each file in one thread: ask for it only when needed
        List<String> args = new ArrayList<>(List.of(database, "--overwrite-destination=true",
                "--multiline-fields=" + hasMultilineFields(csv),
                "--array-delimiter=;", "--id-type=string", "--threads=" + Math.max(2, Runtime.getRuntime().availableProcessors()),
                "--report-file=" + home.resolve("import.report")));
        for (String label : CsvLayout.NODE_COLUMNS.keySet()) {
            args.add("--nodes=" + require(csv.resolve(CsvLayout.nodeFile(label))));
        }
        for (List<String> f : CsvLayout.REL_FILES) {
            args.add("--relationships=" + require(csv.resolve(CsvLayout.relFile(f.get(0), f.get(1), f.get(2)))));
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutionContext context = new ExecutionContext(home.toAbsolutePath(), home.toAbsolutePath().resolve("conf"),
                out, err, new DefaultFileSystemAbstraction());
        return new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
    }

    /**
     * True when a quoted field spans lines. Quotes inside fields are doubled, so a line with an odd number of
     * quote characters opens (or closes) a field that continues on another line.
     */
    static boolean hasMultilineFields(Path csv) {
        try (var files = Files.list(csv)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                try (var lines = Files.lines(file, java.nio.charset.StandardCharsets.UTF_8)) {
                    if (lines.anyMatch(line -> line.chars().filter(c -> c == '"').count() % 2 == 1)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is missing: run `reggraph export-csv … --out "
                    + file.getParent() + "` first");
        }
        return file.toAbsolutePath();
    }
}
