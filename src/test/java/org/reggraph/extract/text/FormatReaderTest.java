package org.reggraph.extract.text;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reggraph.extract.ExtractedDocument;
import org.reggraph.extract.Extraction;
import org.reggraph.extract.Extractor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DOCX and HTML inputs built from seed documents extract as the seed text does. */
class FormatReaderTest {

    private final Extractor extractor = new Extractor();

    @Test
    void docxOfTheGroundwaterRegulationIsOneDocumentWithItsArticles() throws IOException {
        SeedDocuments seed = SeedDocuments.of("地下水管理条例");
        assertThat(seed.document().articles()).hasSize(64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            for (String line : seed.lines()) {
                if (!line.isBlank()) {
                    docx.createParagraph().createRun().setText(line.strip());
                }
            }
            docx.write(out);
        }
        SeedDocuments.assertGroundwater(extractor.extract(out.toByteArray(), "地下水管理条例.docx"));
    }

    @Test
    void htmlPageOfANoticeGivesItsNumberAndDate() throws IOException {
        SeedDocuments seed = SeedDocuments.of("国务院办公厅关于进一步加大对中小企业纾困帮扶力度的通知");
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>国务院办公厅关于进一步加大对中小企业纾困帮扶力度的通知_政府信息公开</title>
                <script>var nav = "首页";</script><style>p { margin: 0 }</style></head>
                <body><div class="pages_content" id="UCAP-CONTENT">
                """);
        for (String line : seed.lines()) {
            if (!line.isBlank()) {
                page.append("<p style=\"text-indent: 2em;\">").append(line.strip()).append("</p>\n");
            }
        }
        page.append("</div></body></html>\n");
        byte[] html = page.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(FormatReader.detect("notice", html)).isEqualTo(FormatReader.Format.HTML);
        Extraction e = extractor.extract(html, "notice.html");
        assertThat(e.documents()).hasSize(1);
        ExtractedDocument d = e.documents().get(0);
        assertThat(d.title()).isEqualTo("国务院办公厅关于进一步加大对中小企业纾困帮扶力度的通知");
        assertThat(d.docNumber()).isEqualTo("国办发〔2021〕45号");
        assertThat(d.date()).hasToString("2021-11-10");
        assertThat(String.join("\n", d.lines().stream().map(SourceLine::text).toList()))
                .doesNotContain("var nav").doesNotContain("margin");
    }

    /** The format comes from the content first (an upload's name may lie), else from the extension. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a.txt|%PDF-1.7|PDF",
            "a.pdf|%PDF-1.4|PDF",
            "a.bin|<!DOCTYPE html><html>|HTML",
            "a.txt|  <html lang=\"zh\">|HTML",
            "a.htm|<p>第一条</p>|HTML",
            "a.txt|第一条 为了|",
            "a.md|# 地下水管理条例|",
    })
    void detectsTheFormat(String name, String head, String expected) {
        FormatReader.Format f = FormatReader.detect(name, head.getBytes(StandardCharsets.UTF_8));
        assertThat(f == null ? null : f.name()).isEqualTo(expected);
    }

    @Test
    void brokenDocumentsAreReportedNotThrown() {
        byte[] broken = "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FormatReader.toText(FormatReader.Format.PDF, broken))
                .isInstanceOf(FormatReader.UnreadableException.class).hasMessageContaining("PDF");
        Extraction e = extractor.extract(broken, "broken.pdf");
        assertThat(e.documents()).isEmpty();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("cannot read PDF"));
        Extraction zip = extractor.extract(new byte[]{'P', 'K', 3, 4, 0, 0}, "x.docx");
        assertThat(zip.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("cannot read DOCX"));
    }

    @Test
    void foldersIncludeDocumentFormats() {
        assertThat(List.copyOf(FormatReader.EXTENSIONS)).containsExactlyInAnyOrder("pdf", "docx", "html", "htm");
    }
}
