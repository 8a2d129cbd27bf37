package org.reggraph.extract.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The header fields of one document, and where its body starts.
 *
 * @param firstIssued the earliest date of a history note under the title, when earlier than {@code date}
 * @param bodyStart   index (into the cleaned lines) of the first body line
 */
record Header(String title, String docNumber, List<String> issuers, LocalDate date, LocalDate effectiveDate,
              LocalDate firstIssued, String kind, String level, int bodyStart) {
}
