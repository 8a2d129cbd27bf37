package org.reggraph.cli;

import org.junit.jupiter.api.Test;

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
}
