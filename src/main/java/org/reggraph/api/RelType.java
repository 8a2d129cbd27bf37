package org.reggraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Relationship types a client may name in a {@code types} parameter; anything else is rejected with 400. */
public enum RelType {
    CITES, BASED_ON, AMENDS, REPEALS, PROMULGATES, ISSUED_BY, RESPONSIBLE_FOR, DELEGATES_TO, FULFILS, PART_OF,
    /** Agency succession (lexicon/agency-succession.tsv) and the bodies that held a role name (agency-roles.tsv). */
    SUCCEEDED_BY, HELD_BY;

    /** The types a document or an article can have: all but those between agencies (structure and succession). */
    public static List<RelType> ofDocuments() {
        return java.util.Arrays.stream(values()).filter(t -> t != PART_OF && t != SUCCEEDED_BY && t != HELD_BY).toList();
    }

    /**
     * Parses a comma-separated list of type names (case-insensitive, blanks ignored).
     *
     * @param param   the raw parameter, may be null or blank (then {@code dflt})
     * @param allowed the types this endpoint accepts
     * @param dflt    the answer for an absent parameter
     * @throws InvalidParameterException for a name that is unknown or not allowed here
     */
    public static List<RelType> parseList(String param, List<RelType> allowed, List<RelType> dflt) {
        if (param == null || param.isBlank()) {
            return dflt;
        }
        List<RelType> result = new ArrayList<>();
        for (String raw : param.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            RelType type;
            try {
                type = RelType.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("types", "Unknown relationship type '" + name
                        + "'; allowed: " + allowed);
            }
            if (!allowed.contains(type)) {
                throw new InvalidParameterException("types", "Relationship type '" + name
                        + "' is not allowed here; allowed: " + allowed);
            }
            if (!result.contains(type)) {
                result.add(type);
            }
        }
        if (result.isEmpty()) {
            throw new InvalidParameterException("types", "No relationship type given; allowed: " + allowed);
        }
        return List.copyOf(result);
    }

    /** The names of some types, as query parameters. */
    public static List<String> names(List<RelType> types) {
        return types.stream().map(Enum::name).toList();
    }
}
