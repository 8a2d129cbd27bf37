package org.reggraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details, for handlers and for code outside Spring MVC (filters, Tomcat's error valve). */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /** Writes the problem as the whole answer (for filters, before any handler ran). */
    public static void write(HttpServletResponse response, ProblemDetail problem, String instance) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json(problem, instance));
    }

    static byte[] json(ProblemDetail problem, String instance) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (instance != null) {
            body.put("instance", instance);
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return JSON.writeValueAsBytes(body);
    }

    /** A neutral sentence per status: Tomcat's and the container's own messages may name internals. */
    public static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed (request line, headers, URL encoding or body).";
            case NOT_FOUND -> "There is nothing at this path.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this path.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than the configured limit.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are larger than the configured limit.";
            case SERVICE_UNAVAILABLE -> "The service cannot answer now; try again later.";
            default -> status.is5xxServerError() ? "The request could not be completed." : status.getReasonPhrase() + ".";
        };
    }
}
