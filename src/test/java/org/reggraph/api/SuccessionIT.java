package org.reggraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.seeds.SeedGraphTestBase;
import org.springframework.http.ResponseEntity;

import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agency succession over the seeds written by the start-up load, plus {@code seeds/succession-test.txt} uploaded
 * through the ingestion API: an excerpt of 生产安全事故应急预案管理办法 (国家安全生产监督管理总局令第88号, 2016), whose
 * 第四条 gives a duty to 国家安全生产监督管理总局.
 */
class SuccessionIT extends SeedGraphTestBase {

    private static final String SAWS = "国家安全生产监督管理总局";
    private static final String MEM = "应急管理部";

    @BeforeEach
    void uploadA2016MeasureOfTheSafetyAdministration() {
        uploadResource("seeds/succession-test.txt");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> value.equals(n.path(field).asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }

    @Test
    void theIngestionKeepsThePredecessorAndLinksItToItsSuccessor() {
        assertThat(count("MATCH (:Article)-[r:RESPONSIBLE_FOR]->(:Agency {id: '" + SAWS + "'}) RETURN count(r)"))
                .isPositive();
        assertThat(count("MATCH (:Document)-[r]->(:Agency {id: '" + MEM + "'}) WHERE r.surface CONTAINS '" + SAWS
                + "' RETURN count(r)")).isZero();
        assertThat(count("MATCH (:Agency {id: '" + SAWS + "'})-[s:SUCCEEDED_BY {date: date('2018-03-17')}]->"
                + "(:Agency {id: '" + MEM + "'}) WHERE s.source CONTAINS '第十三届全国人民代表大会第一次会议' RETURN count(s)"))
                .isEqualTo(1);
        assertThat(count("MATCH (a:Agency {id: '" + MEM + "'}) WHERE '" + SAWS + "' IN a.aliases RETURN count(a)")).isZero();
        assertThat(count("MATCH (r:Agency {id: '国务院生态环境主管部门', generic: true})-[h:HELD_BY]->(:Agency {id: '生态环境部'}) "
                + "WHERE h.from = date('2018-03-17') AND h.to IS NULL RETURN count(h)")).isEqualTo(1);
    }

    @Test
    void aRepeatedIngestionWritesTheSameSuccession() {
        long steps = count("MATCH ()-[s:SUCCEEDED_BY]->() RETURN count(s)");
        long tenures = count("MATCH ()-[h:HELD_BY]->() RETURN count(h)");
        uploadResource("seeds/succession-test.txt");
        assertThat(count("MATCH ()-[s:SUCCEEDED_BY]->() RETURN count(s)")).isEqualTo(steps).isGreaterThan(60);
        assertThat(count("MATCH ()-[h:HELD_BY]->() RETURN count(h)")).isEqualTo(tenures).isGreaterThan(150);
    }

    @Test
    void theTablesAreWrittenOncePerVersionAndAnUploadReportsOnlyWhatItChanged() {
        String hash = tablesVersion();
        assertThat(hash).hasSize(64);
        JsonNode again = uploadResource("seeds/succession-test.txt");
        assertThat(again.toString()).doesNotContain("SUCCEEDED_BY").doesNotContain("HELD_BY");
        assertThat(tablesVersion()).isEqualTo(hash);
        // another version of the tables (a graph written before the table changed): written again, and reported
        long steps = count("MATCH ()-[s:SUCCEEDED_BY]->() RETURN count(s)");
        driver.executableQuery("MATCH (v:GraphVersion {id: 'graph'}) SET v.successionTables = 'an older table'").execute();
        JsonNode changed = uploadResource("seeds/succession-test.txt");
        assertThat(changed.findValue("SUCCEEDED_BY").asLong()).isEqualTo(steps);
        assertThat(changed.findValue("HELD_BY").asLong()).isPositive();
        assertThat(tablesVersion()).isEqualTo(hash);
        assertThat(count("MATCH ()-[s:SUCCEEDED_BY]->() RETURN count(s)")).isEqualTo(steps);
    }

    private String tablesVersion() {
        return driver.executableQuery("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.successionTables").execute()
                .records().get(0).get(0).asString();
    }

    @Test
    void a2016DutyOfTheSafetyAdministrationAnswersTheEmergencyMinistryIn2022() {
        JsonNode saws = get("/api/agencies/" + enc(SAWS), "asOf", "2022-06-01");
        assertThat(saws.get("asOf").asText()).isEqualTo("2022-06-01");
        assertThat(texts(saws.get("holders"), "id")).containsExactly(MEM);
        assertThat(saws.get("holders").get(0).get("how").asText()).isEqualTo("successor");
        assertThat(saws.get("holders").get(0).get("from").asText()).isEqualTo("2018-03-17");
        JsonNode step = find(saws.get("successors"), "date", "2018-03-17");
        assertThat(step.get("to").get("id").asText()).isEqualTo(MEM);
        assertThat(step.get("source").asText()).isEqualTo("第十三届全国人民代表大会第一次会议关于国务院机构改革方案的决定");
        JsonNode duty = find(saws.get("responsibilities"), "surface", "国家安全生产监督管理总局负责全国应急预案的综合协调管理工作");
        assertThat(duty.get("article").get("label").asText()).isEqualTo("第四条");

        // the successor's answer for 2022 holds the inherited duty, marked with the body the text named
        JsonNode mem = get("/api/agencies/" + enc(MEM), "asOf", "2022-06-01");
        JsonNode inherited = find(mem.get("responsibilities"), "surface", "国家安全生产监督管理总局负责全国应急预案的综合协调管理工作");
        assertThat(inherited.get("via").get("id").asText()).isEqualTo(SAWS);
        assertThat(inherited.get("document").get("id").asText()).isEqualTo(duty.get("document").get("id").asText());
        assertThat(texts(mem.get("holders"), "id")).containsExactly(MEM);
        assertThat(texts(mem.get("predecessors"), "from", "id")).contains(SAWS);
    }

    @Test
    void beforeTheReformTheEmergencyMinistryAnswersItsPredecessorAndInheritsNothing() {
        JsonNode mem = get("/api/agencies/" + enc(MEM), "asOf", "2016-06-03");
        assertThat(texts(mem.get("holders"), "id")).containsExactly(SAWS);
        assertThat(mem.get("holders").get(0).get("how").asText()).isEqualTo("predecessor");
        assertThat(texts(mem.get("responsibilities"), "via", "id")).doesNotContain(SAWS);
        // without asOf the answer is the agency's own, as before
        JsonNode plain = get("/api/agencies/" + enc(MEM));
        assertThat(plain.get("holders").isNull()).isTrue();
        assertThat(texts(plain.get("responsibilities"), "via")).containsOnlyNulls();
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            国务院环境保护行政主管部门|2015-06-01|环境保护部
            国务院环境保护行政主管部门|2022-06-01|生态环境部
            国务院生态环境主管部门|2015-06-01|环境保护部
            国务院生态环境主管部门|2022-06-01|生态环境部
            国务院安全生产监督管理部门|2016-06-03|国家安全生产监督管理总局
            """)
    void aRoleNameResolvesToTheBodyOfTheDay(String role, String date, String holder) {
        JsonNode body = get("/api/agencies/" + enc(role), "asOf", date);
        assertThat(body.get("generic").asBoolean()).isTrue();
        assertThat(texts(body.get("holders"), "id")).containsExactly(holder);
        assertThat(body.get("holders").get(0).get("how").asText()).isEqualTo("role");
        assertThat(texts(body.get("heldBy"), "agency", "id")).contains(holder);
    }

    @Test
    void theMinistryOfTheDayInheritsTheDutiesOfTheRoleNameItHolds() {
        // 国务院令第748号 (2021) makes 国务院生态环境主管部门 responsible; in 2022 that is 生态环境部
        JsonNode mee = get("/api/agencies/" + enc("生态环境部"), "asOf", "2022-06-01");
        assertThat(texts(mee.get("responsibilities"), "via", "id")).contains("国务院生态环境主管部门");
        assertThat(texts(mee.get("roles"), "agency", "id")).contains("国务院生态环境主管部门", "国务院环境保护行政主管部门");
        // in 2015 生态环境部 did not exist: 748 (2021) was not in force either
        JsonNode before = get("/api/agencies/" + enc("生态环境部"), "asOf", "2015-06-01");
        assertThat(texts(before.get("holders"), "id")).containsExactly("环境保护部");
        assertThat(texts(before.get("responsibilities"), "document", "id")).doesNotContain("国务院令第748号");
    }

    @ParameterizedTest(name = "asOf={0}")
    @CsvSource({"2022-13-01", "yesterday", "2022/06/01"})
    void aBadDateIsAProblemDetail(String asOf) {
        ResponseEntity<String> response = response("/api/agencies/" + enc(SAWS), "asOf", asOf);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains("asOf");
    }
}
