package org.reggraph.api;

/** An id that names nothing in the graph; answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' does not exist");
    }
}
