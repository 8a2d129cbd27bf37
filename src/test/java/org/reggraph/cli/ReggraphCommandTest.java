package org.reggraph.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class ReggraphCommandTest {

    @Test
    void ingestionCommandsAreSubcommands() {
        assertThat(ReggraphCommand.names()).contains("ingest", "export-csv", "bulk-import");
        assertThat(ReggraphCommand.isSubcommand(new String[]{"ingest", "import/corpus"})).isTrue();
        assertThat(ReggraphCommand.isSubcommand(new String[]{"--server.port=0"})).isFalse();
    }

    @Test
    void everySubcommandPicocliKnowsIsRecognisedWithoutBuildingIt() {
        assertThat(ReggraphCommand.names()).isNotEmpty()
                .allSatisfy(name -> assertThat(ReggraphCommand.isSubcommand(new String[]{name})).as(name).isTrue());
        assertThat(ReggraphCommand.isSubcommand(new String[]{"extractx"})).isFalse();
    }

    @Test
    void missingPathIsAUsageErrorWithoutStartingAnything() {
        assertThat(ReggraphCommand.run(new String[]{"ingest", "no/such/folder"})).isEqualTo(2);
        assertThat(ReggraphCommand.run(new String[]{"bulk-import", "--csv", "no/such/folder"})).isEqualTo(2);
    }

    @Test
    void aSubcommandBuiltAloneKeepsItsQualifiedNameAndHelpStillListsEverySubcommand() {
        String extract = stdout(() -> ReggraphCommand.run(new String[]{"extract", "--help"}));
        assertThat(extract).startsWith("Usage: reggraph extract").contains("--json");
        String top = stdout(() -> ReggraphCommand.run(new String[]{"--help"}));
        assertThat(top).startsWith("Usage: reggraph");
        assertThat(ReggraphCommand.names()).allSatisfy(name -> assertThat(top).as(name).contains("  " + name + " "));
        assertThat(stdout(() -> ReggraphCommand.run(new String[]{"help", "ingest"}))).startsWith("Usage: reggraph ingest");
    }

    private static String stdout(IntSupplier command) {
        PrintStream was = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(command.getAsInt()).isZero();
        } finally {
            System.setOut(was);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
