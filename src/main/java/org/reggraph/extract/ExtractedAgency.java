package org.reggraph.extract;

import java.util.List;

/**
 * An agency named in the text, normalised.
 *
 * @param id      canonical name (the key of the Agency node)
 * @param name    canonical name
 * @param aliases other names seen (国家发展改革委 for 国家发展和改革委员会)
 * @param level   国家, 省级, 市级, 县级, 乡级, or null
 * @param kind    国务院, 部委, 直属机构, 主管部门, 人民政府 …
 * @param generic true for role names (县级以上地方人民政府水行政主管部门)
 * @param parent  canonical name of the agency it is PART_OF, or null
 */
public record ExtractedAgency(String id, String name, List<String> aliases, String level, String kind,
                              boolean generic, String parent) {

    /**
     * This agency as named in one file together with another file's view of it: the aliases of both (a later file may
     * be the one that uses a short name), the first file's other fields.
     */
    public ExtractedAgency with(ExtractedAgency other) {
        if (other == null || other.aliases == null || aliases != null && aliases.containsAll(other.aliases)) {
            return this;
        }
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(aliases == null ? List.of() : aliases);
        all.addAll(other.aliases);
        return new ExtractedAgency(id, name, List.copyOf(all), level, kind, generic, parent);
    }
}
