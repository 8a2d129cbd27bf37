package org.reggraph.ingest;

import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.ExtractionProblem;
import org.reggraph.extract.SourceLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PLACEHOLDER until the real extractor is merged: one document per file, titled by its first non-blank line,
 * with its lines but no structure and no relations. It lets the service and the ingestion pipeline run today.
 */
public class PlaceholderCorpusReader implements CorpusReader {

    @Override
    public Extraction read(List<Path> paths) {
        List<ExtractedDocument> docs = new ArrayList<>();
        List<ExtractionProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            try {
                Extraction one = read(path.getFileName().toString(), Files.readAllBytes(path));
                docs.addAll(one.documents());
                problems.addAll(one.problems());
            } catch (IOException e) {
                problems.add(new ExtractionProblem(path.toString(), null, "cannot read: " + e.getMessage()));
            }
        }
        return new Extraction(docs, List.of(), List.of(), problems);
    }

    @Override
    public Extraction read(String fileName, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<SourceLine> lines = new ArrayList<>();
        String title = null;
        int titleLine = 0;
        int n = 0;
        for (String line : text.split("\r?\n", -1)) {
            n++;
            lines.add(new SourceLine(n, line));
            if (title == null && !line.isBlank()) {
                title = line.strip();
                titleLine = n;
            }
        }
        if (title == null) {
            return new Extraction(List.of(), List.of(), List.of(),
                    List.of(new ExtractionProblem(fileName, null, "no text")));
        }
        ExtractedDocument doc = new ExtractedDocument(null, title, null, List.of(), null, null, null, null, null,
                fileName, titleLine, n, List.of(), List.of(), lines);
        return new Extraction(List.of(doc), List.of(), List.of(), List.of());
    }
}
