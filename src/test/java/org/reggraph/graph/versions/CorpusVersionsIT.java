package org.reggraph.graph.versions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.reggraph.api.documents.DocumentService;
import org.reggraph.api.versions.VersionService;
import org.reggraph.graph.GraphDump;
import org.reggraph.graph.GraphWriter;
import org.reggraph.graph.WriteReport;
import org.reggraph.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versions of a national law from the corpus files, through the real ingestion: 公司法(2018-10-26).md and
 * 公司法(2023-12-29).md become one work; texts citing 《中华人民共和国公司法》 cite the version in force on their date
 * (证券法 2019 and 期货和衍生品法 2022 → the 2018 text, also at article level; a 2024-07-01 regulation → the 2023 text,
 * which applies from 2024-07-01). Needs ../shared/corpus/falv; skipped without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/versions-${random.uuid}",
        "reggraph.ingest.startup=off"})
class CorpusVersionsIT {

    private static final Path FALV = Path.of("../shared/corpus/falv");
    private static final Path FAGUI = Path.of("../shared/corpus/xingzheng-fagui");
    private static final String COMPANY_LAW = "中华人民共和国公司法";

    @Autowired
    Driver driver;
    @Autowired
    IngestService ingest;
    @Autowired
    GraphWriter writer;
    @Autowired
    VersionService versionService;
    @Autowired
    DocumentService documents;

    @TempDir
    static Path folder;

    @BeforeAll
    static void needsTheCorpus() {
        Assumptions.assumeTrue(Files.isRegularFile(FALV.resolve("公司法(2018-10-26).md"))
                && Files.isRegularFile(FALV.resolve("公司法(2023-12-29).md")), "../shared/corpus not available");
    }

