package org.reggraph.api.documents;

import java.util.List;
import java.util.Map;

/** Response shapes of the document endpoints (the contract the web explorer is built against). */
public final class DocumentDtos {
    private DocumentDtos() {
    }

    public record DocumentSummary(String id, String title, String docNumber, String kind, String level, String status,
                                  String issuedDate, String effectiveDate, boolean stub) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
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

    public record Delegation(String agencyId, String agencyName, String what, String surface) {
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
                                 List<ChapterView> chapters, List<ArticleView> articles,
                                 Map<String, Counts> relationCounts) {
    }

    public record Endpoint(String id, String title, String label) {
    }

    public record Edge(Endpoint from, Endpoint to, String type, String surface, Integer line, int depth) {
    }

    public record References(Ref root, List<Edge> edges) {
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
