package org.reggraph.extract.agency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written clause-subject matcher finds what its specification, {@code DutyFinder.SUBJECT}, finds. */
class SubjectScanTest {

    private static int[] regex(String clause) {
        Matcher m = DutyFinder.SUBJECT.matcher(clause);
        return m.find() ? new int[]{m.start(1), m.end(1)} : null;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "县级以上地方人民政府水行政主管部门应当会同本级人民政府有关部门|县级以上地方人民政府水行政主管部门",
            "由国务院自然资源主管部门会同有关部门制定|国务院自然资源主管部门",
            "其中国家林业和草原局负责组织实施|国家林业和草原局",
            "并由省级人民政府批准|由省级人民政府",  // a 由 inside the name: NOT_SUBJECT drops it later
            "省、自治区、直辖市人民政府可以根据本地区实际|省、自治区、直辖市人民政府",
            "建设单位应当对其负责|",
            "国务院有关部门和地方各级人民政府应当加强领导|国务院有关部门和地方各级人民政府",
            "各级教育行政部门和学校应当有计划地安排体育教师进修培训|各级教育行政部门",            // 学校体育工作条例: a party beside
            "乡镇人民政府、村民委员会、居民委员会应当|乡镇人民政府",                                  // … two parties
            "地方各级人民政府、有关部门和单位应当|地方各级人民政府、有关部门",                        // … a bare party
            "公安机关以及居民委员会、村民委员会等应当|公安机关",                                     // … closed by 等
            "街道办事处、居(村)民委员会应当|街道办事处",                                              // … a party with brackets, read literally
            "街道办事处、村（居）民委员会应当|街道办事处",                                            // … full-width brackets alike
            "街道办事处和机关、团体、企业事业单位应当|街道办事处",                                    // … the parties' triad
            "受灾地区人民政府应急管理、财政等部门和有关社会组织应当|受灾地区人民政府应急管理、财政等部门", // … qualified
            "建设单位和施工单位应当|",                                                             // no agency at all
            "各级财政、人口与计划生育、卫生行政部门和工会、妇联组织协助做好|各级财政、人口与计划生育、卫生行政部门", // 庆阳: short names
            "市场监督管理等部门和工会组织，以及相应银行保险|",                                       // the longest party: no verb 组织
            "广播电视、新闻出版、文化等行政主管部门和大众传播媒体应当|广播电视、新闻出版、文化等行政主管部门", // the media beside
            "公安、交通运输、住房城乡建设等部门和供电、通信等单位应当|公安、交通运输、住房城乡建设等部门",    // units named by their fields
            "县级以上人民政府有关部门和供电、通信等单位应当按照各自职责|县级以上人民政府有关部门",
            "各级人民政府和水利工程管理单位应当严格执行调度运用计划|各级人民政府",                           // a party by what it does, six characters
            "电力、交通等有关部门和妇联、残联等社会团体应当按照职责分工|电力、交通等有关部门",                 // parties closed by 等社会团体
            "中央军事委员会机关部门和战区等单位应选全国人民代表大会代表的名额|",                              // 应选: what is due, no modal
    })
    void findsTheSubjectOfRealClauses(String clause, String subject) {
        int[] span = SubjectScan.find(clause);
        assertEquals(subject, span == null ? null : clause.substring(span[0], span[1]));
        assertArrayEquals(regex(clause), span);
    }

    @Test
    void agreesWithTheRegexOnEveryClauseOfTheSeeds() throws IOException {
        List<String> clauses;
        try (Stream<Path> files = Files.list(Path.of("import/corpus"))) {
            clauses = files.sorted().flatMap(f -> {
                try {
                    return Arrays.stream(Files.readString(f, StandardCharsets.UTF_8).split("[，,：:。；;\\n]"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        assertTrue(clauses.size() > 10_000, "the seeds are read");
        int found = 0;
        for (String clause : clauses) {
            int[] span = SubjectScan.find(clause);
            assertArrayEquals(regex(clause), span, clause);
            found += span == null ? 0 : 1;
        }
        assertTrue(found > 500, "subjects are found: " + found);
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "按照国务院财政部门制定的标准执行|0|9",   // 制定的 stands before 规定的 would
            "依照国务院规定的条件和程序|0|5",
            "国务院规定由财政部门制定的办法|0|3",     // 规定由 at 3, 制定的 later
            "国务院规定由财政部门制定的办法|4|10",
            "有关部门应当加强监督检查|0|-1"
    })
    void wordsFoundInOneScanAsByIndexOfEach(String text, int from, int at) {
        List<String> words = List.of("规定的", "规定由", "制定的", "确定的");
        assertEquals(at, new SubjectScan.Words(words).indexIn(text, from));
        int first = words.stream().mapToInt(w -> text.indexOf(w, from)).filter(k -> k >= 0).min().orElse(-1);
        assertEquals(first, at);
    }
}
