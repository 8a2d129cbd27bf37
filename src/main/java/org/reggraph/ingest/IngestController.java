package org.reggraph.ingest;

import org.reggraph.extract.text.FormatReader;
import org.reggraph.extract.text.TextDecoder;
import org.reggraph.graph.WriteReport;
import org.reggraph.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/ingest}: upload regulation text files (multipart field {@code files}). The X-API-Key header and
 * the request size are checked by {@link ApiKeyFilter} before the body is read; the multipart body is parsed only
 * when this handler asks for it ({@code spring.servlet.multipart.resolve-lazily}), so its limits end here.
 */
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

    @PostMapping(path = ApiKeyFilter.UPLOAD_PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public IngestResponse ingest(@RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        if (files == null || files.isEmpty()) {
            throw new IngestException(HttpStatus.BAD_REQUEST, "No files", "Send one or more files in the multipart field 'files'.");
        }
        List<IngestService.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
            if (file.getSize() > properties.maxFileSize().toBytes()) {
                throw new IngestException(HttpStatus.PAYLOAD_TOO_LARGE, "File too large",
                        name + " has " + file.getSize() + " bytes; the limit is "
                        + IngestProperties.show(properties.maxFileSize()) + ".");
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
        return problem(e.status(), e.title(), e.getMessage());
    }

    /** Raised while the multipart body is parsed, i.e. when this handler's arguments are resolved. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileCountLimitExceededException")) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too many files", "At most " + properties.maxFiles()
                        + " files per upload (REGGRAPH_MAX_UPLOAD_FILES); send the rest in another request.");
            }
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large", "A file is larger than "
                    + IngestProperties.show(properties.maxFileSize()) + " (REGGRAPH_MAX_UPLOAD) or the upload larger than "
                    + IngestProperties.show(properties.maxRequestSize()) + " (REGGRAPH_MAX_UPLOAD_REQUEST).");
        }
        return problem(HttpStatus.BAD_REQUEST, "Malformed multipart request", "The multipart body could not be read.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = Problems.of(status, title, detail);
        problem.setType(ApiKeyFilter.PROBLEM_TYPE);
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
