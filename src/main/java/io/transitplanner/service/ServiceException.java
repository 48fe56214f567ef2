package io.transitplanner.service;

import java.util.List;

/** A use case refused: the message says why in one sentence, the problems (if any) say where. */
public abstract class ServiceException extends RuntimeException {
    private final List<FieldProblem> problems;

    protected ServiceException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
