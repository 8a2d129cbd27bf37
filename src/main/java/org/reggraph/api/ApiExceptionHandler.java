package org.reggraph.api;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;

/** Errors as RFC 9457 problem details; the client never sees a stack trace. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalid(InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
                "Parameter '" + e.getName() + "' has an invalid value: '" + e.getValue() + "'");
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Missing parameter",
                "Parameter '" + e.getParameterName() + "' is required");
        problem.setProperty("parameter", e.getParameterName());
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail validation(HandlerMethodValidationException e) {
        String detail = e.getAllErrors().stream().map(error -> error.getDefaultMessage())
                .reduce((a, b) -> a + "; " + b).orElse("Invalid request");
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", detail);
    }

    @ExceptionHandler({TransientException.class, ServiceUnavailableException.class, SessionExpiredException.class})
    ProblemDetail unavailable(RuntimeException e) {
        log.warn("Query could not complete: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Graph database unavailable",
                isTimeout(e) ? "The query took longer than the configured timeout (reggraph.api.query-timeout); "
                        + "narrow it (smaller depth, fewer relation types) and try again."
                        : "The graph database did not answer: " + e.getMessage());
    }

    @ExceptionHandler(ClientException.class)
    ProblemDetail client(ClientException e) {
        if (isTimeout(e)) {
            return unavailable(e);
        }
        log.error("Query failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Query failed", "The query could not be run.");
    }

    /** Spring Data Neo4j wraps the driver's exceptions: answer as for the driver exception inside. */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionException.class})
    ProblemDetail springData(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClientException c) {
                return client(c);
            }
            if (t instanceof TransientException || t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException) {
                return unavailable((RuntimeException) t);
            }
        }
        log.error("Query failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Query failed", "The query could not be run.");
    }

    private static boolean isTimeout(RuntimeException e) {
        String code = e instanceof org.neo4j.driver.exceptions.Neo4jException n ? n.code() : "";
        return code.contains("TransactionTimedOut") || code.contains("Terminated")
                || String.valueOf(e.getMessage()).contains("timeout");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
