package org.reggraph.api.agencies;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reggraph.api.agencies.SuccessionChain.Holder;
import org.reggraph.api.agencies.SuccessionChain.Period;
import org.reggraph.api.agencies.SuccessionChain.Step;
import org.reggraph.extract.agency.AgencySuccession;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who answers for an agency on a date, over the real succession table. */
class SuccessionChainTest {

    private static final SuccessionChain CHAIN = new SuccessionChain(AgencySuccession.steps().stream()
            .map(s -> new Step(s.predecessor(), s.successor(), s.date(), s.approximate(), s.source(), s.scope()))
            .toList());

    private static List<Period> periods(String role) {
        return AgencySuccession.tenures().stream().filter(t -> t.role().equals(role))
                .map(t -> new Period(t.holder(), t.from(), t.to())).toList();
    }

    @ParameterizedTest(name = "{0} on {1}: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            国家安全生产监督管理总局|2016-06-03|国家安全生产监督管理总局|self
            国家安全生产监督管理总局|2022-06-01|应急管理部|successor
            应急管理部|2022-06-01|应急管理部|self
            应急管理部|2016-06-03|国家安全生产监督管理总局|predecessor
            应急管理部|2004-01-01|国家安全生产监督管理局|predecessor
            国家质量监督检验检疫总局|2020-01-01|国家市场监督管理总局;海关总署|successor
            国家食品药品监督管理局|2020-01-01|国家市场监督管理总局;国家药品监督管理局|successor
            中国银行业监督管理委员会|2020-01-01|中国银行保险监督管理委员会|successor
            中国银行业监督管理委员会|2024-01-01|国家金融监督管理总局|successor
            国家计划委员会|2010-01-01|国家发展和改革委员会|successor
            财政部|2010-01-01|财政部|self
            """)
    void aBodyAnswersThroughItsChain(String id, LocalDate date, String holders, String how) {
        List<Holder> found = CHAIN.holders(id, List.of(), date);
        assertThat(found).extracting(Holder::id).containsExactlyInAnyOrder(holders.split(";"));
        assertThat(found).extracting(Holder::how).containsOnly(how);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            国务院环境保护行政主管部门|2015-06-01|环境保护部|2008-03-15|2018-03-17
            国务院环境保护行政主管部门|2022-06-01|生态环境部|2018-03-17|
            国务院生态环境主管部门|2000-01-01|国家环境保护总局|1998-03-10|2008-03-15
            国务院安全生产监督管理部门|2022-06-01|应急管理部|2018-03-17|
            """)
    void aRoleNameAnswersItsHolderOfTheDay(String role, LocalDate date, String holder, LocalDate from, LocalDate to) {
        assertThat(CHAIN.holders(role, periods(role), date)).containsExactly(new Holder(holder, from, to, "role"));
    }

    @Test
    void aRoleWithoutAHolderThatDayAnswersNobody() {
        assertThat(CHAIN.holders("国务院应急管理部门", periods("国务院应急管理部门"), LocalDate.of(2010, 1, 1))).isEmpty();
    }

    @Test
    void dutiesPassToASuccessorOnlyFromTheDateOfTheStep() {
        assertThat(CHAIN.inheritedFrom("应急管理部", LocalDate.of(2022, 6, 1)))
                .containsExactlyInAnyOrder("应急管理部", "国家安全生产监督管理总局", "国家安全生产监督管理局");
        assertThat(CHAIN.inheritedFrom("应急管理部", LocalDate.of(2017, 6, 1))).containsExactly("应急管理部");
    }

    @Test
    void theChainListsEveryStepNearestFirst() {
        assertThat(CHAIN.chain("应急管理部", true)).extracting(Step::from)
                .containsExactly("国家安全生产监督管理总局", "国家安全生产监督管理局");
        assertThat(CHAIN.chain("国家发展计划委员会", false)).extracting(Step::to).containsExactly("国家发展和改革委员会");
        assertThat(CHAIN.chain("国家发展计划委员会", true)).extracting(Step::from)
                .containsExactly("国家计划委员会", "国家经济委员会");
    }
}
