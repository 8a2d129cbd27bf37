package org.reggraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LoggedProgressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // done | total | estimated | elements | relations | elapsed ms | line
            "110  | 1038 | false | 20000  | 11353 | 10000 | 110/1038 documents (10 %), 11353 relations, 11 documents/s, 2000 elements/s, ETA 84 s",
            "259  | 2858 | true  | 30000  | 12486 | 18500 | 259/~2858 documents (9 %), 12486 relations, 14 documents/s, 1622 elements/s, ETA 186 s",
            "1038 | 1038 | false | 150000 | 85981 | 50000 | 1038/1038 documents (100 %), 85981 relations, 21 documents/s, 3000 elements/s, ETA 0 s",
            "0    | 500  | false | 0      | 0     | 3000  | 0/500 documents (0 %), 0 relations, 0 documents/s, 0 elements/s, ETA ?",
            "0    | 0    | false | 0      | 0     | 0     | 0/0 documents (100 %), 0 relations, 0 documents/s, 0 elements/s, ETA 0 s"})
    void lineSaysDoneTotalRatesAndEta(long done, long total, boolean estimated, long elements, long relations,
                                      long elapsed, String line) {
        assertThat(LoggedProgress.line(done, total, estimated, elements, relations, elapsed)).isEqualTo(line);
    }

    @Test
    void logsAtMostOncePerIntervalAndAlwaysTheEnd() {
        RecordingLogger log = new RecordingLogger();
        AtomicLong now = new AtomicLong(1_000);
        LoggedProgress progress = new LoggedProgress(log, "national", 3_000, now::get);
        now.set(2_000);
        progress.update(10, 100, 500, 200);   // 1 s in: quiet
        now.set(4_000);
        progress.update(40, 100, 2_000, 800);  // 3 s in: logged
        now.set(5_000);
        progress.update(60, 100, 3_000, 1_200); // 1 s after the last line: quiet
        progress.update(100, 100, 5_000, 2_000); // the end: always logged
        assertThat(log.lines).containsExactly(
                "national: 40/100 documents (40 %), 800 relations, 13 documents/s, 667 elements/s, ETA 5 s",
                "national: 100/100 documents (100 %), 2000 relations, 25 documents/s, 1250 elements/s, ETA 0 s");
    }

    private static final class RecordingLogger extends LegacyAbstractLogger {
        final List<String> lines = new ArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, org.slf4j.Marker marker, String pattern,
                                                   Object[] arguments, Throwable throwable) {
            lines.add(MessageFormatter.arrayFormat(pattern, arguments).getMessage());
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
