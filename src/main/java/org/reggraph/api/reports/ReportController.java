package org.reggraph.api.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Consistency reports over the whole graph. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Consistency reports over the whole graph")
public class ReportController {

    private final ReportService service;
    private final DelegationReport delegations;

    public ReportController(ReportService service, DelegationReport delegations) {
        this.service = service;
        this.delegations = delegations;
    }

    @GetMapping("/delegations")
    @Operation(summary = "Rule-making delegations and whether they were carried out",
            description = "Delegations (具体办法由X制定 and the like) of the current versions of texts not repealed, with "
                    + "their status: CARRIED_OUT (by the delegated body, its successor or the holder of the delegated "
                    + "role), CARRIED_OUT_BY_OTHER, CARRIED_OUT_LOWER_RANK (e.g. a ministry rule for a delegation to "
                    + "国务院), ONWARD_DELEGATION (the implementing text delegates the subject again), NOT_CARRIED_OUT "
                    + "(yearsOpen: whole years since the delegating version), LOCAL (delegated to a local body, whose "
                    + "rules are not national texts). fulfilledBy is the most confident implementing document. "
                    + "Not carried out first, the oldest first.")
    @ApiResponse(responseCode = "200", description = "One page of delegations")
    @ApiResponse(responseCode = "400", description = "Unknown status, page or size out of range")
    public PagedModel<DelegationReport.DelegationStatus> delegations(
            @Parameter(description = "Only this status, e.g. NOT_CARRIED_OUT") @RequestParam(required = false) String status,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to reggraph.api.max-page-size (200); default 50")
            @RequestParam(required = false) Integer size) {
        return delegations.delegations(status, page, size);
    }

    @GetMapping("/dangling-references")
    @Operation(summary = "In-force documents that still cite repealed documents",
            description = "One item per citing document, article and cited document; the repealing document "
                    + "is given when known.")
    public PagedModel<ReportService.DanglingReference> danglingReferences(
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to reggraph.api.max-page-size (200); default 50")
            @RequestParam(required = false) Integer size) {
        return service.dangling(page, size);
    }
}
