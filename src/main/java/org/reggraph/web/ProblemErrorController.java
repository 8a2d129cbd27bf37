package org.reggraph.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The container's error page ({@code /error}, replacing Spring Boot's whitelabel one): whatever ended in an error
 * status outside a controller (a filter, the servlet container) is answered as a problem detail, for every client,
 * with a neutral detail: the container's own message may name internals.
 */
@Hidden // not part of the API description
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, /error is just a path without a resource
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c)
                : HttpStatus.NOT_FOUND;
        if (status.is5xxServerError() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            log.error("Request failed: {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        ProblemDetail problem = Problems.of(status, status.getReasonPhrase(), Problems.detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(URI.create(uri instanceof String s ? safePath(s) : request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The path as a relative URI reference, or "/" when it is not one (it came from the client). */
    static String safePath(String path) {
        try {
            return URI.create(path).getRawPath() == null ? "/" : path;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
