package io.transitplanner.service;

import java.util.List;

/** Someone changed the record after the caller read it; the caller must read it again and redo the change. */
public class StaleVersionException extends ServiceException {
    public StaleVersionException(String message) {
        super(message, List.of(new FieldProblem("version", "is not the current version; read the record again")));
    }
}
