package org.reggraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks of the request parameters the endpoints share; a bad value is an {@link InvalidParameterException}. */
public final class Params {

    /** Longest free text accepted (queries, filter values). */
    public static final int MAX_TEXT = 200;
    static final int MAX_ID = 300;

    private Params() {
    }

    /** A required id, stripped. */
    public static String id(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("id", "'id' is required");
        }
        if (raw.length() > MAX_ID) {
            throw new InvalidParameterException("id", "'id' is longer than " + MAX_ID + " characters");
        }
        return raw.strip();
    }

    /** An optional text, stripped; null when absent or blank. */
    public static String text(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TEXT) {
            throw new InvalidParameterException(name, "'" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        return raw.strip();
    }

    /** An optional date YYYY-MM-DD; null when absent or blank. */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "'" + name + "' must be a date YYYY-MM-DD, was '"
                    + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + "'");
        }
    }
}
