package org.reggraph.api.documents;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;

import java.util.List;
import java.util.Map;

/** Response shapes of the document endpoints (the contract the web explorer is built against). */
public final class DocumentDtos {
    private DocumentDtos() {
    }

    public record DocumentSummary(String id, String title, String docNumber, String kind, String level, String status,
                                  String issuedDate, String effectiveDate, boolean stub) {
    }

    /**
     * A search result: the document, how it matched ({@code title}, {@code docNumber}, {@code shortTitle},
     * {@code fuzzyTitle}, {@code text}) and a snippet of where (null when listing without a query).
     */
    public record SearchHit(String id, String title, String docNumber, String kind, String level, String status,
                            String issuedDate, String effectiveDate, boolean stub, String match, Snippet snippet) {
        static SearchHit of(DocumentSummary d, String match, Snippet snippet) {
            return new SearchHit(d.id(), d.title(), d.docNumber(), d.kind(), d.level(), d.status(), d.issuedDate(),
                    d.effectiveDate(), d.stub(), match, snippet);
        }
    }

    /** Where a document matched: a piece of a field ({@code article} names the article for text matches). */
    public record Snippet(String field, String article, String text, List<Highlight> highlights) {
    }

    /** A highlighted range [start, end) of a snippet's text (UTF-16 offsets, as in JavaScript). */
    public record Highlight(int start, int end) {
    }

    /** Why a search found nothing, and what might: the same text without the filters, or titles close to it. */
    public record Hint(String message, long withoutFilters, List<Ref> didYouMean) {
    }

    /** A page of search results; {@code hint} is set when the page is empty because nothing matched. */
    public static final class SearchPage extends PagedModel<SearchHit> {
        private final Hint hint;

        public SearchPage(Page<SearchHit> page, Hint hint) {
            super(page);
            this.hint = hint;
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public Hint getHint() {
            return hint;
        }
    }

    public record Suggestion(String type, String id, String label, String detail) {
    }

    public record Ref(String id, String title) {
    }

    public record AgencyRef(String id, String name) {
    }

    public record ChapterView(String id, Integer number, String label, String title, Integer ordinal) {
    }

    public record Reference(String type, String targetId, String targetTitle, String targetArticle, String surface,
                            Integer line) {
    }

    public record Responsibility(String agencyId, String agencyName, String role, String surface) {
    }

    /**
     * A delegation and its kind (rulemaking, interpretation, entrustment, authorisation); for rule-making ones its status and
     * the most confident implementing document (graph.fulfil); {@code role} co for a 会同 partner (X会同Y制定: Y), else null.
     */
    public record Delegation(String agencyId, String agencyName, String what, String kind, String role, String surface, String status,
                             String fulfilledById, String fulfilledByTitle, Double confidence) {
    }

    public record ArticleView(String id, Integer number, String label, String text, String chapterId,
                              Integer startLine, List<Reference> references, List<Responsibility> responsibilities,
                              List<Delegation> delegations) {
    }

    public record Counts(long out, long in) {
    }

    public record DocumentDetail(String id, String title, String docNumber, String kind, String level, String status,
                                 String issuedDate, String effectiveDate, boolean stub, List<String> shortTitles,
                                 List<AgencyRef> issuers, String sourceFile, Integer startLine, Integer endLine,
                                 String statusDate, Ref statusChangedBy, Ref promulgatedBy,
                                 List<ChapterView> chapters, PagedModel<ArticleView> articles,
                                 Map<String, Counts> relationCounts) {
    }

    public record Endpoint(String id, String title, String label) {
    }

    /** An edge of a reference traversal; {@code count} is how many edges a document-level edge stands for. */
    public record Edge(Endpoint from, Endpoint to, String type, String surface, Integer line, int depth, long count) {
    }

    /** {@code truncated}: the answer reached its edge limit before the traversal ended; edges may be left out. */
    public record References(Ref root, List<Edge> edges, boolean truncated) {
    }

    public record ChainLink(Ref from, Ref to, String type, String date, Boolean partial) {
    }

    /**
     * A document that replaced (repealed in full) another. When the repeal stands in an attachment (办法 印发 by a
     * notice), {@code promulgatedBy} is that notice: users know the rule by the notice's document number.
     */
    public record Replacement(String id, String title, String docNumber, String date, NoticeRef promulgatedBy) {
    }

    public record NoticeRef(String id, String title, String docNumber) {
    }

    public record Replacements(Ref document, String status, boolean inForce, String statusDate,
                               List<Replacement> replacedBy,
                               List<ChainLink> chain) {
    }

    /**
     * Whether the regulation (the work of this document) was in force on {@code date}, and which version's text
     * applied then ({@code version}); {@code versionInForce} tells whether that was this very version.
     */
    public record InForce(String id, String date, boolean inForce, String reason, Ref work, Ref version,
                          boolean versionInForce) {
    }
}
