package org.reggraph.ingest;

import org.reggraph.extract.text.FormatReader;
import org.reggraph.extract.text.TextDecoder;
import org.reggraph.graph.WriteReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code POST /api/ingest}: upload regulation text files (multipart field {@code files}); needs X-API-Key. */
@RestController
public class IngestController {

    private static final TextDecoder DECODER = new TextDecoder();

    private final IngestService service;
    private final IngestProperties properties;

    public IngestController(IngestService service, IngestProperties properties) {
        this.service = service;
        this.properties = properties;
    }

    /** Summary of an upload. */
    public record IngestResponse(int files, long documents, long skipped, long articles, long stubs,
                                 Map<String, Long> relations, List<WriteReport.Failure> failures, long millis) {
    }

    @PostMapping(path = "/api/ingest", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public IngestResponse ingest(@RequestHeader(name = "X-API-Key", required = false) String apiKey,
                                 @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        if (!properties.uploadsEnabled()) {
            throw new IngestException(HttpStatus.FORBIDDEN, "Uploads disabled",
                    "No API key is configured. Set reggraph.ingest.api-key (environment variable REGGRAPH_API_KEY) "
                    + "and send it in the X-API-Key header.");
        }
        if (apiKey == null || !MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
                properties.apiKey().getBytes(StandardCharsets.UTF_8))) {
            throw new IngestException(HttpStatus.UNAUTHORIZED, "Missing or wrong API key",
                    "Send the configured key in the X-API-Key header.");
        }
        if (files == null || files.isEmpty()) {
            throw new IngestException(HttpStatus.BAD_REQUEST, "No files", "Send one or more files in the multipart field 'files'.");
        }
        List<IngestService.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
            if (file.getSize() > properties.maxFileSize().toBytes()) {
                throw new IngestException(HttpStatus.PAYLOAD_TOO_LARGE, "File too large",
                        name + " has " + file.getSize() + " bytes; the limit is " + properties.maxFileSize() + ".");
            }
            byte[] content = file.getBytes();
            checkText(name, content);
            uploads.add(new IngestService.Upload(name, content));
        }
        WriteReport r = service.ingestUploads(uploads);
        return new IngestResponse(uploads.size(), r.documents(), r.skipped(), r.articles(), r.stubs(), r.relations(),
                r.failures(), r.millis());
    }

    /**
     * Empty, binary or undecodable content is refused before anything is written. Text in UTF-8 (with or without
     * BOM), UTF-16 or GB18030/GBK is accepted: the extractor decodes it the same way; PDF, DOCX and HTML must yield
     * text.
     */
    static void checkText(String name, byte[] content) {
        FormatReader.Format format = FormatReader.detect(name, content);
        if (format != null) {
            checkDocument(name, format, content);
            return;
        }
        try {
            if (DECODER.decode(content).text().isBlank()) {
                throw new IngestException(HttpStatus.BAD_REQUEST, "Empty file", name + " contains no text.");
            }
        } catch (TextDecoder.UndecodableException e) {
            boolean empty = content.length == 0;
            throw new IngestException(HttpStatus.BAD_REQUEST, empty ? "Empty file" : "Not a text file",
                    name + (empty ? " contains no text." : ": " + e.getMessage()
                            + "; send plain text (UTF-8, UTF-16 or GB18030)."));
        }
    }

    /** A PDF, DOCX or HTML upload (by content, else by extension) must yield text. */
    private static void checkDocument(String name, FormatReader.Format format, byte[] content) {
        String text;
        try {
            text = FormatReader.toText(format, content);
        } catch (FormatReader.UnreadableException e) {
            throw new IngestException(HttpStatus.BAD_REQUEST, "Unreadable document", name + ": " + e.getMessage()
                    + "; send a valid PDF, DOCX or HTML file, or plain text (UTF-8, UTF-16 or GB18030).");
        }
        if (text.isBlank()) {
            throw new IngestException(HttpStatus.BAD_REQUEST, "Empty file", name + " contains no text"
                    + (format == FormatReader.Format.PDF ? " (a scanned PDF needs OCR first)." : "."));
        }
    }

    @ExceptionHandler(IngestException.class)
    ProblemDetail problem(IngestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        problem.setType(URI.create("https://reggraph.org/problems/ingest"));
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The upload exceeds the size limit (spring.servlet.multipart.max-file-size, env REGGRAPH_MAX_UPLOAD).");
        problem.setTitle("Upload too large");
        return problem;
    }

    /** A refused upload, rendered as an RFC 9457 problem detail. */
    static final class IngestException extends RuntimeException {
        private final HttpStatus status;
        private final String title;

        IngestException(HttpStatus status, String title, String detail) {
            super(detail);
            this.status = status;
            this.title = title;
        }

        HttpStatus status() {
            return status;
        }

        String title() {
            return title;
        }
    }
}
