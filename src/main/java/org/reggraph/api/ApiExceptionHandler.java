package org.reggraph.api;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.reggraph.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as RFC 9457 problem details: the application's own, every exception Spring MVC raises (through
 * {@link ResponseEntityExceptionHandler}), database failures and anything unexpected. The client never sees a stack
 * trace nor a database message (they may name locks, queries or addresses); those go to the log.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalid(InvalidParameterException e) {
        return invalidParameter(e.parameter(), e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return handleExceptionInternal(e, invalidParameter(name,
                "Parameter '" + name + "' has an invalid value: '" + e.getValue() + "'"), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Missing parameter",
                "Parameter '" + e.getParameterName() + "' is required");
        problem.setProperty("parameter", e.getParameterName());
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getAllErrors().stream().map(error -> error.getDefaultMessage())
                .reduce((a, b) -> a + "; " + b).orElse("Invalid request");
        return handleExceptionInternal(e, Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameter", detail), headers,
                status, request);
    }

    @ExceptionHandler({TransientException.class, ServiceUnavailableException.class, SessionExpiredException.class})
    ProblemDetail unavailable(Neo4jException e) {
        log.warn("Query could not complete: {}", e.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Graph database unavailable", isTimeout(e)
                ? "The query took longer than the configured timeout (reggraph.api.query-timeout); "
                  + "narrow it (smaller depth, fewer relation types) and try again."
                : "The graph database did not answer in time or is busy; try again later.");
    }

    @ExceptionHandler(Neo4jException.class)
    ProblemDetail database(Neo4jException e) {
        if (isTimeout(e)) {
            return unavailable(e);
        }
        log.error("Query failed", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Query failed", "The query could not be run.");
    }

    /** Spring Data Neo4j wraps the driver's exceptions: answer as for the driver exception inside. */
    @ExceptionHandler({org.springframework.dao.DataAccessException.class,
            org.springframework.transaction.TransactionException.class})
    ProblemDetail springData(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientException || t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException) {
                return unavailable((Neo4jException) t);
            }
            if (t instanceof Neo4jException n) {
                return database(n);
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Request failed", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", Problems.detail(HttpStatus.INTERNAL_SERVER_ERROR));
    }

    private static ProblemDetail invalidParameter(String parameter, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameter", detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }

    private static boolean isTimeout(Neo4jException e) {
        String code = String.valueOf(e.code());
        return code.contains("TransactionTimedOut") || code.contains("Terminated")
                || String.valueOf(e.getMessage()).contains("timeout");
    }
}
