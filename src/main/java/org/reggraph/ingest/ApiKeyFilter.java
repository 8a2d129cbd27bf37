package org.reggraph.ingest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.reggraph.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;

/**
 * The API key ({@code reggraph.ingest.api-key}, header {@code X-API-Key}), checked before anything reads the body:
 * an upload without the right key, or announcing more bytes than {@code reggraph.ingest.max-request-size}, is
 * refused before the multipart body is parsed. On {@code /actuator/**} a right key makes the caller authorised, which
 * is what {@code management.endpoint.health.show-details=when-authorized} asks for; without it the health check
 * answers only its status.
 */
@Component
public class ApiKeyFilter extends OncePerRequestFilter {

    static final String UPLOAD_PATH = "/api/ingest";
    static final URI PROBLEM_TYPE = URI.create("https://reggraph.org/problems/ingest");

    private final IngestProperties properties;

    public ApiKeyFilter(IngestProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.equals(UPLOAD_PATH) && "POST".equals(request.getMethod())) && !path.startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean keyOk = properties.uploadsEnabled() && matches(request.getHeader("X-API-Key"));
        if (!path(request).equals(UPLOAD_PATH)) {
            chain.doFilter(keyOk ? authorised(request) : request, response);
        } else if (!properties.uploadsEnabled()) {
            refuse(request, response, HttpStatus.FORBIDDEN, "Uploads disabled",
                    "No API key is configured. Set reggraph.ingest.api-key (environment variable REGGRAPH_API_KEY) "
                    + "and send it in the X-API-Key header.");
        } else if (!keyOk) {
            refuse(request, response, HttpStatus.UNAUTHORIZED, "Missing or wrong API key",
                    "Send the configured key in the X-API-Key header.");
        } else if (request.getContentLengthLong() > properties.maxRequestSize().toBytes()) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large",
                    "The upload has " + request.getContentLengthLong() + " bytes; the limit is "
                    + IngestProperties.show(properties.maxRequestSize()) + " per request (REGGRAPH_MAX_UPLOAD_REQUEST).");
        } else {
            chain.doFilter(request, response);
        }
    }

    private boolean matches(String key) {
        return key != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
                properties.apiKey().getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               String title, String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, title, detail);
        problem.setType(PROBLEM_TYPE);
        Problems.write(response, problem, request.getRequestURI());
    }

    /** The path as the container decoded and normalised it, without ;parameters: the one Spring MVC maps. */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static HttpServletRequest authorised(HttpServletRequest request) {
        Principal caller = () -> "api-key";
        return new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return caller;
            }
        };
    }
}
