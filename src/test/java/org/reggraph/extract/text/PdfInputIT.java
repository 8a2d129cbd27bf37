package org.reggraph.extract.text;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extractor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A PDF of 地下水管理条例 laid out as the seeds were (short lines, a page number at the foot of each page), written
 * with PDFBox and a CJK font, extracts as one document with its 64 articles. The font is Debian's
 * fonts-wqy-microhei, which the build installs with the browser for the integration tests
 * (scripts/ensure-chromium.sh in pre-integration-test).
 */
class PdfInputIT {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final int LINES_PER_PAGE = 38;

    @Test
    void pdfOfTheGroundwaterRegulationIsOneDocumentWithItsArticles() throws IOException {
        assumeTrue(Files.isReadable(FONT), "needs fonts-wqy-microhei (installed by scripts/ensure-chromium.sh)");
        SeedDocuments seed = SeedDocuments.of("地下水管理条例");
        byte[] pdf = pdf(seed.lines().stream().filter(l -> !l.isBlank()).map(String::strip).toList());
        assertThat(FormatReader.detect("upload", pdf)).isEqualTo(FormatReader.Format.PDF);

        ExtractedDocument d = SeedDocuments.assertGroundwater(new Extractor().extract(pdf, "地下水管理条例.pdf"));
        // page numbers are dropped as in the seeds: no article text ends with the number of the page it broke on
        assertThat(d.articles()).noneMatch(a -> a.text().matches(".*\\s\\d{1,2}$"));
    }

    /** One text line per input line, a new page every {@link #LINES_PER_PAGE} lines, its number at the foot. */
    private static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile())) {
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            List<List<String>> pages = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += LINES_PER_PAGE) {
                pages.add(lines.subList(i, Math.min(lines.size(), i + LINES_PER_PAGE)));
            }
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, 12);
                    s.setLeading(19);
                    s.newLineAtOffset(60, 780);
                    for (String line : pages.get(p)) {
                        s.showText(line);
                        s.newLine();
                    }
                    s.endText();
                    s.beginText();
                    s.setFont(font, 10);
                    s.newLineAtOffset(290, 40);
                    s.showText("- " + (p + 1) + " -");
                    s.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
