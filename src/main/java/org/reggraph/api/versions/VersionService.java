package org.reggraph.api.versions;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.reggraph.api.AnswerCache;
import org.reggraph.api.GraphReader;
import org.reggraph.api.Params;
import org.reggraph.api.NotFoundException;
import org.reggraph.api.versions.VersionDtos.Instrument;
import org.reggraph.api.versions.VersionDtos.Version;
import org.reggraph.api.versions.VersionDtos.Versions;
import org.reggraph.api.versions.VersionDtos.Work;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import static org.reggraph.api.Values.str;

/** A document's work and versions, and which version applied on a date; one read-only transaction per answer. */
@Service
@Transactional(readOnly = true)
public class VersionService {

    private final GraphReader reader;

    public VersionService(GraphReader reader) {
        this.reader = reader;
    }

    @Cacheable(cacheNames = AnswerCache.NAME, keyGenerator = AnswerCache.KEYS)
    public Versions versions(String rawId, String rawDate) {
        String id = Params.id(rawId);
        LocalDate date = Params.date("date", rawDate);
        Record r = reader.single(VersionQueries.VERSIONS, Map.of("id", id), rec -> rec);
        if (r == null) {
            throw new NotFoundException("Document", id);
        }
        Value w = r.get("work");
        List<Version> versions = r.get("versions").asList(VersionService::version);
        Work work = null;
        if (!w.isNull()) {
            Value first = w.get("first");
            String issued = first.isNull() ? null : beforeVersions(str(first.get("issued")), versions);
            work = new Work(str(w.get("id")), str(w.get("title")), str(w.get("kind")), str(w.get("level")),
                    str(w.get("status")), str(w.get("currentVersion")), issued,
                    issued == null ? null : firstCommencement(issued, str(first.get("effective")), str(first.get("version"))));
        }
        if (versions.isEmpty()) {
            versions = List.of(version(r.get("d"))); // a stub known by name only: a work of one version
        }
        return new Versions(id, work, versions, date == null ? null : date.toString(),
                date == null ? null : inForceOn(versions, date), str(r.get("sameAs")));
    }

    /**
     * The version whose text applied on {@code date}: the latest one valid from that day or earlier (an undated older
     * version counts as valid from the start), provided it had not ended (superseded or repealed) by then.
     */
    public static Version inForceOn(List<Version> versions, LocalDate date) {
        Version found = null;
        for (Version v : versions) {
            LocalDate from = parse(v.validFrom());
            if (from == null || !from.isAfter(date)) {
                found = v;
            }
        }
        if (found == null) {
            return null;
        }
        LocalDate to = parse(found.validTo());
        return to != null && !to.isAfter(date) ? null : found;
    }

    /** The work's first day, when no version the graph holds is that old (else the versions tell it). */
    private static String beforeVersions(String firstIssued, List<Version> versions) {
        LocalDate first = parse(firstIssued);
        if (first == null || versions.isEmpty()) {
            return null;
        }
        Version oldest = versions.get(0);
        LocalDate start = parse(oldest.versionDate() != null ? oldest.versionDate() : oldest.validFrom());
        return start != null && first.isBefore(start) ? firstIssued : null;
    }

    /** How long after its first day a work's first text takes effect, at most (a later commencement is a revision's). */
    private static final int FIRST_COMMENCEMENT_YEARS = 2;

    /**
     * The first text's commencement, when the later text still names it: its effective date, if that is older than the
     * text itself (a commencement clause the amendments kept), falls on or after the work's first day and within
     * {@link #FIRST_COMMENCEMENT_YEARS} of it. A text's own commencement (on or after its date) is no earlier text's.
     */
    static String firstCommencement(String firstIssued, String effective, String versionDate) {
        LocalDate first = parse(firstIssued);
        LocalDate start = parse(effective);
        LocalDate version = parse(versionDate);
        return first != null && start != null && version != null && start.isBefore(version) && !start.isBefore(first)
                && start.isBefore(first.plusYears(FIRST_COMMENCEMENT_YEARS)) ? start.toString() : null;
    }

    private static Version version(Value v) {
        Value history = v.get("history");
        Instrument madeBy;
        if (!v.get("madeBy").isNull()) {
            madeBy = new Instrument(str(v.get("madeBy")), str(v.get("title")), str(v.get("versionDate")));
        } else if (history != null && !history.isNull()) {
            madeBy = new Instrument(str(history.get("id")), str(history.get("title")), str(history.get("date")));
        } else {
            madeBy = null;
        }
        return new Version(v.get("ordinal").asInt(1), str(v.get("id")), str(v.get("title")), str(v.get("docNumber")),
                str(v.get("versionDate")), str(v.get("validFrom")), str(v.get("validTo")), v.get("current").asBoolean(false),
                str(v.get("status")), v.get("stub").asBoolean(false), madeBy);
    }

    static LocalDate parse(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
