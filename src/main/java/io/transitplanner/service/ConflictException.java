package io.transitplanner.service;

import java.util.List;

/** The request cannot apply to the record as it stands: a duplicate, a record in use, a wrong status. */
public class ConflictException extends ServiceException {
    public ConflictException(String message, List<FieldProblem> problems) {
        super(message, problems);
    }

    public ConflictException(String message) {
        this(message, List.of());
    }
}
