package org.reggraph.api.versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reggraph.api.versions.VersionDtos.Versions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Works and versions: the point-in-time texts of a regulation. */
@RestController
@RequestMapping("/api")
@Tag(name = "Versions", description = "A regulation as one work with versions over time")
public class VersionController {

    private final VersionService service;

    public VersionController(VersionService service) {
        this.service = service;
    }

    @GetMapping("/documents/{id}/versions")
    @Operation(summary = "The versions of a document's work, oldest first",
            description = "Each version with its dates (versionDate, validFrom, validTo: null while current), status "
                    + "(IN_FORCE, SUPERSEDED, REPEALED …) and the instrument that made it; with date, inForceOn is the "
                    + "version whose text applied that day.")
    public Versions versions(
            @Parameter(description = "Document id (any version of the work); URL-encode it") @PathVariable String id,
            @Parameter(description = "YYYY-MM-DD: also name the version in force that day")
            @RequestParam(required = false) String date) {
        return service.versions(id, date);
    }
}
