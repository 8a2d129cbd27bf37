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
            军区 | | true
            中国人民解放军总参谋部 | | false
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
            中华人民共和国安全生产法 | 事故调查和处理的具体办法由国务院制定 | 国务院 | 矿山生产安全事故报告和调查处理办法 | 国家安全生产监督管理总局>国务院 | b:安全生产法 | basis:law subject:title issuer:below | CARRIED_OUT_LOWER_RANK
            中华人民共和国海商法 | 中华人民共和国港口之间的海上旅客运输，承运人的赔偿责任限额，由国务院交通主管部门制定，报国务院批准后施行 | 国务院交通主管部门 | 中华人民共和国港口间海上旅客运输赔偿责任限额规定 | 交通部 | b:海商法 | basis:law subject:title | CARRIED_OUT_BY_OTHER
            中华人民共和国传染病防治法 | 具体办法由国务院制定 | 国务院 | 血液制品管理条例 | 国务院 | b:传染病防治法 | basis:law issuer:delegate | none
            中华人民共和国公路法 | 收费公路的具体管理办法，由国务院依照本法制定 | 国务院 | 收费公路管理条例 | 国务院 | b:公路法 | basis:law subject:title issuer:delegate | CARRIED_OUT
            中华人民共和国专利法 | 专利代理机构的具体管理办法由国务院规定 | 国务院 | 专利代理条例 | 国务院 | b:专利法 | basis:law subject:topic issuer:delegate | CARRIED_OUT
            中华人民共和国固体废物污染环境防治法 | 许可证的具体管理办法由国务院制定 | 国务院 | 危险废物经营许可证管理办法 | 国务院 | c:固体废物污染环境防治法 | cites:law subject:title issuer:delegate | CARRIED_OUT
            中华人民共和国农民专业合作社法 | 农民专业合作社登记办法由国务院规定 | 国务院 | 农民专业合作社登记管理条例 | 国务院 | c:农民专业合作社法 | cites:law subject:title issuer:delegate | CARRIED_OUT
            中华人民共和国农民专业合作社法 | 农民专业合作社登记办法由国务院规定 | 国务院 | 农民专业合作社登记管理条例 | 国务院 | | subject:title issuer:delegate | none
            """)
    void signalsAndStatus(String law, String surface, String agency, String title, String issuers, String works,
                          String signals, String status) {
        String[] issuer = issuers.split(">");
        Delegation d = delegation(law, surface, agency, null);
        Candidate c = new Candidate(title, title, title, "行政法规", LocalDate.of(2017, 1, 1), Set.of(issuer[0]),
                issuer.length > 1 ? Set.of(issuer[1]) : Set.of(), works(works, "b:"), Set.of(), works(works, "c:"), Set.of(),
                List.of());
        assertThat(Fulfilment.signals(d, c).stream().map(Fulfilment.Signal::evidence).collect(Collectors.toSet()))
                .containsAll(Arrays.asList(signals.split(" ")));
        assertLink(d, c, status);
    }

    /**
     * The evidence rules on pairs of the default graph: delegating law, its article (and the first date of the words
     * in the graph), the delegation sentence, the delegate; the candidate's title, level, date, issuers and what it
     * is based on (b:law, a:law#article) or cites (c:law); the status of the link, or none.
     */
    @ParameterizedTest(name = "{5} for {0} {1}: {10}")
    @CsvSource(delimiter = '|', textBlock = """
            中华人民共和国计量法 | 第三十三条 | 2018-10-26 | 国务院计量行政部门根据本法制定实施细则，报国务院批准施行 | 国务院计量行政部门 | 国防计量监督管理条例 | 行政法规 | 1990-04-05 | 国务院 | a:计量法#第三十三条 | none
            中华人民共和国海商法 | 第二百一十条 | 1992-11-07 | 总吨位不满300吨的船舶，从事中华人民共和国港口之间的运输的船舶，以及从事沿海作业的船舶，其赔偿限额由国务院交通主管部门制定，报国务院批准后施行 | 国务院交通主管部门 | 关于不满300总吨船舶及沿海运输、沿海作业船舶海事赔偿限额的规定 | 部门规章 | 1993-12-17 | 交通部 | a:海商法#第二百一十条 | CARRIED_OUT
            中华人民共和国海商法 | 第二百一十一条 | 1992-11-07 | 中华人民共和国港口之间海上旅客运输的旅客人身伤亡，赔偿限额由国务院交通主管部门制定，报国务院批准后施行 | 国务院交通主管部门 | 关于不满300总吨船舶及沿海运输、沿海作业船舶海事赔偿限额的规定 | 部门规章 | 1993-12-17 | 交通部 | b:海商法 | none
            中华人民共和国气象法 | 第二十条 | 2016-11-07 | 气象探测环境保护范围的划定标准由国务院气象主管机构规定 | 国务院气象主管机构 | 气象设施和气象探测环境保护条例 | 行政法规 | 2016-02-06 | 国务院 | b:气象法 | none
            中华人民共和国环境影响评价法 | 第十六条 | 2018-12-29 | 建设项目的环境影响评价分类管理名录，由国务院生态环境主管部门制定并公布 | 国务院生态环境主管部门 | 建设项目环境保护管理条例 | 行政法规 | 2017-07-16 | 国务院 | c:环境影响评价法 | none
            中华人民共和国民用航空法 | 第五十三条 | 2021-04-29 | 军民合用机场由国务院、中央军事委员会另行制定管理办法 | 国务院 | 民用机场管理条例 | 行政法规 | 2019-03-02 | 国务院 | b:民用航空法 | none
            中华人民共和国教育法 | 第八十五条 | 2021-04-29 | 境外的组织和个人在中国境内办学和合作办学的办法，由国务院规定 | 国务院 | 中华人民共和国中外合作办学条例 | 行政法规 | 2019-03-02 | 国务院 | b:教育法 | CARRIED_OUT
            中华人民共和国矿产资源法 | 第二十条 | 2024-11-08 | 矿业权出让合同示范文本由国务院自然资源主管部门制定 | 国务院自然资源主管部门 | 矿业权出让交易规则 | 规范性文件 | 2025-01-01 | 自然资源部 | c:矿产资源法 | none
            中华人民共和国税收征收管理法 | 第九十条 | 2015-04-24 | 耕地占用税、契税、农业税、牧业税征收管理的具体办法，由国务院另行制定 | 国务院 | 中华人民共和国耕地占用税法 | 法律 | 2018-12-29 | 全国人民代表大会常务委员会 | c:税收征收管理法 | none
            中华人民共和国集会游行示威法 | 第三十五条 | 2009-08-27 | 省、自治区、直辖市的人民代表大会常务委员会可以根据本法制定实施办法 | 人民代表大会常务委员会 | 中华人民共和国集会游行示威法实施条例 | 行政法规 | 2011-01-08 | 国务院 | b:集会游行示威法 | none
            中华人民共和国矿产资源法 | 第五十二条 | 2024-11-08 | 本法实施细则由国务院制定 | 国务院 | 中华人民共和国矿产资源法实施细则 | 行政法规 | 1994-03-26 | 国务院 | b:矿产资源法 | CARRIED_OUT
            中华人民共和国兵役法 | 第五十条 | 2021-08-20 | 具体补助办法由国务院退役军人工作主管部门、财政部门会同中央军事委员会机关有关部门制定 | 国务院财政部门 | 退役军人安置条例 | 行政法规 | 2024-07-29 | | b:兵役法 | none
            中华人民共和国外商投资法 | 第四十二条 | 2019-03-15 | 具体实施办法由国务院规定 | 国务院 | 中华人民共和国外商投资法实施条例 | 行政法规 | 2019-12-26 | | b:外商投资法 | CARRIED_OUT_BY_OTHER
            中华人民共和国安全生产法 | 第二十三条 | 2021-06-10 | 安全生产费用提取、使用和监督管理的具体办法由国务院财政部门会同国务院应急管理部门征求国务院有关部门意见后制定 | 国务院应急管理部门 | 企业安全生产费用提取和使用管理办法 | 规范性文件 | 2022-11-21 | 财政部,应急管理部 | b:安全生产法 | CARRIED_OUT
            """)
    void evidenceRules(String law, String article, LocalDate since, String surface, String agency, String title,
                       String level, LocalDate date, String issuers, String basis, String status) {
        String work = Fulfilment.core(law);
        // the periods of lexicon/agency-roles.tsv
        List<Fulfilment.Holder> holders = switch (agency) {
            case "国务院应急管理部门" -> List.of(new Fulfilment.Holder("应急管理部", LocalDate.of(2018, 3, 17), null));
            case "国务院交通主管部门" -> List.of(new Fulfilment.Holder("交通部", LocalDate.of(1988, 4, 9),
                    LocalDate.of(2008, 3, 15)), new Fulfilment.Holder("交通运输部", LocalDate.of(2008, 3, 15), null));
            default -> List.<Fulfilment.Holder>of();
        };
        String what = surface.replaceAll("^.*?([^，的、]*(?:办法|标准|细则|规定|限额|名录|文本))[，]?(?:，由|由).*$", "$1");
        Delegation d = new Delegation("rel", law + "/" + article, law, law, work, since, agency, "国家", false,
                agency.equals("国务院") ? Set.of() : Set.of("国务院"), Set.of(), holders, what, surface, null);
        Set<String> issuer = issuers == null ? Set.of() : Set.of(issuers.split(","));
        Candidate c = new Candidate(title, title, Fulfilment.core(title), level, date, issuer, Set.of(),
                basis.startsWith("c:") ? Set.of() : Set.of(basis.substring(2).split("#")[0]),
                basis.startsWith("a:") ? Set.of(basis.substring(2).replace('#', '|')) : Set.of(),
                basis.startsWith("c:") ? Set.of(basis.substring(2)) : Set.of(), Set.of(), List.of());
        assertLink(d, c, status);
    }

    /** No link ("none"), or a link with this status and a confidence from the threshold. */
    private static void assertLink(Delegation d, Candidate c, String status) {
        Match m = Fulfilment.match(d, c);
        if (status.equals("none")) {
            assertThat(m).isNull();
        } else {
            assertThat(m).isNotNull();
            assertThat(m.status()).isEqualTo(Status.valueOf(status));
            assertThat(m.confidence()).isBetween(Fulfilment.THRESHOLD, 1.0);
        }
    }

    @ParameterizedTest(name = "{0}: {1} + {2}")
    @CsvSource(delimiter = '|', textBlock = """
            港口之间海上旅客运输的旅客人身伤亡，赔偿限额由国务院交通主管部门制定 | 赔偿限额 | 港口之间海上旅客运输旅客人身伤亡赔偿限额
            以及从事沿海作业的船舶，其赔偿限额由国务院交通主管部门制定 | 赔偿限额 | 从事沿海作业船舶赔偿限额
            计量监督员管理办法，由国务院计量行政部门制定 | 计量监督员管理办法 | 计量监督员
            """)
    void anObjectAfterItsTopicsClauseTakesThatClause(String surface, String what, String subject) {
        assertThat(Fulfilment.subject(what, surface)).isEqualTo(subject);
    }

    @ParameterizedTest(name = "{0} in {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            专利代理条例 | 专利代理机构 | 专利法 | 2
            国家赔偿费用管理条例 | 赔偿费用预算与支付 | 国家赔偿法 | 2
            中华人民共和国中外合作办学条例 | 境外组织个人在中国境内办学合作办学 | 教育法 | 1
            民用机场管理条例 | 军民合用机场 | 民用航空法 | 0
            """)
    void whatATitleIsAboutInTheSubject(String title, String subject, String law, int expected) {
        assertThat(Fulfilment.topicInSubject(title, subject, law)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            职工带薪年休假条例 | 第四十五条 国家实行带薪年休假制度。劳动者连续工作一年以上的，享受带薪年休假。具体办法由国务院规定。 | 5
            矿山安全标准工作管理办法 | 注册安全工程师按专业分类管理，具体办法由国务院人力资源和社会保障部门、国务院应急管理部门会同国务院有关部门制定 | 0
            探矿权采矿权转让管理办法 | 除按下列规定可以转让外，探矿权、采矿权不得转让 | 6
            """)
    void aRunOfTheTitleInTheDelegatingParagraph(String title, String paragraph, int run) {
        assertThat(Fulfilment.sharedRun(title, paragraph, "")).isEqualTo(run);
    }

    @Test
    void aTextWhoseLegalBasisNamesTheDelegatingArticleIsALinkWhateverItsTitle() {
        // 关于不满300总吨船舶及沿海运输、沿海作业船舶海事赔偿限额的规定 第一条: 根据《中华人民共和国海商法》第二百一十条的规定，制定本规定
        Delegation d = delegation("中华人民共和国海商法", "总吨位不满300吨的船舶，从事中华人民共和国港口之间的运输的船舶，以及从事沿海作业的船舶，"
                + "其赔偿限额由国务院交通主管部门制定，报国务院批准后施行", "国务院交通主管部门", null);
        Candidate c = new Candidate("x", "某规定", "某规定", "部门规章", null, Set.of("交通部"), Set.of(), Set.of("海商法"),
                Set.of("海商法|第一条"), Set.of(), Set.of(), List.of());
        Match m = Fulfilment.match(d, c);
        assertThat(m).isNotNull();
        assertThat(m.evidence()).startsWith("basis:article");
    }

    @Test
    void aCitationOfTheArticleInAProvisionIsNoBasisForARuleLeftToAMinistry() {
        // 水土保持法实施条例 cites 第三十二条 where it speaks of the fee; the fee's rules are the ministries'
        Delegation d = delegation("中华人民共和国水土保持法",
                "水土保持补偿费的收取使用管理办法由国务院财政部门、国务院价格主管部门会同国务院水行政主管部门制定", "国务院水行政主管部门", null);
        Candidate c = new Candidate("x", "中华人民共和国水土保持法实施条例", "水土保持法实施条例", "行政法规", null, Set.of("国务院"),
                Set.of(), Set.of("水土保持法"), Set.of(), Set.of(), Set.of(d.sourceId()), List.of());
        assertThat(Fulfilment.signals(d, c)).contains(Fulfilment.Signal.CITES_ARTICLE, Fulfilment.Signal.ISSUER_ABOVE);
        assertThat(Fulfilment.match(d, c)).isNull();
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
                "国家安全生产监督管理总局", "国家", false, Set.of("国务院"), Set.of("应急管理部"), List.of(),
                "事故报告和调查处理办法", "事故报告和调查处理办法由国家安全生产监督管理总局制定", null);
        Candidate byTheSuccessor = candidate("生产安全事故报告和调查处理办法", Set.of("应急管理部"), Set.of("安全生产法"),
                Set.of(), List.of());
        assertThat(Fulfilment.match(d, byTheSuccessor).status()).isEqualTo(Status.CARRIED_OUT);
        Delegation role = new Delegation("r", "law/第十条", "law", "中华人民共和国环境保护法", "环境保护法", null,
                "国务院生态环境主管部门", "国家", true, Set.of("国务院"), Set.of(), List.of(new Fulfilment.Holder("生态环境部", null, null)),
                "排污许可管理办法", "排污许可管理办法由国务院生态环境主管部门制定", null);
        Candidate byTheHolder = candidate("排污许可管理办法", Set.of("生态环境部"), Set.of("环境保护法"), Set.of(), List.of());
        assertThat(Fulfilment.match(role, byTheHolder).evidence()).contains("issuer:delegate");
    }

    /** 民兵武器装备管理条例 第七条 (2011): a military region's rules for its own region are no national text. */
    @Test
    void theRulesOfAMilitaryRegionAreLocal() {
        String law = "民兵武器装备管理条例";
        Delegation own = delegation(law, "军区、省军区、军分区、县人民武装部、乡人民武装部、企业事业单位人民武装部管理民兵武器装备，履行下列职责："
                + "(一)根据本条例和上级军事机关有关民兵武器装备管理的规定，制定本地区或者本单位民兵武器装备管理的规章制度", "军分区", null);
        assertThat(Fulfilment.status(own, List.of())).isEqualTo(Status.LOCAL);
        Delegation national = delegation(law, "民兵武器装备管理的具体办法由中国人民解放军总参谋部制定", "中国人民解放军总参谋部", null);
        assertThat(Fulfilment.status(national, List.of())).isEqualTo(Status.NOT_CARRIED_OUT);
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
                Set.of(), Set.of("土地管理法"), Set.of(), Set.of(), Set.of(d.sourceId()), List.of());
        assertThat(Fulfilment.match(d, later)).isNull();
        assertThat(Fulfilment.match(d, candidate("全国人民代表大会常务委员会关于修改《中华人民共和国土地管理法》的决定",
                Set.of("国务院"), Set.of("土地管理法"), Set.of(d.sourceId()), List.of()))).isNull();
    }

    private static Delegation delegation(String law, String surface, String agency, String context) {
        String what = surface.replaceAll("^.*?([^，的]*(?:办法|标准|细则|规定|限额|目录))[，]?由.*$", "$1");
        return new Delegation("rel", law + "/第一条", law, law, Fulfilment.core(law), null, agency,
                Fulfilment.local(agency, null) ? "省级" : "国家", false, Set.of("国务院"), Set.of(), List.of(), what,
                surface, context);
    }

    private static Candidate candidate(String title, Set<String> issuers, Set<String> basis, Set<String> cited,
                                       List<String> delegations) {
        return new Candidate(title, title, title, "行政法规", null, issuers, Set.of(), basis, Set.of(), Set.of(), cited,
                delegations);
    }

    private static Set<String> works(String spec, String prefix) {
        if (spec == null || !spec.startsWith(prefix)) {
            return Set.of();
        }
        return Set.of(spec.substring(prefix.length()));
    }
}
