package org.reggraph.api.reports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reggraph.seeds.SeedGraphTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The dangling-references report over the seeds plus an uploaded 2022 notice that still cites a repealed rule. */
class DanglingReferencesIT extends SeedGraphTestBase {

    static final String NOTICE = "关于做好大气污染防治资金监督检查工作的通知";

    @BeforeEach
    void upload() {
        uploadNoticeCitingARepealedRule();
    }

    @Test
    void anInForceDocumentCitingARepealedOneIsListedWithWhatRepealedIt() {
        JsonNode report = get("/api/reports/dangling-references", "size", "200");
        JsonNode item = null;
        for (JsonNode i : report.get("content")) {
            if (i.get("citing").get("title").asText().equals(NOTICE)) {
                item = i;
            }
        }
        assertThat(item).as(report.toString()).isNotNull();
        assertThat(item.get("cited").get("id").asText()).isEqualTo("财建〔2018〕578号");
        assertThat(item.get("cited").get("status").asText()).isEqualTo("REPEALED");
        assertThat(item.get("repealedBy").get("id").asText()).isEqualTo("大气污染防治资金管理办法");
        assertThat(item.get("surface").asText()).contains("财建〔2018〕578号");
    }

    @Test
    void pagesOfTheReport() {
        JsonNode all = get("/api/reports/dangling-references", "size", "200");
        long total = all.get("page").get("totalElements").asLong();
        assertThat(total).isEqualTo(all.get("content").size()).isPositive();
        JsonNode beyond = get("/api/reports/dangling-references", "page", String.valueOf(total), "size", "1");
        assertThat(beyond.get("content")).isEmpty();
        assertThat(beyond.get("page").get("totalElements").asLong()).isEqualTo(total);
        assertThat(get("/api/reports/dangling-references", "page", "0", "size", "1").get("content")).hasSize(1);
    }
}
