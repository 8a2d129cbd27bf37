package org.reggraph.extract.agency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.reggraph.extract.agency.AgencySuccession.Step;
import org.reggraph.extract.agency.AgencySuccession.Tenure;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The succession and role tables (lexicon/agency-succession.tsv, lexicon/agency-roles.tsv), row by row. */
class AgencySuccessionTest {

    static List<Step> steps() {
        return AgencySuccession.steps();
    }

    static Map<String, List<Tenure>> roles() {
        return AgencySuccession.tenures().stream().collect(Collectors.groupingBy(Tenure::role));
    }

    static List<String> roleNames() {
        return List.copyOf(roles().keySet());
    }

    @Test
    void everyRowOfBothTablesParses() {
        // the tables load in the static initialiser; a bad row would fail it with the row number
        assertThat(AgencySuccession.steps()).hasSizeGreaterThan(60);
        assertThat(AgencySuccession.tenures()).hasSizeGreaterThan(150);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void aPredecessorIsNoAliasOfItsSuccessor(Step step) {
        String predecessor = step.predecessor();
        String successor = step.successor();
        assertThat(AgencyRecognizer.canonical(predecessor)).isEqualTo(predecessor);
        assertThat(AgencyRecognizer.aliasesOf(successor)).doesNotContain(predecessor);
        assertThat(predecessor).isNotEqualTo(successor);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void everyStepHasAnInstrumentAndADateInTheReformYears(Step step) {
        assertThat(step.source()).isNotBlank();
        assertThat(step.date()).isBetween(LocalDate.of(1982, 1, 1), LocalDate.of(2023, 12, 31));
        if (step.source().startsWith("第")) { // an NPC decision: its year is the year of the step
            assertThat(step.source()).contains("全国人民代表大会第一次会议关于国务院机构改革");
            assertThat(step.approximate()).isFalse();
        } else {
            assertThat(step.approximate()).as("a State Council step without its day is marked ~").isTrue();
        }
    }

    /** No body succeeds itself through a chain, and along every chain the dates increase. */
    @Test
    void noCyclesAndDatesIncreaseAlongEveryChain() {
        Map<String, List<Step>> out = new HashMap<>();
        steps().forEach(s -> out.computeIfAbsent(s.predecessor(), k -> new ArrayList<>()).add(s));
        for (Step first : steps()) {
            Deque<List<Step>> todo = new ArrayDeque<>();
            todo.push(List.of(first));
            while (!todo.isEmpty()) {
                List<Step> path = todo.pop();
                Step last = path.get(path.size() - 1);
                for (Step next : out.getOrDefault(last.successor(), List.of())) {
                    assertThat(next.successor()).as("cycle through " + path).isNotEqualTo(first.predecessor());
                    assertThat(next.date()).as(last + " then " + next).isAfter(last.date());
                    List<Step> longer = new ArrayList<>(path);
                    longer.add(next);
                    todo.push(longer);
                }
            }
        }
    }

    /** The periods of one role follow each other: ordered, no gap, no overlap, only the last one open. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("roleNames")
    void theHoldersOfARoleFollowEachOther(String role) {
        List<Tenure> periods = roles().get(role);
        for (int i = 0; i < periods.size(); i++) {
            Tenure t = periods.get(i);
            if (i + 1 < periods.size()) {
                assertThat(t.to()).as(t + " is followed").isEqualTo(periods.get(i + 1).from());
            } else {
                assertThat(t.to()).as("the last holder of " + role + " holds it today").isNull();
            }
        }
        assertThat(AgencyRecognizer.canonical(role)).isEqualTo(role);
    }

    /** A change of holder is a reorganisation of the succession table, or a duty moving between existing bodies. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("roleNames")
    void aChangeOfHolderHappensOnTheDateOfAReorganisation(String role) {
        Set<LocalDate> reorganisations = new HashSet<>();
        steps().forEach(s -> reorganisations.add(s.date()));
        List<Tenure> periods = roles().get(role);
        for (int i = 1; i < periods.size(); i++) {
            assertThat(reorganisations).as(role + " changes holder on " + periods.get(i).from())
                    .contains(periods.get(i).from());
        }
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            国务院环境保护行政主管部门|2015-06-01|环境保护部
            国务院环境保护行政主管部门|2022-06-01|生态环境部
            国务院环境保护行政主管部门|2018-03-16|环境保护部
            国务院环境保护行政主管部门|2018-03-17|生态环境部
            国务院安全生产监督管理部门|2016-01-01|国家安全生产监督管理总局
            国务院安全生产监督管理部门|2022-06-01|应急管理部
            国务院草原行政主管部门|2010-01-01|农业部
            国务院草原行政主管部门|2020-01-01|国家林业和草原局
            国务院药品监督管理部门|2000-01-01|国家药品监督管理局
            国务院药品监督管理部门|2010-01-01|国家食品药品监督管理局
            国务院药品监督管理部门|2020-01-01|国家药品监督管理局
            国务院银行业监督管理机构|2024-01-01|国家金融监督管理总局
            """)
    void aRoleHasOneHolderOnADate(String role, LocalDate date, String holder) {
        assertThat(roles().get(role).stream().filter(t -> t.covers(date)).map(Tenure::holder).toList())
                .containsExactly(holder);
    }

    @Test
    void theBodiesOfThe2018ReformHaveTheirSuccessor() {
        Map<String, Set<String>> next = new HashMap<>();
        steps().stream().filter(s -> s.date().equals(LocalDate.of(2018, 3, 17)))
                .forEach(s -> next.computeIfAbsent(s.predecessor(), k -> new HashSet<>()).add(s.successor()));
        assertThat(next).containsEntry("国家安全生产监督管理总局", Set.of("应急管理部"))
                .containsEntry("环境保护部", Set.of("生态环境部"))
                .containsEntry("国土资源部", Set.of("自然资源部"))
                .containsEntry("农业部", Set.of("农业农村部"))
                .containsEntry("文化部", Set.of("文化和旅游部"))
                .containsEntry("国家旅游局", Set.of("文化和旅游部"))
                .containsEntry("国家卫生和计划生育委员会", Set.of("国家卫生健康委员会"))
                .containsEntry("国家工商行政管理总局", Set.of("国家市场监督管理总局"))
                .containsEntry("国家质量监督检验检疫总局", Set.of("国家市场监督管理总局", "海关总署"))
                .containsEntry("国家食品药品监督管理总局", Set.of("国家市场监督管理总局", "国家药品监督管理局"))
                .containsEntry("中国银行业监督管理委员会", Set.of("中国银行保险监督管理委员会"))
                .containsEntry("中国保险监督管理委员会", Set.of("中国银行保险监督管理委员会"))
                .containsEntry("国家林业局", Set.of("国家林业和草原局"))
                .containsEntry("监察部", Set.of("国家监察委员会"))
                .containsEntry("国家海洋局", Set.of("自然资源部"));
    }

    @Test
    void roleNamesAreGenericAgencies() {
        var byId = AgencySuccession.agencies().stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a));
        assertThat(byId.get("国务院财政部门")).isNull(); // not in the table: a stable holder
        assertThat(byId.get("国务院药品监督管理部门").generic()).isTrue();
        assertThat(AgencyRecognizer.describe("国务院计划部门", List.of()).generic()).isFalse();
        assertThat(byId.get("国务院计划部门").generic()).isTrue(); // generic by the table, not by its wording
        assertThat(byId.get("国务院计划部门").kind()).isEqualTo("主管部门");
        assertThat(byId.get("应急管理部").generic()).isFalse();
        // the tables give no hierarchy and no aliases: the documents that name an agency do
        assertThat(byId.values()).allSatisfy(a -> {
            assertThat(a.parent()).isNull();
            assertThat(a.aliases()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            环境保护部\t生态环境部\t2018-03-17|expected predecessor, successor, date, source
            环境保护部\t生态环境部\t2018-13-17\t决定|bad date 2018-13-17
            环境保护部\t环境保护部\t2018-03-17\t决定|succeeds itself
            环境保护部\t\t2018-03-17\t决定|agency name missing
            '环境保护部\t生态环境部\t2018-03-17\t '|source missing
            """)
    void aBadSuccessionRowIsReportedWithItsNumber(String row, String message) {
        assertThatThrownBy(() -> AgencySuccession.parseSteps(List.of(row)))
                .isInstanceOf(AgencySuccession.BadRow.class).hasMessageContaining("row 1").hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            国务院生态环境主管部门\t生态环境部|expected role, holder, from
            国务院生态环境主管部门\t生态环境部\t2018-03-17\t2008-03-15|is not before
            国务院生态环境主管部门\t生态环境部\t2018/03/17|bad date
            """)
    void aBadRoleRowIsReportedWithItsNumber(String row, String message) {
        assertThatThrownBy(() -> AgencySuccession.parseTenures(List.of(row)))
                .isInstanceOf(AgencySuccession.BadRow.class).hasMessageContaining("row 1").hasMessageContaining(message);
    }

    @Test
    void approximateDatesAreMarked() {
        Step step = AgencySuccession.parseSteps(List.of("甲局\t乙总局\t~2001-04-01\t国务院机构调整")).get(0);
        assertThat(step.approximate()).isTrue();
        assertThat(step.date()).isEqualTo(LocalDate.of(2001, 4, 1));
    }
}
