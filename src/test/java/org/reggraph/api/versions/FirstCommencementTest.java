package org.reggraph.api.versions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which commencement a later text names is its work's first one (corpus texts: first day, effective date, text's date). */
class FirstCommencementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the amended text keeps the first text's clause (本条例自2008年5月12日起施行)
            "护士条例(2020-03-27)|2008-01-31|2008-05-12|2020-03-27|2008-05-12",
            "生物安全法(2024-04-26)|2020-10-17|2021-04-15|2024-04-26|2021-04-15",
            // a revision's commencement, years after the first day (本法自1999年1月1日起施行 of the 1998 revision)
            "土地管理法(2019-08-26)|1986-06-25|1999-01-01|2019-08-26|",
            "公司法(2018-10-26)|1993-12-29|2006-01-01|2018-10-26|",
            // the text's own commencement, on or after its date, is no earlier text's
            "a text revised a year after its first|2020-01-01|2021-06-01|2021-01-01|",
            // no date to go by
            "no effective date|2008-01-31||2020-03-27|",
    })
    void firstCommencement(String text, String firstIssued, String effective, String versionDate, String expected) {
        assertEquals(expected, VersionService.firstCommencement(firstIssued, effective, versionDate), text);
    }
}
