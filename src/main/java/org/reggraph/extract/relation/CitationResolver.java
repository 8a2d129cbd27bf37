package org.reggraph.extract.relation;

import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.ExtractedRelation;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.RelationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus-level resolution after all files: a target written as a short title or a bare number resolves to a document
 * of the extraction when one matches (same title, 中华人民共和国 + title, same document number, or a unique document
 * whose title ends with the short title); unresolved targets keep their surface title.
 */
public final class CitationResolver {

    public Extraction resolve(Extraction e) {
        Map<String, ExtractedDocument> byKey = new HashMap<>();
        Map<String, ExtractedDocument> byNumber = new HashMap<>();
        for (ExtractedDocument d : e.documents()) {
            byKey.putIfAbsent(RelationText.key(d.title()), d);
            if (d.docNumber() != null) {
                byNumber.putIfAbsent(d.docNumber(), d);
            }
        }
        List<ExtractedRelation> out = new ArrayList<>(e.relations().size());
        boolean changed = false;
        for (ExtractedRelation r : e.relations()) {
            ExtractedRelation n = r;
            if (r.type() != RelationType.RESPONSIBLE && r.type() != RelationType.DELEGATES && r.type() != RelationType.AMENDS
                    && r.target() != null) {
                ExtractedDocument d = find(r, byKey, byNumber);
                if (d != null && (!d.title().equals(r.target()) || (r.targetDocNumber() == null && d.docNumber() != null))) {
                    n = new ExtractedRelation(r.type(), r.from(), r.article(), r.line(), d.title(),
                            r.targetDocNumber() != null ? r.targetDocNumber() : d.docNumber(), r.targetArticle(), r.surface(),
                            r.via(), r.alias(), r.partial(), r.articles(), r.effectiveDate(), r.instrument(),
                            r.instrumentDocNumber(), r.date(), r.ordinal(), r.role(), r.what());
                    changed = true;
                }
            }
            out.add(n);
        }
        return changed ? new Extraction(e.documents(), List.copyOf(out), e.agencies(), e.problems()) : e;
    }

    static ExtractedDocument find(ExtractedRelation r, Map<String, ExtractedDocument> byKey, Map<String, ExtractedDocument> byNumber) {
        String k = RelationText.key(r.target());
        ExtractedDocument d = byKey.get(k);
        if (d == null) {
            d = byKey.get("中华人民共和国" + k);
        }
        if (r.type() == RelationType.REPEALS && !r.target().equals(r.targetDocNumber())) {
            return null; // an older version with the same title is not the repealing document
        }
        if (d == null && r.targetDocNumber() != null && r.target().equals(r.targetDocNumber())) {
            d = byNumber.get(r.targetDocNumber());
        }
        return d;
    }
}
