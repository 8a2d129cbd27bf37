package org.reggraph.api.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reggraph.api.documents.DocumentDtos.*;
import org.springframework.data.web.PagedModel;
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
    private final DocumentSearch search;

    public DocumentController(DocumentService service, DocumentSearch search) {
        this.service = service;
        this.search = search;
    }

    @GetMapping("/documents")
    @Operation(summary = "Search documents",
            description = "q is folded (full/half width, bracket styles of document numbers, spaces, traditional "
                    + "characters; 第 and 号 optional in decree numbers) and matched against document numbers, "
                    + "titles, short titles (the corpus' own and generic short forms such as 地下水条例), titles "
                    + "one character off, and the full text of documents and articles. Ranked: exact number or title, "
                    + "short title, title containing q, near title, text. Each item says how it matched (match) and "
                    + "where (snippet, with highlight ranges); an empty page carries a hint. The other parameters "
                    + "filter exactly.")
    public SearchPage search(
            @Parameter(description = "Text to look for (document number, title, short title, full text)")
            @RequestParam(required = false) String q,
            @Parameter(description = "Exact document number in any bracket style, e.g. 国务院令第744号, 国办发[2021]26号")
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
            @Parameter(description = "relevance (default with q), title (default without), -title, issuedDate or "
                    + "-issuedDate") @RequestParam(required = false) String sort) {
        return search.search(new DocumentSearch.SearchCriteria(q, docNumber, kind, level, status, issuer, from, to,
                page, size, sort));
    }

    @GetMapping("/suggest")
    @Operation(summary = "Suggestions while typing",
            description = "Documents by title, short title or document number and agencies by name or alias.")
    public List<Suggestion> suggest(
            @Parameter(description = "What has been typed so far") @RequestParam(required = false) String q,
            @Parameter(description = "At most this many suggestions (1–50)") @RequestParam(required = false) Integer limit) {
        return search.suggest(q, limit);
    }

    private static final String ARTICLE_PAGE = "Page of articles, from 0";
    private static final String ARTICLE_SIZE = "Articles per page, 1 to reggraph.api.max-page-size (200); default 20";

    @GetMapping("/documents/{id}")
    @Operation(summary = "One document with its chapters, one page of its articles and per-article relations",
            description = "articles is a page (content, page); the next pages come from articlePage or from "
                    + "/api/documents/{id}/articles.")
    public DocumentDetail document(@Parameter(description = ID) @PathVariable String id,
                                   @Parameter(description = ARTICLE_PAGE) @RequestParam(required = false) Integer articlePage,
                                   @Parameter(description = ARTICLE_SIZE) @RequestParam(required = false) Integer articleSize) {
        return service.document(id, articlePage, articleSize);
    }

    @GetMapping("/document")
    @Operation(summary = "One document, id as a query parameter",
            description = "Same as /api/documents/{id}; for ids a path cannot carry (e.g. with '/').")
    public DocumentDetail documentByParameter(@Parameter(description = ID) @RequestParam(required = false) String id,
                                              @Parameter(description = ARTICLE_PAGE) @RequestParam(required = false) Integer articlePage,
                                              @Parameter(description = ARTICLE_SIZE) @RequestParam(required = false) Integer articleSize) {
        return service.document(id, articlePage, articleSize);
    }

    @GetMapping("/documents/{id}/articles")
    @Operation(summary = "A document's articles, one page at a time, with their relations")
    public PagedModel<ArticleView> articles(@Parameter(description = ID) @PathVariable String id,
                                            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
                                            @Parameter(description = ARTICLE_SIZE) @RequestParam(required = false) Integer size) {
        return service.articles(id, page, size);
    }

    @GetMapping("/documents/{id}/references")
    @Operation(summary = "References of a document, up to N hops",
            description = "Edges leaving (out), entering (in) or both. The first hop lists every edge of the "
                    + "document and its articles (article-level edges name the article in from.label / to.label); "
                    + "further hops are document-level edges, one per pair of documents and type, count telling how "
                    + "many edges each stands for. At most limit edges, nearest hops first; truncated tells whether "
                    + "any were left out.")
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
            @RequestParam(required = false) String asOf,
            @Parameter(description = "Most edges in the answer, nearest hops first (default 500, at most 5000); "
                    + "truncated tells whether edges were left out")
            @RequestParam(required = false) Integer limit) {
        return service.references(id, direction, depth, types, article, asOf, limit);
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
