package org.reggraph.extract.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The header fields of one document, and where its body starts.
 *
 * @param bodyStart index (into the cleaned lines) of the first body line
 */
record Header(String title, String docNumber, List<String> issuers, LocalDate date, LocalDate effectiveDate,
              String kind, String level, int bodyStart) {
}
