package org.reggraph.graph;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Relation;
import org.reggraph.extract.Relation.Provenance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reggraph.graph.Fixtures.AIR;
import static org.reggraph.graph.Fixtures.LAW;
import static org.reggraph.graph.Fixtures.OLD_AIR;
import static org.reggraph.graph.Fixtures.QUAKE;

/** The writer against a real embedded Neo4j: idempotence, stubs, status, updates, failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "reggraph.neo4j.embedded.bolt-port=0",
        "reggraph.neo4j.embedded.data-dir=target/it-data/writer-${random.uuid}",
        "reggraph.ingest.startup=off"})
class GraphWriterIT {

    @Autowired
    Driver driver;
    @Autowired
    GraphWriter writer;
    @Autowired
    GraphSchema schema;

    @BeforeEach
    void clear() {
        schema.ensureApplied(); // no web server, so no start-up runner: the schema as the commands apply it
        GraphDump.clear(driver);
    }

    private WriteReport write(Extraction e) {
        return writer.write(e);
    }

    private WriteReport write(Extraction e, boolean force, int batchDocs) {
        return writer.write(GraphPlan.of(e), new GraphWriter.Options(20_000, batchDocs, force), GraphWriter.Progress.NONE);
    }

    private Map<String, Object> doc(String id) {
        List<Record> r = driver.executableQuery("MATCH (d:Document {id: $id}) RETURN properties(d) AS p")
                .withParameters(Map.of("id", id)).execute().records();
        return r.isEmpty() ? null : r.get(0).get("p").asMap();
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    private Extraction all() {
        return Fixtures.merge(Fixtures.quake(), Fixtures.law(1), Fixtures.air(true), Fixtures.oldAir());
    }

    @Test
    void ingestingTwiceGivesTheSameGraph() {
        WriteReport first = write(all());
        assertThat(first.failures()).isEmpty();
        assertThat(first.documents()).isEqualTo(4);
        assertThat(first.agencies()).isPositive().isEqualTo(count("MATCH (a:Agency) RETURN count(a) AS n"));
        assertThat(first.relations().get("PART_OF")).isEqualTo(count("MATCH ()-[r:PART_OF]->() RETURN count(r) AS n"));
        List<String> dump = GraphDump.of(driver);

        WriteReport second = write(all());
        assertThat(second.documents()).isZero();
        assertThat(second.skipped()).isEqualTo(4);
        assertThat(second.agencies()).as("agencies already in the graph are not reported again").isZero();
        assertThat(second.relations()).doesNotContainKey("PART_OF");
        assertThat(GraphDump.of(driver)).isEqualTo(dump);

        write(all(), true, 1);
        assertThat(GraphDump.of(driver)).isEqualTo(dump);
    }

    /** The writer keeps the document-level projection in step with the edges, whatever the order of writes. */
    @Test
    void documentLinksFollowTheEdgesInAnyOrder() {
        write(Fixtures.air(true));
        write(Fixtures.quake());
        write(Fixtures.oldAir());
        write(Fixtures.law(1));
        write(Fixtures.law(2), true, 1);
        write(Fixtures.law(1), true, 1);
        List<String> kept = links();
        assertThat(kept).contains(QUAKE + " -CITES x2-> " + LAW, QUAKE + " -BASED_ON x1-> " + LAW);
        assertThat(count("MATCH ()-[l:LINKS_TO]->() WHERE l.count < 1 OR l.type IS NULL RETURN count(l)")).isZero();
        // recomputed from scratch over the whole graph: the same links
        writer.recomputeDerived();
        assertThat(links()).isEqualTo(kept);
        // and the same as one write of everything into an empty graph
        GraphDump.clear(driver);
        write(Fixtures.merge(Fixtures.quake(), Fixtures.law(1), Fixtures.air(true), Fixtures.oldAir()));
        assertThat(links()).isEqualTo(kept);
    }

    @Test
    void everyWriteBumpsTheGraphVersion() {
        write(Fixtures.quake());
        long first = count("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version");
        write(Fixtures.law(1));
        long second = count("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version");
        assertThat(second).isGreaterThan(first);
        assertThat(count("MATCH (v:GraphVersion) RETURN count(v)")).isEqualTo(1);
    }

    private List<String> links() {
        return GraphDump.links(driver);
    }

    @Test
    void writesTheModel() {
        write(all());
        assertThat(count("MATCH (:Document {id: '" + QUAKE + "'})-[:HAS_CHAPTER]->(:Chapter)-[:HAS_ARTICLE]->(a:Article) RETURN count(a)")).isEqualTo(3);
        assertThat(count("MATCH (:Article {id: '" + QUAKE + "/第一条'})-[c:CITES]->(:Document {id: '" + LAW + "'}) RETURN count(c)")).isEqualTo(1);
        assertThat(count("MATCH (:Article {id: '" + QUAKE + "/第二条'})-[c:CITES]->(:Article {id: '" + LAW + "/第五条'}) RETURN count(c)")).isEqualTo(1);
        assertThat(count("MATCH (:Document {id: '" + QUAKE + "'})-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[:BASED_ON]->(:Document {id: '" + LAW + "'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Article {id: '" + QUAKE + "/第四条'})-[r:RESPONSIBLE_FOR {role: 'supervise'}]->(:Agency {id: '国务院住房和城乡建设主管部门'})-[:PART_OF]->(:Agency {id: '国务院'}) RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (:Article {id: '" + QUAKE + "/第四条'})-[r:DELEGATES_TO {what: '具体办法'}]->(:Agency {id: '国务院'}) RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (:Document {id: '" + AIR + "'})-[r:ISSUED_BY]->(a:Agency) RETURN count(r)")).isEqualTo(2);
        assertThat(count("MATCH (:Document {id: '" + AIR + "'})-[r:ISSUED_BY {role: 'lead'}]->(:Agency {id: '财政部'}) RETURN count(r)")).isEqualTo(1);
        // amendment history line: the instrument (a stub) amends the law
        assertThat(count("MATCH (i:Document {stub: true})-[a:AMENDS {ordinal: 2}]->(:Document {id: '" + LAW + "'}) RETURN count(a)")).isEqualTo(1);
        // its own history lines tell how the text came to be: the text holds them, it is not "amended" by them
        assertThat(doc(LAW)).containsEntry("status", "IN_FORCE").containsEntry("stub", false);
        assertThat(doc("中华人民共和国防震减灾法")).containsEntry("stub", true).containsEntry("status", "UNKNOWN");
        assertThat(doc(QUAKE)).containsEntry("status", "IN_FORCE");
    }

    @Test
    void stubIsMergedIntoTheRealDocumentKeepingIncomingEdges() {
        write(Fixtures.quake());
        // both 《中华人民共和国建筑法》 and 《建筑法》 name one stub
        assertThat(count("MATCH (d:Document {stub: true}) WHERE d.titleKey = '建筑法' RETURN count(d)")).isEqualTo(1);
        assertThat(count("MATCH (:Document {id: '" + LAW + "'})<-[c:CITES {targetArticle: '第五条'}]-() RETURN count(c)")).isEqualTo(1);

        write(Fixtures.law(1));
        assertThat(count("MATCH (d:Document) WHERE d.titleKey = '建筑法' RETURN count(d)")).isEqualTo(1);
        assertThat(doc(LAW)).containsEntry("stub", false).containsEntry("status", "IN_FORCE");
        assertThat(count("MATCH (:Document {id: '" + QUAKE + "'})-[:HAS_CHAPTER|HAS_ARTICLE*1..2]->()-[:CITES]->(:Document {id: '" + LAW + "'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Article {id: '" + QUAKE + "/第二条'})-[:CITES]->(:Article {id: '" + LAW + "/第五条'}) RETURN count(*)")).isEqualTo(1);
        List<String> stubFirst = GraphDump.of(driver);

        // the other order gives the same graph
        GraphDump.clear(driver);
        write(Fixtures.law(1));
        write(Fixtures.quake());
        assertThat(GraphDump.of(driver)).isEqualTo(stubFirst);
    }

    @Test
    void stubByDocumentNumberIsClaimedByTheRealDocument() {
        write(Fixtures.air(true));
        assertThat(doc(OLD_AIR)).containsEntry("stub", true).containsEntry("status", "REPEALED");
        write(Fixtures.oldAir());
        assertThat(doc(OLD_AIR)).containsEntry("stub", false).containsEntry("status", "REPEALED")
                .containsEntry("statusChangedBy", AIR);
        assertThat(count("MATCH (d:Document) RETURN count(d)")).isEqualTo(2);
    }

    @Test
    void repealSetsStatusAndRemovingItRestoresIt() {
        write(Fixtures.oldAir());
        assertThat(doc(OLD_AIR)).containsEntry("status", "IN_FORCE");
        write(Fixtures.air(true));
        assertThat(doc(OLD_AIR)).containsEntry("status", "REPEALED").containsEntry("statusChangedBy", AIR)
                .containsEntry("statusDate", java.time.LocalDate.parse("2021-06-04"));
        // the repealing document is re-ingested without the repeal: status goes back
        write(Fixtures.air(false));
        assertThat(doc(OLD_AIR)).containsEntry("status", "IN_FORCE").doesNotContainKeys("statusChangedBy", "statusDate");
    }

    @Test
    void aNewVersionThatRepealsTheOldOneOfTheSameTitleIsNotRepealedItself() {
        // 财资〔2022〕136号's attachment 企业安全生产费用提取和使用管理办法 repeals the 2012 rule of the same title
        String title = "企业安全生产费用提取和使用管理办法";
        var doc = Fixtures.doc(title, title, null, List.of("财政部"), "2022-11-21", "2022-11-21", "办法", "new.txt", 1, 9,
                List.of(), List.of(Fixtures.article(48, "第四十八条", null, "《企业安全生产费用提取和使用管理办法》（财企〔2012〕16号）同时废止。", 8)));
        var numbered = new Relation.Repeals(new Provenance(title, "第四十八条", 8,
                "《企业安全生产费用提取和使用管理办法》（财企〔2012〕16号）同时废止"), title, "财企〔2012〕16号", null, false, List.of(), null);
        write(new Extraction(List.of(doc), List.of(numbered), List.of(), List.of()));
        assertThat(doc(title)).containsEntry("status", "IN_FORCE");
        assertThat(doc("财企〔2012〕16号")).containsEntry("stub", true).containsEntry("status", "REPEALED");
        assertThat(count("MATCH (d)-[:REPEALS]->(d) RETURN count(d)")).isZero();

        // the same without a number: the older version still gets a node of its own
        var bare = new Relation.Repeals(new Provenance(title, "第四十八条", 8, "原《企业安全生产费用提取和使用管理办法》同时废止"),
                title, null, null, false, List.of(), null);
        write(new Extraction(List.of(doc), List.of(bare), List.of(), List.of()));
        assertThat(doc(title)).containsEntry("status", "IN_FORCE");
        assertThat(count("MATCH (d)-[:REPEALS]->(d) RETURN count(d)")).isZero();
        assertThat(count("MATCH (:Document {id: '企业安全生产费用提取和使用管理办法'})-[:REPEALS]->(o:Document {stub: true}) "
                + "WHERE o.status = 'REPEALED' RETURN count(o)")).isEqualTo(1);
    }

    @Test
    void eachMemberOfAJointListIsResponsible() {
        Extraction quake = Fixtures.quake();
        var article = quake.documents().get(0).articles().get(0);
        var joint = new Relation.Responsible(new Provenance(quake.documents().get(0).id(), article.label(), article.startLine(),
                "财政部、生态环境部按职责分工负责"), "财政部、生态环境部", "lead", null);
        write(new Extraction(quake.documents(), List.of(joint), List.of(), List.of()));
        assertThat(driver.executableQuery("MATCH (:Article)-[r:RESPONSIBLE_FOR {joint: true}]->(a:Agency) "
                + "RETURN a.id AS id ORDER BY id").execute().records().stream().map(x -> x.get("id").asString()))
                .containsExactly("生态环境部", "财政部");
        assertThat(count("MATCH (a:Agency) WHERE a.id CONTAINS '、' RETURN count(a)")).isZero();
    }

    @Test
    void partialRepealGivesPartiallyRepealed() {
        write(Fixtures.oldAir());
        Extraction air = Fixtures.air(true);
        var r = (Relation.Repeals) air.relations().get(0);
        var partial = new Relation.Repeals(r.source(), r.target(), r.targetDocNumber(), null, true, List.of("第二条第（三）项"),
                r.effectiveDate());
        write(new Extraction(air.documents(), List.of(partial), List.of(), List.of()));
        assertThat(doc(OLD_AIR)).containsEntry("status", "PARTIALLY_REPEALED");
        assertThat(count("MATCH ()-[r:REPEALS {partial: true}]->() WHERE r.articles = ['第二条第（三）项'] RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void updatingADocumentReplacesItsSubgraphAndKeepsIncomingEdges() {
        write(Fixtures.merge(Fixtures.quake(), Fixtures.law(1)));
        List<String> before = GraphDump.of(driver);
        WriteReport update = write(Fixtures.law(2));
        assertThat(update.documents()).isEqualTo(1);
        List<String> after = GraphDump.of(driver);
        assertThat(after).isNotEqualTo(before);
        assertThat(count("MATCH (:Article {id: '" + QUAKE + "/第二条'})-[:CITES]->(a:Article {id: '" + LAW + "/第五条'}) "
                + "WHERE a.text ENDS WITH '社会公共利益。' RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Document {id: '" + QUAKE + "'})-[:HAS_CHAPTER|HAS_ARTICLE*0..2]->()-[:BASED_ON]->(:Document {id: '" + LAW + "'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Document {id: '" + LAW + "'})-[:HAS_ARTICLE]->(a) RETURN count(a)")).isEqualTo(2);
        assertThat(count("MATCH ()-[a:AMENDS]->(:Document {id: '" + LAW + "'}) RETURN count(a)")).isEqualTo(1);
        // and back: identical to the first version
        write(Fixtures.law(1));
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void aBrokenDocumentRollsBackAloneAndTheBatchGoesOn() {
        ExtractedDocument good = Fixtures.oldAir().documents().get(0);
        ExtractedDocument broken = Fixtures.doc("坏文件", "重复条文的办法", null, List.of(), null, null, "办法", "broken.txt", 7, 9,
                List.of(), List.of(Fixtures.article(1, "第一条", null, "甲", 7), Fixtures.article(1, "第一条", null, "乙", 8)));
        Extraction batch = Fixtures.merge(Fixtures.air(true),
                new Extraction(List.of(broken), List.of(), List.of(), List.of()),
                new Extraction(List.of(good), List.of(), List.of(), List.of()));
        WriteReport report = write(batch, false, 100);
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("broken.txt");
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.message()).contains("坏文件/第一条");
        });
        assertThat(doc("坏文件")).isNull();
        assertThat(count("MATCH (a:Article) WHERE a.id STARTS WITH '坏文件' RETURN count(a)")).isZero();
        assertThat(doc(OLD_AIR)).containsEntry("status", "REPEALED").containsEntry("stub", false);
        List<String> dump = GraphDump.of(driver);
        GraphDump.clear(driver);
        write(Fixtures.merge(Fixtures.air(true), new Extraction(List.of(good), List.of(), List.of(), List.of())));
        assertThat(GraphDump.of(driver)).isEqualTo(dump);
    }

    @Test
    void aBrokenDocumentLeavesNoAgencyOfItsOwn() {
        ExtractedDocument broken = Fixtures.doc("坏文件", "重复条文的办法", null, List.of("坏文件发布局"), null, null, "办法",
                "broken.txt", 7, 9, List.of(), List.of(Fixtures.article(1, "第一条", null, "甲", 7),
                        Fixtures.article(1, "第一条", null, "乙", 8)));
        List<Relation> duties = List.of(new Relation.Responsible(new Provenance("坏文件", "第一条", 7, "坏文件监管局负责"),
                "坏文件监管局", "lead", "监督管理"));
        List<org.reggraph.extract.ExtractedAgency> named = List.of(
                new org.reggraph.extract.ExtractedAgency("坏文件发布局", "坏文件发布局", List.of(), "国家", "直属机构", false, null),
                new org.reggraph.extract.ExtractedAgency("坏文件监管局", "坏文件监管局", List.of("监管局"), "国家", "直属机构", false, null));
        WriteReport report = write(Fixtures.merge(Fixtures.air(true), new Extraction(List.of(broken), duties, named, List.of())),
                false, 100);
        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.document()).isEqualTo("坏文件"));
        assertThat(doc(AIR)).isNotNull();
        // the agencies only the broken document names were in its transaction: rolled back with it
        assertThat(count("MATCH (a:Agency) WHERE a.id STARTS WITH '坏文件' RETURN count(a)")).isZero();
    }

    @Test
    void aStubNoLongerCitedGoesAway() {
        write(Fixtures.quake());
        assertThat(doc("中华人民共和国防震减灾法")).containsEntry("stub", true);
        Extraction quake = Fixtures.quake();
        Extraction fewer = new Extraction(quake.documents(), quake.relations().stream()
                .filter(r -> !"中华人民共和国防震减灾法".equals(r.target())).toList(), quake.agencies(), List.of());
        write(fewer);
        assertThat(doc("中华人民共和国防震减灾法")).isNull();
        List<String> updated = GraphDump.of(driver);
        GraphDump.clear(driver);
        write(fewer);
        assertThat(GraphDump.of(driver)).isEqualTo(updated);
    }

    /**
     * A regulation extracted again with one article changed (as an upgraded extractor or an edited file gives it): the
     * agency only that article named goes, one still named elsewhere stays, and the graph is what a clean write of the
     * new text gives; so does a name a build before the sweep left with no edge (as stores written then hold them).
     */
    @Test
    void anAgencyNoLongerNamedGoesAway() {
        Extraction before = regulation("第三条 县级以上地方人民政府森林防火监督机构负责本行政区域森林防火的监督管理工作。");
        Extraction after = regulation("第三条 森林经营单位应当建立森林防火责任制度。");
        write(before);
        assertThat(count("MATCH (a:Agency {id: '县级以上地方人民政府森林防火监督机构'}) RETURN count(a)")).isEqualTo(1);
        driver.executableQuery("CREATE (:Agency {id: '如该调查委员会', name: '如该调查委员会', aliases: [], generic: false})").execute();

        write(after);
        assertThat(count("MATCH (a:Agency {id: '如该调查委员会'}) RETURN count(a)")).as("left by an older build").isZero();
        assertThat(count("MATCH (a:Agency {id: '县级以上地方人民政府森林防火监督机构'}) RETURN count(a)"))
                .as("named by the old article alone").isZero();
        assertThat(count("MATCH (a:Agency {id: '国务院应急管理部门'}) RETURN count(a)")).as("still named").isEqualTo(1);
        List<String> updated = GraphDump.of(driver);
        GraphDump.clear(driver);
        write(after);
        assertThat(GraphDump.of(driver)).isEqualTo(updated);
    }

    /** 测试森林防火条例 in the corpus format, extracted by the real extractor; {@code third} its third article. */
    private static Extraction regulation(String third) {
        String md = String.join("\n\n", "# 测试森林防火条例", "2020年1月1日 中华人民共和国国务院令第999号公布",
                "<!-- INFO END -->", "第一条 为了有效预防和扑救森林火灾，制定本条例。",
                "第二条 国务院应急管理部门负责指导森林火灾的扑救工作。", third) + "\n";
        return new org.reggraph.extract.Extractor().extract(md.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "测试森林防火条例(2020-01-01).md");
    }

    @Test
    void aStubNamingAnExistingDocumentByItsNewTitleIsMergedIntoIt() {
        write(Fixtures.oldAir());
        // a notice cites 578号 by a title the graph does not know yet: a stub
        String corrected = "财政部关于印发《大气污染防治专项资金管理办法（2018年修订）》的通知";
        var citing = Fixtures.doc("财办〔2019〕1号", "关于做好大气污染防治资金清算工作的通知", "财办〔2019〕1号", List.of("财政部"),
                "2019-03-01", null, "通知", "citing.txt", 1, 20, List.of(),
                List.of(Fixtures.article(1, "第一条", null, "按照" + corrected + "执行。", 3)));
        var cites = new Relation.Cites(new Provenance("财办〔2019〕1号", "第一条", 3, "《" + corrected + "》"), corrected, null,
                null, null);
        write(new Extraction(List.of(citing), List.of(cites), List.of(), List.of()));
        assertThat(count("MATCH (d:Document {stub: true}) RETURN count(d)")).isEqualTo(1);

        // 578号 re-read under that title: it exists already, so the stub's edges move to it and the stub goes
        Extraction old = Fixtures.oldAir();
        var renamed = Fixtures.doc(OLD_AIR, corrected, OLD_AIR, List.of("财政部"), "2018-12-29", "2018-12-29", "通知",
                "old.txt", 1, 120, List.of(), old.documents().get(0).articles());
        write(new Extraction(List.of(renamed), List.of(), List.of(), List.of()));
        assertThat(count("MATCH (d:Document {stub: true}) RETURN count(d)")).isZero();
        assertThat(count("MATCH (:Article {id: '财办〔2019〕1号/第一条'})-[:CITES]->(:Document {id: '" + OLD_AIR + "'}) "
                + "RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (d:Document) RETURN count(d)")).isEqualTo(2);
    }

    @Test
    void aCitedAnnouncementNumberFindsTheAnnouncementPrintedWithoutItsIssuer() {
        // seed 000: the header prints 2021 年第 41 号; citations write the number with the issuer
        String title = "自然资源部关于部本级应用电子矿产资源勘查许可证、采矿许可证有关事项的公告";
        var announcement = Fixtures.doc("2021年第41号", title, "2021年第41号", List.of("自然资源部"), "2021-06-30",
                "2021-07-01", "公告", "000.txt", 2445, 2470, List.of(), List.of());
        var citing = Fixtures.doc("自然资源部公告2022年第1号", "自然资源部关于矿业权登记有关事项的公告", "自然资源部公告2022年第1号",
                List.of("自然资源部"), "2022-01-05", null, "公告", "citing.txt", 1, 10, List.of(), List.of());
        var cites = new Relation.Cites(new Provenance("自然资源部公告2022年第1号", null, 5, "《" + title + "》（2021 年第 41 号）"),
                title, "自然资源部公告2021年第41号", null, null);
        write(new Extraction(List.of(announcement, citing), List.of(cites), List.of(), List.of()));
        assertThat(count("MATCH (:Document {id: '自然资源部公告2022年第1号'})-[:CITES]->(:Document {id: '2021年第41号'}) "
                + "RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (d:Document {stub: true}) RETURN count(d)")).isZero();
        assertThat(doc("2021年第41号")).containsEntry("docNumber", "自然资源部公告2021年第41号");
    }

    @Test
    void aliasBecomesAShortTitle() {
        Extraction quake = Fixtures.quake();
        var alias = new Relation.Alias(new Provenance(QUAKE, null, 20, "（以下简称建筑法）"), "中华人民共和国建筑法", null, "建筑法");
        write(new Extraction(quake.documents(), List.of(alias), List.of(), List.of()));
        write(Fixtures.law(1));
        assertThat(doc(LAW).get("shortTitles")).isEqualTo(List.of("建筑法"));
    }
}
