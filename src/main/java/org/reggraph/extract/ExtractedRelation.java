package org.reggraph.extract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One relation found in a document, with provenance. Field meanings follow the export format in
 * GRAPH_MODEL.md; type-specific fields are null when they do not apply.
 *
 * @param type                relation type
 * @param from                id of the document in which the statement stands
 * @param article             article label (第四条) or null outside articles
 * @param line                1-based input line where the statement starts
 * @param target              full title of the target document, or the agency name for DELEGATES/RESPONSIBLE
 * @param targetDocNumber     normalised document number of the target, when known
 * @param targetArticle       cited article label (《X》第N条), or null
 * @param surface             the text as it stands in the source
 * @param via                 how a citation was written: title, alias, docNumber
 * @param alias               the short form, for ALIAS
 * @param partial             for REPEALS: only some articles or items go
 * @param articles            for REPEALS: the repealed articles/items
 * @param effectiveDate       for REPEALS: when the repeal takes effect (ISO date)
 * @param instrument          for AMENDS history lines: title of the amending instrument
 * @param instrumentDocNumber for AMENDS history lines: its document number
 * @param date                for AMENDS: date of the amendment (ISO date)
 * @param ordinal             for AMENDS: 1 for 第一次修订 …
 * @param role                for RESPONSIBLE: lead, co, supervise, implement
 * @param what                for DELEGATES / RESPONSIBLE: a short description of the duty or power
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractedRelation(RelationType type, String from, String article, Integer line,
                                String target, String targetDocNumber, String targetArticle,
                                String surface, String via, String alias,
                                Boolean partial, List<String> articles, String effectiveDate,
                                String instrument, String instrumentDocNumber, String date, Integer ordinal,
                                String role, String what) {

    /** A relation with only the common fields set. */
    public static ExtractedRelation of(RelationType type, String from, String article, Integer line,
                                       String target, String targetDocNumber, String surface) {
        return new ExtractedRelation(type, from, article, line, target, targetDocNumber, null, surface,
                null, null, null, null, null, null, null, null, null, null, null);
    }
}
