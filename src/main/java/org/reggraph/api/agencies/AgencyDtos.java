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
     * A delegation, its kind (rulemaking, interpretation, entrustment, authorisation) and its status (rule-making delegations
     * only, else null): CARRIED_OUT, CARRIED_OUT_BY_OTHER, CARRIED_OUT_LOWER_RANK, ONWARD_DELEGATION, NOT_CARRIED_OUT
     * (yearsOpen: since the delegating text), LOCAL. {@code role} is {@code co} for a 会同 partner in another body's
     * rule-making (X会同Y制定: Y), else null.
     */
    public record Delegate(String agencyId, String agencyName, String what, String kind, String role, String surface, String status,
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

    /** @param via with asOf: the predecessor or role name that issued it, when not the agency asked for */
    public record IssuedDocument(String id, String title, String docNumber, String kind, String level, String status,
                                 String issuedDate, String effectiveDate, Boolean stub, AgencyRef via) {
    }

    /** @param via with asOf: the predecessor or role name the text gave the duty to, when not the agency asked for */
    public record Responsibility(DocumentRef document, ArticleRef article, String role, String surface, AgencyRef via) {
    }

    /** @param kind rulemaking, interpretation, entrustment or authorisation; @param via as in {@link Responsibility} */
    public record Delegation(DocumentRef document, ArticleRef article, String what, String kind, String surface, AgencyRef via) {
    }

    /** A reorganisation: {@code from} was succeeded by {@code to} on {@code date} (approximate: month known only). */
    public record SuccessionStep(AgencyRef from, AgencyRef to, String date, boolean approximate, String source,
                                 String scope) {
    }

    /** A period [from, to) in which {@code agency} held a role name (or, for a role name, was its holder); to null: today. */
    public record Tenure(AgencyRef agency, String from, String to) {
    }

    /**
     * A body that answers for the agency on the asOf date and the period in which it does (null: open).
     *
     * @param how self (the agency itself), successor, predecessor (the agency did not exist yet) or role (holder of a
     *            role name)
     */
    public record Holder(String id, String name, String from, String to, String how) {
    }

    /**
     * @param predecessors the reorganisations before this agency, nearest first
     * @param successors   the reorganisations after it, nearest first
     * @param heldBy       for a role name: the bodies that held it, in time order
     * @param roles        the role names this body held
     * @param asOf         the date asked for, or null
     * @param holders      with asOf: who answers for this agency that day; lists then hold what passed to it
     */
    public record AgencyDetail(String id, String name, List<String> aliases, String level, String kind, Boolean generic,
                               List<AgencyRef> parents, List<AgencyRef> children, List<IssuedDocument> issued,
                               List<Responsibility> responsibilities, List<Delegation> delegations,
                               List<SuccessionStep> predecessors, List<SuccessionStep> successors, List<Tenure> heldBy,
                               List<Tenure> roles, String asOf, List<Holder> holders) {
    }
}
