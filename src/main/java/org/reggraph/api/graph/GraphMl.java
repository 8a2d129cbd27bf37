package org.reggraph.api.graph;

import org.reggraph.api.graph.GraphDtos.GraphEdge;
import org.reggraph.api.graph.GraphDtos.GraphNode;
import org.reggraph.api.graph.GraphDtos.GraphView;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/** Writes a subgraph as GraphML (http://graphml.graphdrawing.org), every attribute declared with a key. */
public final class GraphMl {

    public static final String MEDIA_TYPE = "application/graphml+xml";
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {
    }

    public static String write(GraphView view) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeCharacters("\n");
            key(xml, "label", "node", "label", "string");
            key(xml, "kind", "node", "kind", "string");
            key(xml, "stub", "node", "stub", "boolean");
            key(xml, "status", "node", "status", "string");
            key(xml, "type", "edge", "type", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "reggraph");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            for (GraphNode n : view.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", clean(n.id()));
                data(xml, "label", n.label());
                data(xml, "kind", n.kind());
                data(xml, "stub", n.stub() == null ? null : n.stub().toString());
                data(xml, "status", n.status());
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            for (GraphEdge e : view.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", clean(e.id()));
                xml.writeAttribute("source", clean(e.source()));
                xml.writeAttribute("target", clean(e.target()));
                data(xml, "type", e.type());
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GraphML could not be written", e);
        }
        return out.toString();
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
        xml.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    /** Drops characters XML 1.0 cannot carry (the writer escapes &lt; &amp; and quotes itself). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
