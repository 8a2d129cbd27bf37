package org.reggraph.database;

/** The graph database could not be started or reached; the message says why and what to do. */
public class DatabaseStartupException extends RuntimeException {
    public DatabaseStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
