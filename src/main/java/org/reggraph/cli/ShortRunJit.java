package org.reggraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.management.ObjectName;

/**
 * For a command that runs a few seconds, C2 (HotSpot's optimising compiler) costs more CPU than it saves: on seeds +
 * corpus its compiler threads took 3–4 s of CPU beside 4 s of extraction, while C1's code is only ~15 % slower.
 * {@code -XX:TieredStopAtLevel=1} says so on the command line, which a jar cannot set; the same is asked here at run
 * time, through the JVM's diagnostic command {@code Compiler.directives_add} with a directive that excludes C2
 * (methods then stay at C1's full optimisation). Best effort: on a JVM without it nothing changes.
 */
final class ShortRunJit {

    private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    /**
     * Inputs from which C2 starts compiling (the five seeds, 2 MB, already cost it 1.5 s of CPU); below, the 0.2 s
     * the diagnostic command costs (JMX) are not won back.
     */
    static final long FROM_BYTES = 256 * 1024;

    private ShortRunJit() {
    }

    /** Whether the files under {@code paths} hold at least {@link #FROM_BYTES} (the walk stops there). */
    static boolean worthIt(List<Path> paths) {
        long total = 0;
        for (Path p : paths) {
            try (Stream<Path> walk = Files.walk(p)) {
                for (Iterator<Path> it = walk.filter(Files::isRegularFile).iterator(); it.hasNext(); ) {
                    total += Files.size(it.next());
                    if (total >= FROM_BYTES) {
                        return true;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // unreadable: the extraction reports it
            }
        }
        return false;
    }

    /**
     * The launcher ({@code scripts/reggraph}) starts the JVM with {@code -XX:TieredStopAtLevel=1} and says so in this
     * property, which spares the 0.1–0.2 s of JMX that {@link #c1Only} costs.
     */
    static final String C1_PROPERTY = "reggraph.jit";

    static boolean alreadyC1() {
        return "c1".equals(System.getProperty(C1_PROPERTY));
    }

    static void c1Only() {
        try {
            Path directives = Files.createTempFile("reggraph-jit", ".json");
            try {
                Files.writeString(directives, NO_C2);
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[]{new String[]{directives.toString()}}, new String[]{String[].class.getName()});
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (Exception | LinkageError e) {
            // no diagnostic command here: the JVM's default compilation
        }
    }
}
