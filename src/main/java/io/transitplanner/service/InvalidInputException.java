package io.transitplanner.service;

import java.util.List;

/** The request breaks a rule of form: a missing field, a value out of range, a date before another. */
public class InvalidInputException extends ServiceException {
    public InvalidInputException(String message, List<FieldProblem> problems) {
        super(message, problems);
    }

    public InvalidInputException(String field, String reason) {
        this(field + " " + reason, List.of(new FieldProblem(field, reason)));
    }
}