    @Test
    void aNewerVersionOfTheLawAddsAVersionMovesCurrentAndCitationsReadTheTextOfTheirDate() throws IOException {
        Path first = copy("first", FALV.resolve("公司法(2018-10-26).md"), FALV.resolve("证券法(2019-12-28).md"),
                FALV.resolve("期货和衍生品法(2022-04-20).md"));
        ingest(first);
        List<Record> one = versions();
        assertThat(one).hasSize(1);
        String v2018 = one.get(0).get("id").asString();
        assertThat(one.get(0).get("current").asBoolean()).isTrue();

        Path second = copy("second", FALV.resolve("公司法(2023-12-29).md"),
                FAGUI.resolve("私募投资基金监督管理条例(2023-07-03).md"),
                FAGUI.resolve("国务院关于实施《公司法》注册资本登记管理制度的规定(2024-07-01).md"));
        ingest(second);
        List<Record> two = versions();
        assertThat(two).extracting(r -> r.get("id").asString()).hasSize(2).first().isEqualTo(v2018);
        String v2023 = two.get(1).get("id").asString();
        assertThat(two.get(1).get("current").asBoolean()).isTrue();
        assertThat(two.get(1).get("validFrom").asLocalDate()).hasToString("2024-07-01");
        assertThat(two.get(0).get("current").asBoolean()).isFalse();
        assertThat(two.get(0).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(two.get(0).get("validTo").asLocalDate()).hasToString("2024-07-01");
        assertThat(work().get("currentVersion").asString()).isEqualTo(v2023);
        assertThat(work().get("status").asString()).isEqualTo("IN_FORCE");

        // what made each version: the 2018 text the decision of its own date (one of three decisions with that title, of
        // 1999, 2004 and 2018); the 2023 text a revision by the standing committee itself, no instrument
        List<org.reggraph.api.versions.VersionDtos.Version> made = versionService.versions(v2018, null).versions();
        assertThat(made.get(0).madeBy()).satisfies(m -> {
            assertThat(m.title()).isEqualTo("关于修改《中华人民共和国公司法》的决定");
            assertThat(m.date()).startsWith("2018-10-26");
        });
        assertThat(made.get(1).madeBy()).isNull();

        // citations: the version in force on the citing text's date
        assertThat(citedVersions("中华人民共和国期货和衍生品法")).containsOnly(v2018);
        assertThat(citedVersions("私募投资基金监督管理条例")).containsOnly(v2018);
        assertThat(citedVersions("国务院关于实施《中华人民共和国公司法》注册资本登记管理制度的规定")).containsOnly(v2023);
        assertThat(citedArticles("中华人民共和国证券法")).contains(v2018 + "/第一百四十六条");

        // the document links the writer kept while citations moved between versions: those of the edges
        List<String> links = GraphDump.links(driver);
        assertThat(links).anyMatch(l -> l.endsWith("-> " + v2023));
        writer.recomputeDerived();
        assertThat(GraphDump.links(driver)).isEqualTo(links);

        // re-ingesting both folders changes nothing
        List<String> before = GraphDump.of(driver);
        assertThat(ingest(first).documents()).isZero();
        assertThat(ingest(second).documents()).isZero();
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    /**
     * The 2021 土地管理法实施条例 in a seed compilation (国务院令第743号) and in the national corpus is one version of its work, not
     * two versions of one date in a row; the seven books and the 附则 of 民法典, in files of their own, are one document.
     */
    @Test
    void oneTextFromSeveralSourcesIsOneVersion() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FAGUI.resolve("土地管理法实施条例(2021-07-02).md")));
        Path dir = copy("copies", Path.of("import/corpus/000_3700f5e89e50de4d.txt"),
                FAGUI.resolve("土地管理法实施条例(2021-07-02).md"));
        try (var parts = Files.list(FALV)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("中华人民共和国民法典__")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName().toString()));
            }
        }
        ingest(dir);

        List<Record> land = versionsOf("中华人民共和国土地管理法实施条例");
        assertThat(land).extracting(r -> r.get("docNumber").asString(null))
                .containsExactly("国务院令第256号", "国务院令第743号");
        // the 1998 original, known by its number only, dated by the history line 1998年12月27日…国务院令第256号发布
        assertThat(land.get(0).get("versionDate").asLocalDate()).hasToString("1998-12-27");
        String current = land.get(1).get("id").asString();
        assertThat(land.get(1).get("current").asBoolean()).isTrue();
        assertThat(copiesOf(current)).singleElement().satisfies(c -> {
            assertThat(c.get("status").asString()).isEqualTo("IN_FORCE");
            assertThat(c.get("current").asBoolean()).isTrue();
        });
        assertThat(versionService.versions(copiesOf(current).get(0).get("id").asString(), "2022-01-01"))
                .satisfies(v -> {
                    assertThat(v.sameAs()).isEqualTo(current);
                    assertThat(v.versions()).hasSize(2);
                    assertThat(v.inForceOn().id()).isEqualTo(current);
                });
        String copy = copiesOf(current).get(0).get("id").asString();
        assertThat(documents.inForce(copy, "2010-01-01")).satisfies(f -> {
            assertThat(f.inForce()).isTrue();
            assertThat(f.versionInForce()).isFalse(); // the 1998 text applied then
            assertThat(f.reason()).contains("since its first version of 1998-12-27", copy + " is the same text as " + current);
        });
        assertThat(documents.inForce(copy, "2022-01-01").versionInForce()).isTrue();

        // the seven books and the 附则 are one document, as the code is cited (《民法典》第一千一百六十五条 stands in 侵权责任编)
        List<Record> code = versionsOf("中华人民共和国民法典");
        assertThat(code).singleElement().satisfies(v -> assertThat(v.get("status").asString()).isEqualTo("IN_FORCE"));
        String civil = code.get(0).get("id").asString();
        assertThat(copiesOf(civil)).isEmpty();
        assertThat(driver.executableQuery("""
                        MATCH (d:Document {id: $id})-[:HAS_ARTICLE|HAS_CHAPTER*1..4]->(a:Article)
                        RETURN count(DISTINCT a) AS articles, min(a.number) AS first, max(a.number) AS last, d.sourceFile AS file""")
                .withParameters(Map.of("id", civil)).execute().records()).singleElement().satisfies(r -> {
                    assertThat(r.get("articles").asLong()).isEqualTo(1260);
                    assertThat(r.get("first").asLong()).isEqualTo(1);
                    assertThat(r.get("last").asLong()).isEqualTo(1260);
                    assertThat(r.get("file").asString()).isEqualTo("中华人民共和国民法典__*.md");
                });
        assertThat(documents.inForce(civil, "2020-12-31").inForce()).isFalse();
        assertThat(documents.inForce(civil, "2021-01-01").reason()).contains("2021-01-01");

        List<String> before = GraphDump.of(driver);
        assertThat(ingest(dir).documents()).isZero();
        writer.recomputeDerived();
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    /**
     * A law whose history lines amend an older text of the same title (大气污染防治法: 2015年8月29日…修订) keeps that
     * older version as a stub beside itself; re-ingesting it must not claim the stub and recreate it each time.
     */
    @Test
    void reIngestingALawBesideItsOlderVersionRewritesNothing() throws IOException {
        Path dir = copy("air", FALV.resolve("大气污染防治法(2018-10-26).md"));
        ingest(dir);
        assertThat(driver.executableQuery("""
                        MATCH (d:Document {stub: false, titleKey: '大气污染防治法'})-[:AMENDS]->(s:Document {stub: true})
                        WHERE s.titleKey = d.titleKey RETURN count(s) AS n""")
                .execute().records().get(0).get("n").asLong()).isPositive();
        List<String> before = GraphDump.of(driver);
        assertThat(ingest(dir).documents()).isZero();
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    /**
     * 专利法实施细则(2010-01-09) and (2023-12-11) repeal the 1992 text of their own title (…中国专利局发布的《中华人民共和国专利法实施细则》
     * 同时废止, effective 2001-07-01): the repeal names an older text, neither corpus version, though the later one comes in after.
     */
    @Test
    void aRepealOfItsOwnTitleNamesNoLaterVersion() throws IOException {
        Path older = FAGUI.resolve("专利法实施细则(2010-01-09).md");
        Path newer = FAGUI.resolve("专利法实施细则(2023-12-11).md");
        Assumptions.assumeTrue(Files.isRegularFile(older) && Files.isRegularFile(newer));
        ingest(copy("patent-2010", older));
        ingest(copy("patent-2023", newer));
        String v2023 = driver.executableQuery("MATCH (d:Document {sourceFile: '专利法实施细则(2023-12-11).md'}) RETURN d.id AS id")
                .execute().records().get(0).get("id").asString();
        String v2010 = driver.executableQuery("MATCH (d:Document {sourceFile: '专利法实施细则(2010-01-09).md'}) RETURN d.id AS id")
                .execute().records().get(0).get("id").asString();
        // the 2023 text repeats the repeal of the 1992 text, effective 2001-07-01: no repeal of the 2010 text either
        assertThat(driver.executableQuery("MATCH (:Document)-[r:REPEALS]->(d:Document) WHERE d.id IN $ids RETURN count(r) AS n")
                .withParameters(Map.of("ids", List.of(v2010, v2023))).execute().records().get(0).get("n").asLong()).isZero();
        assertThat(documents.inForce(v2023, "2025-01-01").inForce()).isTrue();
        assertThat(documents.inForce(v2010, "2015-01-01").versionInForce()).isTrue();
        assertThat(driver.executableQuery("""
                        MATCH (d:Document)-[:REPEALS]->(s:Document) WHERE d.sourceFile STARTS WITH '专利法实施细则'
                        RETURN DISTINCT s.stub AS stub""").execute().records()).singleElement()
                .satisfies(r -> assertThat(r.get("stub").asBoolean()).isTrue());
    }

    private List<Record> versionsOf(String title) {
        return driver.executableQuery("""
                        MATCH (w:Work {title: $title})-[h:HAS_VERSION]->(v:Document)
                        RETURN v.id AS id, v.docNumber AS docNumber, v.current AS current, v.status AS status,
                               v.versionDate AS versionDate ORDER BY h.ordinal""")
                .withParameters(Map.of("title", title)).execute().records();
    }

    private List<Record> copiesOf(String version) {
        return driver.executableQuery("""
                        MATCH (c:Document)-[:SAME_EXPRESSION_AS]->(:Document {id: $id})
                        RETURN c.id AS id, c.status AS status, c.current AS current ORDER BY c.id""")
                .withParameters(Map.of("id", version)).execute().records();
    }

    private WriteReport ingest(Path folder) {
        WriteReport report = ingest.ingest(List.of(folder), false, GraphWriter.Progress.NONE);
        assertThat(report.failures()).isEmpty();
        return report;
    }

    private List<Record> versions() {
        return driver.executableQuery("""
                        MATCH (w:Work)-[h:HAS_VERSION]->(v:Document) WHERE w.title = $title
                        RETURN v.id AS id, v.current AS current, v.status AS status, v.validFrom AS validFrom,
                               v.validTo AS validTo ORDER BY h.ordinal""")
                .withParameters(Map.of("title", COMPANY_LAW)).execute().records();
    }

    private Record work() {
        return driver.executableQuery("MATCH (w:Work {title: $title}) RETURN w.currentVersion AS currentVersion, w.status AS status")
                .withParameters(Map.of("title", COMPANY_LAW)).execute().records().get(0);
    }

    /** The documents the citing text's (and its articles') 《公司法》 citations point at. */
    private List<String> citedVersions(String citingTitle) {
        return driver.executableQuery("""
                        MATCH (c:Document {stub: false}) WHERE c.title = $citing
                        MATCH (c)-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->(s)-[:CITES|BASED_ON]->(t:Document)
                        WHERE t.titleKey = '公司法'
                        RETURN DISTINCT t.id AS id""")
                .withParameters(Map.of("citing", citingTitle)).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
    }

    private List<String> citedArticles(String citingTitle) {
        return driver.executableQuery("""
                        MATCH (c:Document {stub: false}) WHERE c.title = $citing
                        MATCH (c)-[:HAS_CHAPTER|HAS_ARTICLE*0..3]->(s)-[:CITES]->(a:Article)
                        RETURN DISTINCT a.id AS id""")
                .withParameters(Map.of("citing", citingTitle)).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
    }

    private static Path copy(String name, Path... files) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(name));
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName().toString()));
        }
        return dir;
    }
}
