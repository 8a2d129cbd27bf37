package org.reggraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The top-level command line: subcommands of the one executable jar. */
@Command(name = "reggraph", mixinStandardHelpOptions = true, version = "reggraph 0.1.0",
        description = "Knowledge graph of Chinese regulations. Without a subcommand the jar runs the service.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ExtractCommand.class,
                IngestCommand.class,
                ExportCsvCommand.class,
                BulkImportCommand.class,
        })
public class ReggraphCommand {

    static final String NO_CLOSURES = "picocli.disable.closures";

    /** True when the first argument names a subcommand (or asks for help) rather than a Spring Boot option. */
    public static boolean isSubcommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.equals("--help") || first.equals("-h") || first.equals("--version") || declared().containsKey(first);
    }

    /**
     * The subcommands by the names and aliases their annotations give them: building a {@link CommandLine} reflects over
     * every option of every subcommand (a start-up cost of the command line), which reading the annotations does not.
     */
    private static Map<String, Class<?>> declared() {
        Map<String, Class<?>> byName = new HashMap<>();
        for (Class<?> c : ReggraphCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = c.getAnnotation(Command.class);
            byName.put(command.name(), c);
            for (String alias : command.aliases()) {
                byName.put(alias, c);
            }
        }
        return byName;
    }

    public static int run(String[] args) {
        // picocli looks for Groovy's Closure class unless told not to; the class is absent, so the class loader would
        // open every jar on the class path (~0.1 s of each command's start in the extracted layout)
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
        if (args.length > 0 && args[0].equals("extract")) {
            ExtractorWarmUp.start(); // on the second core, while picocli reflects over the command on this one
        }
        return topLevel(args).execute(args);
    }

    /**
     * The command line for {@code args}: for a named subcommand, the top level with that one subcommand, since picocli
     * reflects over every option of every subcommand it is given (~0.1 s of each command's start); the whole tree for
     * help, the version or an unknown word, so that these list every subcommand.
     */
    private static CommandLine topLevel(String[] args) {
        Class<?> only = args.length == 0 ? null : declared().get(args[0]);
        if (only == null || only == CommandLine.HelpCommand.class) {
            return new CommandLine(new ReggraphCommand());
        }
        Command top = ReggraphCommand.class.getAnnotation(Command.class);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(top.name());
        spec.addSubcommand(args[0], new CommandLine(only));
        return new CommandLine(spec);
    }

    static Set<String> names() {
        return new CommandLine(new ReggraphCommand()).getSubcommands().keySet();
    }
}
