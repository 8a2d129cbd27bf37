package org.reggraph.extract.relation;

import org.reggraph.extract.TitleKey;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Relation;
import org.reggraph.extract.Extraction;

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
            byKey.putIfAbsent(TitleKey.bare(d.title()), d);
            if (d.docNumber() != null) {
                byNumber.putIfAbsent(d.docNumber(), d);
            }
        }
        List<Relation> out = new ArrayList<>(e.relations().size());
        boolean changed = false;
        for (Relation r : e.relations()) {
            Relation n = r;
            // duties name agencies; amendments name the document itself or the amended one as written
            if (r instanceof Relation.ToDocument t && !(r instanceof Relation.Amends) && r.target() != null) {
                ExtractedDocument d = find(t, byKey, byNumber);
                if (d != null && (!d.title().equals(r.target()) || (t.targetDocNumber() == null && d.docNumber() != null))) {
                    n = t.withTarget(d.title(), t.targetDocNumber() != null ? t.targetDocNumber() : d.docNumber());
                    changed = true;
                }
            }
            out.add(n);
        }
        return changed ? new Extraction(e.documents(), List.copyOf(out), e.agencies(), e.problems()) : e;
    }

    static ExtractedDocument find(Relation.ToDocument r, Map<String, ExtractedDocument> byKey, Map<String, ExtractedDocument> byNumber) {
        String k = TitleKey.bare(r.target());
        ExtractedDocument d = byKey.get(k);
        if (d == null) {
            d = byKey.get("中华人民共和国" + k);
        }
        if (r instanceof Relation.Repeals && !r.target().equals(r.targetDocNumber())) {
            return null; // an older version with the same title is not the repealing document
        }
        if (d == null && r.targetDocNumber() != null && r.target().equals(r.targetDocNumber())) {
            d = byNumber.get(r.targetDocNumber());
        }
        return d;
    }
}
