package org.reggraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Extraction} in the JSON shape of GRAPH_MODEL.md ("Extraction export"), which the scorer and the
 * gold files share: documents with chapter and article counts and their source span, relations as found, agencies.
 */
public final class ExtractionExport {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Extraction extraction, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(extraction, out);
        }
    }

    public void write(Extraction extraction, OutputStream out) throws IOException {
        mapper.writeValue(out, toTree(extraction));
    }

    /** The export as plain maps and lists, in a stable key order. */
    public Map<String, Object> toTree(Extraction extraction) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (ExtractedDocument d : extraction.documents()) {
            docs.add(document(d));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", docs);
        root.put("relations", extraction.relations());
        root.put("agencies", extraction.agencies());
        root.put("problems", extraction.problems());
        return root;
    }

    static Map<String, Object> document(ExtractedDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("docNumber", d.docNumber());
        m.put("issuers", d.issuers());
        m.put("date", iso(d.date()));
        m.put("effectiveDate", iso(d.effectiveDate()));
        m.put("kind", d.kind());
        m.put("level", d.level());
        // the gold counts chapters only; sections (节) inside chapters are not chapters
        m.put("chapters", d.chapters().stream().filter(c -> !c.section()).count());
        m.put("articles", d.articles().size());
        m.put("promulgatedBy", d.promulgatedBy());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("file", d.sourceFile());
        source.put("startLine", d.startLine());
        source.put("endLine", d.endLine());
        m.put("source", source);
        m.put("startLine", d.startLine());
        m.put("endLine", d.endLine());
        return m;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
