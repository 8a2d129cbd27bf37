package org.reggraph.extract;

import org.reggraph.extract.text.SourceLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionExportTest {

    @Test
    void writesTheGraphModelShape() throws IOException {
        ExtractedDocument d = new ExtractedDocument("国务院令第744号", "建设工程抗震管理条例", "国务院令第744号", List.of("国务院"),
                LocalDate.of(2021, 7, 19), LocalDate.of(2021, 9, 1), "条例", "行政法规", null, "000.txt", 1, 577,
                List.of(new ExtractedChapter(1, 4, "第四章", "建设用地", false, 10),
                        new ExtractedChapter(2, 1, "第一节", "一般规定", true, 11)),
                List.of(new ExtractedArticle(1, "第一条", 4, "为了。", 12, 12, List.of(new SourceLine(12, "第一条 为了。")))),
                List.of());
        Relation r = new Relation.Cites(new Relation.Provenance(d.id(), "第一条", 12, "《中华人民共和国建筑法》"),
                "中华人民共和国建筑法", null, null, null);
        Extraction e = new Extraction(List.of(d), List.of(r), List.of(), List.of(new ExtractionProblem("x.bin", null, "binary file")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionExport().write(e, out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        JsonNode doc = root.get("documents").get(0);
        assertEquals("2021-07-19", doc.get("date").asText());
        assertEquals("2021-09-01", doc.get("effectiveDate").asText());
        assertEquals(1, doc.get("chapters").asInt(), "sections are not chapters");
        assertEquals(1, doc.get("articles").asInt());
        assertTrue(doc.get("promulgatedBy").isNull());
        assertEquals("000.txt", doc.get("source").get("file").asText());
        assertEquals(577, doc.get("source").get("endLine").asInt());
        assertEquals(1, doc.get("startLine").asInt());
        assertEquals("国务院", doc.get("issuers").get(0).asText());
        JsonNode rel = root.get("relations").get(0);
        assertEquals("CITES", rel.get("type").asText());
        assertEquals("第一条", rel.get("article").asText());
        assertFalse(rel.has("alias"), "null fields are left out");
        assertEquals("binary file", root.get("problems").get(0).get("message").asText());
    }

    /**
     * Long lists are written in chunks on every core: the bytes are still those of one pretty printer over the whole
     * tree (ObjectMapper's, the format the scorer and the gold files were written with).
     */
    @Test
    void writesLongListsAsOneWriterWould() throws IOException {
        List<Relation> relations = new java.util.ArrayList<>();
        for (int i = 0; i < 4_321; i++) {
            relations.add(new Relation.Cites(new Relation.Provenance("令" + i, i % 3 == 0 ? null : "第" + i + "条", i, "《法" + i + "》"),
                    "法\"" + i, i % 2 == 0 ? null : "国发〔2021〕" + i + "号", null, null));
        }
        Extraction e = new Extraction(List.of(), relations, List.of(),
                List.of(new ExtractionProblem("x.bin", null, "binary file"), new ExtractionProblem("y.txt", 3, "bad line")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionExport().write(e, out);
        String expected = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(new ExtractionExport().toTree(e));
        assertEquals(expected, out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A joint list is one exported relation, as the text states it (the export's convention, which the gold files
     * follow), with its members; the graph gives each member its own edge. Sentences of 建设工程抗震管理条例 and
     * 水污染防治资金管理办法.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "第五条 国务院交通运输、水利、工业和信息化、能源等有关部门按照职责分工，负责对全国有关专业建设工程抗震的监督管理。"
                    + "|RESPONSIBLE|国务院交通运输、水利、工业和信息化、能源等有关部门|4",
            "第十八条 财政部、生态环境部负责组织实施防治资金全过程预算绩效管理。|RESPONSIBLE|财政部、生态环境部|2",
            "第二十八条 省级财政和生态环境部门可根据本办法，结合当地实际，制定具体实施办法。|DELEGATES|省级财政和生态环境部门|2",
            "第四条 国务院自然资源等主管部门按照职责分工做好地下水调查、监测等相关工作。|RESPONSIBLE|国务院自然资源等主管部门|1",
            "第二十四条 各级人民政府和有关部门应当加强对农村建设工程抗震设防的管理。|RESPONSIBLE|各级人民政府和有关部门|1",
            "第三十四条 县级以上人民政府住房和城乡建设主管部门和其他有关监督管理部门应当按照职责分工，加强对建设工程抗震设防强制性标准执行情况的监督检查。"
                    + "|RESPONSIBLE|县级以上人民政府住房和城乡建设主管部门和其他有关监督管理部门|2",
            "第二十五条 县级以上地方人民政府及其有关部门应当加强农药、肥料等农业投入品使用指导和技术服务。|RESPONSIBLE|县级以上地方人民政府及其有关部门|2",
            "第十条 国务院和省、自治区、直辖市人民政府的药品监督管理部门应当定期公告药品质量抽查检验结果。"
                    + "|RESPONSIBLE|国务院和省、自治区、直辖市人民政府的药品监督管理部门|2",
    })
    void exportsAJointListAsOneRelationWithItsMembers(String article, String type, String list, int members) throws IOException {
        Extraction e = extract(article);
        assertEquals(members, e.relations().stream().filter(r -> r.type().name().equals(type)).count(),
                "the extraction keeps one relation per member");
        List<JsonNode> exported = exported(e, type);
        assertEquals(1, exported.size(), exported.toString());
        assertEquals(list, exported.get(0).get("target").asText());
        assertEquals(members, exported.get(0).get("members").size());
    }

    /**
     * X会同Y: one exported duty of X with Y in {@code with}; the extraction keeps Y's own relation. Also when Y stands on
     * the next line of the PDF text (地下水管理条例 第十六条) and when X enforces (seed 003: 由X会同Y…予以处理).
     */
    @ParameterizedTest(name = "{1} with {2}")
    @CsvSource(delimiter = '|', value = {
            "第三十条 有关县级以上地方人民政府水行政主管部门会同本级人民政府有关部门编制重要泉域保护方案，明确保护范围、保护措施。|县级以上地方人民政府水行政主管部门|本级人民政府有关部门",
            "第十六条 国务院水行政主管部门会同/国务院自然资源主管部门，根据各省、自治区、直辖市地下水可开采量，制定并下达地下水取水总量控制指标。|国务院水行政主管部门|国务院自然资源主管部门",
            "第十七条 责任单位未按照本办法预提和使用退役费用的，由地方生态环境主管部门会同同级价格主管部门依据相关规定予以处理。|地方生态环境主管部门|价格主管部门",
    })
    void exportsACoAgencyWithTheLeadDuty(String article, String lead, String partner) throws IOException {
        Extraction e = extract(article.replace("/", "\n"));
        assertEquals(2, e.relations().stream().filter(r -> r instanceof Relation.Responsible).count(), e.relations()::toString);
        assertLeadWithPartner(exported(e, "RESPONSIBLE"), lead, partner);
    }

    /** One exported relation, the lead's, with the partner first in its {@code with}. */
    private static void assertLeadWithPartner(List<JsonNode> exported, String lead, String partner) {
        assertEquals(1, exported.size(), exported.toString());
        assertEquals(lead, exported.get(0).get("target").asText());
        assertEquals(partner, exported.get(0).get("with").get(0).asText());
    }

    /**
     * The lead already had a duty earlier in the article, so the 会同 statement keeps no lead of its own (one relation
     * per article and agency): the partner still goes with the lead's exported duty, here a list member's (seed 003,
     * 重点危险废物集中处置设施、场所退役费用预提和管理办法 第十七条).
     */
    @Test
    void exportsACoAgencyWithTheLeadDutyOfAnEarlierSentence() throws IOException {
        Extraction e = extract("第十七条 地方财政部门、价格主管部门、生态环境主管部门依法对退役费用的预提、使用和管理工作进行监督管理。"
                + "责任单位未按照本办法预提和使用退役费用的，由地方生态环境主管部门会同同级价格主管部门依据相关规定予以处理。");
        assertTrue(e.relations().stream().anyMatch(r -> r instanceof Relation.Responsible x && "co".equals(x.role())),
                e.relations()::toString);
        List<JsonNode> exported = exported(e, "RESPONSIBLE");
        assertEquals(1, exported.size(), exported.toString());
        assertEquals("价格主管部门", exported.get(0).get("with").get(0).asText()); // 同级 cut, as the samples name it
    }

    /**
     * X应当…，组织Y、Z等有关部门…: the bodies organised in a clause that names no subject go with X's exported duty (土地管理法实施条例
     * (2021-07-02) 第二十七条); the extraction keeps their own relations.
     */
    @Test
    void exportsBodiesOrganisedInALaterClauseWithTheLeadDuty() throws IOException {
        Extraction e = extract("第二十七条 县级以上地方人民政府应当依据社会稳定风险评估结果，结合土地现状调查情况，组织自然资源、财政、农业农村、"
                + "人力资源和社会保障等有关部门拟定征地补偿安置方案。");
        List<JsonNode> exported = exported(e, "RESPONSIBLE");
        assertEquals(1, exported.size(), exported.toString());
        assertEquals("县级以上地方人民政府", exported.get(0).get("target").asText());
        assertEquals("[\"自然资源部门\",\"财政部门\",\"农业农村部门\",\"人力资源和社会保障部门\"]", exported.get(0).get("with").toString());
    }

    /**
     * X会同Y制定: one exported rule-making of X with Y in {@code with}, as the development gold records it (001 第十五条: 省级财政部门
     * alone); the extraction keeps Y's own DELEGATES, marked as the partner's. Subject, passive and relative forms.
     */
    @ParameterizedTest(name = "{1} with {2}")
    @CsvSource(delimiter = '|', value = {
            "第七十六条 国务院药品监督管理部门会同国务院专利行政部门制定药品上市许可审批与专利权纠纷解决的具体衔接办法。|国务院药品监督管理部门|国务院专利行政部门",
            "第十条 具体办法由国务院财政部门会同国务院教育行政部门制定。|国务院财政部门|国务院教育行政部门",
            "第五条 收费应当执行省价格主管部门会同省财政部门制定的收费标准。|省价格主管部门|省财政部门",
    })
    void exportsARuleMakingPartnerWithTheLead(String article, String lead, String partner) throws IOException {
        Extraction e = extract(article);
        assertTrue(e.relations().stream().anyMatch(r -> r instanceof Relation.Delegates x && partner.equals(x.agency())
                && Relation.Delegates.PARTNER.equals(x.role())), e.relations()::toString);
        assertLeadWithPartner(exported(e, "DELEGATES"), lead, partner);
    }

    /** A repealed document is also exported as cited (the gold files' convention); the extraction has the repeal alone. */
    @Test
    void exportsARepealedDocumentAsCitedToo() throws IOException {
        Extraction e = extract("第十九条 本办法自发布之日起施行。《企业安全生产费用提取和使用管理办法》（财企〔2012〕16号）同时废止。");
        assertTrue(e.relations().stream().noneMatch(r -> r.type() == RelationType.CITES), e.relations()::toString);
        List<JsonNode> cites = exported(e, "CITES");
        assertEquals(1, cites.size(), cites.toString());
        assertEquals("企业安全生产费用提取和使用管理办法", cites.get(0).get("target").asText());
        assertEquals("财企〔2012〕16号", cites.get(0).get("targetDocNumber").asText());
        assertEquals(1, exported(e, "REPEALS").size());
    }

    /**
     * 本办法由X负责解释: the export, like the gold files, records X's duty only; the extraction (and so the graph) keeps
     * the delegation of kind interpretation too. Sentences of 关于加强金属非金属地下矿山外包工程安全管理的若干规定 and
     * 水污染防治资金管理办法.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "第十八条 本规定由国家矿山安全监察局负责解释，自2021年10月1日起施行。|国家矿山安全监察局",
            "第二十二条 本办法由财政部会同生态环境部负责解释。|财政部",
    })
    void exportsAnInterpretationAsADutyOnly(String article, String agency) throws IOException {
        Extraction e = extract(article);
        assertTrue(e.relations().stream().anyMatch(r -> r instanceof Relation.Delegates d
                && Relation.Delegates.INTERPRETATION.equals(d.kind()) && agency.equals(d.target())), e.relations()::toString);
        assertEquals(List.of(), exported(e, "DELEGATES"));
        assertEquals(agency, exported(e, "RESPONSIBLE").get(0).get("target").asText());
    }

    private static Extraction extract(String article) {
        String text = "某某条例\n\n" + article + "\n";
        return new Extractor().extract(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "list.txt");
    }

    private static List<JsonNode> exported(Extraction e, String type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionExport().write(e, out);
        List<JsonNode> exported = new java.util.ArrayList<>();
        new ObjectMapper().readTree(out.toByteArray()).get("relations").forEach(r -> {
            if (r.get("type").asText().equals(type)) {
                exported.add(r);
            }
        });
        return exported;
    }
}
