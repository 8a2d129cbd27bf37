package org.reggraph.cli;

import org.reggraph.database.Neo4jSettings;
import org.reggraph.graph.BulkImporter;
import org.reggraph.graph.GraphSchema;
import org.reggraph.graph.GraphWriter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code reggraph bulk-import --csv import/csv}: Neo4j's import tool into the embedded store, then the schema. */
@Command(name = "bulk-import", mixinStandardHelpOptions = true,
        description = {"Replaces the embedded database (REGGRAPH_DATA_DIR, default ./data) with the CSV files of",
                "`reggraph export-csv`, using Neo4j's import tool in-process; then applies the schema and computes",
                "document status. The service must not be running. For a Neo4j server use cypher/load-csv.cypher."})
public class BulkImportCommand implements Callable<Integer> {

    @Option(names = "--csv", defaultValue = "import/csv", description = "CSV folder (default: ${DEFAULT-VALUE})")
    Path csv;

    @Override
    public Integer call() {
        if (!Files.isDirectory(csv)) {
            System.err.println("No CSV folder " + csv + ": run `reggraph export-csv PATH... --out " + csv + "` first");
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandContext.start(false)) {
            Neo4jSettings settings = context.getBean(Neo4jSettings.class);
            if (!settings.isEmbedded()) {
                System.err.println("bulk-import writes the embedded store only; NEO4J_URI is set. For a server, "
                        + "load the CSVs with cypher/load-csv.cypher (or neo4j-admin database import on the server).");
                return 2;
            }
            Path home = settings.embedded().dataDir().toAbsolutePath().normalize();
            long started = System.currentTimeMillis();
            int code = BulkImporter.run(home, csv, settings.database(), System.out, System.err);
            if (code != 0) {
                System.err.println("Import tool failed (exit " + code + "); is the service running on " + home + "?");
                return code;
            }
            long imported = System.currentTimeMillis();
            context.getBean(GraphSchema.class).apply(); // starts the embedded database, then the schema
            context.getBean(GraphWriter.class).recomputeAllStatus();
            System.out.printf("Imported into %s in %.1f s; schema and status in %.1f s%n", home,
                    (imported - started) / 1000.0, (System.currentTimeMillis() - imported) / 1000.0);
            return 0;
        } catch (RuntimeException e) {
            return CommandContext.databaseFailure("bulk-import", e);
        }
    }
}
