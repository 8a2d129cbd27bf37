package org.reggraph.api.agencies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reggraph.api.agencies.AgencyDtos.AgencyDetail;
import org.reggraph.api.agencies.AgencyDtos.AgencySummary;
import org.reggraph.api.agencies.AgencyDtos.DocumentAgencies;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agencies", description = "Issuing, responsible and delegated agencies")
public class AgencyController {

    private final AgencyService agencies;

    public AgencyController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/documents/{id}/agencies")
    @Operation(summary = "Agencies a document makes responsible or delegates to, article by article",
            description = "One entry per article that names an agency (article null: the document itself), "
                    + "in article order. A rule-making delegation carries its status (CARRIED_OUT, "
                    + "CARRIED_OUT_BY_OTHER, CARRIED_OUT_LOWER_RANK, ONWARD_DELEGATION, NOT_CARRIED_OUT with "
                    + "yearsOpen, LOCAL) and fulfilledBy, the most confident implementing document; see "
                    + "/api/reports/delegations.")
    @ApiResponse(responseCode = "200", description = "The agencies")
    @ApiResponse(responseCode = "404", description = "No document has this id")
    public DocumentAgencies documentAgencies(
            @Parameter(description = "Document id (document number or normalized title), e.g. 国务院令第744号")
            @PathVariable String id) {
        return agencies.documentAgencies(id);
    }

    @GetMapping("/agencies")
    @Operation(summary = "Search agencies by name or alias",
            description = "Matches names and aliases containing q, and the CJK full-text index (every "
                    + "whitespace-separated part of q as a phrase). Without q, lists all agencies.")
    @ApiResponse(responseCode = "200", description = "One page of agencies")
    @ApiResponse(responseCode = "400", description = "page or size out of range, q too long")
    public PagedModel<AgencySummary> search(
            @Parameter(description = "Name or alias fragment, e.g. 国家发展改革委") @RequestParam(required = false) String q,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to reggraph.api.max-page-size (200); default 20")
            @RequestParam(required = false) Integer size) {
        return agencies.search(q, page, size);
    }

    @GetMapping("/agencies/{id}")
    @Operation(summary = "An agency: hierarchy, succession, issued documents, responsibilities and delegations",
            description = "parents is the chain up to the root, nearest first; predecessors and successors are the "
                    + "reorganisations before and after the agency (date, source instrument, scope), heldBy the "
                    + "bodies that held a role name (国务院生态环境主管部门), roles the role names a body held. "
                    + "With asOf, holders are the bodies that answer for the agency that day (a successor for a "
                    + "reorganised body, the holder for a role name), and issued, responsibilities and delegations "
                    + "hold what passed to the agency by then, from documents in force that day: its own, its "
                    + "predecessors' and those of the role names it held (via names where each came from). "
                    + "Lists are capped at 1000 entries.")
    @ApiResponse(responseCode = "200", description = "The agency")
    @ApiResponse(responseCode = "400", description = "asOf is no date YYYY-MM-DD")
    @ApiResponse(responseCode = "404", description = "No agency has this id")
    public AgencyDetail agency(
            @Parameter(description = "Agency id (its canonical name), e.g. 生态环境部") @PathVariable String id,
            @Parameter(description = "Date YYYY-MM-DD: who answers for the agency that day, and what passed to it, "
                    + "e.g. 2022-06-01") @RequestParam(required = false) String asOf) {
        return agencies.agency(id, asOf);
    }
}
