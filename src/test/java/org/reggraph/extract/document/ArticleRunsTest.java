package org.reggraph.extract.document;

import org.junit.jupiter.api.Test;
import org.reggraph.extract.ExtractedArticle;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.Relation;
import org.reggraph.extract.RelationType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles a corpus file runs together on one line (飞行基本规则(2007): a chapter's articles on one line, each after a
 * finished sentence): each is an article of its own, and what an article says stays on it.
 */
class ArticleRunsTest {

    private static final String FILE = """
            # 中华人民共和国飞行基本规则

            2007年10月18日 中华人民共和国国务院、中华人民共和国中央军事委员会令第509号公布

            <!-- INFO END -->

            ## 第九章 通信、导航、雷达、气象和航行情报保障

            第一条 通信、导航、雷达、气象和航行情报保障部门应当明确任务，认真履行职责，密切协同，周密组织与实施飞行保障工作。 第二条 各种通信、导航设备必须经常处于良好状态，主要设备应当配有备份。 航路、航线地空通信、导航设备的增设、撤除或者变更，应当经中国人民解放军空军或者国务院民用航空主管部门同意。 第三条 雷达保障部门应当对中华人民共和国境内的所有飞行提供保障。

            第四条 飞行的气象保障工作由航空气象保障部门负责，按照第五条 的规定执行。 第六条 不在顺序中的号码不是条。
            """;

    private static Extraction extract() {
        return new Extractor().extract(FILE.getBytes(StandardCharsets.UTF_8), "飞行基本规则(2007-10-18).md");
    }

    @Test
    void eachArticleOfARunIsItsOwn() {
        ExtractedDocument d = extract().documents().get(0);
        assertThat(d.articles()).extracting(ExtractedArticle::label).containsExactly("第一条", "第二条", "第三条", "第四条");
        assertThat(d.articles().get(1).text()).startsWith("各种通信、导航设备必须经常处于良好状态").endsWith("国务院民用航空主管部门同意。");
        assertThat(d.articles().get(3).text()).contains("按照第五条的规定执行。第六条不在顺序中的号码不是条。");
        assertThat(d.articles()).allSatisfy(a -> assertThat(a.startLine()).isIn(9, 11));
    }

    @Test
    void whatAnArticleSaysStaysOnIt() {
        List<Relation> duties = extract().relations().stream().filter(r -> r.type() == RelationType.RESPONSIBLE).toList();
        assertThat(duties).filteredOn(r -> r.target().equals("雷达保障部门")).extracting(r -> r.source().article())
                .containsExactly("第三条");
        assertThat(duties).filteredOn(r -> r.target().contains("国务院民用航空主管部门")).extracting(r -> r.source().article())
                .containsOnly("第二条");
    }
}
