package io.transitplanner.service;

import java.util.List;

/** The request is well formed but names something that does not exist, such as an unknown node code. */
public class UnknownReferenceException extends ServiceException {
    public UnknownReferenceException(String message, List<FieldProblem> problems) {
        super(message, problems);
    }

    public UnknownReferenceException(String field, String reason) {
        this(field + ": " + reason, List.of(new FieldProblem(field, reason)));
    }
}
