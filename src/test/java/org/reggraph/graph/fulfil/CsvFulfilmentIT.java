package org.reggraph.graph.fulfil;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.extract.ExtractionProblem;
import org.reggraph.graph.GraphDump;
import org.reggraph.graph.GraphSchema;
import org.reggraph.ingest.CorpusReader;
import org.reggraph.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV path (export-csv → cypher/load-csv.cypher) gets the same fulfilment links and delegation statuses as the
 * Bolt writer, by the same step: the script marks them as due and the service derives them when it starts on the
 * graph. Its own context (the graph is cleared and loaded again).
 */
@TestPropertySource(properties = "reggraph.test.graph=csv-fulfilment")
class CsvFulfilmentIT extends FulfilmentGraphTestBase {

    private static final String LINKS = """
            MATCH (d:Document)-[f:FULFILS]->(t)
            RETURN d.id + ' -> ' + t.id + ' ' + f.status + ' ' + toString(f.confidence) + ' '
                   + reduce(s = '', e IN f.evidence | s + e + ',') AS link ORDER BY link""";
    private static final String STATUSES = """
            MATCH (s)-[r:DELEGATES_TO]->(g:Agency) WHERE r.status IS NOT NULL
            RETURN s.id + ' ' + g.id + ' ' + r.status + ' ' + coalesce(r.fulfilledBy, '-') AS status ORDER BY status""";

    private static final String FIRST_ISSUED = """
            MATCH (d:Document {title: $t, stub: false}) WHERE d.firstIssued = date('1986-06-25') RETURN count(d)""";

    @Autowired
    CorpusReader reader;
    @Autowired
    ApplicationContext context;

    @Test
    void aGraphLoadedWithLoadCsvGetsTheFulfilmentLinksOfTheWriterWhenTheServiceStarts(@TempDir Path texts, @TempDir Path csv)
            throws Exception {
        List<String> links = strings(LINKS);
        List<String> statuses = strings(STATUSES);
        assertThat(count(FIRST_ISSUED, Map.of("t", LAW))).as("the Bolt writer: the law's first text, from its history").isOne();
        assertThat(links).anyMatch(l -> l.contains("第五十一条 CARRIED_OUT"));

        for (Path f : List.of(FAGUI.resolve("大中型水利水电工程建设征地补偿和移民安置条例(2017-04-14).md"),
                FAGUI.resolve("土地管理法实施条例(2021-07-02).md"), FALV.resolve("土地管理法(2019-08-26).md"))) {
            Files.copy(f, texts.resolve(f.getFileName()));
        }
        List<ExtractionProblem> problems = new ArrayList<>();
        IngestService.exportCsv(reader, IngestService.files(List.of(texts)), csv, problems);
        assertThat(problems).isEmpty();

        GraphDump.clear(driver);
        try (var session = driver.session()) {
            for (String statement : GraphSchema.statements(Files.readString(Path.of("cypher/load-csv.cypher")))) {
                session.run(statement, Map.of("base", csv.toUri().toString().replaceAll("/$", ""))).consume();
            }
        }
        assertThat(count("MATCH ()-[f:FULFILS]->() RETURN count(f)")).as("LOAD CSV alone").isZero();
        assertThat(count(FIRST_ISSUED, Map.of("t", LAW))).as("LOAD CSV: the same date, as a date").isOne();

        // the service starting on the loaded graph (its start-up runner; reggraph.ingest.startup=off here)
        context.getBean("ingestStartupRunner", ApplicationRunner.class).run(new DefaultApplicationArguments());
        assertThat(strings(LINKS)).isEqualTo(links);
        assertThat(strings(STATUSES)).isEqualTo(statuses);
        assertThat(count("MATCH (v:GraphVersion {id: 'graph'}) WHERE v.fulfilmentStale RETURN count(v)")).isZero();
    }

    private List<String> strings(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get(0).asString()).toList();
    }
}
