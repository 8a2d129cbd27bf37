package org.reggraph.api.versions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.api.ServiceTestBase;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;
import org.reggraph.ingest.IngestService;
import org.reggraph.ingest.NationalTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reggraph.ingest.NationalTexts.FAGUI;
import static org.reggraph.ingest.NationalTexts.FALV;

/**
 * A graph that holds regulations only in late texts: 土地管理法 in its 2019 text, whose header dates the law from 1986
 * (通过), amended in 1988, 1998 and 2004; 公司法 in its 2018 and 2023 texts, dated from 1993; 土地管理法实施条例's
 * 2021 text, whose 1998 original is a version of its own (国务院令第256号); and 护士条例 in its text of 2020, whose history
 * stops at its 2008-01-31 公布 and whose commencement clause still names 2008-05-12. Written by the real ingestion from the national
 * corpus shipped in import/national; subclasses share one context, written once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/earlier-${random.uuid}",
        "reggraph.ingest.startup=off",
        "reggraph.api.cache-version-check=0"})
public abstract class EarlierTextsTestBase extends ServiceTestBase {

    protected static final String LAND = "中华人民共和国土地管理法(2019-08-26)";
    protected static final String COMPANY_2018 = "中华人民共和国公司法(2018-10-26)";
    protected static final String COMPANY_2023 = "中华人民共和国公司法(2023-12-29)";
    protected static final String LAND_RULES = "中华人民共和国土地管理法实施条例(2021-07-02)";
    protected static final String NURSES = "国务院令第517号";

    @Autowired
    IngestService ingest;

    @BeforeEach
    void writeTheTexts(@TempDir Path folder) throws IOException {
        if (count("MATCH (d:Document {stub: false}) RETURN count(d)") > 0) {
            return;
        }
        NationalTexts.copy(folder, FALV.resolve("土地管理法(2019-08-26).md"), FALV.resolve("公司法(2018-10-26).md"),
                FALV.resolve("公司法(2023-12-29).md"), FAGUI.resolve("土地管理法实施条例(2021-07-02).md"),
                FAGUI.resolve("护士条例(2020-03-27).md"));
        WriteReport report = ingest.ingest(List.of(folder), false, GraphWriter.Progress.NONE);
        assertThat(report.failures()).isEmpty();
    }

    protected String base() {
        return "http://localhost:" + port;
    }
}
