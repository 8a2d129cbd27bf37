package org.reggraph.extract.agency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issuer names in signature blocks and titles, from lines of the seeds. */
class AgenciesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            国家发展改革委                          | true
            工业和信息化部                          | true
            版）国家发展改革委                      | false
            （2021年版）国家发展改革委               | false
            国家发展改革委（                        | false
            关于印发                               | false
            """)
    void isAgency(String token, boolean agency) {
        assertEquals(agency, Agencies.isAgency(token));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            工业和信息化部 中央网络安全和信息化委员会办公室 | 工业和信息化部,中央网络安全和信息化委员会办公室
            财 政 部                                   | 财政部
            财政部、生态环境部                           | 财政部,生态环境部
            版） 国家发展改革委                          | ''
            """)
    void splitLine(String line, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
        assertEquals(want, Agencies.splitLine(line));
    }
}
