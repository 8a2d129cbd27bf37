package org.reggraph.api.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reggraph.api.documents.DocumentDtos.*;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Documents: search, suggestions, one document with its articles, references, replacements and validity. */
@RestController
@RequestMapping("/api")
@Tag(name = "Documents", description = "Regulations, their articles and the relations between them")
public class DocumentController {

    private static final String ID = "Document id: the document number when it has one (国务院令第744号, "
            + "财资环〔2021〕46号), else the full title; URL-encode it";

    private final DocumentService service;

    public DocumentController(DocumentService service) {
        this.service = service;
    }

    @GetMapping("/documents")
    @Operation(summary = "Search documents",
            description = "q matches title, short titles and document number (contains) and the full text of "
                    + "documents and articles (CJK full-text index); the other parameters filter exactly.")
    public Page<DocumentSummary> search(
            @Parameter(description = "Text to look for (title, short title, document number, full text)")
            @RequestParam(required = false) String q,
            @Parameter(description = "Exact normalized document number, e.g. 国务院令第744号")
            @RequestParam(required = false) String docNumber,
            @Parameter(description = "Kind: 条例, 办法, 通知 …") @RequestParam(required = false) String kind,
            @Parameter(description = "Level: 法律, 行政法规, 部门规章, 规范性文件 …") @RequestParam(required = false) String level,
            @Parameter(description = "IN_FORCE, AMENDED, SUPERSEDED, REPEALED, PARTIALLY_REPEALED or UNKNOWN")
            @RequestParam(required = false) String status,
            @Parameter(description = "Issuing agency id or name, e.g. 国务院") @RequestParam(required = false) String issuer,
            @Parameter(description = "Issued on or after (YYYY-MM-DD)") @RequestParam(required = false) String from,
            @Parameter(description = "Issued on or before (YYYY-MM-DD)") @RequestParam(required = false) String to,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to reggraph.api.max-page-size (200)")
            @RequestParam(required = false) Integer size,
            @Parameter(description = "title, -title, issuedDate or -issuedDate") @RequestParam(required = false) String sort) {
        return service.search(new DocumentService.SearchCriteria(q, docNumber, kind, level, status, issuer, from, to,
                page, size, sort));
    }

    @GetMapping("/suggest")
    @Operation(summary = "Suggestions while typing",
            description = "Documents by title, short title or document number and agencies by name or alias.")
    public List<Suggestion> suggest(
            @Parameter(description = "What has been typed so far") @RequestParam(required = false) String q,
            @Parameter(description = "At most this many suggestions (1–50)") @RequestParam(required = false) Integer limit) {
        return service.suggest(q, limit);
    }

    @GetMapping("/documents/{id}")
    @Operation(summary = "One document with its chapters, articles and per-article relations")
    public DocumentDetail document(@Parameter(description = ID) @PathVariable String id) {
        return service.document(id);
    }

    @GetMapping("/document")
    @Operation(summary = "One document, id as a query parameter",
            description = "Same as /api/documents/{id}; for ids a path cannot carry (e.g. with '/').")
    public DocumentDetail documentByParameter(@Parameter(description = ID) @RequestParam(required = false) String id) {
        return service.document(id);
    }

    @GetMapping("/documents/{id}/references")
    @Operation(summary = "References of a document, up to N hops",
            description = "Edges leaving (out), entering (in) or both, from the document and its articles; "
                    + "article-level edges name the article in from.label / to.label.")
    public References references(
            @Parameter(description = ID) @PathVariable String id,
            @Parameter(description = "out, in or both (default out)") @RequestParam(required = false) String direction,
            @Parameter(description = "Hops, 1 to reggraph.api.max-depth (5); default 1")
            @RequestParam(required = false) Integer depth,
            @Parameter(description = "Comma-separated: CITES, BASED_ON, AMENDS, REPEALS, PROMULGATES (default all)")
            @RequestParam(required = false) String types,
            @Parameter(description = "Only the edges of this article number (第四条 → 4)")
            @RequestParam(required = false) Integer article,
            @Parameter(description = "YYYY-MM-DD: the citation network as it stood that day (only edges whose citing "
                    + "document was in force then)")
            @RequestParam(required = false) String asOf) {
        return service.references(id, direction, depth, types, article, asOf);
    }

    @GetMapping("/documents/{id}/replacements")
    @Operation(summary = "What replaced a document, and the whole repeal/amendment chain",
            description = "Transitive in both directions over REPEALS and AMENDS.")
    public Replacements replacements(@Parameter(description = ID) @PathVariable String id) {
        return service.replacements(id);
    }

    @GetMapping("/documents/{id}/in-force")
    @Operation(summary = "Whether a document is in force on a date",
            description = "Answers for the regulation (the work): in force when one of its versions applied that "
                    + "day, naming that version (version, versionInForce). A version is not in force before it is "
                    + "issued or takes effect, once superseded by a later version, or once a full repeal has taken effect.")
    public InForce inForce(@Parameter(description = ID) @PathVariable String id,
                           @Parameter(description = "YYYY-MM-DD (default today)")
                           @RequestParam(required = false) String date) {
        return service.inForce(id, date);
    }
}
