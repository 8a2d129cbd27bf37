package org.reggraph.api;

import org.junit.jupiter.api.Test;
import org.reggraph.seeds.SeedGraphTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiIT extends SeedGraphTestBase {

    @Test
    void specListsTheDocumentEndpoints() {
        var spec = get("/v3/api-docs");
        assertThat(spec.get("info").get("title").asText()).isEqualTo("reggraph query API");
        assertThat(spec.get("paths").fieldNames()).toIterable().contains("/api/documents", "/api/suggest",
                "/api/documents/{id}", "/api/document", "/api/documents/{id}/articles", "/api/documents/{id}/references",
                "/api/documents/{id}/replacements", "/api/documents/{id}/in-force",
                "/api/reports/dangling-references");
        assertThat(spec.get("paths").get("/api/documents/{id}/references").get("get").get("parameters").toString())
                .contains("depth").contains("types").contains("direction");
        // one page model: every list endpoint answers content + page
        assertThat(spec.get("components").get("schemas").toString()).contains("\"content\"").contains("totalElements");
    }

    @Test
    void swaggerUiIsServed() {
        var response = http.getForEntity("http://localhost:" + port + "/swagger-ui.html", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsIgnoringCase("swagger");
    }
}
