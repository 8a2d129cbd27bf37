package org.reggraph.api.versions;

import java.util.List;

/** Response shapes of the version endpoints. */
public final class VersionDtos {
    private VersionDtos() {
    }

    /** What made a version: the order or decision (its id, title and date). */
    public record Instrument(String id, String title, String date) {
    }

    /** One version (a Document) of a work. {@code validTo} is null while it is current. */
    public record Version(int ordinal, String id, String title, String docNumber, String versionDate, String validFrom,
                          String validTo, boolean current, String status, boolean stub, Instrument madeBy) {
    }

    /**
     * A work: the regulation over time. {@code currentVersion} is null once it is repealed. {@code firstIssued}: the day
     * the work was first made when that is earlier than any version the graph holds (the history in a revised text's
     * header: 1996年3月17日…通过 above 行政处罚法's 2021 revision), else null; {@code firstInForce}: the day that first text
     * took effect, when the later text still names it (a commencement older than the text, within two years of the
     * first day: 本条例自2008年5月12日起施行 in 护士条例's amended text of 2020, first 公布 2008-01-31; one further on is a
     * revision's, as 公司法's 2006), else null.
     */
    public record Work(String id, String title, String kind, String level, String status, String currentVersion,
                       String firstIssued, String firstInForce) {
    }

    /**
     * The versions of the document's work, oldest first; with {@code date}, {@code inForceOn} names the version whose
     * text applied that day (null when none did). {@code sameAs} is the version whose text this document repeats (the
     * same text from another source: a compilation and the national corpus), null when it is a version itself.
     */
    public record Versions(String document, Work work, List<Version> versions, String date, Version inForceOn,
                           String sameAs) {

        /** The version this document stands for: itself, or the version it is a copy of. */
        public String version() {
            return sameAs != null ? sameAs : document;
        }
    }
}
