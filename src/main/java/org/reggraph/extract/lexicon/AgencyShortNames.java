package org.reggraph.extract.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short names of agencies (应急部, 国家林草局, 市场监管总局) and the full names they stand for, from
 * {@code lexicon/agency-short-names.tsv} ({@code short<TAB>full}, sorted; only short forms seen in the texts). A name is
 * resolved as a whole, or as a short name followed by an office of it (中国银保监会办公厅): a short name inside a longer
 * word (应急部署, 商务部门) is never one.
 */
public final class AgencyShortNames {

    private static final Map<String, String> FULL = load();
    private static final List<String> OFFICES = List.of("办公厅", "办公室", "综合司");
    /** Informal short names (no agency signs with them as its standard abbreviation): resolved in issuer lists too. */
    private static final java.util.Set<String> INFORMAL = java.util.Set.copyOf(Lexicon.lines("agency-informal-short-names.txt"));

    private AgencyShortNames() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (String line : Lexicon.lines("agency-short-names.tsv")) {
            String[] p = line.split("\t");
            if (p.length == 2) {
                m.put(p[0].trim(), p[1].trim());
            }
        }
        return Map.copyOf(m);
    }

    /**
     * An issuer as the document names it: standard abbreviations stay as signed (国家发展改革委, 市场监管总局), informal
     * short names are resolved (应急部 → 应急管理部, 国家林草局 → 国家林业和草原局).
     */
    public static String issuer(String name) {
        return name != null && INFORMAL.contains(name) ? resolve(name) : name;
    }

    /** Whether {@code name} is a short name of the table (中国科协, 中科院), whatever its last characters. */
    public static boolean isShortName(String name) {
        // the last character first: most names asked end in none of the table's (AgencyNames asks it of every span it cleans)
        return !name.isEmpty() && LAST_CHARS.indexOf(name.charAt(name.length() - 1)) >= 0 && FULL.containsKey(name);
    }

    private static final String LAST_CHARS = FULL.keySet().stream().map(k -> k.substring(k.length() - 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /** The full name of an agency written short, or the name itself. */
    public static String resolve(String name) {
        if (name == null) {
            return null;
        }
        String full = FULL.get(name);
        if (full != null) {
            return full;
        }
        for (String office : OFFICES) {
            if (name.endsWith(office) && name.length() > office.length()) {
                String head = FULL.get(name.substring(0, name.length() - office.length()));
                if (head != null) {
                    return head + office;
                }
            }
        }
        return name;
    }
}
