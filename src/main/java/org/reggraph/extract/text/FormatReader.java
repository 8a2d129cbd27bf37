package org.reggraph.extract.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * PDF, DOCX and HTML inputs as plain text lines for the extractor, which then cleans them as it cleans the seeds
 * (page numbers, lines broken by the layout). The format comes from the content (PDF and ZIP signatures, an HTML tag
 * at the start), else from the file name's extension.
 */
public final class FormatReader {

    /** Input formats besides plain text. */
    public enum Format { PDF, DOCX, HTML }

    /** Extensions read by {@link #toText}; text files (.txt, .md) are decoded by {@link TextDecoder}. */
    public static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "html", "htm");

    /** Elements whose text stands on lines of its own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "title", "table", "section", "article", "header", "footer", "pre", "blockquote", "dd", "dt", "center");

    /** A document that claims a format but cannot be read as one. */
    public static final class UnreadableException extends Exception {
        public UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FormatReader() {
    }

    /** The format of these bytes, or null for text. */
    public static Format detect(String fileName, byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return Format.PDF;
        }
        String ext = extension(fileName);
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return Format.DOCX; // a ZIP: the only zipped format read (reading fails clearly for other ZIPs)
        }
        if (looksLikeHtml(bytes)) {
            return Format.HTML;
        }
        return switch (ext) {
            case "pdf" -> Format.PDF;
            case "docx" -> Format.DOCX;
            case "html", "htm" -> Format.HTML;
            default -> null;
        };
    }

    /** The text of a PDF, DOCX or HTML document, one line per layout line or paragraph. */
    public static String toText(Format format, byte[] bytes) throws UnreadableException {
        try {
            return switch (format) {
                case PDF -> pdf(bytes);
                case DOCX -> docx(bytes);
                case HTML -> html(bytes);
            };
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("cannot read " + format + ": " + e.getMessage(), e);
        }
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            return stripper.getText(doc);
        }
    }

    private static String docx(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** Visible text with block elements on their own lines; the charset from the page's meta, else UTF-8. */
    private static String html(byte[] bytes) throws IOException {
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        page.select("script, style, noscript, template").remove();
        StringBuilder b = new StringBuilder();
        Element root = page.body() != null ? page.body() : page;
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    b.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newLine(b);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newLine(b);
                }
            }
        });
        return b.toString();
    }

    private static void newLine(StringBuilder b) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
            b.append('\n');
        }
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) { // a UTF-8 BOM read as Latin-1
            head = head.substring(3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || (head.startsWith("<?xml") && head.contains("<html"));
    }

    private static boolean startsWith(byte[] bytes, String signature) {
        if (bytes.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (bytes[i] != (byte) signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
