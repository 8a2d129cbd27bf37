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
}
