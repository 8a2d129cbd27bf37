package org.reggraph.api.graph;

import org.junit.jupiter.api.Test;
import org.reggraph.api.graph.GraphDtos.GraphEdge;
import org.reggraph.api.graph.GraphDtos.GraphNode;
import org.reggraph.api.graph.GraphDtos.GraphView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GraphMlTest {

    @Test
    void valuesAreEscapedAndInvalidCharactersDropped() throws Exception {
        String nasty = "a<b>&\"c'\u0001</data>]]>《法》";
        GraphView view = new GraphView(
                List.of(new GraphNode(nasty, nasty, "Document", true, "IN_FORCE"),
                        new GraphNode("国务院", "国务院", "Agency", null, null)),
                List.of(new GraphEdge("ISSUED_BY:" + nasty + "->国务院", nasty, "国务院", "ISSUED_BY")), false);
        String xml = GraphMl.write(view);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        Element node = (Element) doc.getElementsByTagNameNS(ns, "node").item(0);
        String cleaned = "a<b>&\"c'</data>]]>《法》";
        assertThat(node.getAttribute("id")).isEqualTo(cleaned);
        assertThat(node.getElementsByTagNameNS(ns, "data").item(0).getTextContent()).isEqualTo(cleaned);
        Element edge = (Element) doc.getElementsByTagNameNS(ns, "edge").item(0);
        assertThat(edge.getAttribute("source")).isEqualTo(cleaned);
        assertThat(doc.getElementsByTagNameNS(ns, "key").getLength()).isEqualTo(5);
        // the agency has neither stub nor status: only label and kind
        Element agency = (Element) doc.getElementsByTagNameNS(ns, "node").item(1);
        assertThat(agency.getElementsByTagNameNS(ns, "data").getLength()).isEqualTo(2);
    }
}
