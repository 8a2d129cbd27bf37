package org.reggraph.api.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

    public ReportController(ReportService service) {
        this.service = service;
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
