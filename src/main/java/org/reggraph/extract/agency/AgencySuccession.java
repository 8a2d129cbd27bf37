package org.reggraph.extract.agency;

import org.reggraph.extract.ExtractedAgency;
import org.reggraph.extract.lexicon.Lexicon;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reorganisations of agencies and the bodies that held the role names of the laws, from
 * {@code lexicon/agency-succession.tsv} and {@code lexicon/agency-roles.tsv}. A predecessor stays an agency of its own
 * (a 2016 document issued by 国家安全生产监督管理总局 keeps that issuer); the graph links it to its successor
 * ({@code SUCCEEDED_BY}) and a role name to its holders ({@code HELD_BY}). Names are canonical (alias table applied).
 */
public final class AgencySuccession {

    /**
     * predecessor → successor on {@code date}; {@code approximate}: the table knows the month, not the day.
     *
     * @param scope the part of the predecessor's duties the successor took, when it took only a part (may be null)
     */
    public record Step(String predecessor, String successor, LocalDate date, boolean approximate, String source,
                       String scope) {
    }

    /** {@code holder} held the role name {@code role} in [from, to); {@code to} null: it holds it today. */
    public record Tenure(String role, String holder, LocalDate from, LocalDate to, boolean approximate) {
        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || date.isBefore(to));
        }
    }

    /** A row of a table that does not parse: the file, its line number among the data lines, and why. */
    public static final class BadRow extends IllegalArgumentException {
        BadRow(String file, int row, String message) {
            super(file + " row " + row + ": " + message);
        }
    }

    static final String STEPS_FILE = "agency-succession.tsv";
    static final String ROLES_FILE = "agency-roles.tsv";

    private static final List<Step> STEPS = parseSteps(Lexicon.lines(STEPS_FILE));
    private static final List<Tenure> TENURES = parseTenures(Lexicon.lines(ROLES_FILE));

    private AgencySuccession() {
    }

    public static List<Step> steps() {
        return STEPS;
    }

    public static List<Tenure> tenures() {
        return TENURES;
    }

    /** Every agency the two tables name: predecessors, successors, role names and their holders. */
    public static Set<String> bodies() {
        Set<String> out = new LinkedHashSet<>();
        STEPS.forEach(s -> {
            out.add(s.predecessor());
            out.add(s.successor());
        });
        TENURES.forEach(t -> {
            out.add(t.role());
            out.add(t.holder());
        });
        return out;
    }

    /**
     * The agencies of the tables as agency records; role names are generic whatever their wording. They bring no
     * aliases and no parent: those come from the documents that name an agency (a historical body is not put under
     * 国务院 by the table, and the aliases a graph holds stay those the texts used).
     */
    public static List<ExtractedAgency> agencies() {
        Set<String> roles = new LinkedHashSet<>();
        TENURES.forEach(t -> roles.add(t.role()));
        List<ExtractedAgency> out = new ArrayList<>();
        for (String name : bodies()) {
            ExtractedAgency a = AgencyRecognizer.describe(name, List.of());
            boolean role = roles.contains(name);
            out.add(new ExtractedAgency(a.id(), a.name(), List.of(), a.level(), role && !a.generic() ? "主管部门" : a.kind(),
                    a.generic() || role, null));
        }
        return out;
    }

    /** True for the role names of the roles table. */
    public static boolean isRole(String name) {
        return TENURES.stream().anyMatch(t -> t.role().equals(name));
    }

    static List<Step> parseSteps(List<String> lines) {
        List<Step> out = new ArrayList<>();
        Map<String, Step> seen = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] p = lines.get(i).split("\t", -1);
            if (p.length < 4 || p.length > 5) {
                throw new BadRow(STEPS_FILE, i + 1, "expected predecessor, successor, date, source[, scope]");
            }
            String from = name(STEPS_FILE, i, p[0]);
            String to = name(STEPS_FILE, i, p[1]);
            if (from.equals(to)) {
                throw new BadRow(STEPS_FILE, i + 1, from + " succeeds itself");
            }
            Step step = new Step(from, to, date(STEPS_FILE, i, p[2]), p[2].strip().startsWith("~"),
                    required(STEPS_FILE, i, p[3], "source"), p.length == 5 && !p[4].isBlank() ? p[4].strip() : null);
            if (seen.put(from + "\t" + to, step) != null) {
                throw new BadRow(STEPS_FILE, i + 1, from + " → " + to + " twice");
            }
            out.add(step);
        }
        return List.copyOf(out);
    }

    static List<Tenure> parseTenures(List<String> lines) {
        List<Tenure> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] p = lines.get(i).split("\t", -1);
            if (p.length < 3 || p.length > 4) {
                throw new BadRow(ROLES_FILE, i + 1, "expected role, holder, from[, to]");
            }
            LocalDate from = date(ROLES_FILE, i, p[2]);
            LocalDate to = p.length == 4 && !p[3].isBlank() ? date(ROLES_FILE, i, p[3]) : null;
            if (to != null && !from.isBefore(to)) {
                throw new BadRow(ROLES_FILE, i + 1, "from " + from + " is not before to " + to);
            }
            out.add(new Tenure(name(ROLES_FILE, i, p[0]), name(ROLES_FILE, i, p[1]), from, to,
                    p[2].strip().startsWith("~") || p.length == 4 && p[3].strip().startsWith("~")));
        }
        return List.copyOf(out);
    }

    private static String name(String file, int i, String raw) {
        return AgencyRecognizer.canonical(required(file, i, raw, "agency name"));
    }

    private static String required(String file, int i, String raw, String what) {
        if (raw == null || raw.isBlank()) {
            throw new BadRow(file, i + 1, what + " missing");
        }
        return raw.strip();
    }

    private static LocalDate date(String file, int i, String raw) {
        String s = required(file, i, raw, "date").replaceFirst("^~", "");
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadRow(file, i + 1, "bad date " + raw);
        }
    }
}
