package org.reggraph.extract.relation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.extract.ArticleDocuments;
import org.reggraph.extract.Relation;
import org.reggraph.extract.RelationStage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full and partial repeals on the real sentences of the seeds (import/corpus/004_5dc79613175ec7a7.txt): what is
 * repealed, whether only some articles or items go, and which mentions in a repeal sentence are not repealed.
 * {@code parts} empty = full repeal; {@code target} empty = no repeal at all.
 */
class RepealFinderTest {

    private final RelationStage stage = new RelationExtractor();

    @ParameterizedTest(name = "{1} [{2}] ← {0}")
    @CsvSource(delimiter = '|', value = {
            // 发改体改规〔2022〕397号: the 2022 market-access list repeals the 2020 one (a title the notice's own list shares)
            "《清单（2022年版）》自发布之日起施行，2020年12月10日发布的《市场准入负面清单（2020年版）》（发改体改规〔2020〕1880号）同时废止。|市场准入负面清单（2020年版）|",
            // 国家税务总局公告2022年第20号: item 1 of article 6 goes; the quoted text (with its own 。 and 《》) is not a document
            "本公告自2022年11月1日起施行，《国家税务总局关于个体工商户定期定额征收管理有关问题的通知》（国税发〔2006〕183号）第六条第一项“税务机关应当按照核定程序核定其定额。对未达起征点的定期定额户，税务机关应当送达《未达起征点通知书》”，《国家税务总局关于印发个体工商户税收定期定额征收管理文书的通知》（国税函〔2006〕1199号）附件4、附件5、附件6、附件7同时废止。|国家税务总局关于个体工商户定期定额征收管理有关问题的通知|第六条第一项",
            "本公告自2022年11月1日起施行，《国家税务总局关于个体工商户定期定额征收管理有关问题的通知》（国税发〔2006〕183号）第六条第一项“税务机关应当按照核定程序核定其定额。对未达起征点的定期定额户，税务机关应当送达《未达起征点通知书》”，《国家税务总局关于印发个体工商户税收定期定额征收管理文书的通知》（国税函〔2006〕1199号）附件4、附件5、附件6、附件7同时废止。|国家税务总局关于印发个体工商户税收定期定额征收管理文书的通知|附件4;附件5;附件6;附件7",
            // 国家税务总局公告2022年第14号: the files LISTED in the attachment are repealed, not the list
            "本公告自2022年7月1日起施行。《全文废止和部分条款废止的印花税文件目录》（附件2）所列文件或条款同时废止。||",
            // 民法典 第一千二百六十条: nine laws, the last a 总则
            "本法自2021年1月1日起施行。《中华人民共和国婚姻法》、《中华人民共和国继承法》、《中华人民共和国民法通则》、《中华人民共和国收养法》、《中华人民共和国担保法》、《中华人民共和国合同法》、《中华人民共和国物权法》、《中华人民共和国侵权责任法》、《中华人民共和国民法总则》同时废止。|中华人民共和国民法总则|",
            "本法自2021年1月1日起施行。《中华人民共和国婚姻法》、《中华人民共和国继承法》、《中华人民共和国民法通则》、《中华人民共和国收养法》、《中华人民共和国担保法》、《中华人民共和国合同法》、《中华人民共和国物权法》、《中华人民共和国侵权责任法》、《中华人民共和国民法总则》同时废止。|中华人民共和国民法通则|",
            // earlier cases keep working
            "《企业安全生产费用提取和使用管理办法》（财企〔2012〕16号）同时废止。|企业安全生产费用提取和使用管理办法|",
            "经研究，决定废止《关于在高危行业推进安全生产责任保险的指导意见》。|关于在高危行业推进安全生产责任保险的指导意见|",
    })
    void repeals(String sentence, String target, String parts) {
        List<Relation.Repeals> repeals = stage.extract(List.of(ArticleDocuments.doc("测试公告", "国务院令第999号", sentence)))
                .relations().stream().filter(r -> r instanceof Relation.Repeals).map(r -> (Relation.Repeals) r).toList();
        if (target == null) {
            assertThat(repeals).isEmpty();
            return;
        }
        Relation.Repeals r = repeals.stream().filter(x -> x.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no repeal of " + target + " in " + repeals));
        List<String> expected = parts == null ? List.of() : List.of(parts.split(";"));
        assertThat(r.articles()).containsExactlyElementsOf(expected);
        assertThat(r.partial()).isEqualTo(!expected.isEmpty());
        assertThat(repeals).extracting(Relation::target).doesNotContain("未达起征点通知书");
    }
}
