package org.reggraph;

import org.reggraph.cli.ReggraphCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One executable: with no subcommand it serves (Spring Boot arguments such as --server.port pass through);
 * with a subcommand (extract, ingest, export-csv …) it runs that command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReggraphApplication {

    public static void main(String[] args) {
        if (ReggraphCommand.isSubcommand(args)) {
            System.exit(ReggraphCommand.run(args));
        }
        SpringApplication.run(ReggraphApplication.class, args);
    }
}
