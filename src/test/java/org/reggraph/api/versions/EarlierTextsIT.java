package org.reggraph.api.versions;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a regulation was in force on a day before the oldest text the graph holds, and what its work tells of it. */
class EarlierTextsIT extends EarlierTextsTestBase {

    @Test
    void aLawKnownByItsLatestTextWasInForceInAnEarlierOne() {
        JsonNode in2000 = get("/api/documents/" + enc(LAND) + "/in-force?date=2000-01-01");
        assertThat(in2000.path("inForce").asBoolean()).isTrue();
        assertThat(in2000.path("version").isNull()).as("no text of 2000 in the graph").isTrue();
        assertThat(in2000.path("versionInForce").asBoolean()).isFalse();
        assertThat(in2000.path("reason").asText()).contains("1986-06-25").doesNotContain("not yet issued");

        JsonNode in1980 = get("/api/documents/" + enc(LAND) + "/in-force?date=1980-01-01");
        assertThat(in1980.path("inForce").asBoolean()).isFalse();
        assertThat(in1980.path("reason").asText()).contains("not yet issued", "1986-06-25");

        JsonNode today = get("/api/documents/" + enc(LAND) + "/in-force?date=2024-01-01");
        assertThat(today.path("inForce").asBoolean()).isTrue();
        assertThat(today.path("versionInForce").asBoolean()).isTrue();
        assertThat(today.path("version").path("id").asText()).isEqualTo(LAND);
    }

    @Test
    void theWorkNamesItsFirstDayWhenNoVersionInTheGraphIsThatOld() {
        JsonNode land = get("/api/documents/" + enc(LAND) + "/versions").path("work");
        assertThat(land.path("firstIssued").asText()).isEqualTo("1986-06-25");
        JsonNode company = get("/api/documents/" + enc(COMPANY_2023) + "/versions");
        assertThat(company.path("work").path("firstIssued").asText()).isEqualTo("1993-12-29");
        assertThat(company.path("versions")).hasSize(2);
        // the implementing regulation's 1998 text is a version of its own (国务院令第256号): the versions tell its start
        JsonNode rules = get("/api/documents/" + enc(LAND_RULES) + "/versions");
        assertThat(rules.path("versions").get(0).path("versionDate").asText()).isEqualTo("1998-12-27");
        assertThat(rules.path("work").path("firstIssued").isNull()).isTrue();
    }

    @Test
    void aTextAmendedLaterStillNamesItsFirstCommencement() {
        JsonNode work = get("/api/documents/" + enc(NURSES) + "/versions").path("work");
        assertThat(work.path("firstIssued").asText()).isEqualTo("2008-01-31");
        assertThat(work.path("firstInForce").asText()).isEqualTo("2008-05-12");
        // a commencement years after the first day is a revision's (土地管理法: 1999-01-01, the 1998 revision)
        assertThat(get("/api/documents/" + enc(LAND) + "/versions").path("work").path("firstInForce").isNull()).isTrue();

        JsonNode issuedOnly = get("/api/documents/" + enc(NURSES) + "/in-force?date=2008-03-01");
        assertThat(issuedOnly.path("inForce").asBoolean()).isFalse();
        assertThat(issuedOnly.path("reason").asText()).contains("not yet effective", "2008-05-12");

        JsonNode in2010 = get("/api/documents/" + enc(NURSES) + "/in-force?date=2010-01-01");
        assertThat(in2010.path("inForce").asBoolean()).isTrue();
        assertThat(in2010.path("version").isNull()).isTrue();
        assertThat(in2010.path("reason").asText()).contains("since 2008-05-12", "applies from 2020-03-27");
    }

    @Test
    void aWorkOfSeveralVersionsDatesFromItsFirstText() {
        JsonNode in2000 = get("/api/documents/" + enc(COMPANY_2023) + "/in-force?date=2000-01-01");
        assertThat(in2000.path("inForce").asBoolean()).isTrue();
        assertThat(in2000.path("version").isNull()).isTrue();
        assertThat(in2000.path("reason").asText()).contains("1993-12-29", "applies from 2024-07-01");

        JsonNode in2024 = get("/api/documents/" + enc(COMPANY_2023) + "/in-force?date=2024-01-01");
        assertThat(in2024.path("inForce").asBoolean()).isTrue();
        assertThat(in2024.path("version").path("id").asText()).isEqualTo(COMPANY_2018);
        assertThat(in2024.path("reason").asText()).contains("since 1993-12-29");
    }

    @Test
    void aSearchByTheWorksNameListsItsCurrentTextFirst() {
        JsonNode page = get("/api/documents?q=" + enc("公司法"));
        assertThat(page.path("content").get(0).path("id").asText()).isEqualTo(COMPANY_2023);
        assertThat(page.path("content").get(1).path("id").asText()).isEqualTo(COMPANY_2018);
        assertThat(page.path("content").get(1).path("status").asText()).isEqualTo("SUPERSEDED");
    }

    private JsonNode get(String pathAndQuery) {
        ResponseEntity<String> response = http.getForEntity(URI.create(base() + pathAndQuery), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return json(response);
    }
}
