package org.reggraph.extract.relation;

import org.reggraph.extract.TitleKey;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Relation;
import org.reggraph.extract.Extraction;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many 《》 citations of an extraction resolve to one of its documents, and the most cited unresolved targets
 * (the same measure as {@code scripts/citation_coverage.py}).
 */
public final class CitationCoverage {

    /** Counts and the unresolved targets, most cited first. */
    public record Report(int citations, int resolved, List<Map.Entry<String, Integer>> unresolved) {
        public double share() {
            return citations == 0 ? 0 : (double) resolved / citations;
        }
    }

    private CitationCoverage() {
    }

    public static Report of(Extraction e, int top) {
        Set<String> titles = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (ExtractedDocument d : e.documents()) {
            titles.add(TitleKey.bare(d.title()));
            if (d.docNumber() != null) {
                numbers.add(d.docNumber());
            }
        }
        int total = 0, resolved = 0;
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (Relation r : e.relations()) {
            String via = r instanceof Relation.Cites c ? c.via() : r instanceof Relation.BasedOn b ? b.via()
                    : r instanceof Relation.Repeals p ? p.via() : null;
            if (!"title".equals(via)) {
                continue;
            }
            total++;
            String number = ((Relation.ToDocument) r).targetDocNumber();
            if (titles.contains(TitleKey.bare(r.target())) || (number != null && numbers.contains(number))) {
                resolved++;
            } else {
                missing.merge(r.target(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> list = missing.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).limit(top).map(x -> Map.entry(x.getKey(), x.getValue())).toList();
        return new Report(total, resolved, list);
    }
}
