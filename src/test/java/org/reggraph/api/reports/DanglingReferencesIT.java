package org.reggraph.api.reports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reggraph.api.ApiTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class DanglingReferencesIT extends ApiTestBase {

    @Test
    void inForceDocumentCitingARepealedOneIsListedWithItsArticle() {
        JsonNode report = ok("/api/reports/dangling-references");
        assertThat(report.get("total").asLong()).isEqualTo(1);
        JsonNode item = report.get("items").get(0);
        assertThat(item.get("citing").get("id").asText()).isEqualTo("水污染防治资金绩效评价办法");
        assertThat(item.get("article").get("label").asText()).isEqualTo("第三条");
        assertThat(item.get("article").get("id").asText()).isEqualTo("水污染防治资金绩效评价办法/第3条");
        assertThat(item.get("cited").get("id").asText()).isEqualTo("财资环〔2019〕10号");
        assertThat(item.get("cited").get("status").asText()).isEqualTo("REPEALED");
        assertThat(item.get("repealedBy").get("id").asText()).isEqualTo("财资环〔2021〕36号");
        assertThat(item.get("surface").asText()).contains("财资环〔2019〕10号");
    }

    @Test
    void paging() {
        JsonNode second = ok("/api/reports/dangling-references", params("page", "1", "size", "1"));
        assertThat(second.get("items")).isEmpty();
        assertThat(second.get("total").asLong()).isEqualTo(1);
    }
}
