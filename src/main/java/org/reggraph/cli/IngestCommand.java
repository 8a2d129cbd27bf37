package org.reggraph.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reggraph.graph.GraphSchema;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;
import org.reggraph.ingest.IngestService;
import org.reggraph.ingest.LoggedProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code reggraph ingest PATH...}: files and folders (recursive) into the configured database. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads regulation text files (folders recursively) and writes them into the graph.",
                "Uses the service's database: embedded ./data (REGGRAPH_DATA_DIR), or NEO4J_URI when set.",
                "Unchanged documents are skipped; an interrupted run can simply be started again."})
public class IngestCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(IngestCommand.class);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Option(names = "--force", description = "rewrite documents even when unchanged")
    boolean force;

    @Override
    public Integer call() {
        if (!CommandContext.allExist(paths)) {
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandContext.start()) {
            IngestService service = context.getBean(IngestService.class);
            context.getBean(GraphSchema.class).apply();
            List<Path> files = IngestService.files(paths);
            System.out.println("Reading " + files.size() + " files …");
            WriteReport report = write(service, files, force);
            printSummary(System.out, files.size(), report);
            GraphWriter.printProfile(System.out);
            return report.failures().isEmpty() ? 0 : 1;
        } catch (RuntimeException e) {
            return CommandContext.databaseFailure("ingest", e);
        }
    }

    /** The service's pipeline with a progress display: log lines, or a bar on a terminal. */
    private WriteReport write(IngestService service, List<Path> files, boolean force) {
        if (System.console() == null) {
            // not a terminal (CI, redirected): a log line at most every 5 s
            return service.ingestFiles(files, force, new LoggedProgress(log, "ingest", 5_000));
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingest")
                .setUnit(" docs", 1).showSpeed().setStyle(ProgressBarStyle.ASCII).build()) {
            return service.ingestFiles(files, force, (done, all, elements, relations) -> {
                bar.maxHint(all);
                bar.stepTo(done);
                bar.setExtraMessage(relations + " relations");
            });
        }
    }

    static void printSummary(PrintStream out, int files, WriteReport r) {
        out.printf("%nIngested %d files in %.1f s (%.0f elements/s)%n", files, r.millis() / 1000.0, r.elementsPerSecond());
        out.printf("  documents  %d written, %d unchanged, %d failed%n", r.documents(), r.skipped(),
                r.failures().stream().filter(f -> f.document() != null).count());
        out.printf("  chapters   %d%n  articles   %d%n  agencies   %d%n  stubs      %d%n", r.chapters(), r.articles(),
                r.agencies(), r.stubs());
        out.printf("  relations  %d%n", r.relationCount());
        r.relations().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.printf("    %-16s %d%n", e.getKey(), e.getValue()));
        if (!r.failures().isEmpty()) {
            out.printf("  problems   %d%n", r.failures().size());
            r.failures().forEach(f -> out.println("    " + f));
        }
    }
}
