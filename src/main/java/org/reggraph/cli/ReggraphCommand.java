package org.reggraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
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
        return first.equals("--help") || first.equals("-h") || first.equals("--version") || declaredNames().contains(first);
    }

    /**
     * The subcommands' names read from their annotations: building a {@link CommandLine} reflects over every option of
     * every subcommand, which {@link #run} does once more (a start-up cost of the command line).
     */
    private static Set<String> declaredNames() {
        Set<String> names = new java.util.HashSet<>();
        for (Class<?> c : ReggraphCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = c.getAnnotation(Command.class);
            names.add(command.name());
            names.addAll(List.of(command.aliases()));
        }
        return names;
    }

    public static int run(String[] args) {
        // picocli looks for Groovy's Closure class unless told not to; the class is absent, so the class loader would
        // open every jar on the class path (~0.1 s of each command's start in the extracted layout)
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
        return topLevel(args).execute(args);
    }

    /**
     * The command line for {@code args}: for a named subcommand, the top level with that one subcommand, since picocli
     * reflects over every option of every subcommand it is given (~0.1 s of each command's start); the whole tree for
     * help, the version or an unknown word, so that these list every subcommand.
     */
    private static CommandLine topLevel(String[] args) {
        Class<?> only = args.length == 0 ? null : subcommandClass(args[0]);
        if (only == null || only == CommandLine.HelpCommand.class) {
            return new CommandLine(new ReggraphCommand());
        }
        Command top = ReggraphCommand.class.getAnnotation(Command.class);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(top.name());
        spec.addSubcommand(args[0], new CommandLine(only));
        return new CommandLine(spec);
    }

    private static Class<?> subcommandClass(String word) {
        for (Class<?> c : ReggraphCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = c.getAnnotation(Command.class);
            if (command.name().equals(word) || List.of(command.aliases()).contains(word)) {
                return c;
            }
        }
        return null;
    }

    static Set<String> names() {
        return new CommandLine(new ReggraphCommand()).getSubcommands().keySet();
    }
}
