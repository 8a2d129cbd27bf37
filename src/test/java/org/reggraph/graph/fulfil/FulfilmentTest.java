package org.reggraph.graph.fulfil;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.graph.fulfil.Fulfilment.Candidate;
import org.reggraph.graph.fulfil.Fulfilment.Delegation;
import org.reggraph.graph.fulfil.Fulfilment.Match;
import org.reggraph.graph.fulfil.Fulfilment.Status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching rules on delegations and texts of the national corpus (sentences as the extractor gives them). */
class FulfilmentTest {

    @ParameterizedTest(name = "{1} → ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            专利代理机构的具体管理办法由国务院规定 | 具体管理办法 | 专利代理机构
            排污许可的具体办法和实施步骤由国务院规定 | 具体办法和实施步骤 | 排污许可
            中小企业发展基金的设立和使用管理办法由国务院规定 | 设立和使用管理办法 | 中小企业发展基金设立使用
            大中型水利、水电工程建设征收土地的补偿费标准和移民安置办法，由国务院另行规定 | 补偿费标准和移民安置办法 | 大中型水利水电工程建设征收土地补偿费移民安置
            国务院建立金融监督管理协调机制，具体办法由国务院规定 | 具体办法 | ''
            前款规定的具体办法和实施步骤由国务院规定 | 具体办法和实施步骤 | ''
            农民专业合作社登记办法由国务院规定 | 农民专业合作社登记办法 | 农民专业合作社登记
            """)
    void theDelegatedSubjectIsWhatIsLeftBesideGenericWords(String surface, String what, String subject) {
        assertThat(Fulfilment.subject(what, surface)).isEqualTo(subject);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            中华人民共和国土地管理法 | 土地管理法
            中华人民共和国公司法（2018修正） | 公司法
            《中华人民共和国水法》 | 水法
            矿产资源勘查区块登记管理办法 | 矿产资源勘查区块登记管理办法
            """)
    void theCoreOfATitle(String title, String core) {
        assertThat(Fulfilment.core(title)).isEqualTo(core);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            国务院 | 国家 | false
            国务院财政部门 | 国家 | false
            省、自治区、直辖市人民政府 | 省级 | true
            县级以上地方人民政府水行政主管部门 | | true
            设区的市级以上地方人民政府 | | true
            中央军事委员会 | | false
            """)
    void localDelegatesAreOutsideANationalCorpus(String agency, String level, boolean local) {
        assertThat(Fulfilment.local(agency, level)).isEqualTo(local);
    }

    /**
     * Pairs from the corpus: delegating law, article sentence, delegated agency, candidate title, its issuers (with
     * the bodies above them after '>'), the works it is based on or cites (b: / c:), and the expected status (none:
     * no link).
     */
    @ParameterizedTest(name = "{3} for {0}: {7}")
    @CsvSource(delimiter = '|', textBlock = """
            中华人民共和国土地管理法 | 大中型水利、水电工程建设征收土地的补偿费标准和移民安置办法，由国务院另行规定 | 国务院 | 大中型水利水电工程建设征地补偿和移民安置条例 | 国务院 | b:土地管理法 | basis:law subject:title issuer:delegate | CARRIED_OUT
            中华人民共和国农民专业合作社法 | 农民专业合作社登记办法由国务院规定 | 国务院 | 农民专业合作社登记管理条例 | 国务院 | b:农民专业合作社法 | basis:law subject:title issuer:delegate | CARRIED_OUT
            中华人民共和国土地管理法 | 具体办法由国务院制定 | 国务院 | 中华人民共和国土地管理法实施条例 | 国务院 | b:土地管理法 | basis:law title:law issuer:delegate | none
            中华人民共和国矿产资源法 | 本法实施细则由国务院制定 | 国务院 | 中华人民共和国矿产资源法实施细则 | 国务院 | b:矿产资源法 | basis:law title:law issuer:delegate | CARRIED_OUT
            中华人民共和国安全生产法 | 事故调查和处理的具体办法由国务院制定 | 国务院 | 矿山生产安全事故报告和调查处理办法 | 国家安全生产监督管理总局>国务院 | b:安全生产法 | basis:law subject:title issuer:related | CARRIED_OUT_LOWER_RANK
            中华人民共和国海商法 | 中华人民共和国港口之间的海上旅客运输，承运人的赔偿责任限额，由国务院交通主管部门制定，报国务院批准后施行 | 国务院交通主管部门 | 中华人民共和国港口间海上旅客运输赔偿责任限额规定 | 交通部 | b:海商法 | basis:law subject:title | CARRIED_OUT_BY_OTHER
            中华人民共和国传染病防治法 | 具体办法由国务院制定 | 国务院 | 血液制品管理条例 | 国务院 | b:传染病防治法 | basis:law issuer:delegate | none
            中华人民共和国公路法 | 收费公路的具体管理办法，由国务院依照本法制定 | 国务院 | 收费公路管理条例 | 国务院 | b:公路法 | basis:law subject:title issuer:delegate | CARRIED_OUT
            中华人民共和国专利法 | 专利代理机构的具体管理办法由国务院规定 | 国务院 | 专利代理条例 | 国务院 | b:专利法 | basis:law issuer:delegate | none
            中华人民共和国固体废物污染环境防治法 | 许可证的具体管理办法由国务院制定 | 国务院 | 危险废物经营许可证管理办法 | 国务院 | c:固体废物污染环境防治法 | cites:law subject:title issuer:delegate | CARRIED_OUT
            中华人民共和国农民专业合作社法 | 农民专业合作社登记办法由国务院规定 | 国务院 | 农民专业合作社登记管理条例 | 国务院 | c:农民专业合作社法 | cites:law subject:title issuer:delegate | CARRIED_OUT
            中华人民共和国农民专业合作社法 | 农民专业合作社登记办法由国务院规定 | 国务院 | 农民专业合作社登记管理条例 | 国务院 | | subject:title issuer:delegate | none
            """)
    void signalsAndStatus(String law, String surface, String agency, String title, String issuers, String works,
                          String signals, String status) {
        String[] issuer = issuers.split(">");
        Delegation d = delegation(law, surface, agency, null);
        Candidate c = new Candidate(title, title, title, "行政法规", LocalDate.of(2017, 1, 1), Set.of(issuer[0]),
                issuer.length > 1 ? Set.of(issuer[1]) : Set.of(), works(works, "b:"), works(works, "c:"), Set.of(),
                List.of());
        assertThat(Fulfilment.signals(d, c).stream().map(Fulfilment.Signal::evidence).collect(Collectors.toSet()))
                .containsAll(Arrays.asList(signals.split(" ")));
        Match m = Fulfilment.match(d, c);
        if (status.equals("none")) {
            assertThat(m).isNull();
        } else {
            assertThat(m).isNotNull();
            assertThat(m.status()).isEqualTo(Status.valueOf(status));
            assertThat(m.confidence()).isBetween(Fulfilment.THRESHOLD, 1.0);
        }
    }

    @Test
    void aTextBasedOnTheLawThatNamesTheDelegatingArticleIsALinkWhateverItsTitle() {
        Delegation d = delegation("中华人民共和国土地管理法", "具体办法由国务院制定", "国务院", null);
        Candidate c = candidate("基本农田保护条例", Set.of("国务院"), Set.of("土地管理法"), Set.of(d.sourceId()), List.of());
        Match m = Fulfilment.match(d, c);
        assertThat(m).isNotNull();
        assertThat(m.evidence()).startsWith("basis:article");
    }

    @Test
    void theArticleThatSpeaksOfATitleLinksAGenericDelegation() {
        Delegation d = delegation("中华人民共和国劳动法", "具体办法由国务院规定", "国务院",
                "第四十五条 国家实行带薪年休假制度。劳动者连续工作一年以上的，享受带薪年休假。具体办法由国务院规定。");
        Match m = Fulfilment.match(d, candidate("职工带薪年休假条例", Set.of("国务院"), Set.of("劳动法"), Set.of(), List.of()));
        assertThat(m).isNotNull();
        assertThat(m.evidence()).contains("subject:article");
        assertThat(Fulfilment.match(d, candidate("劳动保障监察条例", Set.of("国务院"), Set.of("劳动法"), Set.of(), List.of())))
                .isNull();
    }

    @Test
    void aTextThatLeavesTheSameSubjectToABodyAgainIsAnOnwardDelegation() {
        Delegation d = delegation("中华人民共和国公路法", "收费公路的具体管理办法，由国务院依照本法制定", "国务院", null);
        Candidate c = candidate("收费公路管理条例", Set.of("国务院"), Set.of("公路法"), Set.of(),
                List.of("收费公路的具体管理办法由国务院交通运输主管部门会同国务院有关部门制定"));
        assertThat(Fulfilment.match(d, c).status()).isEqualTo(Status.ONWARD_DELEGATION);
    }

    @Test
    void successorsAndRoleHoldersCountAsTheDelegatedBody() {
        Delegation d = new Delegation("r", "law/第十条", "law", "中华人民共和国安全生产法", "安全生产法", null,
                "国家安全生产监督管理总局", "国家", false, Set.of("国务院"), Set.of("应急管理部"), Set.of(),
                "事故报告和调查处理办法", "事故报告和调查处理办法由国家安全生产监督管理总局制定", null);
        Candidate byTheSuccessor = candidate("生产安全事故报告和调查处理办法", Set.of("应急管理部"), Set.of("安全生产法"),
                Set.of(), List.of());
        assertThat(Fulfilment.match(d, byTheSuccessor).status()).isEqualTo(Status.CARRIED_OUT);
        Delegation role = new Delegation("r", "law/第十条", "law", "中华人民共和国环境保护法", "环境保护法", null,
                "国务院生态环境主管部门", "国家", true, Set.of("国务院"), Set.of(), Set.of("生态环境部"),
                "排污许可管理办法", "排污许可管理办法由国务院生态环境主管部门制定", null);
        Candidate byTheHolder = candidate("排污许可管理办法", Set.of("生态环境部"), Set.of("环境保护法"), Set.of(), List.of());
        assertThat(Fulfilment.match(role, byTheHolder).evidence()).contains("issuer:delegate");
    }

    @Test
    void theStatusOfADelegationIsThatOfItsMostConfidentLink() {
        Delegation national = delegation("中华人民共和国专利法", "专利代理机构的具体管理办法由国务院规定", "国务院", null);
        assertThat(Fulfilment.status(national, List.of())).isEqualTo(Status.NOT_CARRIED_OUT);
        Delegation local = delegation("中华人民共和国水法", "具体办法由省、自治区、直辖市人民政府制定", "省、自治区、直辖市人民政府", null);
        assertThat(Fulfilment.status(local, List.of())).isEqualTo(Status.LOCAL);
        Match weak = new Match(national, candidate("a", Set.of(), Set.of(), Set.of(), List.of()), Set.of(), 0.6,
                Status.CARRIED_OUT_BY_OTHER);
        Match strong = new Match(national, candidate("b", Set.of(), Set.of(), Set.of(), List.of()), Set.of(), 0.9,
                Status.CARRIED_OUT);
        assertThat(Fulfilment.status(national, List.of(weak, strong))).isEqualTo(Status.CARRIED_OUT);
    }

    @Test
    void versionsOfTheDelegatingWorkAndAmendingDecisionsAreNoLinks() {
        Delegation d = delegation("中华人民共和国土地管理法", "具体办法由国务院制定", "国务院", null);
        Candidate later = new Candidate("law-2019", "中华人民共和国土地管理法", "土地管理法", "法律", null, Set.of(),
                Set.of(), Set.of("土地管理法"), Set.of(), Set.of(d.sourceId()), List.of());
        assertThat(Fulfilment.match(d, later)).isNull();
        assertThat(Fulfilment.match(d, candidate("全国人民代表大会常务委员会关于修改《中华人民共和国土地管理法》的决定",
                Set.of("国务院"), Set.of("土地管理法"), Set.of(d.sourceId()), List.of()))).isNull();
    }

    private static Delegation delegation(String law, String surface, String agency, String context) {
        String what = surface.replaceAll("^.*?([^，的]*(?:办法|标准|细则|规定|限额|目录))[，]?由.*$", "$1");
        return new Delegation("rel", law + "/第一条", law, law, Fulfilment.core(law), null, agency,
                Fulfilment.local(agency, null) ? "省级" : "国家", false, Set.of("国务院"), Set.of(), Set.of(), what,
                surface, context);
    }

    private static Candidate candidate(String title, Set<String> issuers, Set<String> basis, Set<String> cited,
                                       List<String> delegations) {
        return new Candidate(title, title, title, "行政法规", null, issuers, Set.of(), basis, Set.of(), cited, delegations);
    }

    private static Set<String> works(String spec, String prefix) {
        if (spec == null || !spec.startsWith(prefix)) {
            return Set.of();
        }
        return Set.of(spec.substring(prefix.length()));
    }
}
