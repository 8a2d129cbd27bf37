package org.reggraph.cli;

import org.reggraph.graph.CsvExporter;
import org.reggraph.extract.ExtractionProblem;
import org.reggraph.ingest.IngestService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code reggraph export-csv PATH... --out import/csv}: node and relationship CSVs for the bulk loaders. */
@Command(name = "export-csv", mixinStandardHelpOptions = true,
        description = {"Extracts files (folders recursively) into CSV files in neo4j-admin import format.",
                "Load them with `reggraph bulk-import` (embedded store) or cypher/load-csv.cypher (a running server).",
                "No database is needed."})
public class ExportCsvCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Option(names = "--out", defaultValue = "import/csv", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        if (!CommandContext.allExist(paths)) {
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandContext.start(false)) {
            long started = System.currentTimeMillis();
            List<Path> files = IngestService.files(paths);
            List<ExtractionProblem> problems = new ArrayList<>();
            CsvExporter.Counts counts = context.getBean(IngestService.class).exportCsv(files, out, problems);
            long millis = Math.max(1, System.currentTimeMillis() - started);
            System.out.printf("Wrote %s: %d elements from %d files in %.1f s (%.0f elements/s)%n  nodes %s%n  relationships %s%n",
                    out, counts.elements(), files.size(), millis / 1000.0, counts.elements() * 1000.0 / millis,
                    counts.nodes(), counts.relationships());
            problems.forEach(p -> System.out.println("  problem " + p.file() + (p.line() == null ? "" : ":" + p.line())
                    + ": " + p.message()));
            return 0;
        }
    }
}
