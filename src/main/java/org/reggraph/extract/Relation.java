package org.reggraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A relation found in a document: one record per kind, each with where it was stated ({@link Provenance}). The
 * export writes them in the flat form of GRAPH_MODEL.md ("Extraction export"), see {@link ExtractionExport#fields}.
 */
public sealed interface Relation {

    RelationType type();

    Provenance source();

    /** Full title of the target document, or the agency's name for {@link Delegates} and {@link Responsible}. */
    String target();

    /**
     * Where a relation was stated.
     *
     * @param from    id of the document in which the statement stands
     * @param article article label (第四条), or null outside articles
     * @param line    1-based input line where the statement starts
     * @param surface the text as it stands in the source
     */
    record Provenance(String from, String article, Integer line, String surface) {
    }

    /** A relation to a document, named by title and, when known, by its normalised document number. */
    sealed interface ToDocument extends Relation {

        String targetDocNumber();

        /** The same relation pointing at a document found in the extraction. */
        ToDocument withTarget(String target, String targetDocNumber);
    }

    /**
     * @param targetArticle cited article (《X》第N条), or null
     * @param via           how the target was written: title, alias, docNumber
     */
    record Cites(Provenance source, String target, String targetDocNumber, String targetArticle, String via)
            implements ToDocument {
        public RelationType type() {
            return RelationType.CITES;
        }

        public Cites withTarget(String target, String targetDocNumber) {
            return new Cites(source, target, targetDocNumber, targetArticle, via);
        }
    }

    /** A citation in the sentence that names the document's legal basis (根据《X》…制定本办法). */
    record BasedOn(Provenance source, String target, String targetDocNumber, String targetArticle, String via)
            implements ToDocument {
        public RelationType type() {
            return RelationType.BASED_ON;
        }

        public BasedOn withTarget(String target, String targetDocNumber) {
            return new BasedOn(source, target, targetDocNumber, targetArticle, via);
        }
    }

    /** A short form defined for a document (以下简称《土地管理法》); aliases are defined on titles. */
    record Alias(Provenance source, String target, String targetDocNumber, String alias) implements ToDocument {
        public RelationType type() {
            return RelationType.ALIAS;
        }

        public Alias withTarget(String target, String targetDocNumber) {
            return new Alias(source, target, targetDocNumber, alias);
        }
    }

    /**
     * @param partial       only some articles or items go
     * @param articles      the repealed articles or items, empty when the whole document goes
     * @param effectiveDate when the repeal takes effect (the repealing document's effective date), or null
     */
    record Repeals(Provenance source, String target, String targetDocNumber, String via, boolean partial,
                   List<String> articles, LocalDate effectiveDate) implements ToDocument {
        public Repeals {
            articles = articles == null ? List.of() : List.copyOf(articles);
        }

        public RelationType type() {
            return RelationType.REPEALS;
        }

        public Repeals withTarget(String target, String targetDocNumber) {
            return new Repeals(source, target, targetDocNumber, via, partial, articles, effectiveDate);
        }
    }

    /**
     * Either a body statement (对《X》作如下修改: the target is amended, {@code history} is null) or a history line in
     * the document's own header (根据…第二次修订: the target is the document itself, amended by the instrument).
     * {@code articles} lists the articles a decision changes (将第N条修改为), empty when not stated.
     */
    record Amends(Provenance source, String target, String targetDocNumber, String via, History history,
                  List<String> articles) implements ToDocument {
        public Amends {
            articles = articles == null ? List.of() : List.copyOf(articles);
        }

        public RelationType type() {
            return RelationType.AMENDS;
        }

        public Amends withTarget(String target, String targetDocNumber) {
            return new Amends(source, target, targetDocNumber, via, history, articles);
        }

        /** The history line's ordinal, or null for a body statement. */
        public Integer ordinal() {
            return history == null ? null : history.ordinal();
        }
    }

    /**
     * A history line: 根据2014年7月29日《国务院关于修改部分行政法规的决定》第二次修订.
     *
     * @param instrument          title of the amending instrument, or null
     * @param instrumentDocNumber its document number, or null
     * @param date                date of the amendment, or null
     * @param ordinal             1 for 第一次修订 …
     */
    record History(String instrument, String instrumentDocNumber, LocalDate date, int ordinal) {
    }

    /** A notice that 印发/发布 a document. */
    record Promulgates(Provenance source, String target, String targetDocNumber) implements ToDocument {
        public RelationType type() {
            return RelationType.PROMULGATES;
        }

        public Promulgates withTarget(String target, String targetDocNumber) {
            return new Promulgates(source, target, targetDocNumber);
        }
    }

    /**
     * Rules or a power left to an agency (具体办法由X制定, 委托, 授权).
     *
     * @param agency the agency's name as written (cleaned)
     * @param what   what is delegated, as the text names it (实施细则, 具体办法, 标准, 解释, 评估 …)
     * @param kind   rulemaking, interpretation, entrustment or authorisation
     * @param list   the joint list the agency was named in (省级财政和生态环境部门), or null
     * @param role   {@code co} for a partner the lead makes the rules with (X会同Y制定: Y), else null
     */
    record Delegates(Provenance source, String agency, String what, String kind, String list, String role) implements Relation {

        public Delegates(Provenance source, String agency, String what, String kind) {
            this(source, agency, what, kind, null, null);
        }

        /** The role of a partner in the rule-making of another (X会同Y制定: Y). */
        public static final String PARTNER = "co";

        public static final String RULEMAKING = "rulemaking";
        public static final String INTERPRETATION = "interpretation";
        public static final String ENTRUSTMENT = "entrustment";
        public static final String AUTHORISATION = "authorisation";

        public RelationType type() {
            return RelationType.DELEGATES;
        }

        public String target() {
            return agency;
        }
    }

    /**
     * An agency that is the subject of a duty or is given a power.
     *
     * @param role lead, co, supervise, approval, enforcement, implement
     * @param what a short description of the duty, or null
     * @param list the joint list the agency was named in (财政部、生态环境部), or null
     */
    record Responsible(Provenance source, String agency, String role, String what, String list) implements Relation {

        public Responsible(Provenance source, String agency, String role, String what) {
            this(source, agency, role, what, null);
        }

        public RelationType type() {
            return RelationType.RESPONSIBLE;
        }

        public String target() {
            return agency;
        }
    }
}
