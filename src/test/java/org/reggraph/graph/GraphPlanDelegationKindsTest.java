package org.reggraph.graph;

import org.junit.jupiter.api.Test;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article that leaves one body its interpretation and its implementing rules (航道管理条例 第三十一条: 本条例由交通部负责解释。
 * 交通部可以根据本条例制定实施细则) gives the body two DELEGATES_TO edges, one per kind; repeated mentions still count once.
 * Real text of the shipped national corpus.
 */
class GraphPlanDelegationKindsTest {

    @Test
    void interpretationAndRuleMakingOfOneBodyAreTwoEdges() {
        Extraction extraction = new Extractor().extract(List.of(Path.of("import/national/xingzheng-fagui/航道管理条例(2008-12-27).md")));
        GraphPlan.DocPlan doc = GraphPlan.of(extraction).documents().get(0);

        List<String> kinds = doc.edges().stream()
                .filter(e -> e.type().equals("DELEGATES_TO") && e.from().id().endsWith("/第三十一条") && e.to().id().equals("交通部"))
                .map(e -> e.props().get("kind") + ":" + e.props().get("what"))
                .sorted().toList();
        assertThat(kinds).containsExactly("interpretation:解释", "rulemaking:实施细则");
    }
}
