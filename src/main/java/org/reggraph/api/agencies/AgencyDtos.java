package org.reggraph.api.agencies;

import java.util.List;

/** Response shapes of the agency endpoints (field names are the API contract). */
public final class AgencyDtos {

    private AgencyDtos() {
    }

    public record DocumentRef(String id, String title) {
    }

    public record ArticleRef(String id, String label) {
    }

    public record AgencyRef(String id, String name) {
    }

    public record Responsible(String agencyId, String agencyName, String role, String surface) {
    }

    /**
     * A delegation with its status (rule-making delegations only, else null): CARRIED_OUT, CARRIED_OUT_BY_OTHER,
     * CARRIED_OUT_LOWER_RANK, ONWARD_DELEGATION, NOT_CARRIED_OUT (yearsOpen: since the delegating text), LOCAL.
     */
    public record Delegate(String agencyId, String agencyName, String what, String surface, String status,
                           Fulfiller fulfilledBy, Long yearsOpen) {
    }

    /** The most confident implementing document of a delegation. */
    public record Fulfiller(String id, String title, Double confidence) {
    }

    /** The agencies one article (or, with {@code article} null, the document itself) names. */
    public record ArticleAgencies(ArticleRef article, List<Responsible> responsible, List<Delegate> delegates) {
    }

    public record DocumentAgencies(DocumentRef document, List<ArticleAgencies> articles) {
    }

    public record AgencySummary(String id, String name, String level, String kind, Boolean generic) {
    }

    public record IssuedDocument(String id, String title, String docNumber, String kind, String level, String status,
                                 String issuedDate, String effectiveDate, Boolean stub) {
    }

    public record Responsibility(DocumentRef document, ArticleRef article, String role, String surface) {
    }

    public record Delegation(DocumentRef document, ArticleRef article, String what, String surface) {
    }

    public record AgencyDetail(String id, String name, List<String> aliases, String level, String kind, Boolean generic,
                               List<AgencyRef> parents, List<AgencyRef> children, List<IssuedDocument> issued,
                               List<Responsibility> responsibilities, List<Delegation> delegations) {
    }
}
